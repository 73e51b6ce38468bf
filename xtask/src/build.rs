//! Release builds of the app (Trunk) and the worker (worker-build), skipped when current.

use crate::paths::{self, root, Outputs};
use crate::{process, setup};
use anyhow::{bail, Context, Result};
use model::lang::Lang;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::SystemTime;

/// Builds whatever is older than its sources.
pub fn build(outputs: &Outputs) -> Result<()> {
    // Checked before compiling anything, so a deploy with placeholders stops at once.
    let site = crate::site::Site::load()?;
    if crate::site::is_production_build() {
        site.require_complete(crate::site::Mail::of_production()?)?;
    }
    setup::ensure_build_tools()?;
    build_app(&outputs.assets)?;
    // Rendered on every build (milliseconds): they depend on xtask's own code too, which the
    // app's freshness check does not look at.
    crate::pages::write_pages(&outputs.assets)?;
    // The Worker serves the API's contract from here (`/api/openapi.json`), not from its wasm.
    std::fs::copy(
        root().join("worker/openapi.json"),
        outputs.assets.join("openapi.json"),
    )?;
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
    inputs.extend(
        [
            "app",
            "style",
            "public",
            "config",
            "wrangler.toml",
            // What this file does to Trunk's output (minified scripts, the loader) shapes it too.
            "xtask/src/build.rs",
            "xtask/src/loader.rs",
            "xtask/src/wasm_exports.rs",
        ]
        .iter()
        .map(|p| root().join(p)),
    );
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
    trunk(&root().join("app/index.html"), dist)?;
    crate::loader::minify_scripts(dist, "index.html")?;
    crate::loader::start_after_paint(dist, "index.html")?;
    // The registration form and the coordinators' area are wasm files of their own, so the
    // map's first view carries neither. Each is built apart and added as <name>.html.
    for page in ["register", "admin"] {
        let out = stamp.with_extension(page);
        trunk(&root().join(format!("app/{page}.html")), &out)?;
        crate::loader::minify_scripts(&out, "index.html")?;
        crate::loader::start_after_paint(&out, "index.html")?;
        for entry in std::fs::read_dir(out.join("assets"))? {
            let path = entry?.path();
            if let Some(name) = path.file_name() {
                std::fs::copy(&path, dist.join("assets").join(name))?;
            }
        }
        std::fs::copy(out.join("index.html"), dist.join(format!("{page}.html")))?;
    }
    crate::wasm_exports::strip_all(&dist.join("assets"))?;
    write_translations(&dist.join("assets"))?;
    crate::offline::write_offline_files(dist)?;
    write_headers(dist)?;
    touch(&stamp)
}

/// The English, Arabic, Persian and Ukrainian texts, one file per bundle and language, named
/// by content hash exactly as `app/build.rs` compiled the names into the wasm.
fn write_translations(assets: &Path) -> Result<()> {
    let files = i18n::all_files(&root().join("app/locales"), &Lang::ALL.map(Lang::code))
        .map_err(|problems| anyhow::anyhow!("translations:\n{problems}"))?;
    for (_, _, name, json) in files {
        std::fs::write(assets.join(name), json)?;
    }
    Ok(())
}

/// Cache rules for the static files, which Workers Static Assets serves without the Worker:
/// hashed assets never change; the page, the manifest and the service worker revalidate.
const CACHE_RULES: &str = "\
/assets/*
  Cache-Control: public, max-age=31536000, immutable
/
  Cache-Control: no-cache
/index.html
  Cache-Control: no-cache
/register
  Cache-Control: no-cache
/sw.js
  Cache-Control: no-cache
/manifest.webmanifest
  Cache-Control: no-cache
