-- The coordinators' daily digest (issue 17): a coordinator may have an e-mail address and gets,
-- at 07:00 Europe/Berlin, one mail with counts of what is new since the last one (never a
-- volunteer's data). The address is cleared when the coordinator's token is revoked.
ALTER TABLE coordinators ADD COLUMN email TEXT;
ALTER TABLE coordinators ADD COLUMN digest INTEGER NOT NULL DEFAULT 1;   -- 0: switched off
ALTER TABLE coordinators ADD COLUMN last_digest_at TEXT;                 -- ISO 8601, UTC
ALTER TABLE coordinators ADD COLUMN last_digest_day TEXT;                -- YYYY-MM-DD, Berlin

-- When a mail was marked failed, for the digest's "since the last one".
ALTER TABLE mail_outbox ADD COLUMN failed_at TEXT;

-- A volunteer may ask, in the form, for a short mail once placed with a network.
ALTER TABLE registrations ADD COLUMN notify_placed INTEGER NOT NULL DEFAULT 0;
