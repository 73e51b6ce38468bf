//! Compiles the names under wrangler.toml's `[vars]` into the Worker (`WRANGLER_PLAIN_VARS`),
//! since at run time a plain var and a secret are the same kind of binding: the Worker refuses
//! a secret that is only a plain var (`rate_limit::secret`).

#[path = "src/config_vars.rs"]
mod config_vars;

fn main() {
    let path = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("../wrangler.toml");
    println!("cargo:rerun-if-changed={}", path.display());
    let config = std::fs::read_to_string(&path).unwrap_or_default();
    let names = config_vars::var_names(&config).join(",");
    println!("cargo:rustc-env=WRANGLER_PLAIN_VARS={names}");
}
