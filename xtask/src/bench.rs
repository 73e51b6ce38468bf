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

/// The pages Lighthouse looks at: the map's first view, a district in Arabic, the form.
const PAGES: [&str; 3] = ["/", "/bezirk/130?lang=ar", "/mitmachen"];

const CATEGORIES: [(&str, &str); 3] = [
    ("performance", "Performance"),
    ("accessibility", "Accessibility"),
    ("best-practices", "Best practices"),
];

pub fn bench() -> Result<()> {
    setup::ensure_build_tools()?;
    setup::ensure_browser()?;
    let outputs = Outputs::test_build();
    build::build(&outputs)?;
    let work = root().join("target/xtask-bench");
    std::fs::create_dir_all(&work)?;
    let config = stack::config_for(&outputs, &work)?;
    let state = work.join("d1-state");
    let _ = std::fs::remove_dir_all(&state);
    stack::apply_migrations(&config, Some(&state))?;
    let mut stack = Stack::start(StackOptions {
        config,
        port: stack::free_port()?,
        persist_to: Some(state),
        vars: Vec::new(),
        log: Some(work.join("wrangler.log")),
    })?;
    println!("bench stack on {}", stack.base_url);
    let mut report = String::from("# Benchmarks (`cargo xtask bench`)\n\n");
    let _ = writeln!(
        report,
        "Local stack (`wrangler dev`, workerd, local D1) on this machine; figures vary from run to run.\n"
    );
    let result =
        lighthouse_section(&stack.base_url, &work).map(|section| report.push_str(&section));
    stack.stop();
    result?;
    report.push_str(&size_section(&outputs)?);
    let path = root().join("bench/latest.md");
    std::fs::create_dir_all(path.parent().context("bench/")?)?;
    std::fs::write(&path, &report)?;
    println!("\n{report}\nwritten to {}", path.display());
    Ok(())
}

/// Lighthouse 12.2.3, mobile (its default: emulated phone, simulated slow 4G and CPU),
/// median of `RUNS` runs per page.
fn lighthouse_section(base_url: &str, work: &Path) -> Result<String> {
    let mut section =
        String::from("## Lighthouse 12.2.3 (mobile, default throttling, median of 3)\n\n");
    let _ = writeln!(
        section,
        "| page | {} |",
        CATEGORIES.map(|(_, name)| name).join(" | ")
    );
    let _ = writeln!(section, "|---|{}", "---:|".repeat(CATEGORIES.len()));
    for page in PAGES {
        let mut scores: Vec<Vec<u32>> = vec![Vec::new(); CATEGORIES.len()];
        for run in 0..RUNS {
            let report = work.join(format!("lighthouse-{run}.json"));
            let url = format!("{base_url}{page}");
            println!("lighthouse {url} (run {})", run + 1);
            process::run(
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
                    .current_dir(root()),
            )?;
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
        }
        let medians: Vec<String> = scores.iter_mut().map(|s| median(s).to_string()).collect();
        let _ = writeln!(section, "| `{page}` | {} |", medians.join(" | "));
    }
    section.push('\n');
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

#[cfg(test)]
mod tests {
    #[test]
    fn the_median_of_three() {
        assert_eq!(super::median(&mut [100, 92, 97]), 97);
        assert_eq!(super::median(&mut [100, 100, 99]), 100);
    }
}
