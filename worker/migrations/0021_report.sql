-- The report for the Steuerungskreis INTEGRATION and the Runde Tisch (issue 34): counters that
-- outlive the rows they counted, and the reports the city published.
--
-- A counter is a count of one event in one month (Berlin time) by ONE dimension: the total
-- (dimension 'total', value ''), or a district, an interest, a language, a need, how the person
-- came, or the days it took ('days': 0-1, 2-3, 4-7, 8-14, 15-30, 31+). Never two dimensions
-- together, never an id, never a date finer than the month. Erasure and retention never lower
-- a count. `model::report` names the events and dimensions.
CREATE TABLE report_counts (
    month     TEXT NOT NULL,                -- YYYY-MM, Europe/Berlin
    event     TEXT NOT NULL,                -- model::report::Event
    dimension TEXT NOT NULL,                -- model::report::Dimension
    value     TEXT NOT NULL,
    count     INTEGER NOT NULL CHECK (count >= 0),
    PRIMARY KEY (month, event, dimension, value)
) STRICT, WITHOUT ROWID;

-- How the person came to the form: what it was opened with ('need', 'network', 'district',
-- 'direct'); NULL for registrations from before it was kept.
ALTER TABLE registrations ADD COLUMN opened_with TEXT
    CHECK (opened_with IN ('need', 'network', 'district', 'direct'));
-- The first contact (a network's or a coordinator's mark, or the status "in Kontakt" or
-- "vermittelt") and the first placement: when they happened, never cleared, so a status moved
-- back and forth is counted once.
ALTER TABLE registrations ADD COLUMN contacted_at TEXT;
ALTER TABLE registrations ADD COLUMN placed_at TEXT;
-- Counted once: a need filled (status 'filled'), a need expired (by the daily run), a report
-- answered (status 'done').
ALTER TABLE needs ADD COLUMN filled_counted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE needs ADD COLUMN expiry_counted INTEGER NOT NULL DEFAULT 0;
ALTER TABLE feedback ADD COLUMN done_counted INTEGER NOT NULL DEFAULT 0;

-- A registration's values by dimension, one row per value: what a counter of a registration's
-- event adds 1 to. A person with no district counts under 'none'. (D1 allows five terms in a
-- compound SELECT.)
CREATE VIEW registration_dims (id, dimension, value) AS
    SELECT id, 'total', '' FROM registrations
    UNION ALL SELECT r.id, 'district', COALESCE(CAST(j.value AS TEXT), 'none')
        FROM registrations r LEFT JOIN json_each(r.districts) j
    UNION ALL SELECT r.id, 'interest', j.value FROM registrations r, json_each(r.interests) j
    UNION ALL SELECT r.id, 'language', j.value FROM registrations r, json_each(r.languages) j
    UNION ALL SELECT id, 'came', COALESCE(opened_with, 'unknown') FROM registrations;

