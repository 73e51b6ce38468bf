-- Every run of the retention job: when, how many registrations it deleted, and why it failed
-- (if it did). Shown to coordinators; no personal data. The job keeps the newest 100 rows.

CREATE TABLE retention_runs (
    id      TEXT PRIMARY KEY NOT NULL,
    at      TEXT NOT NULL,                  -- ISO 8601, UTC
    deleted INTEGER NOT NULL,               -- registrations deleted by this run
    error   TEXT                            -- NULL: the run succeeded
) STRICT;

CREATE INDEX retention_runs_by_time ON retention_runs (at);
