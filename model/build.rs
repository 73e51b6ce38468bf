//! Compiles the Koordinierungsstelle's contact card from `config/site.toml` (`[office]`) into
//! the model, so every page that shows it (the app, the Worker's first view, the pages xtask
//! renders) reads the one value the city configures, and the deploy check covers it.
//! A value left as a placeholder reads "noch auszufüllen: …" (a deploy refuses it).

use std::fmt::Write as _;

fn main() {
    let manifest = std::path::PathBuf::from(std::env::var("CARGO_MANIFEST_DIR").unwrap());
    let path = manifest.join("../config/site.toml");
    println!("cargo:rerun-if-changed={}", path.display());
    let text = std::fs::read_to_string(&path).expect("config/site.toml is readable");
    let table: toml::Table = text.parse().expect("config/site.toml is TOML");
    let office = table
        .get("office")
        .and_then(toml::Value::as_table)
        .expect("config/site.toml has an [office] section");
    let value = |key: &str| -> String {
        match office.get(key) {
            Some(toml::Value::String(text)) => text.trim().to_string(),
            Some(toml::Value::Table(inner)) => format!(
                "noch auszufüllen: {}",
                inner
                    .get("placeholder")
                    .and_then(toml::Value::as_str)
                    .unwrap_or(key)
            ),
            _ => panic!("config/site.toml [office] has no {key}"),
        }
    };
    let lines = |key: &str| -> String {
        let lines: Vec<String> = value(key)
            .lines()
            .map(|l| format!("{:?}", l.trim()))
            .collect();
        format!("&[{}]", lines.join(", "))
    };
    let mut out = String::from(
        "/// The Koordinierungsstelle's contact, from config/site.toml `[office]`.\npub const KOORDINIERUNGSSTELLE: Contact = Contact {\n");
    for key in ["name", "phone", "fax", "opening_hours"] {
        writeln!(out, "    {key}: {:?},", value(key)).unwrap();
    }
    for key in ["organisation", "visitor_address", "postal_address"] {
        writeln!(out, "    {key}: {},", lines(key)).unwrap();
    }
    out.push_str("};\n");
    let out_dir = std::path::PathBuf::from(std::env::var("OUT_DIR").unwrap());
    std::fs::write(out_dir.join("office.rs"), out).expect("OUT_DIR is writable");
}
