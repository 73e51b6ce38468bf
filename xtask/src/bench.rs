//! `cargo xtask bench`: figures that vary from run to run, so they are reported, never
//! checked by the test suite. Starts its own local stack and writes `bench/latest.md`.

use crate::paths::{self, root, Outputs};
use crate::stack::{self, Stack, StackOptions};
use crate::{build, process, setup, sizes};
use anyhow::{bail, Context, Result};
use std::fmt::Write;
use std::path::Path;
use std::process::Command;

/// Lighthouse runs per page; the median is reported.
const RUNS: usize = 3;

/// The pages Lighthouse looks at, each in German and in Arabic: the map's first view, a
/// district, a network (from the seed), the form.
const PAGES: [&str; 8] = [
    "/?lang=de",
    "/?lang=ar",
    "/bezirk/130?lang=de",
    "/bezirk/130?lang=ar",
    "/netzwerk/refugium-fluechtlingshilfe?lang=de",
    "/netzwerk/refugium-fluechtlingshilfe?lang=ar",
    "/mitmachen?lang=de",
    "/mitmachen?lang=ar",
];

/// The targets of issue 15: performance ≥ 98, LCP ≤ 1.3 s, total blocking time ≤ 100 ms.
const TARGETS: (u32, f64, f64) = (98, 1300.0, 100.0);

const CATEGORIES: [(&str, &str); 3] = [
    ("performance", "Performance"),
    ("accessibility", "Accessibility"),
    ("best-practices", "Best practices"),
];

pub fn bench() -> Result<()> {
    setup::ensure_build_tools()?;
    setup::ensure_browser()?;
    setup::ensure_wrk()?;
    let outputs = Outputs::test_build();
    build::build(&outputs)?;
    let work = root().join("target/xtask-bench");
    std::fs::create_dir_all(&work)?;
    let config = stack::config_for(&outputs, &work)?;
    let state = work.join("d1-state");
    let _ = std::fs::remove_dir_all(&state);
    stack::apply_migrations(&config, &state)?;
    crate::report_bench::seed(&config, &state)?;
    let mut stack = Stack::start(StackOptions {
        https: false,
        config: config.clone(),
        port: stack::free_port()?,
        persist_to: state,
        // The load test posts thousands of registrations from one address.
        vars: vec![("REGISTRATION_RATE_LIMIT".into(), "0".into())],
        log: Some(work.join("wrangler.log")),
    })?;
    println!("bench stack on {}", stack.base_url);
    let mut report = String::from("# Benchmarks (`cargo xtask bench`)\n\n");
    let _ = writeln!(
        report,
        "Local stack (`wrangler dev`, workerd, local D1) on this machine; figures vary from run to run.\n"
    );
    let result = load_section(&stack.base_url, &work)
        .and_then(|load| Ok(load + &crate::report_bench::section(&stack.base_url)?))
        .and_then(|load| Ok(load + &lighthouse_section(&stack.base_url, &work)?))
        .map(|sections| report.push_str(&sections));
    stack.stop();
    result?;
    report.push_str(&size_section(&outputs)?);
    report.push_str(&startup_section(&config, &work)?);
    let path = root().join("bench/latest.md");
    std::fs::create_dir_all(path.parent().context("bench/")?)?;
    std::fs::write(&path, &report)?;
    println!("\n{report}\nwritten to {}", path.display());
    Ok(())
}

/// Seconds and connections of each load run.
const LOAD_SECONDS: u32 = 10;
const LOAD_CONNECTIONS: u32 = 32;

/// What wrk reports, as JSON from the `done` hook (see `WRK_REPORT`).
#[derive(serde::Deserialize)]
struct WrkResult {
    requests: u64,
    duration_us: u64,
    errors: u64,
    non2xx3xx: u64,
    p50_us: u64,
    p99_us: u64,
}

impl WrkResult {
    fn per_second(&self) -> f64 {
        self.requests as f64 / (self.duration_us as f64 / 1e6)
    }
}

/// The wrk hook that prints a run's figures as one JSON line.
const WRK_REPORT: &str = r#"
done = function(summary, latency, requests)
  local e = summary.errors
  io.write(string.format('{"requests":%d,"duration_us":%d,"errors":%d,"non2xx3xx":%d,"p50_us":%d,"p99_us":%d}\n',
    summary.requests, summary.duration, e.connect + e.read + e.write + e.timeout, e.status,
    latency:percentile(50), latency:percentile(99)))
end
"#;

/// Every request a new registration (its own idempotency key), as the form sends it.
const WRK_POST: &str = r#"
local counter = 0
local thread_number = 0
function setup(thread)
  thread:set("number", thread_number)
  thread_number = thread_number + 1
