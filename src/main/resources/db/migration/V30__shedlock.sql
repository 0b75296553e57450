-- Cluster (issue 22, point 1): one row per scheduled run of ours (ShedLock, platform.cluster.SchedulerLocks). The node
-- that holds a name's lock until lock_until runs it; the other nodes skip that run. Times are the database's (UTC).
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL PRIMARY KEY,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL
);
