//! The structure test: the files of each crate, with an arrow from a file to every file whose
//! items it uses, and no circle among them. A `use` of a re-export is followed to the file that
//! defines the item (`use crate::ApiError` through `lib.rs` is an arrow to `error.rs`), so a
//! re-export cannot hide an arrow. Declaring a module (`mod x;`) is no arrow: it is the tree,
//! not a use. Paths in code count too (`storage::directory::network(…)`), in macros as well.
//!
//! Read by `syn`, the parser proc macros use; names are resolved the way rustc does for the
//! forms this workspace writes (`crate::`, `super::`, `self::`, a child module, a `use`d name,
//! a glob re-export), which is what a reader follows.

use crate::paths::root;
use proc_macro2::{TokenStream, TokenTree};
use std::collections::{BTreeMap, BTreeSet, HashMap};
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

fn relative(path: &Path) -> String {
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

fn path_attribute(attr: &syn::Attribute) -> Option<String> {
    if !attr.path().is_ident("path") {
        return None;
    }
    match &attr.meta {
        syn::Meta::NameValue(nv) => match &nv.value {
            syn::Expr::Lit(syn::ExprLit {
                lit: syn::Lit::Str(s),
                ..
            }) => Some(s.value()),
            _ => None,
        },
        _ => None,
    }
}

fn item_name(item: &syn::Item) -> Option<String> {
    Some(match item {
        syn::Item::Const(i) => i.ident.to_string(),
        syn::Item::Enum(i) => i.ident.to_string(),
        syn::Item::Fn(i) => i.sig.ident.to_string(),
        syn::Item::Macro(i) => i.ident.as_ref()?.to_string(),
        syn::Item::Static(i) => i.ident.to_string(),
        syn::Item::Struct(i) => i.ident.to_string(),
        syn::Item::Trait(i) => i.ident.to_string(),
        syn::Item::Type(i) => i.ident.to_string(),
        syn::Item::Union(i) => i.ident.to_string(),
        _ => return None,
    })
}

/// `Type::name` for what an item defines inside it: an impl's functions and constants, an
/// enum's variants, a trait's functions.
fn members(item: &syn::Item) -> Vec<String> {
    let of = |owner: String, names: Vec<String>| -> Vec<String> {
        names
            .into_iter()
            .map(|name| format!("{owner}::{name}"))
            .collect()
    };
    match item {
        syn::Item::Impl(block) => {
            let syn::Type::Path(owner) = &*block.self_ty else {
                return Vec::new();
            };
            let Some(owner) = owner.path.segments.last() else {
                return Vec::new();
            };
            let names = block
                .items
                .iter()
                .filter_map(|member| match member {
                    syn::ImplItem::Fn(f) => Some(f.sig.ident.to_string()),
                    syn::ImplItem::Const(c) => Some(c.ident.to_string()),
                    syn::ImplItem::Type(t) => Some(t.ident.to_string()),
                    _ => None,
                })
                .collect();
            of(owner.ident.to_string(), names)
        }
        syn::Item::Enum(e) => of(
            e.ident.to_string(),
            e.variants.iter().map(|v| v.ident.to_string()).collect(),
        ),
        syn::Item::Trait(t) => of(
            t.ident.to_string(),
            t.items
                .iter()
                .filter_map(|member| match member {
                    syn::TraitItem::Fn(f) => Some(f.sig.ident.to_string()),
                    syn::TraitItem::Const(c) => Some(c.ident.to_string()),
                    _ => None,
                })
                .collect(),
        ),
        _ => Vec::new(),
    }
}

/// The bindings of a `use` tree: (the name it brings in, or None for a glob; the full path).
fn use_tree(
    tree: &syn::UseTree,
    prefix: Vec<String>,
    out: &mut Vec<(Option<String>, Vec<String>)>,
) {
    let with = |name: &syn::Ident| {
        let mut path = prefix.clone();
        path.push(name.to_string());
        path
    };
    match tree {
        syn::UseTree::Path(p) => use_tree(&p.tree, with(&p.ident), out),
        syn::UseTree::Name(n) if n.ident == "self" => {
            let name = prefix.last().cloned();
            out.push((name, prefix.clone()));
        }
        syn::UseTree::Name(n) => out.push((Some(n.ident.to_string()), with(&n.ident))),
        syn::UseTree::Rename(r) => out.push((Some(r.rename.to_string()), with(&r.ident))),
        syn::UseTree::Glob(_) => out.push((None, prefix)),
        syn::UseTree::Group(g) => g
            .items
            .iter()
            .for_each(|item| use_tree(item, prefix.clone(), out)),
    }
}

/// Every path of two or more names in an item, in macros' tokens too.
#[derive(Default)]
struct PathCollector {
    paths: Vec<Vec<String>>,
}

impl<'ast> Visit<'ast> for PathCollector {
    fn visit_path(&mut self, path: &'ast syn::Path) {
        let names: Vec<String> = path.segments.iter().map(|s| s.ident.to_string()).collect();
        if names.len() > 1 {
            self.paths.push(names);
        }
        syn::visit::visit_path(self, path);
    }

    /// A `use` inside a function: what it names is used there.
    fn visit_item_use(&mut self, used: &'ast syn::ItemUse) {
        let mut bindings = Vec::new();
        use_tree(&used.tree, Vec::new(), &mut bindings);
        self.paths
            .extend(bindings.into_iter().map(|(_, path)| path));
    }

    fn visit_macro(&mut self, mac: &'ast syn::Macro) {
        self.visit_path(&mac.path);
        tokens(mac.tokens.clone(), &mut self.paths);
    }
}

/// `a::b::c` sequences in a token stream.
fn tokens(stream: TokenStream, out: &mut Vec<Vec<String>>) {
    let trees: Vec<TokenTree> = stream.into_iter().collect();
    let mut i = 0;
    while i < trees.len() {
        if let TokenTree::Group(group) = &trees[i] {
            tokens(group.stream(), out);
            i += 1;
            continue;
        }
        let mut path = Vec::new();
        let mut j = i;
        while let Some(TokenTree::Ident(ident)) = trees.get(j) {
            path.push(ident.to_string());
            let colons = matches!(
                (trees.get(j + 1), trees.get(j + 2)),
                (Some(TokenTree::Punct(a)), Some(TokenTree::Punct(b)))
                    if a.as_char() == ':' && b.as_char() == ':'
            );
            if !colons {
                break;
            }
            j += 3;
        }
        if path.len() > 1 {
            out.push(path);
        }
        i = j.max(i) + 1;
    }
}

/// The circles among `arrows`: each a set of files that reach each other (Tarjan).
pub fn circles(arrows: &Arrows) -> Vec<Vec<String>> {
    struct State<'a> {
        arrows: &'a Arrows,
        index: HashMap<&'a str, usize>,
        low: HashMap<&'a str, usize>,
        stack: Vec<&'a str>,
        on_stack: BTreeSet<&'a str>,
        found: Vec<Vec<String>>,
    }
    fn visit<'a>(state: &mut State<'a>, node: &'a str) {
        let next = state.index.len();
        state.index.insert(node, next);
        state.low.insert(node, next);
        state.stack.push(node);
        state.on_stack.insert(node);
        for target in state.arrows.get(node).into_iter().flatten() {
            let target = target.as_str();
            if !state.index.contains_key(target) {
                visit(state, target);
                let low = state.low[target].min(state.low[node]);
                state.low.insert(node, low);
            } else if state.on_stack.contains(target) {
                let low = state.index[target].min(state.low[node]);
                state.low.insert(node, low);
            }
        }
        if state.low[node] == state.index[node] {
            let mut component = Vec::new();
            while let Some(top) = state.stack.pop() {
                state.on_stack.remove(top);
                component.push(top.to_string());
                if top == node {
                    break;
                }
            }
            if component.len() > 1 {
                component.sort();
                state.found.push(component);
            }
        }
    }
    let mut state = State {
        arrows,
        index: HashMap::new(),
        low: HashMap::new(),
        stack: Vec::new(),
        on_stack: BTreeSet::new(),
        found: Vec::new(),
    };
    let nodes: Vec<&str> = arrows.keys().map(String::as_str).collect();
    for node in nodes {
        if !state.index.contains_key(node) {
            visit(&mut state, node);
        }
    }
    state.found
}

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

#[cfg(test)]
mod tests {
    use super::*;

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
            .filter(|(_, to)| {
                to.starts_with("worker/src/auth") || to.starts_with("worker/src/routes/")
            })
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
                    && name != "xtask/src/structure.rs"
                    && (text.contains("__from_template") || text.contains("__push_template"))
                {
                    callers.push(name);
                }
            }
        }
        assert!(callers.is_empty(), "{callers:?}");
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
}
