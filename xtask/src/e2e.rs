//! The end-to-end run: tests/*.test.mjs in Chromium against a real local stack.
//! `E2E_ORDER` proves that no file depends on another: `reverse` or `shuffle:<seed>` runs them
//! in another order on one stack, `alone` runs each file on a fresh stack of its own.
//!
//! The stack runs as wrangler.toml ships: mail off, as a city without Cloudflare's Email
//! Service runs it. The `mail-*.test.mjs` files run afterwards on a stack of their own with
//! the `[[send_email]]` binding on (`stack::with_mail`).

use crate::counts::{parse_node_test, Counts};
use crate::paths::root;
use crate::process;
use crate::stack::{self, Stack, StackOptions};
use anyhow::{bail, Context, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The rate limit of the test stack (the tests read it from `RATE_LIMIT`).
const TEST_RATE_LIMIT: u32 = 20;
/// The barrier reports' limit of the test stack (`FEEDBACK_RATE_LIMIT` for the tests too).
const TEST_FEEDBACK_RATE_LIMIT: u32 = 5;

/// `cargo xtask e2e [NAME…]`: the release build (skipped when current), then the end-to-end
/// files whose names contain one of `names` (every file without), on a fresh stack: the step
/// of `cargo xtask test` a change to a page or a route wants again and again.
pub fn only(names: &[String]) -> Result<()> {
    crate::setup::ensure_build_tools()?;
    crate::setup::ensure_browser()?;
    let outputs = crate::paths::Outputs::test_build();
    crate::build::build(&outputs)?;
    let work = root().join("target/xtask-test");
    let config = stack::config_for(&outputs, &work)?;
    let chosen = |file: &PathBuf| {
        names.is_empty() || names.iter().any(|n| file_name(file).contains(n.as_str()))
    };
    let files: Vec<PathBuf> = test_files()?.into_iter().filter(chosen).collect();
    let stacks = Stacks::new(&config, &work)?;
    let mut counts = Counts::default();
    for kind in StackKind::ALL {
        let group: Vec<PathBuf> = files.iter().filter(|f| kind.of(f)).cloned().collect();
        if !group.is_empty() {
            counts.add(stacks.run(kind, &group)?);
        }
    }
    println!("{} passed, {} failed", counts.passed, counts.failed);
    counts
        .failing
        .iter()
        .for_each(|name| println!("  failed: {name}"));
    if counts.failed > 0 || counts.passed == 0 {
        bail!(
            "end-to-end: {} failed, {} passed",
            counts.failed,
            counts.passed
        );
    }
    Ok(())
}

/// The stack a file runs on, by the start of its name.
#[derive(Clone, Copy, PartialEq, Eq)]
enum StackKind {
    /// As wrangler.toml ships: mail off, plain HTTP.
    Plain,
    /// `mail-…`: with the `[[send_email]]` binding.
    Mail,
    /// `https-…`: served over HTTPS, as production is.
    Https,
}

impl StackKind {
    const ALL: [StackKind; 3] = [StackKind::Plain, StackKind::Mail, StackKind::Https];

    fn of_name(name: &str) -> StackKind {
        if name.starts_with("mail-") {
            StackKind::Mail
        } else if name.starts_with("https-") {
            StackKind::Https
        } else {
            StackKind::Plain
        }
    }

    fn of(self, file: &Path) -> bool {
        StackKind::of_name(&file_name(file)) == self
    }
}

/// The configurations of the kinds of stack, and where they work.
struct Stacks<'a> {
    config: &'a Path,
    mail_config: PathBuf,
    work: &'a Path,
}

impl<'a> Stacks<'a> {
    fn new(config: &'a Path, work: &'a Path) -> Result<Self> {
        let mail_config =
            stack::with_mail(config, &work.join("mail"), &stack::MAIL_TEST_ADDRESSES)?;
        Ok(Self {
            config,
            mail_config,
            work,
        })
    }

    /// Runs `files` on a fresh stack of `kind`.
    fn run(&self, kind: StackKind, files: &[PathBuf]) -> Result<Counts> {
        match kind {
            StackKind::Plain => on_fresh_stack(self.config, self.work, files, false),
            StackKind::Mail => {
                println!("\n--- with mail switched on: a stack with the send_email binding");
                on_fresh_stack(&self.mail_config, self.work, files, false)
            }
            StackKind::Https => {
                println!("\n--- over HTTPS: a stack with wrangler's self-signed certificate");
                on_fresh_stack(self.config, self.work, files, true)
            }
        }
    }
}

