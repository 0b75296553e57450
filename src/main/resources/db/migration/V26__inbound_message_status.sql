-- Issue 21, point 2: the metrics count the notifications still being processed (status ONTVANGEN) and the oldest of
-- them every 30 seconds (monitoring.CaseCounts); without an index that count reads the whole table, which grows with
-- every aanmelding and DUO notification.
CREATE INDEX inbound_message_status ON inbound_message (status, received_at);
