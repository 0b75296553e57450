-- Issue 20: messages to DUO that belong to no case. POST /contactpersonen (Contactpersoon API) and
-- GET /instellingen (Inburgeringsaanbod API) name no person, so their record has no case. Every new record
-- names the gemeente whose OIN was its Bron (duo.DuoMessageLog); records from before V19 leave it empty.
ALTER TABLE outbound_message ALTER COLUMN case_id DROP NOT NULL;
ALTER TABLE outbound_message ADD COLUMN gemeente_code VARCHAR(6);
