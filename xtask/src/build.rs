//! Release builds of the app (Trunk) and the worker (worker-build), skipped when current.

use crate::paths::{self, root, Outputs};
use crate::{process, setup};
use anyhow::{bail, Context, Result};
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
    trunk(&root().join("app/index.html"), dist)?;
    minify_scripts(dist, "index.html")?;
    // The registration form and the coordinators' area are wasm files of their own, so the
    // map's first view carries neither. Each is built apart and added as <name>.html.
    for page in ["register", "admin"] {
        let out = stamp.with_extension(page);
        trunk(&root().join(format!("app/{page}.html")), &out)?;
        minify_scripts(&out, "index.html")?;
        for entry in std::fs::read_dir(out.join("assets"))? {
            let path = entry?.path();
            if let Some(name) = path.file_name() {
                std::fs::copy(&path, dist.join("assets").join(name))?;
            }
        }
        std::fs::copy(out.join("index.html"), dist.join(format!("{page}.html")))?;
    }
    write_translations(&dist.join("assets"))?;
    write_offline_files(dist)?;
    std::fs::write(dist.join("_headers"), HEADERS)?;
    touch(&stamp)
}

/// The English, Arabic, Persian and Ukrainian texts, one file per bundle and language, named
/// by content hash exactly as `app/build.rs` compiled the names into the wasm.
fn write_translations(assets: &Path) -> Result<()> {
    let files = crate::i18n::all_files(&root().join("app/locales"))
        .map_err(|problems| anyhow::anyhow!("translations:\n{problems}"))?;
    for (_, _, name, json) in files {
        std::fs::write(assets.join(name), json)?;
    }
    Ok(())
}

/// Cache rules for the static files, which Workers Static Assets serves without the Worker:
/// hashed assets never change; the page, the manifest and the service worker revalidate.
const HEADERS: &str = "\
/assets/*
  Cache-Control: public, max-age=31536000, immutable
/
  Cache-Control: no-cache
/index.html
  Cache-Control: no-cache
/sw.js
  Cache-Control: no-cache
/manifest.webmanifest
  Cache-Control: no-cache
/icons/*
  Cache-Control: public, max-age=86400
";

/// The web app manifest, its icons, and the service worker with the map's files to keep
/// (its version changes whenever one of them does).
fn write_offline_files(dist: &Path) -> Result<()> {
    let public = root().join("public");
    std::fs::copy(
        public.join("manifest.webmanifest"),
        dist.join("manifest.webmanifest"),
    )?;
    std::fs::create_dir_all(dist.join("icons"))?;
    for entry in std::fs::read_dir(public.join("icons"))? {
        let path = entry?.path();
        if let Some(name) = path.file_name() {
            std::fs::copy(&path, dist.join("icons").join(name))?;
        }
    }
    let shell = offline_shell(&std::fs::read_to_string(dist.join("index.html"))?, dist)?;
    let list = serde_json::to_string(&shell)?;
    let version = &crate::i18n::content_hash(list.as_bytes())[..12];
    let worker = std::fs::read_to_string(public.join("sw.js"))?
        .replace("__VERSION__", version)
        .replace("__SHELL__", &list);
    std::fs::write(dist.join("sw.js"), worker)?;
    Ok(())
}

/// `/`, every asset the map page links, its translations, the manifest and its icon.
fn offline_shell(index_html: &str, dist: &Path) -> Result<Vec<String>> {
    let mut shell = vec!["/".to_string()];
    // The minified page quotes some attributes and not others: read each `/assets/…` up to
    // the next delimiter.
    for (start, _) in index_html.match_indices("/assets/") {
        let rest = &index_html[start..];
        let end = rest.find([' ', '>', '\'', '"']).unwrap_or(rest.len());
        let url = rest[..end].to_string();
        if !shell.contains(&url) {
            shell.push(url);
        }
    }
    if shell.len() < 4 {
        bail!("index.html links only {} assets", shell.len() - 1);
    }
    for entry in std::fs::read_dir(dist.join("assets"))? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        if name.starts_with("i18n-common-") || name.starts_with("i18n-map-") {
            shell.push(format!("/assets/{name}"));
        }
    }
    shell.sort();
    shell.extend(["/manifest.webmanifest".into(), "/icons/icon.svg".into()]);
    Ok(shell)
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
            .env("CARGO_TARGET_DIR", root().join("target/app"))
            .env("PATH", paths::tool_path())
            .env("TRUNK_SKIP_VERSION_CHECK", "true")
            .env("NO_COLOR", "true"),
    )
}

/// Trunk's own minifier cannot read wasm-bindgen's module and leaves it as it is; esbuild
/// minifies it (a fifth less gzip), and the `integrity` hash in the page follows.
fn minify_scripts(dist: &Path, page: &str) -> Result<()> {
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

/// The app's wasm is the biggest part of the first view, which has a size budget. These
/// flags rebuild the standard library with the app (size-tuned, panics abort at once,
/// without panic messages, locations or `Debug` output): about 12 % less gzip than the
/// best stable build. They are unstable rustc options, enabled on the stable toolchain
/// with `RUSTC_BOOTSTRAP` for this one build only (its own target folder), because no
/// nightly toolchain can be installed here. Everything else builds on plain stable.
fn app_size_flags() -> Vec<(&'static str, &'static str)> {
    vec![
        ("RUSTC_BOOTSTRAP", "1"),
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
