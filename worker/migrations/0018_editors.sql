-- The networks' editors ("Netzwerk-Zugang", issue 31): people an organisation names to keep
-- its network's entry. No passwords: a coordinator invites them, and they sign in by a link
-- that works once. Their names and addresses are personal data: an access unused for 12
-- months ends and is erased by the daily run (`retention.rs`), and ending an access erases
-- it at once, with its sessions and links.
CREATE TABLE editors (
    id                TEXT PRIMARY KEY NOT NULL,     -- random; the audit log names it, never the name
    name              TEXT NOT NULL,
    email             TEXT NOT NULL,                 -- as given; found again by lower(email)
    language          TEXT NOT NULL CHECK (language IN ('de', 'en')),
    created_at        TEXT NOT NULL,
    created_by        TEXT NOT NULL,                 -- the coordinator who gave the access
    last_used_at      TEXT NOT NULL,                 -- a sign-in or a request; retention counts from here
    terms_version     TEXT,                          -- the terms accepted, NULL before the first change
    terms_accepted_at TEXT
) STRICT;

CREATE UNIQUE INDEX editors_by_email ON editors (lower(email));
CREATE INDEX editors_by_last_use ON editors (last_used_at);

-- Which networks an editor keeps.
CREATE TABLE editor_networks (
    editor_id  TEXT NOT NULL REFERENCES editors (id) ON DELETE CASCADE,
    network_id TEXT NOT NULL REFERENCES networks (id),
    PRIMARY KEY (editor_id, network_id)
) STRICT;

CREATE INDEX editor_networks_by_network ON editor_networks (network_id);

-- Sign-in links: only their SHA-256 is kept; a link works once (its row is deleted when used)
-- and until `expires_ms` (7 days for an invitation, 30 minutes for a later sign-in).
CREATE TABLE editor_links (
    token_hash TEXT PRIMARY KEY NOT NULL,
    editor_id  TEXT NOT NULL REFERENCES editors (id) ON DELETE CASCADE,
    purpose    TEXT NOT NULL CHECK (purpose IN ('invitation', 'sign-in')),
    expires_ms INTEGER NOT NULL
) STRICT;

CREATE INDEX editor_links_by_editor ON editor_links (editor_id);

-- Editors' sessions, as the coordinators' (`sessions`): the cookie's random id hashed.
CREATE TABLE editor_sessions (
    id_hash      TEXT PRIMARY KEY NOT NULL,
    editor_id    TEXT NOT NULL REFERENCES editors (id) ON DELETE CASCADE,
    created_at   TEXT NOT NULL,
    last_used_at TEXT NOT NULL
) STRICT;

CREATE INDEX editor_sessions_by_editor ON editor_sessions (editor_id);

-- Requests for a sign-in link, per address and per client (keyed hashes, never the address),
-- kept for their hour and then forgotten.
CREATE TABLE editor_link_requests (
    id       TEXT PRIMARY KEY NOT NULL,
    key_hash TEXT NOT NULL,
    at_ms    INTEGER NOT NULL
) STRICT;

CREATE INDEX editor_link_requests_by_key ON editor_link_requests (key_hash, at_ms);

-- What an editor proposes for an entry: the entry's fields as they were when the proposal
-- was made (`base`) and as proposed, both JSON (`model::editor::EntryFields`). The public entry
-- keeps its last accepted state until a coordinator decides. `editor_id` is kept after the
-- editor is erased, matching nobody: "ehemaliger Zugang".
CREATE TABLE proposals (
    id              TEXT PRIMARY KEY NOT NULL,
    network_id      TEXT NOT NULL REFERENCES networks (id),
    editor_id       TEXT,
    base            TEXT NOT NULL,
    proposed        TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    status          TEXT NOT NULL DEFAULT 'waiting'
                    CHECK (status IN ('waiting', 'accepted', 'declined')),
    accepted_fields TEXT,                            -- JSON array of field names; NULL: none
    reason          TEXT,                            -- a decline's reason, shown to the editor
    decided_at      TEXT,
    decided_by      TEXT                             -- the coordinator's name
) STRICT;

CREATE INDEX proposals_by_network ON proposals (network_id, created_at);
CREATE INDEX proposals_waiting ON proposals (created_at) WHERE status = 'waiting';

-- Every accepted state of an entry, numbered per network from 1. The first revision of an
-- entry is the state it had before its first change here (`kind` 'earlier').
CREATE TABLE network_revisions (
    network_id    TEXT NOT NULL REFERENCES networks (id),
    number        INTEGER NOT NULL,
    state         TEXT NOT NULL,                     -- JSON: model::editor::EntryState
    created_at    TEXT NOT NULL,
    kind          TEXT NOT NULL CHECK (kind IN ('earlier', 'coordination', 'proposal', 'restore')),
    proposed_by   TEXT,                              -- editors.id of a proposal's editor
    accepted_by   TEXT,                              -- the coordinator who saved or accepted it
    restored_from INTEGER,                           -- the revision a restore brought back
    PRIMARY KEY (network_id, number)
) STRICT;

-- A mail to an editor (an invitation, a sign-in link, a decision) names its editor, so ending
-- an access takes their waiting mail with it.
ALTER TABLE mail_outbox ADD COLUMN editor TEXT;

-- An entry that is its network's own information, accepted by a coordinator: its Stand is the
-- day of that acceptance (`YYYY-MM-DD`), not a year.
ALTER TABLE networks ADD COLUMN stand_day TEXT;
