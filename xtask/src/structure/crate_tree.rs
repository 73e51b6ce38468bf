//! A crate as its files and modules: what each module defines, declares and imports, and the
//! arrows between files that the uses make.

use super::syntax::{item_name, members, path_attribute, use_tree, PathCollector};
use crate::paths::root;
use std::collections::{BTreeMap, BTreeSet};
use std::path::{Path, PathBuf};
use syn::visit::Visit;

/// One module: the file it is written in, its children, what it defines and imports.
#[derive(Default, Debug)]
struct Module {
    file: PathBuf,
    children: BTreeSet<String>,
    /// Names of items defined here (functions, types, constants, macros…).
    items: BTreeSet<String>,
    /// `use` bindings: the name they bring in → the path they name, and whether re-exported.
    uses: BTreeMap<String, (Vec<String>, bool)>,
    /// `pub use x::*`: modules whose items this one re-exports.
    globs: Vec<Vec<String>>,
}

/// A crate's modules by path (`[]` is the root), and each file's uses (module, path).
#[derive(Default)]
pub struct Crate {
    modules: BTreeMap<Vec<String>, Module>,
    used: Vec<(Vec<String>, Vec<String>)>,
}

/// The arrows of one crate: file → files it uses (paths relative to the workspace).
pub type Arrows = BTreeMap<String, BTreeSet<String>>;

impl Crate {
    /// Reads the crate whose root file is `root_file`.
    pub fn read(root_file: &Path) -> Crate {
        let mut krate = Crate::default();
        krate.read_file(
            root_file,
            Vec::new(),
            root_file.parent().unwrap_or(Path::new(".")),
        );
        krate
    }

    fn read_file(&mut self, file: &Path, module: Vec<String>, dir: &Path) {
        let source =
            std::fs::read_to_string(file).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        let parsed = syn::parse_file(&source).unwrap_or_else(|e| panic!("{}: {e}", file.display()));
        // A file's own children live in its folder: `mod.rs`/`lib.rs`/`main.rs` in the same
        // one, `x.rs` in `x/`.
        let stem = file
            .file_stem()
            .and_then(|s| s.to_str())
            .unwrap_or_default();
        let child_dir = if matches!(stem, "mod" | "lib" | "main") || module.is_empty() {
            dir.to_path_buf()
        } else {
            dir.join(stem)
        };
        self.read_items(file, &parsed.items, module, &child_dir, dir);
    }

    fn read_items(
        &mut self,
        file: &Path,
        items: &[syn::Item],
        module: Vec<String>,
        child_dir: &Path,
        own_dir: &Path,
    ) {
        self.modules.entry(module.clone()).or_default().file = file.to_path_buf();
        for item in items {
            match item {
                syn::Item::Mod(declared) => {
                    let name = declared.ident.to_string();
                    let mut child = module.clone();
                    child.push(name.clone());
                    self.modules
                        .get_mut(&module)
                        .expect("inserted above")
                        .children
                        .insert(name.clone());
                    let path_attr = declared.attrs.iter().find_map(path_attribute);
                    match &declared.content {
                        Some((_, inner)) => {
                            let dir = child_dir.join(&name);
                            self.read_items(file, inner, child, &dir, child_dir);
                        }
                        None => {
                            let child_file = match &path_attr {
                                // `#[path]` is relative to the declaring file's folder.
                                Some(path) => own_dir.join(path),
                                None if child_dir.join(format!("{name}.rs")).exists() => {
                                    child_dir.join(format!("{name}.rs"))
                                }
                                None => child_dir.join(&name).join("mod.rs"),
                            };
                            let dir = child_file.parent().expect("a file").to_path_buf();
                            self.read_file(&child_file, child, &dir);
                        }
                    }
                }
                syn::Item::Use(used) => {
                    let public = !matches!(used.vis, syn::Visibility::Inherited);
                    let mut bindings = Vec::new();
                    use_tree(&used.tree, Vec::new(), &mut bindings);
                    let entry = self.modules.get_mut(&module).expect("inserted above");
                    for (name, path) in bindings {
                        match name {
                            Some(name) => {
                                entry.uses.insert(name, (path.clone(), public));
                            }
                            None if public => entry.globs.push(path.clone()),
                            None => {}
                        }
                        self.used.push((module.clone(), path));
                    }
                }
                other => {
                    let entry = self.modules.get_mut(&module).expect("inserted above");
                    if let Some(name) = item_name(other) {
                        entry.items.insert(name);
                    }
                    entry.items.extend(members(other));
                    let mut paths = PathCollector::default();
                    paths.visit_item(other);
                    for path in paths.paths {
                        self.used.push((module.clone(), path));
                    }
                }
            }
        }
    }

