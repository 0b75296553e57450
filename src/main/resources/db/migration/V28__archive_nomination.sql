-- Issue 21, point 4: a closed case gets its archiefnominatie and archiefactiedatum from the selectielijst category of
-- its result (VNG Selectielijst gemeenten en intergemeentelijke organen 2020, procestype 8 "Voorzieningen verstrekken";
-- ZGW Zaken API: archiefnominatie, archiefactiedatum, archiefstatus). One row per closed case; no personal data.
CREATE TABLE case_archive (
    case_id          BIGINT                   NOT NULL PRIMARY KEY REFERENCES integration_case (id),
    -- the selectielijst result, e.g. 8.1 "Verstrekt"
    result_category  VARCHAR(10)              NOT NULL,
    category_name    VARCHAR(100)             NOT NULL,
    -- VERNIETIGEN or BLIJVEND_BEWAREN (ZGW: vernietigen, blijvend_bewaren)
    nomination       VARCHAR(20)              NOT NULL,
    -- ISO-8601 period, e.g. P10Y
    retention        VARCHAR(20)              NOT NULL,
    -- the brondatum archiefprocedure: the day the case ended (ZGW afleidingswijze "afgehandeld")
    source_date      DATE                     NOT NULL,
    action_date      DATE                     NOT NULL,
    -- NOG_TE_ARCHIVEREN until the destruction or transfer is carried out (ZGW archiefstatus)
    archive_status   VARCHAR(40)              NOT NULL,
    determined_at    TIMESTAMP WITH TIME ZONE NOT NULL
);
CREATE INDEX case_archive_action ON case_archive (archive_status, action_date);
