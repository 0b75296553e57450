-- The targets (streefwaarden) a gemeente's council set for the policy KPIs (regie.KpiReport), as a percentage
-- per KPI code. They are policy, like the norms: a KPI without a row has no target and is shown as such.
-- Portable SQL: runs on H2 and PostgreSQL alike.
CREATE TABLE gemeente_kpi_target (
    gemeente_code VARCHAR(6)   NOT NULL REFERENCES gemeente (code),
    kpi           VARCHAR(40)  NOT NULL,
    percentage    NUMERIC(5, 2) NOT NULL,
    source        VARCHAR(400),
    PRIMARY KEY (gemeente_code, kpi)
);

-- The values are configuration, like the norms in gemeente_norm: a gemeente migration sets them (the demo's is
-- db/demo/V1007, with the seeds' targets for Westfriesland and Het Hogeland).
