-- Demo: the norms of schakels 4 and 5 for the demo gemeenten (V3 adds them to gemeenten that existed
-- before it ran; on a fresh database the demo gemeenten come after it). Progress talks are due every
-- six months from the PIP, with a reminder two weeks ahead.
INSERT INTO gemeente_norm (gemeente_code, norm, period, reminder_before)
SELECT code, 'INBURGERINGSTERMIJN', 'P3Y', 'P3M' FROM gemeente g
WHERE NOT EXISTS (SELECT 1 FROM gemeente_norm n WHERE n.gemeente_code = g.code AND n.norm = 'INBURGERINGSTERMIJN');
INSERT INTO gemeente_norm (gemeente_code, norm, period, reminder_before)
SELECT code, 'NAZORG', 'P5Y', 'P1M' FROM gemeente g
WHERE NOT EXISTS (SELECT 1 FROM gemeente_norm n WHERE n.gemeente_code = g.code AND n.norm = 'NAZORG');
UPDATE gemeente_norm SET reminder_before = 'P2W' WHERE norm = 'VOORTGANGSGESPREK';
