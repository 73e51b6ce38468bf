-- A changed address confirms again (issue 29): with mail on, a new address waits here until
-- the link mailed to it is opened; `email` stays the address in use. It goes with its
-- registration, like every column.
ALTER TABLE registrations ADD COLUMN pending_email TEXT;

-- One waiting row per mailbox is for the mailbox's merged confirmations only: a new address's
-- confirmation (kind 'address') counts against its mailbox but is a mail of its own.
DROP INDEX mail_outbox_one_per_mailbox;
CREATE UNIQUE INDEX mail_outbox_one_per_mailbox ON mail_outbox (mailbox)
    WHERE status = 'pending' AND mailbox IS NOT NULL AND kind = 'confirm';
