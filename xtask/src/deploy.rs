//! `cargo xtask deploy` and `cargo xtask wrangler …`: wrangler with the project's pinned version
//! on a Node it accepts, for the steps that talk to Cloudflare.

use crate::paths::root;
use crate::{setup, stack};
use anyhow::{bail, Context, Result};

/// `wrangler deploy` with the production configuration (its `[build]` runs `cargo xtask build`).
pub fn deploy(args: &[String]) -> Result<()> {
    // Before wrangler starts: the operator's details must be complete (the build checks too,
    // for a plain `wrangler deploy`).
    crate::site::Site::load()?.require_complete()?;
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
