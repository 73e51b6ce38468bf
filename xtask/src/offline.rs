//! What the app keeps for offline use: the web app manifest, its icons, and the service
//! worker (`public/sw.js`) with the files of the map and of the form to keep, written into
//! `dist/` after Trunk's build.

use crate::paths::root;
use anyhow::{bail, Result};
use std::path::Path;

/// The web app manifest, its icons, and the service worker with the map's files to keep
/// (its version changes whenever one of them, or the service worker itself, does).
pub fn write_offline_files(dist: &Path) -> Result<()> {
    let public = root().join("public");
    for file in ["manifest.webmanifest", "og-karte.png"] {
        std::fs::copy(public.join(file), dist.join(file))?;
    }
    std::fs::create_dir_all(dist.join("icons"))?;
    for entry in std::fs::read_dir(public.join("icons"))? {
        let path = entry?.path();
        if let Some(name) = path.file_name() {
            std::fs::copy(&path, dist.join("icons").join(name))?;
        }
    }
    let map = offline_files(dist, "/", "index.html", &[])?;
    let form = offline_files(
        dist,
        "/register",
        "register.html",
        &["i18n-common-", "i18n-register-"],
    )?;
    let (map, form) = (serde_json::to_string(&map)?, serde_json::to_string(&form)?);
    let template = std::fs::read_to_string(public.join("sw.js"))?;
    // The release: every cache the service worker fills is named by it (see public/sw.js).
    let version = &i18n::content_hash(format!("{template}{map}{form}").as_bytes())[..12];
    let worker = template
        .replace("__VERSION__", version)
        .replace("__MAP__", &map)
        .replace("__FORM__", &form);
    std::fs::write(dist.join("sw.js"), compact_script(&worker))?;
    Ok(())
}

/// A plain script without its comment lines, indentation and blank lines (the service worker
/// is part of the first view). Safe while each template literal fits on one line (tested).
fn compact_script(script: &str) -> String {
    script
        .lines()
        .map(str::trim)
        .filter(|line| !line.is_empty() && !line.starts_with("//"))
        .map(|line| format!("{line}\n"))
        .collect()
}

/// One page to keep for offline use (`url`, answered by `file`), every asset it links, and its
/// translations (the asset files whose names start with one of `translations`).
fn offline_files(dist: &Path, url: &str, file: &str, translations: &[&str]) -> Result<Vec<String>> {
    let mut files = vec![url.to_string()];
    let html = std::fs::read_to_string(dist.join(file))?;
    // The minified page quotes some attributes and not others: read each `/assets/…` up to
    // the next delimiter.
    for (start, _) in html.match_indices("/assets/") {
        let rest = &html[start..];
        let end = rest.find([' ', '>', '\'', '"']).unwrap_or(rest.len());
        let asset = rest[..end].to_string();
        if !files.contains(&asset) {
            files.push(asset);
        }
    }
    if files.len() < 4 {
        bail!("{file} links only {} assets", files.len() - 1);
    }
    for entry in std::fs::read_dir(dist.join("assets"))? {
        let name = entry?.file_name().to_string_lossy().into_owned();
        if translations.iter().any(|prefix| name.starts_with(prefix)) {
            files.push(format!("/assets/{name}"));
        }
    }
    files[1..].sort();
    if url == "/" {
        files.extend(["/manifest.webmanifest".into(), "/icons/icon.svg".into()]);
    }
    Ok(files)
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_service_worker_loses_its_comments_not_its_code() {
        let script = "// why\nconst a = 1; // kept\n\n  if (a) {\n    go(`x-${a}`);\n  }\n";
        let compact = super::compact_script(script);
        assert_eq!(
            compact,
            "const a = 1; // kept\nif (a) {\ngo(`x-${a}`);\n}\n"
        );
        let worker = include_str!("../../public/sw.js");
        // Each template literal in public/sw.js fits on one line.
        assert!(worker
            .lines()
            .all(|line| line.matches('`').count() % 2 == 0));
    }
}
