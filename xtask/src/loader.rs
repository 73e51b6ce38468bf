//! Trunk's loader, changed so the app starts after the page has painted: the Worker's HTML
//! already shows the first screen, and the app takes it over (`app/src/adopt.rs`), so there
//! is no hurry. Without the `preload` of the wasm and the `modulepreload` of its script in
//! the head, nothing competes with the page and its stylesheet before the first paint, and
//! the wasm is fetched and started once the page has loaded.

use anyhow::{bail, Result};
use std::path::Path;

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
