//! Turns the Fluent files in `app/locales/<lang>/<bundle>.ftl` into what the app reads.
//!
//! Used by `app/build.rs` (the German texts and the message enums compiled into the wasm),
//! by xtask (the other languages as small JSON files beside the wasm, fetched only when a
//! person picks that language, and the Worker's words), and by `model`'s tests. It knows no
//! list of languages: the callers pass `model::lang::Lang`'s codes, German first. The Fluent syntax is parsed by `fluent-syntax`, the reference
//! parser; the app formats the result itself with the browser's `Intl.PluralRules`, so no
//! Fluent runtime and no plural data travel in the wasm.
//!
//! A compiled message is a template: plain text, `{name}` for a variable, and
//! `{name|one:…|*other:…}` for a selection on a number (`*` marks the default variant).

use fluent_syntax::ast;
use std::collections::BTreeSet;
use std::fmt::Write;
use std::path::Path;

/// Each bundle is one file per language; a page loads only the bundles it needs.
pub const BUNDLES: [&str; 3] = ["common", "map", "register"];

/// One bundle in one language: its messages in file order.
pub struct Compiled {
    pub ids: Vec<String>,
    pub templates: Vec<String>,
}

/// Reads and compiles `locales/<lang>/<bundle>.ftl`.
pub fn compile_file(locales: &Path, lang: &str, bundle: &str) -> Result<Compiled, String> {
    let path = locales.join(lang).join(format!("{bundle}.ftl"));
    let source = std::fs::read_to_string(&path).map_err(|e| format!("{}: {e}", path.display()))?;
    compile(&source).map_err(|e| format!("{}: {e}", path.display()))
}

/// Compiles one Fluent resource. Only what the app can format is accepted: text, variables
/// and selections on a variable; anything else is an error, never a silent drop.
pub fn compile(source: &str) -> Result<Compiled, String> {
    let resource = fluent_syntax::parser::parse(source)
        .map_err(|(_, errors)| format!("Fluent syntax: {errors:?}"))?;
    let mut compiled = Compiled {
        ids: Vec::new(),
        templates: Vec::new(),
    };
    for entry in resource.body {
        match entry {
            ast::Entry::Message(message) => {
                let id = message.id.name.to_string();
                if compiled.ids.contains(&id) {
                    return Err(format!("{id}: defined twice"));
                }
                let value = message.value.ok_or(format!("{id}: has no value"))?;
                if !message.attributes.is_empty() {
                    return Err(format!("{id}: attributes are not used here"));
                }
                let template = pattern(&value, true).map_err(|e| format!("{id}: {e}"))?;
                compiled.ids.push(id);
                compiled.templates.push(template);
            }
            ast::Entry::Comment(_)
            | ast::Entry::GroupComment(_)
            | ast::Entry::ResourceComment(_) => {}
            ast::Entry::Term(term) => {
                return Err(format!("-{}: terms are not used here", term.id.name))
            }
            ast::Entry::Junk { content } => return Err(format!("cannot read: {content}")),
        }
    }
    Ok(compiled)
}

fn pattern(value: &ast::Pattern<&str>, selections_allowed: bool) -> Result<String, String> {
    let mut out = String::new();
    for element in &value.elements {
        match element {
            ast::PatternElement::TextElement { value } => text(&mut out, value)?,
            ast::PatternElement::Placeable { expression } => match expression {
                ast::Expression::Inline(inline) => inline_expression(&mut out, inline)?,
                ast::Expression::Select { selector, variants } if selections_allowed => {
                    let ast::InlineExpression::VariableReference { id } = selector else {
                        return Err("a selection must select on a variable".into());
                    };
                    let _ = write!(out, "{{{}", id.name);
                    for variant in variants {
                        let key = match &variant.key {
                            ast::VariantKey::Identifier { name } => *name,
                            ast::VariantKey::NumberLiteral { value } => *value,
                        };
                        let star = if variant.default { "*" } else { "" };
                        let _ = write!(out, "|{star}{key}:{}", pattern(&variant.value, false)?);
                    }
                    out.push('}');
                }
                ast::Expression::Select { .. } => return Err("selections cannot nest".into()),
            },
        }
    }
    Ok(out)
}

