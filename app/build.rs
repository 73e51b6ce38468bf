//! Compiles the Fluent files in `locales/` into one Rust module per bundle (the `i18n` crate).
//! A language that lacks a message, or has one too many, fails the build.
//! Also compiles in what the pages say about keeping data, from the configuration:
//! `RETENTION_MONTHS` (wrangler.toml `RETENTION_DAYS`, the thank-you page) and
//! `EXPORT_DELETION_DAYS` (config/site.toml `[privacy] export_deletion_days`, next to the
//! coordinators' CSV export; empty while it is a placeholder).

use model::lang::Lang;
use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=locales");
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets it"));
    let languages = Lang::ALL.map(Lang::code);
    for bundle in i18n::BUNDLES {
        let module = i18n::rust_module(&manifest.join("locales"), bundle, &languages)
            .unwrap_or_else(|problem| panic!("translations:\n{problem}"));
        std::fs::write(out.join(format!("i18n_{bundle}.rs")), module).expect("OUT_DIR is writable");
    }
    let root = manifest.join("..");
    let read = |name: &str| -> toml::Table {
        let path = root.join(name);
        println!("cargo:rerun-if-changed={}", path.display());
        let text = std::fs::read_to_string(&path).unwrap_or_default();
        text.parse().unwrap_or_else(|e| panic!("{name}: {e}"))
    };
    let text = |table: &toml::Table, section: &str, key: &str| -> Option<String> {
        Some(table.get(section)?.get(key)?.as_str()?.trim().to_string())
    };
    let days = text(&read("wrangler.toml"), "vars", "RETENTION_DAYS");
    let months = model::retention::months(model::retention::days(days.as_deref()));
    println!("cargo:rustc-env=RETENTION_MONTHS={months}");
    let export = text(&read("config/site.toml"), "privacy", "export_deletion_days");
    println!(
        "cargo:rustc-env=EXPORT_DELETION_DAYS={}",
        export.unwrap_or_default()
    );
}
