-- Volunteers' registrations. Never shown publicly; only coordinators read them.

CREATE TABLE registrations (
    id              TEXT PRIMARY KEY NOT NULL,      -- UUID, returned to the form
    idempotency_key TEXT NOT NULL UNIQUE,           -- one filled-in form = one row
    request_hash    TEXT NOT NULL,                  -- SHA-256 of the normalised input
    created_at      TEXT NOT NULL,                  -- ISO 8601, UTC
    status          TEXT NOT NULL DEFAULT 'new'
                    CHECK (status IN ('new', 'contacted', 'placed', 'closed')),
    name            TEXT NOT NULL,                  -- verbatim; never rendered as HTML
    email           TEXT NOT NULL,
    phone           TEXT,
    contact_via     TEXT NOT NULL CHECK (contact_via IN ('email', 'phone')),
    districts       TEXT NOT NULL,                  -- JSON array of district numbers
    network         TEXT,                           -- network slug
    interests       TEXT NOT NULL,                  -- JSON array of activity keys
    languages       TEXT NOT NULL,                  -- JSON array of ISO 639-1 codes
    languages_other TEXT,
    availability    TEXT NOT NULL,                  -- JSON array: mon-evening … or by-arrangement
    message         TEXT,                           -- verbatim
    consent_version TEXT NOT NULL,
    consent_at      TEXT NOT NULL,
    note            TEXT,                           -- coordinators' internal note
    placed_network  TEXT
) STRICT;

CREATE INDEX registrations_by_created ON registrations (created_at);

-- Accepted registrations per client over a sliding window, for the rate limit. The client is a
-- keyed hash (HMAC) of its address; rows are deleted once their window has passed.
CREATE TABLE rate_events (
    id          TEXT PRIMARY KEY NOT NULL,
    client_hash TEXT NOT NULL,
    at          INTEGER NOT NULL                    -- milliseconds since the epoch
) STRICT;

CREATE INDEX rate_events_by_client ON rate_events (client_hash, at);
