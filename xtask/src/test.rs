//! `cargo xtask test`: set-up, then every check, ending with `N passed, N failed`.

use crate::paths::{root, Outputs};
use crate::stack::{self, Stack, StackOptions};
use crate::{build, contract, durability, process, setup, sizes};
use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

/// Passed and failed counts of one check (a test suite counts its tests).
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Counts {
    pub passed: u32,
    pub failed: u32,
}

impl Counts {
    pub const ONE_PASSED: Self = Self {
        passed: 1,
        failed: 0,
    };
}

#[derive(Default)]
struct Report {
    total: Counts,
    lines: Vec<String>,
}

impl Report {
    /// Runs one check, prints its outcome and adds it to the totals.
    fn check(&mut self, name: &str, check: impl FnOnce() -> Result<Counts>) -> bool {
        println!("\n==> {name}");
        let started = Instant::now();
        let (counts, note) = match check() {
            Ok(counts) => (counts, String::new()),
            Err(error) => (
                Counts {
                    failed: 1,
                    ..Default::default()
                },
                format!(": {error:#}"),
            ),
        };
        let ok = counts.failed == 0;
        let line = format!(
            "{} {name} ({} passed, {} failed, {:.0}s){note}",
            if ok { "ok  " } else { "FAIL" },
            counts.passed,
            counts.failed,
            started.elapsed().as_secs_f64()
        );
        println!("{line}");
        self.lines.push(line);
        self.total.passed += counts.passed;
        self.total.failed += counts.failed;
        ok
    }
}

pub fn test() -> Result<()> {
    let started = Instant::now();
    let mut report = Report::default();
    let set_up = report.check("set-up (tools, npm packages, chromium)", || {
        setup::ensure_build_tools()?;
        setup::ensure_browser()?;
        Ok(Counts::ONE_PASSED)
    });
    if set_up {
        run_checks(&mut report);
    }
    println!("\n==> summary ({:.0}s)", started.elapsed().as_secs_f64());
    for line in &report.lines {
        println!("{line}");
    }
    println!(
        "{} passed, {} failed",
        report.total.passed, report.total.failed
    );
    if report.total.failed > 0 {
        std::process::exit(1);
    }
    Ok(())
}

fn run_checks(report: &mut Report) {
    report.check("cargo fmt --check", || cargo(&["fmt", "--all", "--check"]));
    report.check("clippy (native, -D warnings)", || {
        cargo(&[
            "clippy",
            "--workspace",
            "--all-targets",
            "--",
            "-D",
            "warnings",
        ])
    });
    report.check("clippy (wasm32, -D warnings)", || {
        cargo(&[
            "clippy",
            "--workspace",
            "--exclude",
            "xtask",
            "--target",
            setup::WASM_TARGET,
            "--",
            "-D",
            "warnings",
        ])
    });
    report.check("unit tests (native)", unit_tests);

    let outputs = Outputs::test_build();
    let built = report.check("release build (app and worker)", || {
        build::build(&outputs)?;
        Ok(Counts::ONE_PASSED)
    });
    if !built {
        return;
    }
    let work = root().join("target/xtask-test");
    report.check("worker wasm size", || {
        let size = sizes::gzip_len_of_file(&build::worker_wasm(&outputs.worker)?)?;
        budget(
            report_size("worker wasm (gzip -9)", size),
            sizes::WORKER_WASM_BUDGET,
        )
    });
    let config = match stack::config_for(&outputs, &work) {
        Ok(config) => config,
        Err(error) => {
            report.check("wrangler config for the test stack", || Err(error));
            return;
        }
    };
    report.check("wrangler deploy --dry-run", || {
        deploy_dry_run(&config, &work)
    });
    let first_view_report = work.join("e2e/first-view.json");
    let _ = std::fs::remove_file(&first_view_report);
    report.check("end-to-end tests (Chromium, local stack)", || {
        end_to_end(&config, &work)
    });
    report.check(
        "OpenAPI document lint (redocly, recommended rules)",
        contract::lint,
    );
    report.check(
        "API contract (schemathesis against /api/openapi.json: all checks, all phases)",
        || contract::check(&config, &work),
    );
    report.check(
        "durability (2,000 registrations, 50 at a time, wrangler killed halfway)",
        || durability::check(&config, &work),
    );
    report.check("first view size", || {
        let size = sizes::first_view_from_report(&first_view_report)?;
        budget(
            report_size("first view (gzip -9)", size),
            sizes::FIRST_VIEW_BUDGET,
        )
    });
    let _ = report;
}

