//! German words for tests: `app/locales/de`, compiled by the app's own compiler.

/// Every bundle in German, id → template.
pub fn table() -> Vec<(String, String)> {
    let locales = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../app/locales");
    let mut templates = Vec::new();
    for bundle in ["map", "common", "register", "report"] {
        let compiled = i18n::compile_file(&locales, crate::lang::Lang::De.code(), bundle)
            .expect("German texts");
        templates.extend(compiled.ids.into_iter().zip(compiled.templates));
    }
    templates.sort();
    templates
}

pub fn plural(n: u32) -> String {
    if n == 1 { "one" } else { "other" }.into()
}

pub fn date(iso: &str) -> String {
    super::german_date(iso)
}

/// Runs `test` with the German words.
pub fn with<R>(test: impl FnOnce(&dyn super::Words) -> R) -> R {
    let templates = table();
    test(&super::Table {
        lang: crate::lang::Lang::De,
        templates: &templates,
        plural: &plural,
        date: &date,
    })
}
