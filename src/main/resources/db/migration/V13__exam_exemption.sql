-- Exam parts DUO exempted the inburgeraar from (issue 18, error 15): a gedeeltelijke vrijstelling (SS117, Vrijstelling
-- API, GedeeltelijkeVrijstelling: examenonderdeel LE/LU/SC/SP at examenniveau A2 or B1) or a gedeeltelijke ontheffing
-- (SS119, Ontheffing API, GedeeltelijkeOntheffing: examenonderdeel KNM/LE/LU/SC/SP). Such a part is no longer to pass.
-- One row per case, part and kind; DUO gives all its decisions each time, so a new read replaces the row.
CREATE TABLE exam_exemption (
    case_id     BIGINT                   NOT NULL REFERENCES integration_case (id),
    part        VARCHAR(3)               NOT NULL,
    kind        VARCHAR(12)              NOT NULL,
    niveau      VARCHAR(2),
    decided_on  DATE,
    ground      VARCHAR(3),
    recorded_at TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (case_id, part, kind)
);
