-- DUO data exchange (M2M): the gemeente's OIN, notifications received once per BerichtId, and the
-- answer DUO gave to each message sent.

-- The OIN (Organisatie-identificatienummer, 20 digits) is the gemeente's identity towards DUO:
-- Bron of what it sends, Doel of what DUO notifies.
ALTER TABLE gemeente ADD COLUMN oin VARCHAR(20);
CREATE UNIQUE INDEX gemeente_oin ON gemeente (oin);

-- Messages from outside: the sender's message id (DUO's BerichtId), who sent it to whom, and what
-- became of it. dedup_key is the message id of an accepted message (null when it was refused), so a
-- repeat of an accepted message is recognised and a corrected resend of a refused one is not.
ALTER TABLE inbound_message ADD COLUMN message_id VARCHAR(64);
ALTER TABLE inbound_message ADD COLUMN dedup_key VARCHAR(64);
ALTER TABLE inbound_message ADD COLUMN sender VARCHAR(20);
ALTER TABLE inbound_message ADD COLUMN recipient VARCHAR(20);
ALTER TABLE inbound_message ADD COLUMN status VARCHAR(20);
ALTER TABLE inbound_message ADD COLUMN outcome VARCHAR(2000);
ALTER TABLE inbound_message ADD COLUMN processed_at TIMESTAMP WITH TIME ZONE;
CREATE UNIQUE INDEX inbound_message_dedup ON inbound_message (source, dedup_key);

-- Messages sent: the BerichtId used and DUO's answer.
ALTER TABLE outbound_message ADD COLUMN message_id VARCHAR(64);
ALTER TABLE outbound_message ADD COLUMN response_status INT;
CREATE INDEX outbound_message_case ON outbound_message (case_id, operation);
