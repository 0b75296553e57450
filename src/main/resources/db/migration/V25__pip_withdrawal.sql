-- Issue 20, point 6: "a PIP withdrawn (DELETE) when a decision is revoked". The withdrawn version keeps its row with
-- status INGETROKKEN; who withdrew it, when and why is kept here. DUO removes a PIP only while it has not set the
-- inburgeringstermijn and no course hours are registered with the current inburgeringsaanbod
-- (duo-m2m/README.md, "Het verwijderen van een PIP"); a coordinator's reason is required.
CREATE TABLE pip_withdrawal (
    pip_id       BIGINT                   NOT NULL PRIMARY KEY REFERENCES pip (id),
    case_id      BIGINT                   NOT NULL,
    withdrawn_at TIMESTAMP WITH TIME ZONE NOT NULL,
    withdrawn_by VARCHAR(100)             NOT NULL,
    reason       VARCHAR(2000)            NOT NULL
);
CREATE INDEX pip_withdrawal_case ON pip_withdrawal (case_id);
