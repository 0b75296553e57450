-- Issue 20: messages to DUO that belong to no case. POST /contactpersonen (Contactpersoon API) and
-- GET /instellingen (Inburgeringsaanbod API) name no person, so their record carries the gemeente that
-- sent them instead of a case. Existing rows keep their case; gemeente_code stays empty for them.
ALTER TABLE outbound_message ALTER COLUMN case_id DROP NOT NULL;
ALTER TABLE outbound_message ADD COLUMN gemeente_code VARCHAR(6);