end
function request()
  counter = counter + 1
  local key = string.format("bench-%d-%d-%d", os.time(), number, counter)
  local body = '{"name":"Bench ' .. key .. '","email":"bench@example.org","contact_via":"email","districts":[130],' ..
    '"interests":[],"languages":["de"],"availability":["by-arrangement"],"consent":true,"consent_version":"2026-12-04.2","website":""}'
  return wrk.format("POST", "/api/registrations",
    { ["Content-Type"] = "application/json", ["Idempotency-Key"] = key }, body)
end
"#;

/// wrk against one URL; `script` adds to the report hook.
fn wrk(url: &str, headers: &[String], script: &str, work: &Path) -> Result<WrkResult> {
    let path = work.join("wrk.lua");
    std::fs::write(&path, format!("{script}\n{WRK_REPORT}"))?;
    let mut command = Command::new("wrk");
    command
        .args(["-t", "2", "-c", &LOAD_CONNECTIONS.to_string()])
        .args(["-d", &format!("{LOAD_SECONDS}s"), "--latency", "-s"])
        .arg(&path);
    for header in headers {
        command.args(["-H", header]);
    }
    command.arg(url);
    println!("wrk {url} {}", headers.join(" "));
    let output = process::output(&mut command)?;
    let line = output
        .lines()
        .find(|line| line.starts_with('{'))
        .with_context(|| format!("wrk printed no figures for {url}:\n{output}"))?;
    Ok(serde_json::from_str(line)?)
}

/// Requests per second and latency of the API beside workerd serving a static file.
fn load_section(base_url: &str, work: &Path) -> Result<String> {
    let index = std::fs::read_to_string(root().join("target/xtask-test/dist/index.html"))?;
    let asset = index
        .match_indices("/assets/main-")
        .map(|(start, _)| {
            let rest = &index[start..];
            &rest[..rest.find([' ', '>', '"', '\'']).unwrap_or(rest.len())]
        })
        .find(|url| url.ends_with(".css"))
        .context("no stylesheet in index.html")?
        .to_string();
    let etag = etag_of(base_url, "/api/networks?district=130")?;
    let runs: [(&str, String, Vec<String>, &str); 5] = [
        ("static asset (baseline)", asset, Vec::new(), ""),
        (
            "`GET /api/districts`",
            "/api/districts".into(),
            Vec::new(),
            "",
        ),
        (
            "`GET /api/networks?district=130`",
            "/api/networks?district=130".into(),
            Vec::new(),
            "",
        ),
        (
            "`GET /api/networks?district=130`, `If-None-Match` (304)",
            "/api/networks?district=130".into(),
            vec![format!("If-None-Match: {etag}")],
            "",
        ),
        (
            "`POST /api/registrations` (each a new one)",
            "/api/registrations".into(),
            Vec::new(),
            WRK_POST,
        ),
    ];
    let mut section = format!(
        "## Load (wrk, {LOAD_CONNECTIONS} connections, {LOAD_SECONDS} s each, one after another)\n\n\
         | request | requests/s | p50 | p99 | vs. static | errors |\n|---|---:|---:|---:|---:|---:|\n"
    );
    let mut baseline = None;
    for (name, path, headers, script) in runs {
        let result = wrk(&format!("{base_url}{path}"), &headers, script, work)?;
        let rate = result.per_second();
        let base = *baseline.get_or_insert(rate);
        let _ = writeln!(
            section,
            "| {name} | {rate:.0} | {:.1} ms | {:.1} ms | {:.2} | {} |",
            result.p50_us as f64 / 1000.0,
            result.p99_us as f64 / 1000.0,
            rate / base,
            result.errors + result.non2xx3xx,
        );
    }
    section.push('\n');
    Ok(section)
}

/// The current `ETag` of a public resource.
fn etag_of(base_url: &str, path: &str) -> Result<String> {
    let output = process::output(
        Command::new("curl")
            .args(["-s", "-D", "-", "-o", "/dev/null"])
            .arg(format!("{base_url}{path}")),
    )?;
    output
        .lines()
        .find_map(|line| {
            line.strip_prefix("etag: ")
                .or_else(|| line.strip_prefix("ETag: "))
        })
        .map(|etag| etag.trim().to_string())
        .context("no ETag")
}

