-- Demo configuration: the seven gemeenten served by the RIT Westfriesland [seed 001] and
-- Het Hogeland [seed 004], with the norms of Het Hogeland's policy framework: brede intake within
-- 4 weeks and PIP within 10 weeks of BRP registration, a progress talk every 6 months, 6 months of
-- financieel ontzorgen. A real installation ships its own migration with its own gemeenten.
INSERT INTO gemeente (code, name) VALUES
    ('GM0498', 'Drechterland'),
    ('GM0388', 'Enkhuizen'),
    ('GM0405', 'Hoorn'),
    ('GM1598', 'Koggenland'),
    ('GM0420', 'Medemblik'),
    ('GM0431', 'Opmeer'),
    ('GM0532', 'Stede Broec'),
    ('GM1966', 'Het Hogeland');

INSERT INTO gemeente_norm (gemeente_code, norm, period)
SELECT code, 'BREDE_INTAKE', 'P4W' FROM gemeente;
INSERT INTO gemeente_norm (gemeente_code, norm, period)
SELECT code, 'PIP', 'P10W' FROM gemeente;
INSERT INTO gemeente_norm (gemeente_code, norm, period)
SELECT code, 'VOORTGANGSGESPREK', 'P6M' FROM gemeente;
INSERT INTO gemeente_norm (gemeente_code, norm, period)
SELECT code, 'FINANCIEEL_ONTZORGEN', 'P6M' FROM gemeente;
