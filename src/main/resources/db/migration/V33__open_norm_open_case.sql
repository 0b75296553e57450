-- Issue 22, point 4: an open norm is a norm of an open case. A closed case's norms stop when it closes (termijn's
-- CaseClockChanges, in the closure's transaction), so the lists over the open norms need not join every case to ask
-- whether it is still open. Norms still open of a case closed before this version (a closure at the end of after-care
-- left the after-care clock running) stop now, dated at their case's closure.
UPDATE case_deadline SET status = 'CANCELLED',
       closed_at = (SELECT c.closed_at FROM integration_case c WHERE c.id = case_deadline.case_id)
WHERE status = 'OPEN'
  AND EXISTS (SELECT 1 FROM integration_case c WHERE c.id = case_deadline.case_id AND c.closed_at IS NOT NULL);

-- The counts of the deadline list per state read only this index (PostgreSQL: an index-only scan once autovacuum has
-- visited the table): the open norms of the gemeenten with their due day, norm and case (for a pause that runs).
-- At 100,000 open cases on PostgreSQL the count took 48 ms reading the table, 26-32 ms reading this index (psql).
CREATE INDEX case_deadline_open_gemeente ON case_deadline (status, gemeente_code, due_on, norm, case_id);
