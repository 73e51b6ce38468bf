-- Current needs ("Gesuche"): what a network, or the Koordinierungsstelle, is looking for now.
-- Public while `status` is 'open' and `valid_until` (a Berlin calendar day, inclusive) has not
-- passed; "expired" is derived from that day and never stored. No personal data: the texts
-- describe a task (the Worker refuses e-mail addresses and phone numbers in them).

CREATE TABLE needs (
    id           TEXT PRIMARY KEY NOT NULL,          -- stable, never reused
    slug         TEXT NOT NULL UNIQUE,               -- /gesuch/<slug>
    network      TEXT REFERENCES networks (id),      -- NULL: the Koordinierungsstelle asks
    title        TEXT NOT NULL,
    description  TEXT NOT NULL,
    activity     TEXT NOT NULL,                      -- an activity key
    languages    TEXT NOT NULL DEFAULT '[]',         -- JSON array of ISO 639-1 codes
    district     INTEGER REFERENCES districts (number), -- NULL: city-wide
    place        TEXT,
    time_text    TEXT,                               -- "when", as text
    slots        TEXT NOT NULL DEFAULT '[]',         -- JSON array: tue-afternoon …
    people       INTEGER,
    valid_until  TEXT NOT NULL,                      -- YYYY-MM-DD, Europe/Berlin, inclusive
    content_lang TEXT NOT NULL DEFAULT 'de',
    status       TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'filled', 'closed')),
    created_at   TEXT NOT NULL,
    updated_at   TEXT NOT NULL
) STRICT;

CREATE INDEX needs_open ON needs (valid_until) WHERE status = 'open';

-- Like the networks: every write bumps the data version that guards the public caches.
CREATE TRIGGER needs_insert_bumps_version AFTER INSERT ON needs
BEGIN
    UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version';
END;
CREATE TRIGGER needs_update_bumps_version AFTER UPDATE ON needs
BEGIN
    UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version';
END;
CREATE TRIGGER needs_delete_bumps_version AFTER DELETE ON needs
BEGIN
    UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version';
END;

-- Which need a registration answers (NULL: none). Kept when the need goes: the answer stays
-- the volunteer's registration.
ALTER TABLE registrations ADD COLUMN need TEXT;
