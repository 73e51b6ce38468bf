//! What xtask does to Trunk's pages: their scripts minified (`minify_scripts`), and the
//! loader changed so the app starts after the page has painted: the Worker's HTML
//! already shows the first screen, and the app takes it over (`app/src/adopt.rs`), so there
//! is no hurry. Nothing of the app is fetched before the page has loaded and painted: no
//! `preload` of the wasm, no `modulepreload` and no static `import` of its script. A
//! request begun before the first paint competes with it (Lighthouse's simulation counts
//! every request that started before the largest paint as a cause of it).

use crate::{paths, process};
use anyhow::{bail, Result};
use std::path::Path;
use std::process::Command;

/// What Trunk writes before the app's start.
const START: &str = "const wasm = await init(";

/// Waits for `load` and then for the first paint (its `paint` timing entry; two seconds at
/// most, as a page opened in a background tab reports none), and only then imports the
/// app's script, which `{script}` names.
const AFTER_PAINT: &str = "await new Promise((ready) => { let started = false; const start = () => { if (!started) { started = true; setTimeout(ready, 0); } }; const afterLoad = () => { if (performance.getEntriesByName('first-contentful-paint').length) return start(); try { new PerformanceObserver((_, observer) => { observer.disconnect(); start(); }).observe({ type: 'paint', buffered: true }); } catch { start(); } setTimeout(start, 2000); }; if (document.readyState === 'complete') afterLoad(); else addEventListener('load', afterLoad, { once: true }); });\nconst bindings = await import('{script}');\nconst init = bindings.default;\n";

/// Rewrites the built page `page` in `dist`.
pub fn start_after_paint(dist: &Path, page: &str) -> Result<()> {
    let path = dist.join(page);
    let html = std::fs::read_to_string(&path)?;
    std::fs::write(&path, rewrite(&html)?)?;
    Ok(())
}

fn rewrite(html: &str) -> Result<String> {
    if html.matches(START).count() != 1 {
        bail!("the built page should start its wasm once with `{START}`");
    }
    let import = trunk_import(html)?;
    let script = import
        .split('\'')
        .nth(1)
        .ok_or_else(|| anyhow::anyhow!("no script name in `{import}`"))?;
    let mut out = html.replacen(&import, "", 1).replacen(
        START,
        &format!("{}{START}", AFTER_PAINT.replace("{script}", script)),
        1,
    );
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

/// Trunk's `import init, * as bindings from '/assets/app-….js';` line, with its newline.
fn trunk_import(html: &str) -> Result<String> {
    const IMPORT: &str = "import init, * as bindings from '";
    let start = html.find(IMPORT).ok_or_else(|| {
        anyhow::anyhow!("the built page should import its script with `{IMPORT}`")
    })?;
    let end = start
        + html[start..]
            .find(";\n")
            .ok_or_else(|| anyhow::anyhow!("the script's import has no end"))?
        + 2;
    Ok(html[start..end].to_string())
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
    fn the_app_is_imported_after_the_first_paint_and_nothing_is_preloaded() {
        let built = "<head><script type=module>import init, * as bindings from '/assets/app.js';\nconst wasm = await init({ module_or_path: '/assets/app_bg.wasm' });\nwindow.wasmBindings = bindings;</script><link crossorigin href=/assets/app.js integrity=sha384-x rel=modulepreload><link as=fetch crossorigin href=/assets/app_bg.wasm integrity=sha384-y rel=preload type=application/wasm></head>";
        let page = rewrite(built).unwrap();
        assert!(!page.contains("import init"), "{page}");
        let paint = page.find("type: 'paint'").unwrap();
        let import = page.find("await import('/assets/app.js')").unwrap();
        let init = page.find("const wasm = await init({").unwrap();
        assert!(paint < import && import < init, "{page}");
        assert!(page.contains("window.wasmBindings = bindings;"));
        assert!(!page.contains("<link"), "{page}");
        assert!(rewrite("<p>no app</p>").is_err());
    }
}
