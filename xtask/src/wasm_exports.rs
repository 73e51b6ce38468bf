//! Exports no page calls, taken out of the built wasm. Leptos always brings `server_fn` with
//! its browser streams (`wasm-streams`), whose `#[wasm_bindgen]` types are exported: an
//! export is a root no optimiser may remove, so their code stayed in every wasm although
//! nothing in the app builds one (we use no server functions). Without the exports,
//! `wasm-opt` removes that code: about 1.5 KB of gzip in the map's first view, which has a
//! size budget (`sizes.rs`).
//!
//! Binaryen's text round trip (`wasm-dis`, `wasm-as`) is exact; the features are the ones
//! the Rust target emits, which the text form does not carry.

use crate::{paths, process};
use anyhow::{bail, Context, Result};
use std::path::Path;
use std::process::Command;

/// The export names of `wasm-streams`' types (`intounderlyingsink_write`,
/// `__wbg_intounderlyingsource_free`, …).
const UNUSED_EXPORT: &str = "intounderlying";

/// What the Rust target's wasm uses (besides the MVP), for Binaryen's tools.
const FEATURES: [&str; 6] = [
    "--enable-bulk-memory",
    "--enable-nontrapping-float-to-int",
    "--enable-reference-types",
    "--enable-sign-ext",
    "--enable-mutable-globals",
    "--enable-multivalue",
];

/// Takes the unused exports out of `wasm` and optimises it again for size, in place.
pub fn strip(wasm: &Path) -> Result<()> {
    let text = wasm.with_extension("wat");
    process::run(
        Command::new(paths::npm_tool("wasm-dis"))
            .arg(wasm)
            .args(FEATURES)
            .arg("-o")
            .arg(&text),
    )?;
    let module = std::fs::read_to_string(&text).context("reading the wasm as text")?;
    let kept = without_unused_exports(&module);
    if kept.len() == module.len() {
        std::fs::remove_file(&text)?;
        return Ok(());
    }
    std::fs::write(&text, kept)?;
    let assembled = wasm.with_extension("stripped.wasm");
    process::run(
        Command::new(paths::npm_tool("wasm-as"))
            .arg(&text)
            .args(FEATURES)
            .arg("-o")
            .arg(&assembled),
    )?;
    process::run(
        Command::new(paths::npm_tool("wasm-opt"))
            .arg(&assembled)
            .arg("-Oz")
            .args(FEATURES)
            .arg("-o")
            .arg(wasm),
    )?;
    std::fs::remove_file(&text)?;
    std::fs::remove_file(&assembled)?;
    Ok(())
}

/// Every `*_bg.wasm` in `assets`.
pub fn strip_all(assets: &Path) -> Result<()> {
    let mut found = 0;
    for entry in std::fs::read_dir(assets)? {
        let path = entry?.path();
        if path.to_string_lossy().ends_with("_bg.wasm") {
            strip(&path).with_context(|| format!("stripping {}", path.display()))?;
            found += 1;
        }
    }
    if found == 0 {
        bail!("no wasm in {}", assets.display());
    }
    Ok(())
}

/// The module's text without the export lines of [`UNUSED_EXPORT`].
fn without_unused_exports(module: &str) -> String {
    module
        .lines()
        .filter(|line| {
            !(line.trim_start().starts_with("(export \"") && line.contains(UNUSED_EXPORT))
        })
        .map(|line| format!("{line}\n"))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn only_the_streams_exports_go() {
        let module = "(module\n (export \"main\" (func $1))\n (export \"intounderlyingsink_write\" (func $2))\n (export \"__wbg_intounderlyingsource_free\" (func $3))\n (func $2)\n)\n";
        assert_eq!(
            without_unused_exports(module),
            "(module\n (export \"main\" (func $1))\n (func $2)\n)\n"
        );
    }
}
