-- Mail that no stranger can turn against anyone (issue 29). A mailbox (an address with its
-- case folded and a `+tag` removed, kept only as a keyed hash) gets at most 3 confirmation
-- mails in 24 hours; while it is over, what it is owed merges into one mail at the next free
-- slot. All mail together has a daily cap, and kinds go by priority. Held back means sent
-- later: nothing is dropped at queueing any more.

-- Which mailbox a registration's address is, and whether a confirmation mail is owed to it
-- (1: not sent yet; the outbox's one row for the mailbox sends every owed one at once).
ALTER TABLE registrations ADD COLUMN mailbox TEXT;
ALTER TABLE registrations ADD COLUMN confirmation_due INTEGER NOT NULL DEFAULT 0;
-- When its confirmation mail was last sent: an unconfirmed registration is erased 7 days later.
ALTER TABLE registrations ADD COLUMN confirmation_sent_at TEXT;
-- Unconfirmed registrations stored before: their mail went when they were stored.
UPDATE registrations SET confirmation_sent_at = created_at WHERE confirmed_at IS NULL;
CREATE INDEX registrations_due ON registrations (mailbox) WHERE confirmation_due = 1;

-- Rebuilt below with the tables it names.
DROP TRIGGER registrations_delete_takes_mail;

-- The outbox, with room for every later kind: a kind is a lower-case word, and its priority
-- comes with the row (0 links that sign in, 1 confirmations, 2 notices, 3 digests).
CREATE TABLE mail_outbox_new (
    id             TEXT PRIMARY KEY NOT NULL,
    registration   TEXT,                        -- registrations.id (NULL: a mailbox's confirmations, a digest)
    coordinator    TEXT,                        -- coordinators.name, for a digest
    kind           TEXT NOT NULL CHECK (length(kind) BETWEEN 1 AND 32 AND kind NOT GLOB '*[^a-z_]*'),
    priority       INTEGER NOT NULL CHECK (priority BETWEEN 0 AND 9),
    mailbox        TEXT,                        -- the keyed hash, for a confirmation
    recipient      TEXT NOT NULL,               -- '' for confirmations: read from the registrations when sent
    message        TEXT NOT NULL,               -- the MIME message; '' for confirmations: written when sent
    created_at     TEXT NOT NULL,
    attempts       INTEGER NOT NULL DEFAULT 0,
    next_at_ms     INTEGER NOT NULL,            -- when the next attempt is due
    held           INTEGER NOT NULL DEFAULT 0,  -- 1: waiting for a limit, not for a retry
    valid_until_ms INTEGER,                     -- a link's mail is no use later: then 'expired'
    status         TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'failed', 'expired')),
    last_error     TEXT,
    failed_at      TEXT
) STRICT;

-- Waiting confirmations become their mailbox's row once the Worker knows the mailbox: the
-- old rows keep their message and go as they are.
INSERT INTO mail_outbox_new (id, registration, coordinator, kind, priority, mailbox, recipient,
    message, created_at, attempts, next_at_ms, status, last_error, failed_at)
SELECT id, registration, coordinator, kind,
       CASE kind WHEN 'confirm' THEN 1 WHEN 'placed' THEN 2 ELSE 3 END,
       NULL, recipient, message, created_at, attempts, next_at_ms, status, last_error, failed_at
FROM mail_outbox;
DROP TABLE mail_outbox;
ALTER TABLE mail_outbox_new RENAME TO mail_outbox;
CREATE INDEX mail_outbox_due ON mail_outbox (priority, next_at_ms) WHERE status = 'pending';
CREATE INDEX mail_outbox_by_registration ON mail_outbox (registration);
CREATE UNIQUE INDEX mail_outbox_one_per_mailbox ON mail_outbox (mailbox)
    WHERE status = 'pending' AND mailbox IS NOT NULL;

-- One row per mail sent (not queued), for the limits; rows go after two days.
CREATE TABLE mail_sends_new (
    id      TEXT PRIMARY KEY NOT NULL,
    mailbox TEXT,                               -- for a confirmation: its mailbox's keyed hash
    kind    TEXT NOT NULL,
    at_ms   INTEGER NOT NULL
) STRICT;
INSERT INTO mail_sends_new (id, mailbox, kind, at_ms)
SELECT id, address_hash, CASE WHEN registration IS NULL THEN 'digest' ELSE 'confirm' END, at_ms
FROM mail_sends;
DROP TABLE mail_sends;
ALTER TABLE mail_sends_new RENAME TO mail_sends;
CREATE INDEX mail_sends_by_mailbox ON mail_sends (mailbox, at_ms);
CREATE INDEX mail_sends_by_time ON mail_sends (at_ms);

-- The counts stay when a registration goes (else withdrawing would reset a mailbox's limit);
-- its own messages still go with it.
CREATE TRIGGER registrations_delete_takes_mail AFTER DELETE ON registrations
BEGIN
    DELETE FROM mail_outbox WHERE registration = OLD.id;
END;