fn report_size(name: &str, size: u64) -> u64 {
    println!("{name}: {size} B ({})", sizes::kib(size));
    size
}

fn budget(size: u64, limit: u64) -> Result<Counts> {
    if size > limit {
        bail!(
            "{} is over the budget of {}",
            sizes::kib(size),
            sizes::kib(limit)
        );
    }
    println!("within the budget of {}", sizes::kib(limit));
    Ok(Counts::ONE_PASSED)
}

fn cargo(args: &[&str]) -> Result<Counts> {
    process::run(Command::new("cargo").args(args).current_dir(root()))?;
    Ok(Counts::ONE_PASSED)
}

fn unit_tests() -> Result<Counts> {
    let (status, output) = process::run_tee(
        Command::new("cargo")
            .args(["test", "--workspace"])
            .current_dir(root()),
    )?;
    let counts = parse_cargo_test(&output);
    if !status.success() && counts.failed == 0 {
        bail!("cargo test failed ({status})");
    }
    Ok(counts)
}

/// Sums the `test result:` lines of `cargo test`.
pub fn parse_cargo_test(output: &str) -> Counts {
    let mut counts = Counts::default();
    for line in output.lines().filter(|l| l.starts_with("test result:")) {
        counts.passed += number_before(line, " passed");
        counts.failed += number_before(line, " failed");
    }
    counts
}

/// Reads the `ℹ pass N` / `ℹ fail N` summary of node's spec reporter.
pub fn parse_node_test(output: &str) -> Counts {
    let mut counts = Counts::default();
    for line in output.lines() {
        let line = line.trim_start_matches(['ℹ', '#', ' ']);
        if let Some(n) = line.strip_prefix("pass ") {
            counts.passed += n.trim().parse().unwrap_or(0);
        } else if let Some(n) = line.strip_prefix("fail ") {
            counts.failed += n.trim().parse().unwrap_or(0);
        }
    }
    counts
}

fn number_before(line: &str, marker: &str) -> u32 {
    line.find(marker)
        .and_then(|end| line[..end].rsplit([' ', ';', '.']).next()?.parse().ok())
        .unwrap_or(0)
}

fn deploy_dry_run(config: &Path, work: &Path) -> Result<Counts> {
    let out = work.join("deploy-dry-run");
    let _ = std::fs::remove_dir_all(&out);
    let (status, output) = process::run_tee(
        stack::wrangler(config)
            .args(["deploy", "--dry-run", "--outdir"])
            .arg(&out),
    )?;
    if !status.success() {
        bail!("wrangler deploy --dry-run failed ({status})");
    }
    let upload = output
        .lines()
        .find(|line| line.contains("Total Upload"))
        .context("wrangler printed no upload size")?;
    println!("upload size: {}", upload.trim());
    Ok(Counts::ONE_PASSED)
}

/// Starts a fresh stack on a free port and runs tests/*.test.mjs against it in Chromium.
fn end_to_end(config: &Path, work: &Path) -> Result<Counts> {
    let state = work.join("d1-state");
    let _ = std::fs::remove_dir_all(&state);
    stack::apply_migrations(config, &state)?;
    let e2e_output = work.join("e2e");
    std::fs::create_dir_all(&e2e_output)?;
    let mut stack = Stack::start(StackOptions {
        config: config.to_path_buf(),
        port: stack::free_port()?,
        persist_to: state.clone(),
        // The load test sends 20 registrations from each of 25 addresses: all within the limit.
        vars: vec![(
            "REGISTRATION_RATE_LIMIT".into(),
            TEST_RATE_LIMIT.to_string(),
        )],
        log: Some(work.join("wrangler.log")),
    })?;
    println!("test stack on {}", stack.base_url);
    let result = run_node_tests(&stack, &e2e_output, &state);
    let tail = stack.log_tail();
    stack.stop();
    let counts = result?;
    if counts.failed > 0 {
        println!("{tail}");
    }
    if counts.passed + counts.failed == 0 {
        bail!("no end-to-end test ran");
    }
    Ok(counts)
}

/// The rate limit of the test stack (the tests read it from `RATE_LIMIT`).
const TEST_RATE_LIMIT: u32 = 20;

