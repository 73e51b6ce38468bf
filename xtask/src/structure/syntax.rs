//! What the structure test reads of Rust's syntax: a module's `#[path]`, the names an item
//! defines, a `use` tree's bindings, and the paths in code and in macros' tokens.

use proc_macro2::{TokenStream, TokenTree};
use syn::visit::Visit;

/// A module's `#[path = "…"]`, if it has one.
pub fn path_attribute(attr: &syn::Attribute) -> Option<String> {
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

/// The name an item defines, if it defines one a path can name.
pub fn item_name(item: &syn::Item) -> Option<String> {
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
pub fn members(item: &syn::Item) -> Vec<String> {
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
pub fn use_tree(
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
pub struct PathCollector {
    pub paths: Vec<Vec<String>>,
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
pub fn tokens(stream: TokenStream, out: &mut Vec<Vec<String>>) {
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