/// Runs every end-to-end file, as `E2E_ORDER` says.
pub fn end_to_end(config: &Path, work: &Path) -> Result<Counts> {
    let order = std::env::var("E2E_ORDER").unwrap_or_default();
    let files = test_files()?;
    let stacks = Stacks::new(config, work)?;
    let mut total = Counts::default();
    if order == "alone" {
        for file in &files {
            println!("\n--- {} alone, on a fresh stack", file_name(file));
            let kind = StackKind::of_name(&file_name(file));
            let counts = stacks.run(kind, std::slice::from_ref(file))?;
            if counts.passed + counts.failed == 0 {
                bail!("{} ran no test", file_name(file));
            }
            total.add(counts);
        }
    } else {
        for kind in StackKind::ALL {
            let mut group: Vec<PathBuf> = files.iter().filter(|f| kind.of(f)).cloned().collect();
            if kind == StackKind::Plain {
                reorder(&mut group, &order)?;
                if !order.is_empty() {
                    println!("end-to-end files in the order {order}:");
                    group
                        .iter()
                        .for_each(|file| println!("  {}", file_name(file)));
                }
            }
            if !group.is_empty() {
                total.add(stacks.run(kind, &group)?);
            }
        }
    }
    if total.passed + total.failed == 0 {
        bail!("no end-to-end test ran");
    }
    Ok(total)
}

/// Starts a stack with a new local D1 on a free port, runs `files` against it, stops it.
fn on_fresh_stack(config: &Path, work: &Path, files: &[PathBuf], https: bool) -> Result<Counts> {
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
        vars: vec![
            (
                "REGISTRATION_RATE_LIMIT".into(),
                TEST_RATE_LIMIT.to_string(),
            ),
            (
                "FEEDBACK_RATE_LIMIT".into(),
                TEST_FEEDBACK_RATE_LIMIT.to_string(),
            ),
            (
                "NETWORK_REQUEST_RATE_LIMIT".into(),
                TEST_RATE_LIMIT.to_string(),
            ),
        ],
        log: Some(work.join("wrangler.log")),
        https,
    })?;
    println!("test stack on {}", stack.base_url);
    let result = run_node_tests(&stack, files, &e2e_output, &state);
    let tail = stack.log_tail();
    stack.stop();
    let counts = result?;
    if counts.failed > 0 {
        println!("{tail}");
    }
    Ok(counts)
}

fn run_node_tests(stack: &Stack, files: &[PathBuf], output: &Path, state: &Path) -> Result<Counts> {
    let (status, stdout) = process::run_tee(
        Command::new(crate::node::program())
            // A test that waits for something that never comes fails after 3 minutes instead
            // of stalling the whole run.
            .args(["--test", "--test-reporter=spec", "--test-concurrency=1"])
            .arg("--test-timeout=180000")
            .args(files)
            .current_dir(root())
            // The pinned Node where the machine's is older; the tests' wrangler needs it too.
            .env("PATH", crate::paths::tool_path())
            .env("BASE_URL", &stack.base_url)
            .env("E2E_OUTPUT", output)
            .env("SCREENSHOT_DIR", root().join("tests/screenshots"))
            .env("D1_PERSIST_TO", state)
            .env("RATE_LIMIT", TEST_RATE_LIMIT.to_string())
            .env("FEEDBACK_RATE_LIMIT", TEST_FEEDBACK_RATE_LIMIT.to_string())
            .env("WRANGLER_CONFIG", &stack.options.config)
            // Where `wrangler dev` logs the path of each mail it writes (the mail tests).
            .env(
                "WRANGLER_LOG",
                stack.options.log.as_deref().unwrap_or(Path::new("")),
            ),
    )?;
    let counts = parse_node_test(&stdout);
    if !status.success() && counts.failed == 0 {
        bail!("node --test failed ({status})");
    }
    Ok(counts)
}

/// The end-to-end test files, sorted by name.
fn test_files() -> Result<Vec<PathBuf>> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("tests"))
        .context("reading tests/")?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.to_string_lossy().ends_with(".test.mjs"))
        .collect();
    files.sort();
    Ok(files)
}

fn file_name(path: &Path) -> String {
    path.file_name()
        .unwrap_or_default()
        .to_string_lossy()
        .into_owned()
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
        _ => bail!("E2E_ORDER is \"alone\", \"reverse\" or \"shuffle:<seed>\", not {order:?}"),
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
