-- The personal link can be ended (issue 29). Links are signed with their own secret
-- (LINK_SECRET) and each registration's link key: renewing the link sets a new key, and every
-- link made before opens nothing. Registrations from before have none: their links were signed
-- with the server's signing key and open until renewed.
ALTER TABLE registrations ADD COLUMN link_key TEXT;
