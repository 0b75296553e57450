-- Indexes for the lists, KPIs and case page at 100,000 open cases (issue 22, point 4): one for every filter,
-- period query and per-case lookup that had none. Plain B-tree indexes, the same on H2 and PostgreSQL.

-- the open cases of the user's gemeenten (deadline list, Mijn zaken, KPI cohorts): closed_at IS NULL per gemeente
CREATE INDEX integration_case_open ON integration_case (gemeente_code, closed_at);
-- KPI cohorts by the term's start and end (Wi2021 term, DUO SS103/SS104)
CREATE INDEX integration_case_term_start ON integration_case (term_starts_on);
CREATE INDEX integration_case_term_end ON integration_case (term_ends_on);
-- the open norms of a case (Mijn zaken's next clock, the case page's clocks)
CREATE INDEX case_deadline_case ON case_deadline (case_id, status);
-- deadlines by norm and due date (the deadline list's norm filter, KPI brede intake/PIP and the PIP trend)
CREATE INDEX case_deadline_norm_due ON case_deadline (norm, due_on);
-- milestones by kind and date (KPI cohorts: PIP issued, BRP registered, term started, obligation met …)
CREATE INDEX case_milestone_kind ON case_milestone (milestone, occurred_on);
-- reports by kind and date (KPI two progress talks)
CREATE INDEX case_report_kind ON case_report (kind, occurred_on);
-- outflow recorded in a period (KPI outflow)
CREATE INDEX outflow_recorded ON outflow (recorded_on);
-- closing talks of ontzorgen in a period (KPI financially self-reliant)
CREATE INDEX ontzorgen_closing_talk ON ontzorgen (closing_talk_on);
-- the PIP versions of a case (case page)
CREATE INDEX pip_case ON pip (case_id, version);
-- the inbound messages of a case in the order the case page shows them
CREATE INDEX inbound_message_case_received ON inbound_message (case_id, received_at);