/icons/*
  Cache-Control: public, max-age=86400
/og-karte.png
  Cache-Control: public, max-age=86400
";

/// `dist/_headers`: the security headers of `model::security` on every static file (the
/// policy allows the pages' inline loader scripts by hash), then the cache rules.
fn write_headers(dist: &Path) -> Result<()> {
    let mut hashes = Vec::new();
    for page in ["index.html", "register.html", "admin.html"] {
        let html = std::fs::read_to_string(dist.join(page))?;
        let scripts = inline_scripts(&html);
        if scripts.is_empty() {
            bail!("{page} has no inline script: the policy would not match Trunk's output");
        }
        hashes.extend(
            scripts
                .iter()
                .map(|script| sha256_base64(script.as_bytes())),
        );
    }
    let mut rules = String::from("/*\n");
    for (name, value) in model::security::headers(&hashes) {
        rules.push_str(&format!("  {name}: {value}\n"));
    }
    rules.push_str(CACHE_RULES);
    std::fs::write(dist.join("_headers"), rules)?;
    Ok(())
}

/// The contents of a page's inline `<script>` elements (those without `src`).
pub fn inline_scripts(html: &str) -> Vec<String> {
    let mut scripts = Vec::new();
    let mut rest = html;
    while let Some(start) = rest.find("<script") {
        rest = &rest[start..];
        let Some(tag_end) = rest.find('>') else { break };
        let tag = &rest[..tag_end];
        let body = &rest[tag_end + 1..];
        let Some(end) = body.find("</script>") else {
            break;
        };
        if !tag.contains("src=") {
            scripts.push(body[..end].to_string());
        }
        rest = &body[end..];
    }
    scripts
}

fn sha256_base64(bytes: &[u8]) -> String {
    use base64::Engine;
    use sha2::Digest;
    base64::engine::general_purpose::STANDARD.encode(sha2::Sha256::digest(bytes))
}

fn trunk(html: &Path, dist: &Path) -> Result<()> {
    process::run(
        Command::new(paths::cargo_tool("trunk"))
            .arg("build")
            .arg(html)
            .args(["--release", "--offline=true"])
            .arg("--dist")
            .arg(dist)
            .current_dir(root().join("app"))
            .envs(app_size_flags())
            // Trunk must reach the nightly through rustup's `cargo`, not the one running xtask.
            .env_remove("CARGO")
            .env("CARGO_TARGET_DIR", root().join("target/app"))
            .env("PATH", paths::tool_path())
            .env("TRUNK_SKIP_VERSION_CHECK", "true")
            .env("NO_COLOR", "true"),
    )
}

/// The app's wasm is the biggest part of the first view, which has a size budget. These
/// flags rebuild the standard library with the app (size-tuned, panics abort at once,
/// without panic messages, locations or `Debug` output): about 12 % less gzip than the
/// best stable build. They are unstable options, so this one build (in its own target
/// folder) runs on a dated nightly that rustup installs like any toolchain
/// (`toolchain::SIZE_NIGHTLY`, selected by `RUSTUP_TOOLCHAIN`); everything else builds on
/// the stable toolchain that rust-toolchain.toml pins.
fn app_size_flags() -> Vec<(&'static str, &'static str)> {
    vec![
        ("RUSTUP_TOOLCHAIN", crate::toolchain::SIZE_NIGHTLY),
        ("CARGO_UNSTABLE_BUILD_STD", "std,panic_abort"),
        (
            "CARGO_TARGET_WASM32_UNKNOWN_UNKNOWN_RUSTFLAGS",
            "--cfg getrandom_backend=\"wasm_js\" \
             -Zlocation-detail=none -Zfmt-debug=none -Zunstable-options -Cpanic=immediate-abort",
        ),
    ]
}

fn build_worker(out_dir: &Path) -> Result<()> {
    let mut inputs = shared_inputs();
    inputs.extend(
        [
            "worker/src",
            "worker/Cargo.toml",
            "worker/build.rs",
            // The mails' sender (worker/build.rs), the office's contact (model/build.rs).
            "config/site.toml",
            "xtask/src/wasm_names.rs",
        ]
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
    crate::wasm_names::strip(&worker_wasm(out_dir)?)?;
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

#[cfg(test)]
mod tests {
    #[test]
    fn inline_scripts_are_found_and_sourced_ones_skipped() {
        let html = "<script type=module>import a from '/x.js';\nrun()</script><script src=/y.js></script><script>b()</script>";
        assert_eq!(
            super::inline_scripts(html),
            ["import a from '/x.js';\nrun()", "b()"]
        );
    }
}
