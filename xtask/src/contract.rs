//! The API contract under fire: schemathesis (pinned, from PyPI) generates requests from
//! `/api/openapi.json` against a stack of its own, admin endpoints with a valid token too, and
//! fails on any server error or any response the document does not allow.

use crate::paths::root;
use crate::process;
use crate::stack::{self, Stack, StackOptions};
use crate::test::Counts;
use anyhow::{bail, Result};
use std::path::{Path, PathBuf};
use std::process::Command;

/// The pinned schemathesis.
pub const SCHEMATHESIS: &str = "schemathesis==4.32.5";

/// The contract checks: no 5xx, and status, content type, headers and body as documented.
const CHECKS: &str = "not_a_server_error,status_code_conformance,content_type_conformance,\
                      response_schema_conformance,response_headers_conformance";

/// Requests the run must reach at least.
const MIN_REQUESTS: usize = 1000;

fn venv() -> PathBuf {
    root().join("target/xtask-tools/venv")
}

/// Installs schemathesis into a virtual environment of its own (idempotent).
pub fn ensure_schemathesis() -> Result<PathBuf> {
    let bin = venv().join("bin/schemathesis");
    let marker = venv().join(SCHEMATHESIS);
    if bin.exists() && marker.exists() {
        return Ok(bin);
    }
    println!(
        "xtask: installing {SCHEMATHESIS} (PyPI) into {}",
        venv().display()
    );
    process::run(Command::new("python3").args(["-m", "venv"]).arg(venv()))?;
    process::run(Command::new(venv().join("bin/pip")).args([
        "install",
        "--quiet",
        "--disable-pip-version-check",
        SCHEMATHESIS,
    ]))?;
    std::fs::write(marker, "")?;
    Ok(bin)
}

pub fn check(config: &Path, work: &Path) -> Result<Counts> {
    let schemathesis = ensure_schemathesis()?;
    let state = work.join("contract-state");
    let _ = std::fs::remove_dir_all(&state);
    stack::apply_migrations(config, &state)?;
    let token = "contract-check-token-0123456789abcdef";
    let hash = crate::coordinator::token_hash(token);
    stack::d1_query(
        config,
        &state,
        &format!(
            "INSERT INTO coordinators (name, token_hash, created_at) VALUES ('schemathesis', '{hash}', '2026-11-25T00:00:00Z')"
        ),
    )?;
    let log = work.join("contract-wrangler.log");
    let mut stack = Stack::start(StackOptions {
        config: config.to_path_buf(),
        port: stack::free_port()?,
        persist_to: state,
        // Generated registrations come from one address: no rate limit for this run.
        vars: vec![("REGISTRATION_RATE_LIMIT".into(), "0".into())],
        log: Some(log.clone()),
    })?;
    let status = process::status(
        Command::new(&schemathesis)
            .arg("run")
            .arg(format!("{}/api/openapi.json", stack.base_url))
            .args(["--url", &stack.base_url])
            .args(["-H", &format!("Authorization: Bearer {token}")])
            .args(["--checks", CHECKS])
            .args(["--max-examples", "30", "--seed", "20261125", "--no-color"])
            .env("SCHEMATHESIS_HOOKS", "")
            .current_dir(root()),
    );
    stack.stop();
    let requests = std::fs::read_to_string(&log)?
        .lines()
        .filter(|line| line.starts_with("[wrangler:info] ") && line.contains(" /api/"))
        .count();
    println!("schemathesis: {requests} requests to the API");
    if !status?.success() {
        bail!("schemathesis found responses that contradict the document (see above)");
    }
    if requests < MIN_REQUESTS {
        bail!("only {requests} requests; at least {MIN_REQUESTS} are wanted");
    }
    Ok(Counts::ONE_PASSED)
}
