//! The structure test itself: no circle in any crate, `storage` below `auth` and `routes`,
//! markup only through the `html!` macros, no file too long to read in one go.

use super::circles::circles;
use super::crate_tree::relative;
use super::{crate_roots, Arrows, Crate};
use crate::paths::root;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

fn all_arrows() -> Vec<(PathBuf, Arrows)> {
    crate_roots()
        .into_iter()
        .map(|root| {
            let arrows = Crate::read(&root).arrows();
            (root, arrows)
        })
        .collect()
}

#[test]
fn no_crate_has_a_circle_of_files() {
    let mut report = String::new();
    let mut total = 0;
    for (root, arrows) in all_arrows() {
        let count: usize = arrows.values().map(BTreeSet::len).sum();
        let found = circles(&arrows);
        println!(
            "{}: {} files with arrows, {count} arrows, {} circles",
            relative(&root),
            arrows.len(),
            found.len()
        );
        for circle in &found {
            total += 1;
            report.push_str(&format!("\n  {}:", relative(&root)));
            for file in circle {
                let inside: Vec<&String> = arrows[file]
                    .iter()
                    .filter(|to| circle.contains(to))
                    .collect();
                report.push_str(&format!("\n    {file} -> {inside:?}"));
            }
        }
    }
    assert_eq!(total, 0, "circles (files that use each other):{report}");
}

#[test]
fn storage_never_reaches_up_into_auth_or_routes() {
    let arrows = Crate::read(&root().join("worker/src/lib.rs")).arrows();
    let up: Vec<String> = arrows
        .iter()
        .filter(|(from, _)| from.starts_with("worker/src/storage/"))
        .flat_map(|(from, to)| to.iter().map(move |to| (from, to)))
        .filter(|(_, to)| to.starts_with("worker/src/auth") || to.starts_with("worker/src/routes/"))
        .map(|(from, to)| format!("{from} -> {to}"))
        .collect();
    assert!(up.is_empty(), "storage reaches up: {up:#?}");
}

#[test]
fn re_exports_are_followed_and_module_paths_resolve() {
    let worker = Crate::read(&root().join("worker/src/lib.rs")).arrows();
    // Sanity: the reader sees the arrows a reader of the code sees.
    assert!(
        worker["worker/src/routes/mod.rs"].contains("worker/src/routes/admin_needs.rs"),
        "the route table uses its handlers: {worker:#?}"
    );
    assert!(worker["worker/src/storage/needs.rs"].contains("worker/src/error.rs"));
    // `crate::i18n::t` is re-exported by `i18n/mod.rs` from `i18n/text.rs`.
    let app = Crate::read(&root().join("app/src/lib.rs")).arrows();
    let api = &app["app/src/api.rs"];
    assert!(api.contains("app/src/i18n/text.rs"), "{api:?}");
    assert!(!api.contains("app/src/i18n/mod.rs"), "{api:?}");
}

/// Markup reaches an `Html` only through `html!` and `push_html!` (whose expansions are in
/// no file), so no file but `model/src/html.rs` calls what they call.
#[test]
fn only_the_html_macros_make_html_from_a_template() {
    let mut callers = Vec::new();
    for dir in [
        "model/src",
        "app/src",
        "worker/src",
        "xtask/src",
        "i18n/src",
    ] {
        for file in rust_files(&root().join(dir)) {
            let text = std::fs::read_to_string(&file).unwrap_or_default();
            let name = relative(&file);
            if name != "model/src/html.rs"
                && name != "xtask/src/structure/tests.rs"
                && (text.contains("__from_template") || text.contains("__push_template"))
            {
                callers.push(name);
            }
        }
    }
    assert!(callers.is_empty(), "{callers:?}");
}

/// One idea per file, small enough to read in one go: a file that grows past this is split
/// where its ideas part (a folder of files, as `model/src/need/`).
const MAX_LINES: usize = 400;

#[test]
fn no_file_we_write_is_over_400_lines() {
    let mut files: Vec<PathBuf> = ["model", "app", "worker", "xtask", "i18n"]
        .iter()
        .flat_map(|dir| rust_files(&root().join(dir)))
        .collect();
    for (dir, extension) in [("tests", "mjs"), ("style", "css")] {
        let entries = std::fs::read_dir(root().join(dir)).into_iter().flatten();
        files.extend(
            entries
                .flatten()
                .map(|entry| entry.path())
                .filter(|path| path.extension().is_some_and(|e| e == extension)),
        );
    }
    assert!(files.len() > 100, "the files were found: {}", files.len());
    let long: Vec<String> = files
        .iter()
        .filter_map(|file| {
            let lines = std::fs::read_to_string(file).ok()?.lines().count();
            (lines > MAX_LINES).then(|| format!("{} ({lines} lines)", relative(file)))
        })
        .collect();
    assert!(long.is_empty(), "over {MAX_LINES} lines: {long:#?}");
}

fn rust_files(dir: &Path) -> Vec<PathBuf> {
    let mut files = Vec::new();
    for entry in std::fs::read_dir(dir).into_iter().flatten().flatten() {
        let path = entry.path();
        if path.is_dir() {
            files.extend(rust_files(&path));
        } else if path.extension().is_some_and(|e| e == "rs") {
            files.push(path);
        }
    }
    files
}