fn run_node_tests(stack: &Stack, output: &Path, state: &Path) -> Result<Counts> {
    let files = test_files()?;
    let (status, stdout) = process::run_tee(
        Command::new(crate::node::program())
            // A test that waits for something that never comes fails after 3 minutes instead
            // of stalling the whole run.
            .args(["--test", "--test-reporter=spec", "--test-concurrency=1"])
            .arg("--test-timeout=180000")
            .args(&files)
            .current_dir(root())
            // The pinned Node where the machine's is older; the tests' wrangler needs it too.
            .env("PATH", crate::paths::tool_path())
            .env("BASE_URL", &stack.base_url)
            .env("E2E_OUTPUT", output)
            .env("SCREENSHOT_DIR", root().join("tests/screenshots"))
            .env("D1_PERSIST_TO", state)
            .env("RATE_LIMIT", TEST_RATE_LIMIT.to_string())
            .env("WRANGLER_CONFIG", &stack.options.config),
    )?;
    let counts = parse_node_test(&stdout);
    if !status.success() && counts.failed == 0 {
        bail!("node --test failed ({status})");
    }
    Ok(counts)
}

/// The end-to-end test files, sorted; `E2E_ORDER=reverse` or `E2E_ORDER=shuffle:<seed>` runs
/// them in another order, to prove that no file depends on what another one left behind.
fn test_files() -> Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("tests"))
        .context("reading tests/")?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.to_string_lossy().ends_with(".test.mjs"))
        .collect();
    files.sort();
    let order = std::env::var("E2E_ORDER").unwrap_or_default();
    reorder(&mut files, &order)?;
    if !order.is_empty() {
        println!("end-to-end files in the order {order}:");
        for file in &files {
            println!(
                "  {}",
                file.file_name().unwrap_or_default().to_string_lossy()
            );
        }
    }
    Ok(files)
}

/// Reorders `items` as `order` says: "" keeps them, "reverse", or "shuffle:<seed>" (a
/// Fisher–Yates shuffle driven by a small xorshift generator, so a seed repeats its order).
fn reorder<T>(items: &mut [T], order: &str) -> Result<()> {
    match order.split_once(':') {
        _ if order.is_empty() => {}
        None if order == "reverse" => items.reverse(),
        Some(("shuffle", seed)) => {
            let mut state: u64 = seed.parse::<u64>().context("E2E_ORDER=shuffle:<number>")? | 1;
            for i in (1..items.len()).rev() {
                state ^= state << 13;
                state ^= state >> 7;
                state ^= state << 17;
                items.swap(i, (state % (i as u64 + 1)) as usize);
            }
        }
        _ => bail!("E2E_ORDER is \"reverse\" or \"shuffle:<seed>\", not {order:?}"),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn reads_cargo_test_results() {
        let output = "test result: ok. 7 passed; 0 failed; 0 ignored\n\
                      test result: FAILED. 2 passed; 1 failed; 0 ignored\n";
        assert_eq!(
            parse_cargo_test(output),
            Counts {
                passed: 9,
                failed: 1
            }
        );
    }

    #[test]
    fn reorders_test_files_reproducibly() {
        let mut items = [1, 2, 3, 4, 5, 6];
        reorder(&mut items, "").unwrap();
        assert_eq!(items, [1, 2, 3, 4, 5, 6]);
        reorder(&mut items, "reverse").unwrap();
        assert_eq!(items, [6, 5, 4, 3, 2, 1]);
        let (mut a, mut b) = ([1, 2, 3, 4, 5, 6], [1, 2, 3, 4, 5, 6]);
        reorder(&mut a, "shuffle:42").unwrap();
        reorder(&mut b, "shuffle:42").unwrap();
        assert_eq!(a, b, "a seed repeats its order");
        assert_ne!(a, [1, 2, 3, 4, 5, 6]);
        let mut sorted = a;
        sorted.sort();
        assert_eq!(sorted, [1, 2, 3, 4, 5, 6], "a permutation");
        assert!(reorder(&mut a, "sideways").is_err());
    }

    #[test]
    fn reads_node_spec_summary() {
        let output = "✔ home renders (12ms)\nℹ tests 5\nℹ suites 0\nℹ pass 4\nℹ fail 1\n";
        assert_eq!(
            parse_node_test(output),
            Counts {
                passed: 4,
                failed: 1
            }
        );
    }
}
