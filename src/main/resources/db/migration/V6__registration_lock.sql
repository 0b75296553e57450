-- Registering a person (by BSN) or a household (by COA's reference) is serialised on a lock row, so the
-- check "is this person or household known?" and the insert that follows never race: two aanmeldingen for
-- the same BSN at once no longer reach the unique index on person.bsn, and PostgreSQL never has to refuse
-- (and log) a BSN. A key maps onto one of 64 rows (RegistrationLocks), so registrations of different
-- people rarely wait for each other. Portable SQL: SELECT ... FOR UPDATE works on H2 and PostgreSQL alike.
CREATE TABLE registration_lock (
    slot INT NOT NULL PRIMARY KEY
);
INSERT INTO registration_lock (slot) VALUES
    (0), (1), (2), (3), (4), (5), (6), (7), (8), (9), (10), (11), (12), (13), (14), (15),
    (16), (17), (18), (19), (20), (21), (22), (23), (24), (25), (26), (27), (28), (29), (30), (31),
    (32), (33), (34), (35), (36), (37), (38), (39), (40), (41), (42), (43), (44), (45), (46), (47),
    (48), (49), (50), (51), (52), (53), (54), (55), (56), (57), (58), (59), (60), (61), (62), (63);
