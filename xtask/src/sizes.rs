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
/// The worker's wasm, gzip -9. 400 KiB until it sent every page's first screen: the pages'
/// rendering (`views/`, `model::render`) adds about 29 KiB, the needs ("Gesuche": their rules,
/// routes, storage and serde types) about 24 KiB; 460 leaves room for the mail. SHA-256 and
/// HMAC come from WebCrypto (`worker/src/crypto.rs`); that saved only 0.1 KiB, as the calls'
/// glue costs about what the `sha2` code did.
pub const WORKER_WASM_BUDGET: u64 = 460 * 1024;

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
    fn gzip_shrinks_repetitive_data() {
        let data = vec![b'a'; 10_000];
        assert!(gzip_len(&data) < 100);
    }
}