fn inline_expression(out: &mut String, inline: &ast::InlineExpression<&str>) -> Result<(), String> {
    match inline {
        ast::InlineExpression::VariableReference { id } => {
            let _ = write!(out, "{{{}}}", id.name);
            Ok(())
        }
        ast::InlineExpression::StringLiteral { value } => text(out, value),
        _ => Err("only variables and string literals can be placed".into()),
    }
}

fn text(out: &mut String, value: &str) -> Result<(), String> {
    // U+001F separates the templates when the app reads a bundle (`i18n::fetch_templates`).
    if value.contains(['{', '}', '|', '\u{1f}']) {
        return Err(format!(
            "text may not contain braces, '|' or U+001F: {value:?}"
        ));
    }
    out.push_str(value);
    Ok(())
}

/// The variables a template uses, so translations can be checked against the German.
pub fn variables(template: &str) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut rest = template;
    while let Some(start) = rest.find('{') {
        rest = &rest[start + 1..];
        let end = rest.find(['}', '|']).unwrap_or(rest.len());
        names.insert(rest[..end].to_string());
        rest = &rest[end..];
    }
    names
}

/// Every language has exactly the German message ids, in any order, and uses the same
/// variables in each. Returns one line per difference.
pub fn differences(german: &Compiled, other: &Compiled, lang: &str, bundle: &str) -> Vec<String> {
    let mut problems = Vec::new();
    let theirs: BTreeSet<&String> = other.ids.iter().collect();
    let ours: BTreeSet<&String> = german.ids.iter().collect();
    for missing in ours.difference(&theirs) {
        problems.push(format!("{lang}/{bundle}.ftl: missing {missing}"));
    }
    for extra in theirs.difference(&ours) {
        problems.push(format!(
            "{lang}/{bundle}.ftl: {extra} is not in de/{bundle}.ftl"
        ));
    }
    for (id, template) in german.ids.iter().zip(&german.templates) {
        if let Some(index) = other.ids.iter().position(|other_id| other_id == id) {
            if variables(template) != variables(&other.templates[index]) {
                problems.push(format!(
                    "{lang}/{bundle}.ftl: {id} uses other variables than German"
                ));
            }
        }
    }
    problems
}

/// The other language's templates in the German order, as a JSON array of strings.
pub fn json_in_german_order(german: &Compiled, other: &Compiled) -> String {
    let mut json = String::from("[");
    for (i, id) in german.ids.iter().enumerate() {
        let index = other.ids.iter().position(|other_id| other_id == id);
        let template = index.map_or("", |index| other.templates[index].as_str());
        if i > 0 {
            json.push(',');
        }
        json_string(&mut json, template);
    }
    json.push(']');
    json
}

fn json_string(out: &mut String, value: &str) {
    out.push('"');
    for c in value.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            c if (c as u32) < 0x20 => {
                let _ = write!(out, "\\u{:04x}", c as u32);
            }
            c => out.push(c),
        }
    }
    out.push('"');
}

/// A short content hash for file names (FNV-1a, 64 bit): a changed text gets a new URL, so
/// the files can be cached for a year.
pub fn content_hash(bytes: &[u8]) -> String {
    let mut hash: u64 = 0xcbf2_9ce4_8422_2325;
    for byte in bytes {
        hash ^= u64::from(*byte);
        hash = hash.wrapping_mul(0x0100_0000_01b3);
    }
    format!("{hash:016x}")
}

/// Where the app fetches a bundle in a language (inside the assets folder).
pub fn file_name(bundle: &str, lang: &str, json: &str) -> String {
    format!(
        "i18n-{bundle}-{lang}-{}.json",
        content_hash(json.as_bytes())
    )
}

/// The JSON file of every bundle in each of `languages` but the first, with its name; fails
/// on any difference from the first (German: compiled into the app, and the fallback).
pub fn all_files(
    locales: &Path,
    languages: &[&str],
) -> Result<Vec<(String, String, String, String)>, String> {
    let mut files = Vec::new();
    let mut problems = Vec::new();
    let (german, others) = languages.split_first().ok_or("no languages")?;
    for bundle in BUNDLES {
        let german = compile_file(locales, german, bundle)?;
        for lang in others {
            let other = compile_file(locales, lang, bundle)?;
            problems.extend(differences(&german, &other, lang, bundle));
            let json = json_in_german_order(&german, &other);
            files.push((
                bundle.to_string(),
                lang.to_string(),
                file_name(bundle, lang, &json),
                json,
            ));
        }
    }
    if problems.is_empty() {
        Ok(files)
    } else {
        Err(problems.join("\n"))
    }
}

