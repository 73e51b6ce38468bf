//! The documentation test: ARCHITECTURE.md (the map of the code) and docs/decisions.md name
//! nothing that does not exist. A backticked token that looks like a path (a `/`, or a file's
//! suffix) is a file or folder of the repository (the end of one's path will do); a
//! backticked `a::b` is a module, an item, a member of a type or a variant, read from the root
//! of one of the workspace's crates (`model::`, `app::`, `xtask::` and `i18n::` name theirs; the
//! Worker's paths start at its root, as its code writes them).

use crate::paths::root;
use crate::structure::{crate_roots, Crate};
use std::path::Path;

const DOCUMENTS: [&str; 2] = ["ARCHITECTURE.md", "docs/decisions.md"];

/// The suffixes of the files a document may name.
const SUFFIXES: [&str; 14] = [
    ".rs", ".toml", ".md", ".js", ".mjs", ".css", ".html", ".sql", ".json", ".ftl", ".txt", ".png",
    ".py", ".lock",
];

/// Folders the build and the tools write: named in the documents, never committed.
const GENERATED: [&str; 3] = ["dist/", "target/", ".wrangler/"];

/// Every backticked token of `text` (inline code; code blocks left out).
fn backticked(text: &str) -> Vec<String> {
    let mut tokens = Vec::new();
    let mut in_block = false;
    for line in text.lines() {
        if line.trim_start().starts_with("```") {
            in_block = !in_block;
            continue;
        }
        if in_block {
            continue;
        }
        let mut parts = line.split('`');
        parts.next();
        while let (Some(token), Some(_)) = (parts.next(), parts.next()) {
            tokens.push(token.to_string());
        }
    }
    tokens
}

/// A path the document means as one of the repository's: not a URL, a media type, a pattern
/// or a command line.
fn is_path(token: &str) -> bool {
    let plain = !token.starts_with('/')
        && !token.contains(['<', '>', '*', ' ', '?', '#', '=', '{', '|', ':'])
        && !GENERATED.iter().any(|folder| token.starts_with(folder));
    let media_type = ["application/", "text/", "image/", "font/"]
        .iter()
        .any(|kind| token.starts_with(kind));
    plain && !media_type && (token.contains('/') || SUFFIXES.iter().any(|s| token.ends_with(s)))
}

/// An item's path: names joined by `::`.
fn is_item_path(token: &str) -> bool {
    token.contains("::")
        && token
            .split("::")
            .all(|part| !part.is_empty() && part.chars().all(|c| c.is_alphanumeric() || c == '_'))
}

/// Every file and folder of the repository that git knows, relative to the root.
fn repository_paths() -> Vec<String> {
    let listed = std::process::Command::new("git")
        .args(["ls-files", "--cached", "--others", "--exclude-standard"])
        .current_dir(root())
        .output()
        .expect("git runs");
    let mut paths = Vec::new();
    for file in String::from_utf8_lossy(&listed.stdout).lines() {
        let mut folder = Path::new(file);
        paths.push(file.to_string());
        while let Some(parent) = folder.parent().filter(|p| !p.as_os_str().is_empty()) {
            paths.push(format!("{}/", parent.display()));
            folder = parent;
        }
    }
    paths.sort();
    paths.dedup();
    paths
}

fn exists(token: &str, paths: &[String]) -> bool {
    let wanted = token.trim_end_matches('/');
    paths.iter().any(|path| {
        let path = path.trim_end_matches('/');
        path == wanted || path.ends_with(&format!("/{wanted}"))
    })
}

#[test]
fn the_documents_name_only_what_exists() {
    let crates: Vec<(String, Crate)> = crate_roots()
        .into_iter()
        .map(|root_file| {
            let name = root_file
                .strip_prefix(root())
                .ok()
                .and_then(|p| p.components().next())
                .map(|c| c.as_os_str().to_string_lossy().into_owned())
                .unwrap_or_default();
            (name, Crate::read(&root_file))
        })
        .collect();
    let names = |token: &str| {
        let path: Vec<String> = token.split("::").map(str::to_string).collect();
        crates.iter().any(|(name, krate)| {
            let from_root = if path[0] == *name {
                &path[1..]
            } else {
                &path[..]
            };
            !from_root.is_empty() && krate.names(from_root)
        })
    };
    let paths = repository_paths();
    let mut missing = Vec::new();
    for document in DOCUMENTS {
        let text = std::fs::read_to_string(root().join(document)).expect(document);
        for token in backticked(&text) {
            let found = if is_item_path(&token) {
                names(&token)
            } else if is_path(&token) {
                exists(&token, &paths)
            } else {
                true
            };
            if !found {
                missing.push(format!("{document}: `{token}`"));
            }
        }
    }
    assert!(
        missing.is_empty(),
        "named, but not there:\n{}",
        missing.join("\n")
    );
}

#[test]
fn the_test_tells_paths_and_items_from_other_code() {
    assert!(is_path("worker/src/routes/mod.rs") && is_path("wrangler.toml") && is_path("style/"));
    for other in [
        "/bezirk/130",
        "application/json",
        "dist/seiten/",
        "a <b>",
        "text/csv; x",
    ] {
        assert!(!is_path(other), "{other}");
    }
    assert!(is_item_path("model::render::Words") && !is_item_path("html!") && !is_item_path("a::"));
    let paths = repository_paths();
    assert!(exists("routes/mod.rs", &paths) && exists("model/", &paths));
    assert!(!exists("app/src/routes/privacy", &paths) && !exists("nowhere.rs", &paths));
    assert_eq!(backticked("a `x` b `y`\n```\n`z`\n```"), ["x", "y"]);
}
