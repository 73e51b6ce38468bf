-- The audit log is kept for `[privacy] audit_retention_days` (config/site.toml) and trimmed by
-- the daily retention run (issue 29), whose row says how many entries went.
ALTER TABLE retention_runs ADD COLUMN audit_deleted INTEGER NOT NULL DEFAULT 0;