    /// The file that defines what `path` names from `module`, if it is in this crate.
    fn resolve(&self, module: &[String], path: &[String], depth: usize) -> Option<&Path> {
        if depth > 16 || path.is_empty() {
            return None;
        }
        let (mut at, rest): (Vec<String>, &[String]) = match path[0].as_str() {
            "crate" => (Vec::new(), &path[1..]),
            "self" => (module.to_vec(), &path[1..]),
            "super" => {
                let mut at = module.to_vec();
                let mut rest = path;
                while rest.first().map(String::as_str) == Some("super") {
                    at.pop()?;
                    rest = &rest[1..];
                }
                (at, rest)
            }
            _ => (module.to_vec(), path),
        };
        let first_is_relative = !matches!(path[0].as_str(), "crate" | "self" | "super");
        for (index, segment) in rest.iter().enumerate() {
            let here = self.modules.get(&at)?;
            if here.children.contains(segment) {
                at.push(segment.clone());
                continue;
            }
            if let Some((target, _)) = here.uses.get(segment) {
                // A name brought in by `use`: follow it (from where it was written).
                let mut full = target.clone();
                full.extend_from_slice(&rest[index + 1..]);
                return self.resolve(&at, &full, depth + 1);
            }
            if here.items.contains(segment) {
                return Some(&here.file);
            }
            for glob in &here.globs {
                let mut full = glob.clone();
                full.extend_from_slice(&rest[index..]);
                if let Some(found) = self.resolve(&at, &full, depth + 1) {
                    return Some(found);
                }
            }
            // A relative path whose first name is not ours (`std::…`, `model::…`) or an
            // associated item (`Type::new`): the last module reached, if any was.
            if index == 0 && first_is_relative {
                return None;
            }
            return Some(&here.file);
        }
        self.modules.get(&at).map(|m| m.file.as_path())
    }

    /// Every arrow between two different files of this crate.
    pub fn arrows(&self) -> Arrows {
        let mut arrows = Arrows::new();
        for (module, path) in &self.used {
            let from = &self.modules[module].file;
            // `use x` of a module names no item: the uses of its items are the arrows.
            if let Some(to) = self.resolve(module, path, 0) {
                let names_a_module = self.module_at(module, path).is_some();
                if to != from && !names_a_module {
                    arrows
                        .entry(relative(from))
                        .or_default()
                        .insert(relative(to));
                }
            }
        }
        arrows
    }

    /// Whether `path` (`render::Words`, `need::Need::is_public`), read from the crate's root,
    /// names a module, or an item, a member of a type or a variant of an enum.
    pub fn names(&self, path: &[String]) -> bool {
        let mut at: Vec<String> = Vec::new();
        for (index, segment) in path.iter().enumerate() {
            let Some(here) = self.modules.get(&at) else {
                return false;
            };
            if here.children.contains(segment) {
                at.push(segment.clone());
                continue;
            }
            let rest = path[index..].join("::");
            if here.items.contains(&rest) {
                return true;
            }
            if let Some((target, _)) = here.uses.get(segment) {
                let mut full = target.clone();
                full.extend_from_slice(&path[index + 1..]);
                let from_root: Vec<String> = match full.first().map(String::as_str) {
                    Some("crate") => full[1..].to_vec(),
                    _ => full,
                };
                return from_root != path && self.names(&from_root);
            }
            return here.globs.iter().any(|glob| {
                glob.first().map(String::as_str) == Some("crate") && {
                    let mut full = glob[1..].to_vec();
                    full.extend_from_slice(&path[index..]);
                    self.names(&full)
                }
            });
        }
        true
    }

    /// The module `path` names from `module`, if it names a module.
    fn module_at(&self, module: &[String], path: &[String]) -> Option<&Module> {
        let file = self.resolve(module, path, 0)?;
        let last = path.last()?;
        self.modules
            .iter()
            .find(|(p, m)| m.file == file && p.last() == Some(last))
            .map(|(_, m)| m)
    }
}

/// `path` from the workspace's root, `..` resolved: how the test names a file.
pub fn relative(path: &Path) -> String {
    let root = root();
    let path = path.strip_prefix(&root).unwrap_or(path);
    // `a/b/../c.rs` (a `#[path]`) as `a/c.rs`.
    let text = path.to_string_lossy();
    let mut parts: Vec<&str> = Vec::new();
    for part in text.split('/') {
        match part {
            ".." => {
                parts.pop();
            }
            "." => {}
            part => parts.push(part),
        }
    }
    parts.join("/")
}
