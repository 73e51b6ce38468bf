-- E-mail (issue 17): double opt-in, the outbox that retries failed sends, the daily limits.
-- Without the `[[send_email]]` binding nothing here is written: registrations are confirmed
-- when they are stored, as before.

-- When the volunteer confirmed with the link in their mail (NULL: not yet). Registrations
-- stored before this migration were never asked to confirm: they count as confirmed.
ALTER TABLE registrations ADD COLUMN confirmed_at TEXT;
UPDATE registrations SET confirmed_at = created_at WHERE confirmed_at IS NULL;
-- The language the form was filled in: the mails are written in it.
ALTER TABLE registrations ADD COLUMN lang TEXT NOT NULL DEFAULT 'de';

CREATE INDEX registrations_unconfirmed ON registrations (created_at) WHERE confirmed_at IS NULL;

-- Messages not yet sent. A row is deleted once its message is sent, and with its registration;
-- after the last attempt it stays as 'failed' for the coordinators to see.
CREATE TABLE mail_outbox (
    id           TEXT PRIMARY KEY NOT NULL,
    registration TEXT,                          -- registrations.id (NULL: a coordinator's mail)
    coordinator  TEXT,                          -- coordinators.name, for a digest
    kind         TEXT NOT NULL CHECK (kind IN ('confirm', 'placed', 'digest')),
    recipient    TEXT NOT NULL,
    message      TEXT NOT NULL,                 -- the whole MIME message, as it is sent
    created_at   TEXT NOT NULL,
    attempts     INTEGER NOT NULL DEFAULT 0,
    next_at_ms   INTEGER NOT NULL,              -- when the next attempt is due
    status       TEXT NOT NULL DEFAULT 'pending' CHECK (status IN ('pending', 'failed')),
    last_error   TEXT                           -- the binding's refusal, never the message
) STRICT;

CREATE INDEX mail_outbox_due ON mail_outbox (next_at_ms) WHERE status = 'pending';
CREATE INDEX mail_outbox_by_registration ON mail_outbox (registration);

-- One row per message queued, for the limits: 3 mails a day per registration when the volunteer
-- asks again, 5 a day per address. The address only as a keyed hash; rows go after two days.
CREATE TABLE mail_sends (
    id           TEXT PRIMARY KEY NOT NULL,
    registration TEXT,
    address_hash TEXT NOT NULL,
    at_ms        INTEGER NOT NULL
) STRICT;

CREATE INDEX mail_sends_by_address ON mail_sends (address_hash, at_ms);
CREATE INDEX mail_sends_by_registration ON mail_sends (registration, at_ms);

-- Whichever way a registration goes (erased by a coordinator, withdrawn by the volunteer, at the
-- end of its retention, unconfirmed after 7 days), its messages and counts go with it, in the
-- same transaction.
CREATE TRIGGER registrations_delete_takes_mail AFTER DELETE ON registrations
BEGIN
    DELETE FROM mail_outbox WHERE registration = OLD.id;
    DELETE FROM mail_sends WHERE registration = OLD.id;
END;
