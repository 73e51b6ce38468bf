-- The coordinators' area: access tokens (only their SHA-256 is stored) and the audit log.

CREATE TABLE coordinators (
    name         TEXT PRIMARY KEY NOT NULL,
    token_hash   TEXT NOT NULL UNIQUE,      -- hex SHA-256 of the token; the token is shown once
    created_at   TEXT NOT NULL,
    last_used_at TEXT,
    revoked_at   TEXT
) STRICT;

-- Every admin action: who, what, when, on which id. Never a volunteer's personal data.
CREATE TABLE audit_log (
    id          TEXT PRIMARY KEY NOT NULL,
    at          TEXT NOT NULL,
    coordinator TEXT NOT NULL,
    action      TEXT NOT NULL,
    target      TEXT
) STRICT;

CREATE INDEX audit_log_by_time ON audit_log (at);
