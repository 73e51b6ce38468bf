//! Release builds of the app (Trunk) and the worker (worker-build), skipped when current.

use crate::paths::{self, root, Outputs};
use crate::{process, setup};
use anyhow::{Context, Result};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::SystemTime;

/// Builds whatever is older than its sources.
pub fn build(outputs: &Outputs) -> Result<()> {
    setup::ensure_build_tools()?;
    build_app(&outputs.assets)?;
    build_worker(&outputs.worker)
}

/// Sources that shape every build: the workspace manifests and the shared model.
fn shared_inputs() -> Vec<PathBuf> {
    ["Cargo.toml", "Cargo.lock", ".cargo/config.toml", "model"]
        .iter()
        .map(|p| root().join(p))
        .collect()
}

fn build_app(dist: &Path) -> Result<()> {
    let mut inputs = shared_inputs();
    inputs.extend(["app", "style", "public"].iter().map(|p| root().join(p)));
    let stamp = stamp_for(dist);
    if is_current(&stamp, &inputs) {
        println!("xtask: app is current ({})", dist.display());
        return Ok(());
    }
    println!(
        "xtask: building the app (trunk, release) into {}",
        dist.display()
    );
    std::fs::create_dir_all(dist)?;
    process::run(
        Command::new(paths::cargo_tool("trunk"))
            .args(["build", "--release", "--offline", "--dist"])
            .arg(dist)
            .current_dir(root().join("app"))
            .env("PATH", paths::tool_path())
            .env("TRUNK_SKIP_VERSION_CHECK", "true")
            .env("NO_COLOR", "true"),
    )?;
    touch(&stamp)
}

fn build_worker(out_dir: &Path) -> Result<()> {
    let mut inputs = shared_inputs();
    inputs.extend(
        ["worker/src", "worker/Cargo.toml"]
            .iter()
            .map(|p| root().join(p)),
    );
    let stamp = stamp_for(out_dir);
    if is_current(&stamp, &inputs) {
        println!("xtask: worker is current ({})", out_dir.display());
        return Ok(());
    }
    println!(
        "xtask: building the worker (worker-build, release) into {}",
        out_dir.display()
    );
    process::run(
        Command::new(paths::cargo_tool("worker-build"))
            .args(["--release", "--out-dir"])
            .arg(out_dir)
            .current_dir(root().join("worker"))
            // worker-build compiles with a flag cargo does not track: never share its artifacts.
            .env("CARGO_TARGET_DIR", root().join("target/worker"))
            .env("WASM_BINDGEN_BIN", paths::cargo_tool("wasm-bindgen"))
            .env("WASM_OPT_BIN", paths::npm_tool("wasm-opt"))
            .env("ESBUILD_BIN", paths::npm_tool("esbuild"))
            .env("PATH", paths::tool_path()),
    )?;
    touch(&stamp)
}

/// The worker's wasm in a worker-build output folder.
pub fn worker_wasm(out_dir: &Path) -> Result<PathBuf> {
    std::fs::read_dir(out_dir)
        .with_context(|| format!("reading {}", out_dir.display()))?
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .find(|path| path.extension().is_some_and(|ext| ext == "wasm"))
        .with_context(|| format!("no .wasm in {}", out_dir.display()))
}

/// Where the record of a finished build into `out_dir` lives: outside it, so it is never served.
fn stamp_for(out_dir: &Path) -> PathBuf {
    let name: String = out_dir
        .to_string_lossy()
        .chars()
        .map(|c| if c.is_ascii_alphanumeric() { c } else { '_' })
        .collect();
    root().join("target/xtask-stamps").join(name)
}

/// True when `stamp` exists and is newer than every file under `inputs`.
fn is_current(stamp: &Path, inputs: &[PathBuf]) -> bool {
    let Some(built) = setup::modified(stamp) else {
        return false;
    };
    inputs
        .iter()
        .all(|input| newest(input).is_none_or(|newest| newest <= built))
}

fn newest(path: &Path) -> Option<SystemTime> {
    let meta = std::fs::metadata(path).ok()?;
    if !meta.is_dir() {
        return meta.modified().ok();
    }
    let mut newest = meta.modified().ok();
    for entry in std::fs::read_dir(path).ok()?.flatten() {
        let name = entry.file_name();
        if name == "target" || name == "build" || name == ".wrangler" {
            continue;
        }
        newest = newest.max(self::newest(&entry.path()));
    }
    newest
}

fn touch(path: &Path) -> Result<()> {
    if let Some(parent) = path.parent() {
        std::fs::create_dir_all(parent)?;
    }
    std::fs::write(path, b"built by cargo xtask\n")
        .with_context(|| format!("writing {}", path.display()))
}
