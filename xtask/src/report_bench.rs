//! The report's speed for `cargo xtask bench`: a database the size of a busy year (20,000
//! registrations, 500 needs, counted by the migration's triggers as they are stored), then a
//! year's report as the coordinators open it, beside the district page, each the median of
//! sequential requests.

use crate::process;
use crate::stack;
use anyhow::{Context, Result};
use std::fmt::Write;
use std::path::Path;
use std::process::Command;

const REGISTRATIONS: u32 = 20_000;
const NEEDS: u32 = 500;
const RUNS: usize = 15;
/// The year the seed's registrations are in.
const YEAR: u32 = 2025;

/// The seeded coordinator's token (a bench database only).
const TOKEN: &str = "bench-report-token-0123456789abcdef0123456789abcdef";

/// Fills the (stopped) stack's database: needs, registrations, their contacts and placements.
pub fn seed(config: &Path, state: &Path) -> Result<()> {
    use sha2::Digest;
    let hash = model::hex::hex(&sha2::Sha256::digest(TOKEN.as_bytes()));
    // SQLite's LIMIT cannot see the row, so the twelve numbers are written out.
    let numbers: Vec<String> = model::district::STADTBEZIRKE
        .iter()
        .enumerate()
        .map(|(k, (number, _))| format!("WHEN {k} THEN {number}"))
        .collect();
    let district = format!("(CASE i % 12 {} END)", numbers.join(" "));
    let sql = format!(
        "INSERT INTO coordinators (name, token_hash, created_at, expires_at) VALUES \
         ('bench', '{hash}', '{YEAR}-01-01T00:00:00Z', '2999-01-01T00:00:00Z'); \
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {NEEDS}) \
         INSERT INTO needs (id, slug, title, description, activity, valid_until, created_at, updated_at, district) \
         SELECT 'bench-need-' || i, 'bench-need-' || i, 'Gesuch ' || i, 'Zum Messen.', 'sprachcafe', \
         '{YEAR}-12-31', printf('{YEAR}-%02d-05T09:00:00.000Z', i % 12 + 1), \
         printf('{YEAR}-%02d-05T09:00:00.000Z', i % 12 + 1), {district} FROM n; \
         WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < {REGISTRATIONS}) \
         INSERT INTO registrations (id, idempotency_key, request_hash, created_at, name, email, \
         contact_via, districts, interests, languages, availability, consent_version, consent_at, \
         confirmed_at, need, opened_with) \
         SELECT 'bench-' || i, 'bench-' || i, 'h', printf('{YEAR}-%02d-%02dT10:00:00.000Z', i % 12 + 1, i % 28 + 1), \
         'Bench', 'bench@example.org', 'email', json_array({district}), \
         CASE i % 3 WHEN 0 THEN '[\"sprachcafe\"]' WHEN 1 THEN '[\"patenschaften\"]' ELSE '[]' END, \
         CASE i % 4 WHEN 0 THEN '[\"de\",\"ar\"]' WHEN 1 THEN '[\"uk\"]' WHEN 2 THEN '[\"fa\",\"en\"]' ELSE '[\"de\"]' END, \
         '[]', 'v', printf('{YEAR}-%02d-%02dT10:00:00.000Z', i % 12 + 1, i % 28 + 1), \
         printf('{YEAR}-%02d-%02dT12:00:00.000Z', i % 12 + 1, i % 28 + 1), \
         CASE WHEN i % 2 = 0 THEN 'bench-need-' || (i % {NEEDS} + 1) END, \
         CASE i % 4 WHEN 0 THEN 'need' WHEN 1 THEN 'network' WHEN 2 THEN 'district' ELSE 'direct' END FROM n; \
         UPDATE registrations SET contacted_at = strftime('%Y-%m-%dT%H:%M:%fZ', created_at, '+' || (rowid % 20) || ' days') \
         WHERE id LIKE 'bench-%' AND rowid % 3 > 0; \
         UPDATE registrations SET placed_at = strftime('%Y-%m-%dT%H:%M:%fZ', created_at, '+' || (rowid % 40) || ' days'), \
         status = 'placed' WHERE id LIKE 'bench-%' AND rowid % 3 = 1;"
    );
    let mut command = stack::wrangler(config);
    command
        .args(["d1", "execute", "DB", "--local", "--persist-to"])
        .arg(state)
        .args(["--command", &sql]);
    process::run(&mut command).context("seeding the report's database")
}

/// Seconds of one request, as curl measures it.
fn seconds(url: &str, token: Option<&str>) -> Result<f64> {
    let mut command = Command::new("curl");
    command.args(["-s", "-o", "/dev/null", "-w", "%{http_code} %{time_total}"]);
    if let Some(token) = token {
        command.args(["-H", &format!("Authorization: Bearer {token}")]);
    }
    let output = process::output(command.arg(url))?;
    let (status, time) = output.trim().split_once(' ').context("curl's output")?;
    anyhow::ensure!(status == "200", "{url} answered {status}");
    Ok(time.parse()?)
}

fn median_ms(url: &str, token: Option<&str>) -> Result<f64> {
    // The first request warms the isolate and the memo; it is not counted.
    seconds(url, token)?;
    let mut times: Vec<f64> = (0..RUNS)
        .map(|_| seconds(url, token))
        .collect::<Result<_>>()?;
    times.sort_by(f64::total_cmp);
    Ok(times[times.len() / 2] * 1000.0)
}

/// The section of `bench/latest.md`.
pub fn section(base_url: &str) -> Result<String> {
    let year = format!("{base_url}/api/admin/report?period={YEAR}");
    let document = format!("{base_url}/api/admin/report/document?period={YEAR}&protected=true");
    let district = format!("{base_url}/bezirk/130?lang=de");
    let rows = [
        (
            "A year's report, exact (JSON)",
            median_ms(&year, Some(TOKEN))?,
        ),
        (
            "A year's report, protected, as the document with its charts (HTML)",
            median_ms(&document, Some(TOKEN))?,
        ),
        (
            "The district page `/bezirk/130` (HTML)",
            median_ms(&district, None)?,
        ),
    ];
    let mut out = format!(
        "\n## The report\n\n{REGISTRATIONS} registrations and {NEEDS} needs of {YEAR}, counted by the \
         migration's triggers as they were stored; median of {RUNS} sequential requests after one \
         to warm up (curl's total time, local stack).\n\n| Request | Median |\n|---|---|\n"
    );
    for (name, ms) in rows {
        let _ = writeln!(out, "| {name} | {ms:.1} ms |");
    }
    Ok(out)
}
