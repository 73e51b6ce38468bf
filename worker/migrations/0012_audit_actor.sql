-- The audit log's "who" is an actor of a kind (model::audit::Actor): a coordinator by name,
-- the system (the daily deletion), or a volunteer through their personal link; later the
-- networks' editors. `coordinator` keeps the name shown. No CHECK: a new kind needs no
-- rebuild of the table; the Rust enum is the list.
ALTER TABLE audit_log ADD COLUMN actor_kind TEXT NOT NULL DEFAULT 'coordinator';
UPDATE audit_log SET actor_kind = 'system' WHERE coordinator = 'system';
UPDATE audit_log SET actor_kind = 'volunteer' WHERE coordinator = 'Freiwillige Person (über ihren Link)';
