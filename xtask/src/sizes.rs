//! Size budgets: deterministic, so they are checked in tests (timings belong in the bench).

use anyhow::{Context, Result};
use flate2::{write::GzEncoder, Compression};
use std::io::Write;
use std::path::Path;

/// Everything a first visit to `/` at 390×844 downloads, the service worker's install
/// included (tests/first-view.test.mjs), each response gzip -9, summed.
pub const FIRST_VIEW_BUDGET: u64 = 130 * 1024;
/// What the first paint needs of it: the page's HTML and its stylesheet, gzip -9.
pub const FIRST_PAINT_BUDGET: u64 = 25 * 1024;
/// The worker's wasm, gzip -9. 400 KiB until it sent every page's first screen (the pages'
/// rendering adds about 29 KiB), 460 with the needs (about 24 KiB). With the mail (MIME from
/// `mail-builder`, the outbox, the personal link, the digest: about 30 KiB) it is 414 KiB,
/// because the build ships it without its `name` section (`wasm_names.rs`, 62 KiB) and
/// Cargo.lock pins `idna_adapter` to 1.0.0, the stub without Unicode tables (47 KiB of
/// ICU4X data that `url` carried for host names a request never has: they come as ASCII).
/// WebCrypto in place of `sha2`/`hmac` saved 0.1 KiB: 415.4 KiB. The structure that keeps
/// handlers from forgetting a rule (the route table's endpoint kinds, one intake, `Html`,
/// `Day` in place of `Intl`: docs/decisions.md) adds 5.6 KiB: 421.0 KiB, so 425. Mail no
/// stranger can turn against anyone (issue 29: confirmations owed per mailbox and merged, the
/// limits and the held mails, the personal link's key, its renewal and its end, the free-text
/// rule, the secure session cookie, the audit log's retention) adds 17.4 KiB: 438.3 KiB; the
/// address change that confirms again 4.6 KiB more: 442.9 KiB, so 445. The city's pages true
/// to the code (issue 30: the switcher's language pick with its redirect, the pages that exist
/// with and without mail, the outbox's tidy of given-up rows) add 1.5 KiB: 444.6 KiB; who
/// confirmed an entry (issue 31's first part) 0.3 KiB: 444.9 KiB, still under 445. The
/// networks' editors (issue 31: accesses and their links, sessions of their own, terms,
/// proposals, the three-state review, revisions and restore, their retention and mails, about
/// 16 request and answer types) add 63.9 KiB: 508.8 KiB; what a review of them asked for (a
/// decision only over the entry as it was read, the Stand's day, the decline's mail guarded,
/// the editors' rules in one place) 1.3 KiB more: 510.1 KiB, so 512. Entries that stay
/// current (issue 32: freshness where entries are read, the daily reminders with their links
/// and mails, the one-click confirmation, claims and suggestions through the intake with their
/// queue, the coordinators' list, the digest's counts, six routes and ten types) add 37.2 KiB:
/// 547.2 KiB, so 548. Networks' own needs and the answers they may see (issue 33: five editors'
/// routes, the review of proposed needs, the trust switch, the network's view with its first
/// contact and mail, the volunteer's withdrawal, about ten types, and what their review asked
/// for) add 37 KiB: 584 KiB, so 585. The report (issue 34: the counters' reading, the report
/// built from them, the suppression with its audit, the protected family of a year, the
/// document with its SVG charts and CSV in five languages, publishing and the public pages,
/// eight routes and about fifteen types) adds about 66 KiB: 650.4 KiB measured, so 655.
pub const WORKER_WASM_BUDGET: u64 = 655 * 1024;

/// Length of `bytes` compressed with gzip -9.
pub fn gzip_len(bytes: &[u8]) -> u64 {
    let mut encoder = GzEncoder::new(Vec::new(), Compression::best());
    // Writing into a Vec cannot fail.
    let _ = encoder.write_all(bytes);
    encoder.finish().map(|v| v.len() as u64).unwrap_or(u64::MAX)
}

pub fn gzip_len_of_file(path: &Path) -> Result<u64> {
    let bytes = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    Ok(gzip_len(&bytes))
}

pub fn kib(bytes: u64) -> String {
    format!("{:.1} KiB", bytes as f64 / 1024.0)
}

/// The first-view measurement the end-to-end test wrote.
pub fn first_view_from_report(report: &Path) -> Result<u64> {
    report_number(report, "gzip_bytes")
}

/// The first paint's part of it (the page and its stylesheet).
pub fn first_paint_from_report(report: &Path) -> Result<u64> {
    report_number(report, "first_paint_gzip_bytes")
}

fn report_number(report: &Path, key: &str) -> Result<u64> {
    let text = std::fs::read_to_string(report).with_context(|| {
        format!(
            "reading {} (written by tests/first-view.test.mjs)",
            report.display()
        )
    })?;
    let report: serde_json::Value = serde_json::from_str(&text)?;
    report[key]
        .as_u64()
        .with_context(|| format!("no {key} in the first-view report"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_lock_keeps_idna_without_unicode_tables() {
        // `cargo update` would pick idna_adapter 1.2 (ICU4X) again: 47 KiB more Worker.
        let lock = std::fs::read_to_string(crate::paths::root().join("Cargo.lock")).unwrap();
        let adapter = lock
            .split("[[package]]")
            .find(|entry| entry.contains("name = \"idna_adapter\""))
            .expect("idna_adapter in Cargo.lock");
        assert!(
            adapter.contains("version = \"1.0.0\""),
            "run `cargo update -p idna_adapter --precise 1.0.0`:\n{adapter}"
        );
    }

    #[test]
    fn gzip_shrinks_repetitive_data() {
        let data = vec![b'a'; 10_000];
        assert!(gzip_len(&data) < 100);
    }
}
