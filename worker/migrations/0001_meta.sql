-- Facts about the data as a whole. `data_version` is bumped by every write to public data,
-- so public GETs can answer conditional requests with one tiny query.
CREATE TABLE meta (
    key   TEXT PRIMARY KEY NOT NULL,
    value TEXT NOT NULL
) STRICT;

INSERT INTO meta (key, value) VALUES ('data_version', '1');
