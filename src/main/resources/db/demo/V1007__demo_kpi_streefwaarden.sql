-- Demo: the KPI targets of the seeds for the demo gemeenten (table from V7). Runs on a fresh demo database after
-- V1000 and, out of order, on one that already had the demo gemeenten.
-- Westfriesland (RIT, 7 gemeenten) [seed 001 §6.1/6.2 "Beleidsdoelstellingen"]. Seed 001 sets no percentage for
-- the service norms; a norm is owed to every inburgeraar, so 100 % (the norms are Het Hogeland's, see V1000).
INSERT INTO gemeente_kpi_target (gemeente_code, kpi, percentage, source)
SELECT g.code, t.kpi, t.percentage, t.source FROM gemeente g CROSS JOIN (
    SELECT 'INTAKE_BINNEN_NORM' AS kpi, 100 AS percentage, 'Norm voor elke inburgeraar' AS source
    UNION ALL SELECT 'PIP_BINNEN_NORM', 100, 'Norm voor elke inburgeraar'
    UNION ALL SELECT 'TWEE_VOORTGANGSGESPREKKEN', 100, 'Norm voor elke inburgeraar'
    UNION ALL SELECT 'FINANCIEEL_ZELFREDZAAM', 75, 'Beleidskader Westfriesland 6.2: na 6 maanden is 75% van de inburgeraars in staat om hun financiën te beheren'
    UNION ALL SELECT 'CONTACT_MET_WERK_JAAR_1', 80, 'Beleidskader Westfriesland 6.2: gedurende het eerste jaar komt 80% van de inburgeraars in aanraking met werk'
    UNION ALL SELECT 'PLICHT_BINNEN_TERMIJN_B1', 75, 'Beleidskader Westfriesland 6.2, B1 route: 75% heeft voldaan binnen de wettelijke termijn'
    UNION ALL SELECT 'PLICHT_BINNEN_TERMIJN_ONDERWIJS', 80, 'Beleidskader Westfriesland 6.2, Onderwijsroute: 80% heeft voldaan binnen de wettelijke termijn'
    UNION ALL SELECT 'PLICHT_BINNEN_TERMIJN_Z', 90, 'Beleidskader Westfriesland 6.2, Z-route: 90% heeft voldaan binnen de wettelijke termijn'
    UNION ALL SELECT 'UITSTROOM_WERK_ONDERWIJS_B1', 50, 'Beleidskader Westfriesland 6.2: bij de Onderwijsroute en B1-route hebben we 50% als doelstelling'
    UNION ALL SELECT 'UITSTROOM_WERK_ONDERWIJS_ONDERWIJS', 50, 'Beleidskader Westfriesland 6.2: bij de Onderwijsroute en B1-route hebben we 50% als doelstelling'
    UNION ALL SELECT 'UITSTROOM_WERK_ONDERWIJS_Z', 65, 'Beleidskader Westfriesland 6.2: bij de Z-route is tenminste 65% na 3 jaar uitgestroomd naar werk/onderwijs'
) t
WHERE g.code IN ('GM0498', 'GM0388', 'GM0405', 'GM1598', 'GM0420', 'GM0431', 'GM0532')
  AND NOT EXISTS (SELECT 1 FROM gemeente_kpi_target x WHERE x.gemeente_code = g.code AND x.kpi = t.kpi);

-- Het Hogeland [seed 004, "Concrete meetbare doelen"]: "Alle statushouders krijgen uiterlijk binnen 4 weken …
-- een brede intake", "… binnen 10 weken … een PIP", "minimaal 2x per jaar een uitgebreid voortgangsgesprek",
-- and financially self-reliant after ontzorgen: "de verwachting is dat dit 80% zal zijn". No targets for the
-- routes, work contact or outflow.
INSERT INTO gemeente_kpi_target (gemeente_code, kpi, percentage, source)
SELECT g.code, t.kpi, t.percentage, t.source FROM gemeente g CROSS JOIN (
    SELECT 'INTAKE_BINNEN_NORM' AS kpi, 100 AS percentage, 'Beleidskader Het Hogeland: alle statushouders binnen 4 weken een brede intake' AS source
    UNION ALL SELECT 'PIP_BINNEN_NORM', 100, 'Beleidskader Het Hogeland: alle statushouders binnen 10 weken een PIP'
    UNION ALL SELECT 'TWEE_VOORTGANGSGESPREKKEN', 100, 'Beleidskader Het Hogeland: met alle statushouders minimaal 2x per jaar een voortgangsgesprek'
    UNION ALL SELECT 'FINANCIEEL_ZELFREDZAAM', 80, 'Beleidskader Het Hogeland: de verwachting is dat 80% de financiën zelf kan beheren'
) t
WHERE g.code = 'GM1966'
  AND NOT EXISTS (SELECT 1 FROM gemeente_kpi_target x WHERE x.gemeente_code = g.code AND x.kpi = t.kpi);
