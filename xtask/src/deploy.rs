//! `cargo xtask deploy` and `cargo xtask wrangler …`: wrangler with the project's pinned version
//! on a Node it accepts, for the steps that talk to Cloudflare.

use crate::paths::root;
use crate::{setup, stack};
use anyhow::{bail, Context, Result};

/// `wrangler deploy` with the production configuration (its `[build]` runs `cargo xtask build`).
pub fn deploy(args: &[String]) -> Result<()> {
    // Before wrangler starts: the operator's details must be complete (the build checks too,
    // for a plain `wrangler deploy`).
    let site = crate::site::Site::load()?;
    site.require_complete(crate::site::Mail::of_production()?)?;
    let config = std::fs::read_to_string(root().join("wrangler.toml"))?;
    let address = match site.get("operator.site")? {
        crate::site::Value::Filled(address) => address.as_str(),
        crate::site::Value::Placeholder(_) => "",
    };
    check_site_url(&config, address)?;
    let mut all = vec!["deploy".to_string()];
    all.extend_from_slice(args);
    wrangler(&all)
}

/// Any wrangler command (`d1 create`, `d1 migrations apply DB --remote`, `secret put`, `login`),
/// with the terminal passed through: some ask questions or read a secret from standard input.
pub fn wrangler(args: &[String]) -> Result<()> {
    setup::ensure_build_tools()?;
    let mut command = stack::wrangler(&root().join("wrangler.toml"));
    command.args(args);
    let status = command
        .status()
        .with_context(|| format!("running wrangler {}", args.join(" ")))?;
    if !status.success() {
        bail!("wrangler {} failed ({status})", args.join(" "));
    }
    Ok(())
}

/// wrangler.toml's `SITE_URL` (every link in a mail starts with it) must be the address
/// config/site.toml publishes (`[operator] site`), a trailing `/` aside.
fn check_site_url(wrangler_toml: &str, site: &str) -> Result<()> {
    let table: toml::Table = wrangler_toml.parse().context("parsing wrangler.toml")?;
    let configured = table
        .get("vars")
        .and_then(|vars| vars.get("SITE_URL"))
        .and_then(|url| url.as_str())
        .unwrap_or_default();
    let normal = |url: &str| url.trim().trim_end_matches('/').to_string();
    if normal(configured).is_empty() || normal(configured) != normal(site) {
        bail!(
            "wrangler.toml [vars] SITE_URL is {configured:?}, config/site.toml [operator] site is \
             {site:?}: mail links start with SITE_URL, so set it to the site's address"
        );
    }
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_mail_links_address_is_the_sites() {
        let config = |url: &str| format!("name = \"x\"\n[vars]\nSITE_URL = \"{url}\"\n");
        let site = "https://netzwerkkarte.braunschweig.de";
        assert!(check_site_url(&config("https://netzwerkkarte.braunschweig.de/"), site).is_ok());
        assert!(check_site_url(&config(""), site).is_err());
        assert!(check_site_url(&config("https://other.example"), site).is_err());
        assert!(check_site_url("name = \"x\"", site).is_err());
    }
}
