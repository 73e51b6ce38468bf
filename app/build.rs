//! Compiles the Fluent files in `locales/` into one Rust module per bundle (the `i18n` crate).
//! A language that lacks a message, or has one too many, fails the build.

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
}
