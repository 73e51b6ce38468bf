//! The Rust toolchains: the workspace's pinned stable one (`rust-toolchain.toml`) and the dated
//! nightly that only the app's size build uses. rustup installs both; nothing else does.

use crate::paths::root;
use crate::process;
use anyhow::{bail, Context, Result};
use std::process::Command;

/// The target both wasm binaries are built for.
pub const WASM_TARGET: &str = "wasm32-unknown-unknown";

/// The nightly of the app's size build (`-Zbuild-std` and other unstable size options). Dated, so
/// it never changes under us. Not every date has every component: 2026-05-19 lacks the wasm32
/// standard library; 2026-05-20 has it and `rust-src`.
pub const SIZE_NIGHTLY: &str = "nightly-2026-05-20";

/// What `rust-toolchain.toml` pins: the channel, its components and targets.
#[derive(Debug, PartialEq, Eq)]
pub struct Pinned {
    pub channel: String,
    pub components: Vec<String>,
    pub targets: Vec<String>,
}

pub fn pinned() -> Result<Pinned> {
    let text = std::fs::read_to_string(root().join("rust-toolchain.toml"))
        .context("reading rust-toolchain.toml")?;
    parse_pinned(&text)
}

fn parse_pinned(text: &str) -> Result<Pinned> {
    let table: toml::Table = text.parse().context("parsing rust-toolchain.toml")?;
    let toolchain = table
        .get("toolchain")
        .and_then(|t| t.as_table())
        .context("rust-toolchain.toml has no [toolchain]")?;
    let strings = |key: &str| -> Vec<String> {
        toolchain
            .get(key)
            .and_then(|v| v.as_array())
            .into_iter()
            .flatten()
            .filter_map(|v| v.as_str().map(String::from))
            .collect()
    };
    Ok(Pinned {
        channel: toolchain
            .get("channel")
            .and_then(|c| c.as_str())
            .context("rust-toolchain.toml names no channel")?
            .to_string(),
        components: strings("components"),
        targets: strings("targets"),
    })
}

/// Makes sure the pinned toolchain has its components and targets. rustup adds them by itself
/// only while its auto-install is on; with `RUSTUP_AUTO_INSTALL=0` cargo runs without them, and
/// clippy or the wasm32 build would fail later with a less helpful message. They are added by
/// name: a bare `rustup toolchain install` run from xtask installs the toolchain that cargo's
/// `RUSTUP_TOOLCHAIN` names, without the file's components and targets.
pub fn ensure_pinned() -> Result<()> {
    let pinned = pinned()?;
    let toolchain = &pinned.channel;
    let lacking = missing(&pinned)?;
    if lacking.is_empty() {
        return Ok(());
    }
    println!(
        "xtask: adding {} to the pinned toolchain {toolchain} (rustup)",
        names(&lacking)
    );
    for kind in ["component", "target"] {
        let of_kind: Vec<&str> = lacking
            .iter()
            .filter(|(k, _)| *k == kind)
            .map(|(_, name)| name.as_str())
            .collect();
        if !of_kind.is_empty() {
            process::run(
                Command::new("rustup")
                    .args([kind, "add", "--toolchain", toolchain])
                    .args(of_kind),
            )?;
        }
    }
    let still = missing(&pinned)?;
    if !still.is_empty() {
        bail!("rustup did not add {} to {toolchain}", names(&still));
    }
    Ok(())
}

/// The pinned components and targets the pinned toolchain lacks, each with its kind
/// (`component` or `target`, as `rustup` names them).
fn missing(pinned: &Pinned) -> Result<Vec<(&'static str, String)>> {
    let toolchain = &pinned.channel;
    let components = installed(&["component", "list", "--installed", "--toolchain", toolchain])?;
    let targets = installed(&["target", "list", "--installed", "--toolchain", toolchain])?;
    let components = pinned
        .components
        .iter()
        .filter(|c| !components.iter().any(|i| i.starts_with(&format!("{c}-"))))
        .map(|c| ("component", c.clone()));
    let targets = pinned
        .targets
        .iter()
        .filter(|t| !targets.contains(t))
        .map(|t| ("target", t.clone()));
    Ok(components.chain(targets).collect())
}

