-- The directory: the 12 Stadtbezirke and the volunteer networks in them.

CREATE TABLE districts (
    number  INTEGER PRIMARY KEY NOT NULL,  -- official Stadtbezirk number, e.g. 130
    name    TEXT NOT NULL,
    path    TEXT NOT NULL,                 -- SVG path data in the map's viewBox
    label_x INTEGER NOT NULL,            -- label point in viewBox units
    label_y INTEGER NOT NULL
) STRICT;

CREATE TABLE networks (
    id           TEXT PRIMARY KEY NOT NULL,          -- stable, never reused
    slug         TEXT NOT NULL UNIQUE,               -- /netzwerk/<slug>
    name         TEXT NOT NULL,
    organiser    TEXT NOT NULL,                      -- an organisation, never a private person
    district     INTEGER REFERENCES districts (number), -- NULL: city-wide
    description  TEXT NOT NULL,
    activities   TEXT NOT NULL DEFAULT '[]',         -- JSON array of activity keys
    languages    TEXT NOT NULL DEFAULT '[]',         -- JSON array of ISO 639-1 codes
    content_lang TEXT NOT NULL DEFAULT 'de',         -- the language the texts are written in
    place        TEXT,
    phone        TEXT,
    email        TEXT,
    website      TEXT,
    source_name  TEXT NOT NULL,
    source_url   TEXT,
    stand        INTEGER,                            -- the source's year; NULL: undated
    confirmed_at TEXT,                               -- set by a coordinator; NULL until then
    updated_at   TEXT NOT NULL,
    archived_at  TEXT                                -- archived networks leave the public map
) STRICT;

CREATE INDEX networks_by_district ON networks (district) WHERE archived_at IS NULL;

-- Every write to public data bumps the data version, so public GETs can answer
-- If-None-Match with one tiny query, and no writer can forget it.
CREATE TRIGGER networks_insert_bumps_version AFTER INSERT ON networks
BEGIN
    UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version';
END;
CREATE TRIGGER networks_update_bumps_version AFTER UPDATE ON networks
BEGIN
    UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version';
END;
CREATE TRIGGER networks_delete_bumps_version AFTER DELETE ON networks
BEGIN
    UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version';
END;
CREATE TRIGGER districts_update_bumps_version AFTER UPDATE ON districts
BEGIN
    UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version';
END;
