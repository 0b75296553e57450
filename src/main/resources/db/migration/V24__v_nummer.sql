-- Issue 20, point 7: "a notification with only a vNummer is matched once the person's BSN is known".
-- DUO's Notificatie carries a bsn, a vNummer or both (duo-m2m/API/Notificatie/openapi.yml, schema Notificatie: neither
-- is required; vNummer "Uniek identificatienummer door de Nederlandse overheid uitgereikt aan een vreemdeling na
-- registratie in de vreemdelingenadministratie", an integer of at most ten digits).
-- What this application learns of a person's vNummer: from a notification carrying both, or from a coordinator who
-- linked a notification with only a vNummer to the person's case.
CREATE TABLE person_v_number (
    v_number   BIGINT                   NOT NULL PRIMARY KEY,
    person_id  BIGINT                   NOT NULL REFERENCES person (id),
    learned_at TIMESTAMP WITH TIME ZONE NOT NULL,
    -- NOTIFICATIE: a notification with both numbers; KOPPELING: a coordinator's link
    source     VARCHAR(20)              NOT NULL
);
CREATE INDEX person_v_number_person ON person_v_number (person_id);

-- A notification with only a vNummer no case was found for: it waits in the coordinators' task until the vNummer's
-- person is known, and is then processed in that person's open case.
CREATE TABLE notification_awaiting_person (
    notification_id BIGINT     NOT NULL PRIMARY KEY REFERENCES inbound_message (id),
    v_number        BIGINT     NOT NULL,
    gemeente_code   VARCHAR(6) NOT NULL
);
CREATE INDEX notification_awaiting_person_v_number ON notification_awaiting_person (v_number);
