-- Mijn zaken (issue 19, point 1): a consulent's open cases, read by consulent on every page load.
CREATE INDEX integration_case_consulent ON integration_case (consulent, closed_at);
