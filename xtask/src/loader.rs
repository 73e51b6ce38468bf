//! What xtask does to Trunk's pages: their scripts minified (`minify_scripts`), and the
//! loader changed so the app starts after the page has painted: the Worker's HTML
//! already shows the first screen, and the app takes it over (`app/src/adopt.rs`), so there
//! is no hurry. Without the `preload` of the wasm and the `modulepreload` of its script in
//! the head, nothing competes with the page and its stylesheet before the first paint, and
//! the wasm is fetched and started once the page has loaded.

use crate::{paths, process};
use anyhow::{bail, Result};
use std::path::Path;
use std::process::Command;

/// What Trunk writes before the app's start, and what waits for the page's `load` first.
const START: &str = "const wasm = await init(";
const AFTER_LOAD: &str = "if (document.readyState !== 'complete') await new Promise((loaded) => addEventListener('load', loaded, { once: true }));\nconst wasm = await init(";

/// Rewrites the built page `page` in `dist`.
pub fn start_after_load(dist: &Path, page: &str) -> Result<()> {
    let path = dist.join(page);
    let html = std::fs::read_to_string(&path)?;
    std::fs::write(&path, rewrite(&html)?)?;
    Ok(())
}

fn rewrite(html: &str) -> Result<String> {
    if html.matches(START).count() != 1 {
        bail!("the built page should start its wasm once with `{START}`");
    }
    let mut out = html.replacen(START, AFTER_LOAD, 1);
    // The `<link>`s that fetch the script and the wasm ahead of time.
    for marker in ["rel=modulepreload", "rel=preload type=application/wasm"] {
        while let Some(at) = out.find(marker) {
            let start = out[..at].rfind("<link").unwrap_or(at);
            let end = at + out[at..].find('>').map_or(0, |end| end + 1);
            out.replace_range(start..end, "");
        }
    }
    Ok(out)
}

/// Trunk's own minifier cannot read wasm-bindgen's module and leaves it as it is; esbuild
/// minifies it (a fifth less gzip), and the `integrity` hash in the page follows.
pub fn minify_scripts(dist: &Path, page: &str) -> Result<()> {
    use base64::Engine;
    use sha2::{Digest, Sha384};
    let index = dist.join(page);
    let mut html = std::fs::read_to_string(&index)?;
    let scripts: std::collections::BTreeSet<String> = html
        .split("/assets/")
        .skip(1)
        .filter_map(|rest| rest.split(['\'', '"', ' ', '>']).next())
        .filter(|name| name.ends_with(".js"))
        .map(String::from)
        .collect();
    let digest =
        |bytes: &[u8]| base64::engine::general_purpose::STANDARD.encode(Sha384::digest(bytes));
    for name in &scripts {
        let script = dist.join("assets").join(name);
        let before = digest(&std::fs::read(&script)?);
        process::run(
            Command::new(paths::npm_tool("esbuild"))
                .args([
                    "--minify",
                    "--format=esm",
                    "--log-level=warning",
                    "--allow-overwrite",
                ])
                .arg(&script)
                .arg(format!("--outfile={}", script.display())),
        )?;
        let after = digest(&std::fs::read(&script)?);
        let needle = format!("sha384-{before}");
        if !html.contains(&needle) {
            bail!("{page} has no integrity hash for {name}");
        }
        html = html.replace(&needle, &format!("sha384-{after}"));
    }
    std::fs::write(&index, html)?;
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_app_starts_after_load_and_nothing_is_preloaded() {
        let built = "<head><script type=module>import init from '/assets/app.js';\nconst wasm = await init({ module_or_path: '/assets/app_bg.wasm' });</script><link crossorigin href=/assets/app.js integrity=sha384-x rel=modulepreload><link as=fetch crossorigin href=/assets/app_bg.wasm integrity=sha384-y rel=preload type=application/wasm></head>";
        let page = rewrite(built).unwrap();
        assert!(page.contains(
            "addEventListener('load', loaded, { once: true }));\nconst wasm = await init({"
        ));
        assert!(!page.contains("<link"), "{page}");
        assert!(rewrite("<p>no app</p>").is_err());
    }
}
