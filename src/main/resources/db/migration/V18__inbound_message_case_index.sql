-- The case page reads a case's messages received (CaseTimeline: inbound_message WHERE case_id = ?) on every load;
-- without an index PostgreSQL reads the whole table, which grows with every aanmelding and DUO notification
-- (ConsulentBenchmark, issue 19: the case page p95 within 300 ms). Every other table the page reads has an index
-- that starts with case_id already.
CREATE INDEX inbound_message_case ON inbound_message (case_id);
