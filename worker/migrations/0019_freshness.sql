-- Entries that stay current (issue 32): reminders before an entry goes stale, one-click
-- "Stimmt noch" links, and organisations that claim an entry or suggest a network.

-- A reminder's "Stimmt noch" link: for one editor, one entry and this one purpose. Only its
-- SHA-256 is kept. It works until `expires_ms` (30 days) and only while the entry is as it
-- was when the link was made (`network_updated_at`): a newer revision ends it. Used, it is
-- deleted in the batch that confirms.
CREATE TABLE confirm_links (
    token_hash         TEXT PRIMARY KEY NOT NULL,
    editor_id          TEXT NOT NULL REFERENCES editors (id) ON DELETE CASCADE,
    network_id         TEXT NOT NULL REFERENCES networks (id),
    network_updated_at TEXT NOT NULL,
    expires_ms         INTEGER NOT NULL
) STRICT;

CREATE INDEX confirm_links_by_editor ON confirm_links (editor_id);
CREATE INDEX confirm_links_by_expiry ON confirm_links (expires_ms);

-- Which reminder went for which confirmation of an entry ('' for an entry never confirmed),
-- so each goes once: 'soon' 30 days before the entry goes stale, 'stale' on the day. Holds
-- no personal data; rows of earlier confirmations are deleted by the daily run.
CREATE TABLE freshness_reminders (
    network_id   TEXT NOT NULL REFERENCES networks (id),
    confirmed_at TEXT NOT NULL,
    step         TEXT NOT NULL CHECK (step IN ('soon', 'stale')),
    sent_at      TEXT NOT NULL,
    PRIMARY KEY (network_id, confirmed_at, step)
) STRICT;

-- "Ist das Ihr Netzwerk? Zugang anfragen" (a claim of an entry) and "Netzwerk vorschlagen" (a
-- suggestion), through the public forms' intake. Personal data: only coordinators read them.
-- Given access or accepted, the row is deleted in the same batch (what is kept lives on in
-- the access or the entry); declined, it is kept 30 days, then erased by the daily run.
CREATE TABLE network_requests (
    id              TEXT PRIMARY KEY NOT NULL,
    idempotency_key TEXT NOT NULL UNIQUE,
    request_hash    TEXT NOT NULL,
    created_at      TEXT NOT NULL,
    kind            TEXT NOT NULL CHECK (kind IN ('claim', 'suggestion')),
    network_id      TEXT REFERENCES networks (id),   -- a claim's entry
    suggested       TEXT,                            -- a suggestion's entry, JSON (model::network_request::Suggested)
    name            TEXT NOT NULL,
    role            TEXT NOT NULL,
    email           TEXT NOT NULL,
    phone           TEXT NOT NULL,
    message         TEXT NOT NULL,
    language        TEXT NOT NULL,                   -- the form's language
    status          TEXT NOT NULL DEFAULT 'waiting' CHECK (status IN ('waiting', 'declined')),
    decided_at      TEXT,
    CHECK ((kind = 'claim') = (network_id IS NOT NULL)),
    CHECK ((kind = 'suggestion') = (suggested IS NOT NULL))
) STRICT;

CREATE INDEX network_requests_by_status ON network_requests (status, decided_at);
