//! `cargo xtask dev`: set up, build, migrate the local D1, serve on 127.0.0.1.

use crate::paths::{root, Outputs};
use crate::stack::{self, Stack, StackOptions};
use crate::{build, setup};
use anyhow::{bail, Result};

/// Variables passed from the environment to the Worker (`--var`), when set.
pub const PASSED_VARS: &[&str] = &[
    "REGISTRATION_RATE_LIMIT",
    "RETENTION_DAYS",
    "FEEDBACK_RATE_LIMIT",
    "FEEDBACK_RETENTION_DAYS",
];

pub fn dev(port: u16) -> Result<()> {
    stack::ensure_port_free(port)?;
    setup::ensure_build_tools()?;
    build::build(&Outputs::default_build())?;
    let config = root().join("wrangler.toml");
    stack::ensure_dev_vars(&root())?;
    let state = stack::dev_state()?;
    stack::describe_dev_state(&state);
    stack::apply_migrations(&config, &state)?;
    crate::coordinator::ensure_dev(&config, &state)?;
    let editor_link = crate::dev_editor::ensure(&config, &state)?;
    crate::examples::ensure(&config, &state)?;
    let vars = PASSED_VARS
        .iter()
        .filter_map(|name| {
            std::env::var(name)
                .ok()
                .map(|value| (name.to_string(), value))
        })
        .collect();
    let mut stack = Stack::start(StackOptions {
        https: false,
        config,
        port,
        persist_to: state,
        vars,
        log: None,
    })?;
    println!(
        "xtask: local network editor for \"{}\", sign-in link (works once): {}{editor_link}",
        crate::dev_editor::NETWORK,
        stack.base_url
    );
    println!(
        "\n  Netzwerkkarte läuft auf {}/  (Ctrl-C beendet)\n",
        stack.base_url
    );
    let status = stack.group.child.wait()?;
    stack.stop();
    if !status.success() {
        bail!("wrangler dev exited ({status})");
    }
    Ok(())
}
