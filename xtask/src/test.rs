//! `cargo xtask test`: set-up, then every check, ending with `N passed, N failed`.

use crate::counts::{parse_cargo_test, Counts};
use crate::paths::{root, Outputs};
use crate::stack;
use crate::{build, contract, durability, e2e, process, setup, sizes};
use anyhow::{bail, Context, Result};
use std::path::Path;
use std::process::Command;
use std::time::Instant;

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
        for name in &counts.failing {
            let failed = format!("       failed: {name}");
            println!("{failed}");
            self.lines.push(failed);
        }
        self.total.add(counts);
        ok
    }
}

pub fn test() -> Result<()> {
    let started = Instant::now();
    let mut report = Report::default();
    let set_up = report.check("set-up (tools, npm packages, chromium, java)", || {
        setup::ensure_java()?;
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

    report.check(
        "a production build refuses the placeholders of config/site.toml",
        crate::site::check_production_build_refuses_placeholders,
    );

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
        e2e::end_to_end(&config, &work)
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
    report.check("first paint size (the page's HTML and CSS)", || {
        let size = sizes::first_paint_from_report(&first_view_report)?;
        budget(
            report_size("first paint (gzip -9)", size),
            sizes::FIRST_PAINT_BUDGET,
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
