-- The coordinators' sign-in: tokens that expire, server-side sessions that end, and failed
-- sign-ins counted per client so guessing stops.

-- A token's end (ISO 8601, UTC). Tokens from before expire 180 days after their creation.
ALTER TABLE coordinators ADD COLUMN expires_at TEXT;
UPDATE coordinators
   SET expires_at = strftime('%Y-%m-%dT%H:%M:%fZ', created_at, '+180 days')
 WHERE expires_at IS NULL;

-- A signed-in browser. The id lives only in the browser's HttpOnly cookie; D1 keeps its
-- SHA-256. A session ends 8 hours after its last use, at sign-out, and with its token.
CREATE TABLE sessions (
    id_hash      TEXT PRIMARY KEY NOT NULL,  -- hex SHA-256 of the cookie's random id
    coordinator  TEXT NOT NULL,              -- coordinators.name
    created_at   TEXT NOT NULL,
    last_used_at TEXT NOT NULL
) STRICT;

CREATE INDEX sessions_by_coordinator ON sessions (coordinator);
CREATE INDEX sessions_by_last_use ON sessions (last_used_at);

-- Failed sign-ins (a token that matched no active coordinator), per client: a keyed hash of
-- its address, as for the registrations' limit; deleted once their 10 minutes have passed.
CREATE TABLE sign_in_failures (
    id          TEXT PRIMARY KEY NOT NULL,
    client_hash TEXT NOT NULL,
    at_ms       INTEGER NOT NULL
) STRICT;

CREATE INDEX sign_in_failures_by_client ON sign_in_failures (client_hash, at_ms);
CREATE INDEX sign_in_failures_by_time ON sign_in_failures (at_ms);