/// Lighthouse 12.2.3, mobile (its default: emulated phone, simulated slow 4G and CPU),
/// median of `RUNS` runs per page.
fn lighthouse_section(base_url: &str, work: &Path) -> Result<String> {
    let mut section =
        String::from("## Lighthouse 12.2.3 (mobile, default throttling, median of 3)\n\n");
    let _ = writeln!(
        section,
        "Targets: performance ≥ {}, LCP ≤ {:.1} s, total blocking time ≤ {:.0} ms.\n",
        TARGETS.0,
        TARGETS.1 / 1000.0,
        TARGETS.2
    );
    let _ = writeln!(
        section,
        "| page | {} | LCP | TBT | targets met |",
        CATEGORIES.map(|(_, name)| name).join(" | ")
    );
    let _ = writeln!(
        section,
        "|---|{}---:|---:|---|",
        "---:|".repeat(CATEGORIES.len())
    );
    let mut all_met = true;
    for page in PAGES {
        let mut scores: Vec<Vec<u32>> = vec![Vec::new(); CATEGORIES.len()];
        let (mut lcp, mut tbt) = (Vec::new(), Vec::new());
        for run in 0..RUNS {
            let report = work.join(format!("lighthouse-{run}.json"));
            let url = format!("{base_url}{page}");
            println!("lighthouse {url} (run {})", run + 1);
            // Lighthouse sometimes fails to record a trace (NO_NAVSTART): try that run again.
            let mut attempt = 0;
            while let Err(error) = process::run(
                Command::new(paths::npm_tool("lighthouse"))
                    .arg(&url)
                    .arg(format!(
                        "--only-categories={}",
                        CATEGORIES.map(|(id, _)| id).join(",")
                    ))
                    .args(["--output=json", "--quiet"])
                    .arg(format!("--output-path={}", report.display()))
                    .arg("--chrome-flags=--headless=new --no-sandbox --disable-gpu")
                    .env("CHROME_PATH", "/usr/bin/chromium")
                    .env("PATH", paths::tool_path())
                    .current_dir(root()),
            ) {
                attempt += 1;
                if attempt == 3 {
                    return Err(error);
                }
            }
            let json: serde_json::Value = serde_json::from_slice(&std::fs::read(&report)?)?;
            if let Some(error) = json.get("runtimeError") {
                bail!("lighthouse on {url}: {error}");
            }
            for (i, (id, _)) in CATEGORIES.iter().enumerate() {
                let score = json["categories"][id]["score"]
                    .as_f64()
                    .with_context(|| format!("no {id} score for {url}"))?;
                scores[i].push((score * 100.0).round() as u32);
            }
            let audit = |id: &str| {
                json["audits"][id]["numericValue"]
                    .as_f64()
                    .unwrap_or(f64::MAX)
            };
            lcp.push(audit("largest-contentful-paint").round() as u32);
            tbt.push(audit("total-blocking-time").round() as u32);
        }
        let performance = median(&mut scores[0]);
        let (lcp, tbt) = (median(&mut lcp), median(&mut tbt));
        let met =
            performance >= TARGETS.0 && f64::from(lcp) <= TARGETS.1 && f64::from(tbt) <= TARGETS.2;
        all_met &= met;
        let medians: Vec<String> = scores.iter_mut().map(|s| median(s).to_string()).collect();
        let _ = writeln!(
            section,
            "| `{page}` | {} | {:.2} s | {tbt} ms | {} |",
            medians.join(" | "),
            f64::from(lcp) / 1000.0,
            if met { "yes" } else { "**no**" }
        );
    }
    let _ = writeln!(
        section,
        "\nAll targets met: {}.\n",
        if all_met { "yes" } else { "**no**" }
    );
    Ok(section)
}

fn median(values: &mut [u32]) -> u32 {
    values.sort_unstable();
    values[values.len() / 2]
}

/// The deterministic sizes, for the same page (the test suite checks their budgets).
fn size_section(outputs: &Outputs) -> Result<String> {
    let worker = sizes::gzip_len_of_file(&build::worker_wasm(&outputs.worker)?)?;
    let first_view =
        sizes::first_view_from_report(&root().join("target/xtask-test/e2e/first-view.json")).ok();
    let mut section =
        String::from("## Sizes (gzip -9)\n\n| what | size | budget |\n|---|---:|---:|\n");
    if let Some(size) = first_view {
        let _ = writeln!(
            section,
            "| first view of `/` (last `cargo xtask test`) | {} | {} |",
            sizes::kib(size),
            sizes::kib(sizes::FIRST_VIEW_BUDGET)
        );
    }
    let _ = writeln!(
        section,
        "| worker wasm | {} | {} |",
        sizes::kib(worker),
        sizes::kib(sizes::WORKER_WASM_BUDGET)
    );
    Ok(section)
}

/// The Worker's startup, median of three profiles (`startup.rs`).
fn startup_section(config: &Path, work: &Path) -> Result<String> {
    let runs = crate::startup::measure(config, &work.join("startup"), RUNS)?;
    let tenths_of = |ms: f64| (ms * 10.0).round() as u32;
    let mut active: Vec<u32> = runs.iter().map(|r| tenths_of(r.active_ms)).collect();
    let mut total: Vec<u32> = runs.iter().map(|r| tenths_of(r.total_ms)).collect();
    let tenths = |value: u32| format!("{}.{} ms", value / 10, value % 10);
    Ok(format!(
        "\n## Startup (`wrangler check startup`, median of {RUNS})\n\n| what | time |\n|---|---:|\n\
         | CPU busy while the Worker starts | {} |\n| the whole profile | {} |\n",
        tenths(median(&mut active)),
        tenths(median(&mut total)),
    ))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_median_of_three() {
        assert_eq!(super::median(&mut [100, 92, 97]), 97);
        assert_eq!(super::median(&mut [100, 100, 99]), 100);
    }
}
