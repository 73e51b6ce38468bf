//! Compiles the Fluent files in `locales/` into one Rust module per bundle (see
//! `i18n/compile.rs`). A language that lacks a message, or has one too many, fails the build.

#[allow(dead_code)]
#[path = "i18n/compile.rs"]
mod compile;

use std::path::PathBuf;

fn main() {
    println!("cargo:rerun-if-changed=locales");
    println!("cargo:rerun-if-changed=i18n/compile.rs");
    let manifest = PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").expect("cargo sets it"));
    let out = PathBuf::from(std::env::var("OUT_DIR").expect("cargo sets it"));
    for bundle in compile::BUNDLES {
        let module = compile::rust_module(&manifest.join("locales"), bundle)
            .unwrap_or_else(|problem| panic!("translations:\n{problem}"));
        std::fs::write(out.join(format!("i18n_{bundle}.rs")), module).expect("OUT_DIR is writable");
    }
}