/// `map-title` → `MapTitle`.
pub fn variant_name(id: &str) -> String {
    id.split(['-', '_'])
        .map(|part| {
            let mut chars = part.chars();
            chars.next().map_or(String::new(), |first| {
                first.to_ascii_uppercase().to_string() + chars.as_str()
            })
        })
        .collect()
}

/// The Rust module for one bundle: an enum of its messages, the texts of the first of
/// `languages` (German), and the file of each other.
pub fn rust_module(locales: &Path, bundle: &str, languages: &[&str]) -> Result<String, String> {
    let german = compile_file(locales, languages.first().ok_or("no languages")?, bundle)?;
    let files = all_files(locales, languages)?;
    let type_name = variant_name(bundle);
    let mut out = String::new();
    let _ = writeln!(out, "/// The messages of `locales/*/{bundle}.ftl`.");
    let _ = writeln!(
        out,
        "#[derive(Clone, Copy, Debug, PartialEq, Eq)]\npub enum {type_name} {{"
    );
    for id in &german.ids {
        let _ = writeln!(out, "    {},", variant_name(id));
    }
    let _ = writeln!(out, "}}\n");
    let _ = writeln!(
        out,
        "pub static {}: Bundle = Bundle {{",
        bundle.to_uppercase()
    );
    let _ = writeln!(out, "    german: &[");
    for template in &german.templates {
        let _ = writeln!(out, "        {template:?},");
    }
    let _ = writeln!(out, "    ],\n    ids: &[");
    for id in &german.ids {
        let _ = writeln!(out, "        {id:?},");
    }
    let _ = writeln!(out, "    ],\n    files: &[");
    for (file_bundle, lang, name, _) in &files {
        if file_bundle == bundle {
            let _ = writeln!(out, "        ({lang:?}, {:?}),", format!("/assets/{name}"));
        }
    }
    let _ = writeln!(out, "    ],\n}};\n");
    let _ = writeln!(
        out,
        "impl Text for {type_name} {{\n    fn bundle() -> &'static Bundle {{\n        &{}\n    }}\n    fn index(self) -> usize {{\n        self as usize\n    }}\n}}",
        bundle.to_uppercase()
    );
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn plain_text_variables_and_plurals() {
        let compiled = compile(
            "hello = Hallo\nfound = { $count ->\n    [one] Ein Netzwerk\n   *[other] { $count } Netzwerke\n}\nsource = Quelle: { $name }, Stand { $stand }\n",
        )
        .unwrap();
        assert_eq!(compiled.ids, ["hello", "found", "source"]);
        assert_eq!(compiled.templates[0], "Hallo");
        assert_eq!(
            compiled.templates[1],
            "{count|one:Ein Netzwerk|*other:{count} Netzwerke}"
        );
        assert_eq!(compiled.templates[2], "Quelle: {name}, Stand {stand}");
        assert_eq!(
            variables(&compiled.templates[1]),
            BTreeSet::from(["count".to_string()])
        );
    }

    #[test]
    fn a_missing_or_extra_key_or_variable_is_reported() {
        let german = compile("a = A\nb = B { $n }\n").unwrap();
        let other = compile("b = B\nc = C\n").unwrap();
        let problems = differences(&german, &other, "en", "map");
        assert_eq!(
            problems,
            [
                "en/map.ftl: missing a",
                "en/map.ftl: c is not in de/map.ftl",
                "en/map.ftl: b uses other variables than German",
            ]
        );
    }

    #[test]
    fn what_the_app_cannot_format_is_refused() {
        assert!(compile("a = { -term }\n").is_err());
        assert!(compile("a = A\na = B\n").is_err());
        assert!(compile("a = { NUMBER($n) }\n").is_err());
        assert!(compile("a = broken {\n").is_err());
        // The app splits a bundle's templates at U+001F.
        for source in ["a = A\u{1f}B\n", "a = { \"\u{1f}\" }\n"] {
            assert!(
                compile(source).is_err_and(|e| e.contains("U+001F")),
                "{source:?}"
            );
        }
    }

    #[test]
    fn json_follows_the_german_order() {
        let german = compile("a = A\nb = B\n").unwrap();
        let other = compile("b = \"Bee\"\na = Ä\n").unwrap();
        assert_eq!(json_in_german_order(&german, &other), r#"["Ä","\"Bee\""]"#);
    }
}
