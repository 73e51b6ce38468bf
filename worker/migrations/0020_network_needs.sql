-- Networks post their own needs and meet the volunteers who answer (issue 33).

-- A network whose needs go online at once ("vertraut"); otherwise, the default, its editors'
-- new needs and changes wait in the review queue.
ALTER TABLE networks ADD COLUMN needs_trusted INTEGER NOT NULL DEFAULT 0;

-- When a need was filled or closed (ISO 8601; NULL while open): the network sees its answers
-- until 30 days after that day or after `valid_until`, whichever comes first.
ALTER TABLE needs ADD COLUMN closed_at TEXT;

-- Answering a network's need, the volunteer may let that network contact them directly
-- (1); withdrawn on their own page (0). The network sees such an answer only while this is 1
-- and the registration is confirmed. How the first contact stands, and when and by whom
-- "Kontakt aufgenommen" was first marked, go with the registration when it is erased.
ALTER TABLE registrations ADD COLUMN network_contact INTEGER NOT NULL DEFAULT 0;
ALTER TABLE registrations ADD COLUMN first_contact TEXT
    CHECK (first_contact IN ('contacted', 'fits', 'no-fit'));
ALTER TABLE registrations ADD COLUMN first_contact_at TEXT;
ALTER TABLE registrations ADD COLUMN first_contact_by TEXT
    CHECK (first_contact_by IN ('network', 'coordination'));

CREATE INDEX registrations_by_need ON registrations (need) WHERE need IS NOT NULL;

-- A need or a change an editor proposed for a network the Koordinierungsstelle does not trust
-- (yet): the need's fields as they were (`base`, NULL for a new need) and as proposed, both
-- JSON (`model::NeedInput`). No personal data: the texts refuse contact data, and
-- `editor_id` matches nobody once the access is erased ("ehemaliger Zugang").
CREATE TABLE need_proposals (
    id          TEXT PRIMARY KEY NOT NULL,
    network_id  TEXT NOT NULL REFERENCES networks (id),
    need_id     TEXT,                                -- NULL: a new need
    editor_id   TEXT,
    base        TEXT,
    proposed    TEXT NOT NULL,
    created_at  TEXT NOT NULL,
    status      TEXT NOT NULL DEFAULT 'waiting'
                CHECK (status IN ('waiting', 'accepted', 'declined')),
    reason      TEXT,                                -- a decline's reason, shown to the editor
    decided_at  TEXT,
    decided_by  TEXT                                 -- the coordinator's name
) STRICT;

CREATE INDEX need_proposals_by_network ON need_proposals (network_id, created_at);
CREATE INDEX need_proposals_waiting ON need_proposals (created_at) WHERE status = 'waiting';

-- Whether a network has an editor is part of its public needs (a volunteer may let it contact
-- them directly): giving or ending an access bumps the data version like any public change.
CREATE TRIGGER editor_networks_insert_bumps_version AFTER INSERT ON editor_networks
BEGIN
    UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version';
END;
CREATE TRIGGER editor_networks_delete_bumps_version AFTER DELETE ON editor_networks
BEGIN
    UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'data_version';
END;
