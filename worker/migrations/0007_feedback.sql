-- "Barriere melden": reports of accessibility barriers, sent from /barrierefreiheit. Never shown
-- publicly; only coordinators read them. The cron trigger deletes them after
-- FEEDBACK_RETENTION_DAYS.

CREATE TABLE feedback (
    id              TEXT PRIMARY KEY NOT NULL,      -- UUID, returned to the form
    idempotency_key TEXT NOT NULL UNIQUE,           -- one filled-in form = one row
    request_hash    TEXT NOT NULL,                  -- SHA-256 of the normalised input
    created_at      TEXT NOT NULL,                  -- ISO 8601, UTC
    at_ms           INTEGER NOT NULL,               -- the same moment, ms since the epoch: the rate limit's window
    client_hash     TEXT,                           -- keyed hash (HMAC) of the sender's address, as in
                                                    -- rate_events; NULL once the window has passed or
                                                    -- with the limit off
    status          TEXT NOT NULL DEFAULT 'new'
                    CHECK (status IN ('new', 'in_progress', 'done')),
    message         TEXT NOT NULL,                  -- trimmed; never rendered as HTML
    email           TEXT                            -- NULL: no address given
) STRICT;

-- The coordinators' list (newest first) and the retention job's cutoff.
CREATE INDEX feedback_by_created ON feedback (created_at);
-- The rate limit: one client's reports in the window. `client_hash = ?` implies the index's
-- condition, so SQLite uses it.
CREATE INDEX feedback_by_client ON feedback (client_hash, at_ms) WHERE client_hash IS NOT NULL;
-- Forgetting the hashes whose window has passed.
CREATE INDEX feedback_hashes_by_time ON feedback (at_ms) WHERE client_hash IS NOT NULL;

-- A retention run also counts the reports it deleted; `deleted` stays the registrations', so
-- the coordinators' view of the runs keeps meaning what it says. Earlier runs deleted none.
ALTER TABLE retention_runs ADD COLUMN feedback_deleted INTEGER NOT NULL DEFAULT 0;