fn names(missing: &[(&str, String)]) -> String {
    let names: Vec<&str> = missing.iter().map(|(_, name)| name.as_str()).collect();
    names.join(", ")
}

/// Installs the size build's nightly with `rust-src` and the wasm32 target, unless it has them.
pub fn ensure_size_nightly() -> Result<()> {
    let components = installed(&[
        "component",
        "list",
        "--installed",
        "--toolchain",
        SIZE_NIGHTLY,
    ])
    .unwrap_or_default();
    let has = |name: &str| components.iter().any(|c| c.starts_with(name));
    if has("rust-src") && has("rust-std-wasm32-unknown-unknown") {
        return Ok(());
    }
    println!(
        "xtask: installing {SIZE_NIGHTLY} (rustup) for the app's size build only; \
         everything else builds on the pinned stable toolchain"
    );
    process::run(Command::new("rustup").args([
        "toolchain",
        "install",
        SIZE_NIGHTLY,
        "--profile",
        "minimal",
        "--component",
        "rust-src",
        "--target",
        WASM_TARGET,
    ]))
}

/// Downloads every crate the builds need, so the app's `--offline` build finds them: the
/// workspace's (Cargo.lock) and those of the standard library that `-Zbuild-std` compiles
/// (its own Cargo.lock, inside the nightly's `rust-src`). Quick when all are there.
pub fn fetch_crates() -> Result<()> {
    process::run(
        Command::new("cargo")
            .args(["fetch", "--locked"])
            .current_dir(root()),
    )?;
    let sysroot = process::output(
        Command::new("rustc")
            .arg("--print")
            .arg("sysroot")
            .env("RUSTUP_TOOLCHAIN", SIZE_NIGHTLY),
    )?;
    let library = std::path::Path::new(sysroot.trim()).join("lib/rustlib/src/rust/library");
    if !library.join("Cargo.lock").exists() {
        bail!(
            "{SIZE_NIGHTLY} has no rust-src ({} is missing)",
            library.display()
        );
    }
    process::run(
        Command::new("cargo")
            .args(["fetch", "--locked", "--manifest-path"])
            .arg(library.join("Cargo.toml"))
            .env("RUSTUP_TOOLCHAIN", SIZE_NIGHTLY)
            .env_remove("CARGO"),
    )
}

/// The trimmed lines rustup prints for a `list` query.
fn installed(args: &[&str]) -> Result<Vec<String>> {
    let output = process::output(Command::new("rustup").args(args))?;
    Ok(output.lines().map(|l| l.trim().to_string()).collect())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_workspace_pins_a_stable_release_with_what_the_checks_need() {
        let pinned = pinned().unwrap();
        assert!(
            pinned.channel.split('.').count() == 3
                && pinned
                    .channel
                    .chars()
                    .all(|c| c.is_ascii_digit() || c == '.'),
            "rust-toolchain.toml pins an exact stable release, not {:?}",
            pinned.channel
        );
        for component in ["rustfmt", "clippy"] {
            assert!(pinned.components.iter().any(|c| c == component));
        }
        assert_eq!(pinned.targets, [WASM_TARGET]);
    }

    #[test]
    fn the_size_nightly_is_dated() {
        let date = SIZE_NIGHTLY.strip_prefix("nightly-").unwrap();
        assert_eq!(date.len(), 10);
        assert!(date.split('-').all(|part| part.parse::<u32>().is_ok()));
    }

    #[test]
    fn reads_a_toolchain_file() {
        let pinned = parse_pinned(
            "[toolchain]\nchannel = \"1.2.3\"\ncomponents = [\"clippy\"]\ntargets = [\"t\"]\n",
        )
        .unwrap();
        assert_eq!(
            pinned,
            Pinned {
                channel: "1.2.3".into(),
                components: vec!["clippy".into()],
                targets: vec!["t".into()],
            }
        );
        assert!(parse_pinned("[other]\n").is_err());
    }
}
