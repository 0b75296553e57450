-- Issue 22, point 4: the gemeente of a norm's case on the norm itself, so the KPIs over the norms (brede intake and PIP
-- in time, the PIP trend) need not join every case for it: at 100,000 open cases on PostgreSQL those queries spent
-- most of their time (66 and 76 ms) building that join. A case never changes gemeente (a move closes it and the new
-- gemeente opens a case of its own, DUO SS120/SS121), so the copy cannot go stale; DeadlineRepository writes it with
-- the norm, from the case.
ALTER TABLE case_deadline ADD COLUMN gemeente_code VARCHAR(6) REFERENCES gemeente (code);
UPDATE case_deadline SET gemeente_code = (SELECT c.gemeente_code FROM integration_case c WHERE c.id = case_deadline.case_id);
ALTER TABLE case_deadline ALTER COLUMN gemeente_code SET NOT NULL;
CREATE INDEX case_deadline_gemeente_norm_due ON case_deadline (gemeente_code, norm, due_on);