-- The backfill: what the rows kept until today can still tell, counted once, here, before the
-- triggers below count what happens from now on (docs: ARCHITECTURE.md, "The report").
-- Received, confirmed and needs answered from the registrations kept (older ones are erased);
-- needs posted and filled (filled in the month of the need's last change), entries confirmed
-- (their latest confirmation only), changes proposed and accepted, barrier reports received.
-- Not backfilled, as no time was kept: placements, contacts only set by a status, answered
-- barrier reports; they are marked as before the count began ('-'), so they are not counted
-- later in a wrong month.
INSERT INTO report_counts (month, event, dimension, value, count)
SELECT strftime('%Y-%m', r.created_at, CASE WHEN julianday(r.created_at) >= julianday(date(strftime('%Y', r.created_at) || '-03-25', 'weekday 0'), '+1 hour') AND julianday(r.created_at) < julianday(date(strftime('%Y', r.created_at) || '-10-25', 'weekday 0'), '+1 hour') THEN '+2 hours' ELSE '+1 hour' END), 'registration.received', d.dimension, d.value, COUNT(*)
FROM registrations r JOIN registration_dims d ON d.id = r.id
WHERE 1 GROUP BY 1, 3, 4
ON CONFLICT (month, event, dimension, value) DO UPDATE SET count = count + excluded.count;

INSERT INTO report_counts (month, event, dimension, value, count)
SELECT strftime('%Y-%m', r.confirmed_at, CASE WHEN julianday(r.confirmed_at) >= julianday(date(strftime('%Y', r.confirmed_at) || '-03-25', 'weekday 0'), '+1 hour') AND julianday(r.confirmed_at) < julianday(date(strftime('%Y', r.confirmed_at) || '-10-25', 'weekday 0'), '+1 hour') THEN '+2 hours' ELSE '+1 hour' END), 'registration.confirmed', d.dimension, d.value, COUNT(*)
FROM registrations r JOIN registration_dims d ON d.id = r.id
WHERE r.confirmed_at IS NOT NULL GROUP BY 1, 3, 4
ON CONFLICT (month, event, dimension, value) DO UPDATE SET count = count + excluded.count;

INSERT INTO report_counts (month, event, dimension, value, count)
SELECT strftime('%Y-%m', r.confirmed_at, CASE WHEN julianday(r.confirmed_at) >= julianday(date(strftime('%Y', r.confirmed_at) || '-03-25', 'weekday 0'), '+1 hour') AND julianday(r.confirmed_at) < julianday(date(strftime('%Y', r.confirmed_at) || '-10-25', 'weekday 0'), '+1 hour') THEN '+2 hours' ELSE '+1 hour' END), 'need.answered', d.dimension,
    CASE d.dimension WHEN 'need' THEN r.need ELSE '' END, COUNT(*)
FROM registrations r, (SELECT 'total' AS dimension UNION ALL SELECT 'need') d
WHERE r.confirmed_at IS NOT NULL AND r.need IS NOT NULL
GROUP BY 1, 3, 4
ON CONFLICT (month, event, dimension, value) DO UPDATE SET count = count + excluded.count;

INSERT INTO report_counts (month, event, dimension, value, count)
SELECT strftime('%Y-%m', n.created_at, CASE WHEN julianday(n.created_at) >= julianday(date(strftime('%Y', n.created_at) || '-03-25', 'weekday 0'), '+1 hour') AND julianday(n.created_at) < julianday(date(strftime('%Y', n.created_at) || '-10-25', 'weekday 0'), '+1 hour') THEN '+2 hours' ELSE '+1 hour' END), 'need.posted', d.dimension,
    CASE d.dimension WHEN 'district' THEN COALESCE(CAST(n.district AS TEXT), 'city') ELSE '' END,
    COUNT(*)
FROM needs n, (SELECT 'total' AS dimension UNION ALL SELECT 'district') d
WHERE 1 GROUP BY 1, 3, 4
ON CONFLICT (month, event, dimension, value) DO UPDATE SET count = count + excluded.count;

INSERT INTO report_counts (month, event, dimension, value, count)
SELECT strftime('%Y-%m', n.updated_at, CASE WHEN julianday(n.updated_at) >= julianday(date(strftime('%Y', n.updated_at) || '-03-25', 'weekday 0'), '+1 hour') AND julianday(n.updated_at) < julianday(date(strftime('%Y', n.updated_at) || '-10-25', 'weekday 0'), '+1 hour') THEN '+2 hours' ELSE '+1 hour' END), 'need.filled', d.dimension,
    CASE d.dimension WHEN 'district' THEN COALESCE(CAST(n.district AS TEXT), 'city') ELSE '' END,
    COUNT(*)
FROM needs n, (SELECT 'total' AS dimension UNION ALL SELECT 'district') d
WHERE n.status = 'filled' GROUP BY 1, 3, 4
ON CONFLICT (month, event, dimension, value) DO UPDATE SET count = count + excluded.count;
UPDATE needs SET filled_counted = 1 WHERE status = 'filled';

-- Needs that ran out before today: counted in the month after their last day.
INSERT INTO report_counts (month, event, dimension, value, count)
SELECT strftime('%Y-%m', date(valid_until, '+1 day')), 'need.expired', d.dimension,
    CASE d.dimension WHEN 'district' THEN COALESCE(CAST(n.district AS TEXT), 'city') ELSE '' END,
    COUNT(*)
FROM needs n, (SELECT 'total' AS dimension UNION ALL SELECT 'district') d
WHERE n.status = 'open' AND n.valid_until < date('now') GROUP BY 1, 3, 4
ON CONFLICT (month, event, dimension, value) DO UPDATE SET count = count + excluded.count;
UPDATE needs SET expiry_counted = 1 WHERE status = 'open' AND valid_until < date('now');

INSERT INTO report_counts (month, event, dimension, value, count)
SELECT strftime('%Y-%m', confirmed_at, CASE WHEN julianday(confirmed_at) >= julianday(date(strftime('%Y', confirmed_at) || '-03-25', 'weekday 0'), '+1 hour') AND julianday(confirmed_at) < julianday(date(strftime('%Y', confirmed_at) || '-10-25', 'weekday 0'), '+1 hour') THEN '+2 hours' ELSE '+1 hour' END), 'entry.confirmed', 'total', '', COUNT(*)
FROM networks WHERE confirmed_at IS NOT NULL GROUP BY 1
ON CONFLICT (month, event, dimension, value) DO UPDATE SET count = count + excluded.count;

INSERT INTO report_counts (month, event, dimension, value, count)
SELECT strftime('%Y-%m', created_at, CASE WHEN julianday(created_at) >= julianday(date(strftime('%Y', created_at) || '-03-25', 'weekday 0'), '+1 hour') AND julianday(created_at) < julianday(date(strftime('%Y', created_at) || '-10-25', 'weekday 0'), '+1 hour') THEN '+2 hours' ELSE '+1 hour' END), 'entry.proposed', 'total', '', COUNT(*)
FROM proposals WHERE 1 GROUP BY 1
ON CONFLICT (month, event, dimension, value) DO UPDATE SET count = count + excluded.count;

INSERT INTO report_counts (month, event, dimension, value, count)
SELECT strftime('%Y-%m', decided_at, CASE WHEN julianday(decided_at) >= julianday(date(strftime('%Y', decided_at) || '-03-25', 'weekday 0'), '+1 hour') AND julianday(decided_at) < julianday(date(strftime('%Y', decided_at) || '-10-25', 'weekday 0'), '+1 hour') THEN '+2 hours' ELSE '+1 hour' END), 'entry.accepted', 'total', '', COUNT(*)
FROM proposals WHERE status = 'accepted' GROUP BY 1
ON CONFLICT (month, event, dimension, value) DO UPDATE SET count = count + excluded.count;

INSERT INTO report_counts (month, event, dimension, value, count)
SELECT strftime('%Y-%m', created_at, CASE WHEN julianday(created_at) >= julianday(date(strftime('%Y', created_at) || '-03-25', 'weekday 0'), '+1 hour') AND julianday(created_at) < julianday(date(strftime('%Y', created_at) || '-10-25', 'weekday 0'), '+1 hour') THEN '+2 hours' ELSE '+1 hour' END), 'feedback.received', 'total', '', COUNT(*)
FROM feedback WHERE 1 GROUP BY 1
ON CONFLICT (month, event, dimension, value) DO UPDATE SET count = count + excluded.count;
UPDATE feedback SET done_counted = 1 WHERE status = 'done';

UPDATE registrations SET placed_at = '-' WHERE status = 'placed';
UPDATE registrations SET contacted_at = '-'
    WHERE first_contact_at IS NULL AND status IN ('contacted', 'placed');

-- The Berlin month of a UTC moment t is, in every trigger below and in
-- `storage::report_counts::BERLIN_MONTH` (tested against `model::day`):
--   strftime('%Y-%m', t, CASE WHEN julianday(t) >= julianday(date(strftime('%Y', t) || '-03-25',
--   'weekday 0'), '+1 hour') AND julianday(t) < julianday(date(strftime('%Y', t) || '-10-25',
--   'weekday 0'), '+1 hour') THEN '+2 hours' ELSE '+1 hour' END)
-- (summer time from the last Sunday of March to the last Sunday of October, 01:00 UTC).

CREATE TRIGGER registrations_count_received AFTER INSERT ON registrations
BEGIN
    INSERT INTO report_counts (month, event, dimension, value, count)
    SELECT strftime('%Y-%m', NEW.created_at, CASE WHEN julianday(NEW.created_at) >= julianday(date(strftime('%Y', NEW.created_at) || '-03-25', 'weekday 0'), '+1 hour') AND julianday(NEW.created_at) < julianday(date(strftime('%Y', NEW.created_at) || '-10-25', 'weekday 0'), '+1 hour') THEN '+2 hours' ELSE '+1 hour' END),
        'registration.received', dimension, value, 1
    FROM registration_dims WHERE id = NEW.id
    ON CONFLICT (month, event, dimension, value) DO UPDATE SET count = count + 1;
END;

CREATE TRIGGER registrations_count_confirmed AFTER UPDATE OF confirmed_at ON registrations
WHEN OLD.confirmed_at IS NULL AND NEW.confirmed_at IS NOT NULL
BEGIN
    INSERT INTO report_counts (month, event, dimension, value, count)
    SELECT strftime('%Y-%m', NEW.confirmed_at, CASE WHEN julianday(NEW.confirmed_at) >= julianday(date(strftime('%Y', NEW.confirmed_at) || '-03-25', 'weekday 0'), '+1 hour') AND julianday(NEW.confirmed_at) < julianday(date(strftime('%Y', NEW.confirmed_at) || '-10-25', 'weekday 0'), '+1 hour') THEN '+2 hours' ELSE '+1 hour' END),
        'registration.confirmed', dimension, value, 1
    FROM registration_dims WHERE id = NEW.id
    ON CONFLICT (month, event, dimension, value) DO UPDATE SET count = count + 1;
    INSERT INTO report_counts (month, event, dimension, value, count)
    SELECT strftime('%Y-%m', NEW.confirmed_at, CASE WHEN julianday(NEW.confirmed_at) >= julianday(date(strftime('%Y', NEW.confirmed_at) || '-03-25', 'weekday 0'), '+1 hour') AND julianday(NEW.confirmed_at) < julianday(date(strftime('%Y', NEW.confirmed_at) || '-10-25', 'weekday 0'), '+1 hour') THEN '+2 hours' ELSE '+1 hour' END),
        'need.answered', d.dimension, d.value, 1
    FROM (SELECT 'total' AS dimension, '' AS value UNION ALL SELECT 'need', NEW.need) d
    WHERE NEW.need IS NOT NULL
    ON CONFLICT (month, event, dimension, value) DO UPDATE SET count = count + 1;
END;

-- A registration stored already confirmed (mail switched off) is confirmed as it comes.
CREATE TRIGGER registrations_count_confirmed_at_once AFTER INSERT ON registrations
WHEN NEW.confirmed_at IS NOT NULL
BEGIN
    INSERT INTO report_counts (month, event, dimension, value, count)
    SELECT strftime('%Y-%m', NEW.confirmed_at, CASE WHEN julianday(NEW.confirmed_at) >= julianday(date(strftime('%Y', NEW.confirmed_at) || '-03-25', 'weekday 0'), '+1 hour') AND julianday(NEW.confirmed_at) < julianday(date(strftime('%Y', NEW.confirmed_at) || '-10-25', 'weekday 0'), '+1 hour') THEN '+2 hours' ELSE '+1 hour' END),
        'registration.confirmed', dimension, value, 1
    FROM registration_dims WHERE id = NEW.id
    ON CONFLICT (month, event, dimension, value) DO UPDATE SET count = count + 1;
    INSERT INTO report_counts (month, event, dimension, value, count)
    SELECT strftime('%Y-%m', NEW.confirmed_at, CASE WHEN julianday(NEW.confirmed_at) >= julianday(date(strftime('%Y', NEW.confirmed_at) || '-03-25', 'weekday 0'), '+1 hour') AND julianday(NEW.confirmed_at) < julianday(date(strftime('%Y', NEW.confirmed_at) || '-10-25', 'weekday 0'), '+1 hour') THEN '+2 hours' ELSE '+1 hour' END),
        'need.answered', d.dimension, d.value, 1
    FROM (SELECT 'total' AS dimension, '' AS value UNION ALL SELECT 'need', NEW.need) d
    WHERE NEW.need IS NOT NULL
    ON CONFLICT (month, event, dimension, value) DO UPDATE SET count = count + 1;
END;

-- The days from the registration to its first contact and to its placement, in the bins of
-- `model::report::DaysBin` (whole days elapsed).
CREATE TRIGGER registrations_count_contacted AFTER UPDATE OF contacted_at ON registrations
WHEN OLD.contacted_at IS NULL AND NEW.contacted_at IS NOT NULL
BEGIN
    INSERT INTO report_counts (month, event, dimension, value, count)
    SELECT strftime('%Y-%m', NEW.contacted_at, CASE WHEN julianday(NEW.contacted_at) >= julianday(date(strftime('%Y', NEW.contacted_at) || '-03-25', 'weekday 0'), '+1 hour') AND julianday(NEW.contacted_at) < julianday(date(strftime('%Y', NEW.contacted_at) || '-10-25', 'weekday 0'), '+1 hour') THEN '+2 hours' ELSE '+1 hour' END),
        'registration.contacted', d.dimension, d.value, 1
    FROM (
        SELECT 'total' AS dimension, '' AS value
        UNION ALL SELECT 'days', CASE
            WHEN julianday(NEW.contacted_at) - julianday(NEW.created_at) < 2 THEN '0-1'
            WHEN julianday(NEW.contacted_at) - julianday(NEW.created_at) < 4 THEN '2-3'
            WHEN julianday(NEW.contacted_at) - julianday(NEW.created_at) < 8 THEN '4-7'
            WHEN julianday(NEW.contacted_at) - julianday(NEW.created_at) < 15 THEN '8-14'
            WHEN julianday(NEW.contacted_at) - julianday(NEW.created_at) < 31 THEN '15-30'
            ELSE '31+' END
        UNION ALL SELECT dimension, value FROM registration_dims
            WHERE id = NEW.id AND dimension = 'district'
    ) d
    WHERE 1
    ON CONFLICT (month, event, dimension, value) DO UPDATE SET count = count + 1;
END;

CREATE TRIGGER registrations_count_placed AFTER UPDATE OF placed_at ON registrations
WHEN OLD.placed_at IS NULL AND NEW.placed_at IS NOT NULL
BEGIN
    INSERT INTO report_counts (month, event, dimension, value, count)
    SELECT strftime('%Y-%m', NEW.placed_at, CASE WHEN julianday(NEW.placed_at) >= julianday(date(strftime('%Y', NEW.placed_at) || '-03-25', 'weekday 0'), '+1 hour') AND julianday(NEW.placed_at) < julianday(date(strftime('%Y', NEW.placed_at) || '-10-25', 'weekday 0'), '+1 hour') THEN '+2 hours' ELSE '+1 hour' END),
        'registration.placed', d.dimension, d.value, 1
    FROM (
        SELECT 'total' AS dimension, '' AS value
        UNION ALL SELECT 'days', CASE
            WHEN julianday(NEW.placed_at) - julianday(NEW.created_at) < 2 THEN '0-1'
            WHEN julianday(NEW.placed_at) - julianday(NEW.created_at) < 4 THEN '2-3'
            WHEN julianday(NEW.placed_at) - julianday(NEW.created_at) < 8 THEN '4-7'
            WHEN julianday(NEW.placed_at) - julianday(NEW.created_at) < 15 THEN '8-14'
            WHEN julianday(NEW.placed_at) - julianday(NEW.created_at) < 31 THEN '15-30'
            ELSE '31+' END
        UNION ALL SELECT dimension, value FROM registration_dims
            WHERE id = NEW.id AND dimension = 'district'
    ) d
    WHERE 1
    ON CONFLICT (month, event, dimension, value) DO UPDATE SET count = count + 1;
END;

-- Needs: posted (by district; 'city' for a city-wide one), filled once.
CREATE TRIGGER needs_count_posted AFTER INSERT ON needs
BEGIN
    INSERT INTO report_counts (month, event, dimension, value, count)
    SELECT strftime('%Y-%m', NEW.created_at, CASE WHEN julianday(NEW.created_at) >= julianday(date(strftime('%Y', NEW.created_at) || '-03-25', 'weekday 0'), '+1 hour') AND julianday(NEW.created_at) < julianday(date(strftime('%Y', NEW.created_at) || '-10-25', 'weekday 0'), '+1 hour') THEN '+2 hours' ELSE '+1 hour' END),
        'need.posted', d.dimension, d.value, 1
    FROM (SELECT 'total' AS dimension, '' AS value
          UNION ALL SELECT 'district', COALESCE(CAST(NEW.district AS TEXT), 'city')) d
    WHERE 1
    ON CONFLICT (month, event, dimension, value) DO UPDATE SET count = count + 1;
END;

CREATE TRIGGER needs_count_filled AFTER UPDATE OF status ON needs
WHEN NEW.status = 'filled' AND OLD.filled_counted = 0
BEGIN
    INSERT INTO report_counts (month, event, dimension, value, count)
    SELECT strftime('%Y-%m', NEW.updated_at, CASE WHEN julianday(NEW.updated_at) >= julianday(date(strftime('%Y', NEW.updated_at) || '-03-25', 'weekday 0'), '+1 hour') AND julianday(NEW.updated_at) < julianday(date(strftime('%Y', NEW.updated_at) || '-10-25', 'weekday 0'), '+1 hour') THEN '+2 hours' ELSE '+1 hour' END),
        'need.filled', d.dimension, d.value, 1
    FROM (SELECT 'total' AS dimension, '' AS value
          UNION ALL SELECT 'district', COALESCE(CAST(NEW.district AS TEXT), 'city')) d
    WHERE 1
    ON CONFLICT (month, event, dimension, value) DO UPDATE SET count = count + 1;
    UPDATE needs SET filled_counted = 1 WHERE id = NEW.id;
END;

-- Entries: confirmed as current (by their network or a coordinator), a change proposed, a
-- change accepted.
CREATE TRIGGER networks_count_confirmed AFTER UPDATE OF confirmed_at ON networks
WHEN NEW.confirmed_at IS NOT NULL AND NEW.confirmed_at IS NOT OLD.confirmed_at
BEGIN
    INSERT INTO report_counts (month, event, dimension, value, count)
    VALUES (strftime('%Y-%m', NEW.confirmed_at, CASE WHEN julianday(NEW.confirmed_at) >= julianday(date(strftime('%Y', NEW.confirmed_at) || '-03-25', 'weekday 0'), '+1 hour') AND julianday(NEW.confirmed_at) < julianday(date(strftime('%Y', NEW.confirmed_at) || '-10-25', 'weekday 0'), '+1 hour') THEN '+2 hours' ELSE '+1 hour' END),
        'entry.confirmed', 'total', '', 1)
    ON CONFLICT (month, event, dimension, value) DO UPDATE SET count = count + 1;
END;

CREATE TRIGGER proposals_count_proposed AFTER INSERT ON proposals
BEGIN
    INSERT INTO report_counts (month, event, dimension, value, count)
    VALUES (strftime('%Y-%m', NEW.created_at, CASE WHEN julianday(NEW.created_at) >= julianday(date(strftime('%Y', NEW.created_at) || '-03-25', 'weekday 0'), '+1 hour') AND julianday(NEW.created_at) < julianday(date(strftime('%Y', NEW.created_at) || '-10-25', 'weekday 0'), '+1 hour') THEN '+2 hours' ELSE '+1 hour' END),
        'entry.proposed', 'total', '', 1)
    ON CONFLICT (month, event, dimension, value) DO UPDATE SET count = count + 1;
END;

CREATE TRIGGER proposals_count_accepted AFTER UPDATE OF status ON proposals
WHEN NEW.status = 'accepted' AND OLD.status <> 'accepted'
BEGIN
    INSERT INTO report_counts (month, event, dimension, value, count)
    VALUES (strftime('%Y-%m', NEW.decided_at, CASE WHEN julianday(NEW.decided_at) >= julianday(date(strftime('%Y', NEW.decided_at) || '-03-25', 'weekday 0'), '+1 hour') AND julianday(NEW.decided_at) < julianday(date(strftime('%Y', NEW.decided_at) || '-10-25', 'weekday 0'), '+1 hour') THEN '+2 hours' ELSE '+1 hour' END),
        'entry.accepted', 'total', '', 1)
    ON CONFLICT (month, event, dimension, value) DO UPDATE SET count = count + 1;
END;

-- Barrier reports: received, answered (status 'done') once. A report has no time of its
-- answer, so the answer is counted in the month it happens ('now').
CREATE TRIGGER feedback_count_received AFTER INSERT ON feedback
BEGIN
    INSERT INTO report_counts (month, event, dimension, value, count)
    VALUES (strftime('%Y-%m', NEW.created_at, CASE WHEN julianday(NEW.created_at) >= julianday(date(strftime('%Y', NEW.created_at) || '-03-25', 'weekday 0'), '+1 hour') AND julianday(NEW.created_at) < julianday(date(strftime('%Y', NEW.created_at) || '-10-25', 'weekday 0'), '+1 hour') THEN '+2 hours' ELSE '+1 hour' END),
        'feedback.received', 'total', '', 1)
    ON CONFLICT (month, event, dimension, value) DO UPDATE SET count = count + 1;
END;

CREATE TRIGGER feedback_count_answered AFTER UPDATE OF status ON feedback
WHEN NEW.status = 'done' AND OLD.done_counted = 0
BEGIN
    INSERT INTO report_counts (month, event, dimension, value, count)
    VALUES (strftime('%Y-%m', 'now', CASE WHEN julianday('now') >= julianday(date(strftime('%Y', 'now') || '-03-25', 'weekday 0'), '+1 hour') AND julianday('now') < julianday(date(strftime('%Y', 'now') || '-10-25', 'weekday 0'), '+1 hour') THEN '+2 hours' ELSE '+1 hour' END),
        'feedback.answered', 'total', '', 1)
    ON CONFLICT (month, event, dimension, value) DO UPDATE SET count = count + 1;
    UPDATE feedback SET done_counted = 1 WHERE id = NEW.id;
END;

-- The last of the backfill: the first contacts the networks and coordinators marked (issue 33)
-- kept their time, so the trigger above counts them, with their days.
UPDATE registrations SET contacted_at = first_contact_at WHERE first_contact_at IS NOT NULL;

-- Published reports: a year's or a quarter's protected figures (`model::report::figures::Report`
-- as JSON), stored when published and never changed; a correction is the next version. Counts
-- and the needs' public titles only.
CREATE TABLE published_reports (
    period       TEXT NOT NULL,                 -- 2026, 2026-q1
    version      INTEGER NOT NULL,
    published_at TEXT NOT NULL,
    remark       TEXT,
    report       TEXT NOT NULL,
    PRIMARY KEY (period, version)
) STRICT;

-- Per year, the marks of every count of its published family (`model::report::system::Pattern`):
-- what was hidden stays hidden in every later report of that year. `revision` guards a
-- publication against a parallel one.
CREATE TABLE report_patterns (
    year     INTEGER PRIMARY KEY NOT NULL,
    revision INTEGER NOT NULL,
    pattern  TEXT NOT NULL
) STRICT;
