-- The exam number DUO gives for the leerbaarheidstoets, kept on the case: the gemeente books the test with it
-- (DUO Leerbaarheidstoets API 1.2.0, GET /personen/{bsn}/lbt/examennummer, schema Examennummer: "examennummer",
-- string, maxLength 12, "Unieke identificatie voor een examen"). withdrawn_at: the test was skipped after the
-- registration and the number withdrawn at DUO (DELETE /personen/{bsn}/lbt/examennummer: "Aangeven dat de
-- leerbaarheidstoets is overgeslagen. De LBT aanmelding is daarmee overbodig en het examennummer kan worden
-- ingetrokken."). One row per case: a new number from DUO replaces the old one.
-- Portable SQL: runs on H2 and PostgreSQL alike.
CREATE TABLE lbt_examennummer (
    case_id       BIGINT                   NOT NULL PRIMARY KEY REFERENCES integration_case (id),
    examennummer  VARCHAR(12)              NOT NULL,
    registered_at TIMESTAMP WITH TIME ZONE NOT NULL,
    withdrawn_at  TIMESTAMP WITH TIME ZONE
);
