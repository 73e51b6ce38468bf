//! Installs what a fresh machine lacks, and skips what is already there.

use crate::paths::{self, root};
use crate::{node, process, toolchain};
use anyhow::{bail, Context, Result};
use std::path::Path;
use std::process::Command;

pub use crate::toolchain::WASM_TARGET;
pub const WORKER_BUILD_VERSION: &str = "0.8.7";
pub const TRUNK_VERSION: &str = "0.21.14";

/// Everything the build and `wrangler dev` need, and every crate the offline app build reads.
pub fn ensure_build_tools() -> Result<()> {
    toolchain::ensure_pinned()?;
    toolchain::ensure_size_nightly()?;
    ensure_cargo_tool(
        "wasm-bindgen",
        &wasm_bindgen_version()?,
        "wasm-bindgen-cli",
        // Its lock file names a crate version the index lacks: install without --locked.
        false,
    )?;
    ensure_cargo_tool("worker-build", WORKER_BUILD_VERSION, "worker-build", true)?;
    ensure_cargo_tool("trunk", TRUNK_VERSION, "trunk", true)?;
    node::ensure()?;
    ensure_npm_packages()?;
    toolchain::fetch_crates()
}

/// Debian's Chromium and ChromeDriver for the end-to-end tests.
pub fn ensure_browser() -> Result<()> {
    apt_install(
        &["/usr/bin/chromium", "/usr/bin/chromedriver"],
        &["chromium", "chromium-driver"],
    )
}

/// Debian's Java runtime for the Nu Html Checker (`vnu-jar`) of the end-to-end tests. Installed
/// before `npm ci`: without a Java on the machine the package's install script would try to fetch
/// one from GitHub.
pub fn ensure_java() -> Result<()> {
    apt_install(&["/usr/bin/java"], &["default-jre-headless"])
}

/// The load tool of `cargo xtask bench`, from Debian.
pub fn ensure_wrk() -> Result<()> {
    apt_install(&["/usr/bin/wrk"], &["wrk"])
}

/// Installs Debian's `packages` unless every file of `installed` is there already.
fn apt_install(installed: &[&str], packages: &[&str]) -> Result<()> {
    if installed.iter().all(|file| Path::new(file).exists()) {
        return Ok(());
    }
    println!("xtask: installing {} (apt-get)", packages.join(", "));
    process::run(Command::new("apt-get").args(["update", "-q"]))?;
    process::run(
        Command::new("apt-get")
            .args(["install", "-y", "-q"])
            .args(packages)
            .env("DEBIAN_FRONTEND", "noninteractive"),
    )
}

/// The wasm-bindgen version in Cargo.lock: the CLI must match it exactly.
pub fn wasm_bindgen_version() -> Result<String> {
    let lock = std::fs::read_to_string(root().join("Cargo.lock")).context("reading Cargo.lock")?;
    let lock: toml::Table = lock.parse().context("parsing Cargo.lock")?;
    lock.get("package")
        .and_then(|packages| packages.as_array())
        .into_iter()
        .flatten()
        .find(|package| package.get("name").and_then(|n| n.as_str()) == Some("wasm-bindgen"))
        .and_then(|package| package.get("version")?.as_str().map(String::from))
        .context("Cargo.lock has no wasm-bindgen")
}

/// Installs `crate_name` at exactly `version` unless `binary --version` already reports it.
fn ensure_cargo_tool(binary: &str, version: &str, crate_name: &str, locked: bool) -> Result<()> {
    let path = paths::cargo_tool(binary);
    if let Ok(reported) = process::output(Command::new(&path).arg("--version")) {
        if reported.split_whitespace().any(|word| word == version) {
            return Ok(());
        }
    }
    println!("xtask: installing {crate_name} {version} (cargo install)");
    let mut install = Command::new("cargo");
    install.args(["install", crate_name, "--version", &format!("={version}")]);
    if locked {
        install.arg("--locked");
    }
    process::run(&mut install)?;
    let reported = process::output(Command::new(&path).arg("--version"))?;
    if !reported.split_whitespace().any(|word| word == version) {
        bail!("{binary} reports {reported:?} after installing {version}");
    }
    Ok(())
}

/// `npm ci` when node_modules is missing or older than package-lock.json.
fn ensure_npm_packages() -> Result<()> {
    let lock = root().join("package-lock.json");
    let installed = root().join("node_modules/.package-lock.json");
    let current = match (modified(&lock), modified(&installed)) {
        (Some(lock), Some(installed)) => installed >= lock,
        _ => false,
    };
    let tools_present = ["wrangler", "wasm-opt", "esbuild", "redocly", "vnu"]
        .iter()
        .all(|tool| paths::npm_tool(tool).exists());
    if current && tools_present {
        return Ok(());
    }
    println!("xtask: installing the npm tools (npm ci)");
    process::run(
        Command::new("npm")
            .args(["ci", "--no-audit", "--no-fund"])
            .current_dir(root())
            .env("PATH", paths::tool_path()),
    )
}

pub fn modified(path: &Path) -> Option<std::time::SystemTime> {
    std::fs::metadata(path).and_then(|m| m.modified()).ok()
}
