//! The structure test: the files of each crate, with an arrow from a file to every file whose
//! items it uses, and no circle among them. A `use` of a re-export is followed to the file that
//! defines the item (`use crate::ApiError` through `lib.rs` is an arrow to `error.rs`), so a
//! re-export cannot hide an arrow. Declaring a module (`mod x;`) is no arrow: it is the tree,
//! not a use. Paths in code count too (`storage::directory::network(…)`), in macros as well.
//!
//! Read by `syn`, the parser proc macros use; names are resolved the way rustc does for the
//! forms this workspace writes (`crate::`, `super::`, `self::`, a child module, a `use`d name,
//! a glob re-export), which is what a reader follows.
mod circles;
mod crate_tree;
mod syntax;
#[cfg(test)]
mod tests;

pub use crate_tree::{Arrows, Crate};

use crate::paths::root;
use std::path::PathBuf;

/// The root files of the workspace's crates (libraries, binaries, build scripts).
pub fn crate_roots() -> Vec<PathBuf> {
    let root = root();
    let mut roots = vec![
        root.join("model/src/lib.rs"),
        root.join("worker/src/lib.rs"),
        root.join("app/src/lib.rs"),
        root.join("app/src/main.rs"),
        root.join("xtask/src/main.rs"),
    ];
    if let Ok(entries) = std::fs::read_dir(root.join("app/src/bin")) {
        roots.extend(entries.filter_map(|e| e.ok().map(|e| e.path())));
    }
    for extra in ["i18n/src/lib.rs"] {
        if root.join(extra).exists() {
            roots.push(root.join(extra));
        }
    }
    roots.sort();
    roots
}
