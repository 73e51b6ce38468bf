//! Compiles into the Worker what only the build knows:
//! - the names under wrangler.toml's `[vars]` (`WRANGLER_PLAIN_VARS`), since at run time a plain
//!   var and a secret are the same kind of binding: the Worker refuses a secret that is only a
//!   plain var (`rate_limit::secret`);
//! - from config/site.toml, the mails' sender (`[mail] sender` → `MAIL_SENDER`), empty while it
//!   is a placeholder (then `mail/mod.rs` uses a marked local stand-in; a production build
//!   refuses to start while any placeholder is left), and how long the audit log is kept
//!   (`[privacy] audit_retention_days` → `AUDIT_RETENTION_DAYS`). The site's address for links in mails is
//!   a `[vars]` value (`SITE_URL`), which the deploy compares with `[operator] site`.

#[path = "src/config_vars.rs"]
mod config_vars;

fn main() {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("..");
    let wrangler = root.join("wrangler.toml");
    println!("cargo:rerun-if-changed={}", wrangler.display());
    let config = std::fs::read_to_string(&wrangler).unwrap_or_default();
    let names = config_vars::var_names(&config).join(",");
    println!("cargo:rustc-env=WRANGLER_PLAIN_VARS={names}");

    let site = root.join("config/site.toml");
    println!("cargo:rerun-if-changed={}", site.display());
    let site = std::fs::read_to_string(&site).unwrap_or_default();
    println!(
        "cargo:rustc-env=MAIL_SENDER={}",
        text(&site, "mail", "sender")
    );
    println!(
        "cargo:rustc-env=AUDIT_RETENTION_DAYS={}",
        text(&site, "privacy", "audit_retention_days")
    );
}

/// `key = "…"` in the table `[table]`, or "" for a placeholder (or none).
fn text(site: &str, table: &str, key: &str) -> String {
    let header = format!("[{table}]");
    let mut in_table = false;
    for line in site.lines().map(str::trim) {
        if line.starts_with('[') {
            in_table = line == header;
        } else if in_table {
            if let Some(value) = line.strip_prefix(key).map(str::trim_start) {
                if let Some(value) = value.strip_prefix('=').map(str::trim) {
                    if let Some(text) = value.strip_prefix('"') {
                        return text.split('"').next().unwrap_or_default().to_string();
                    }
                }
            }
        }
    }
    String::new()
}
