//! The API contract under fire: schemathesis (pinned, from PyPI) generates requests from
//! `/api/openapi.json` against a stack of its own, admin endpoints with a valid token too,
//! with every check and every phase: no server error, nothing the document does not allow,
//! invalid data refused and valid data accepted, 405 for undocumented methods, auth enforced,
//! resources there after they were made and gone after they were erased. The same check
//! lints the document with Redocly's recommended rules first.

use crate::counts::Counts;
use crate::paths::{self, root};
use crate::process;
use crate::stack::{self, Stack, StackOptions};
use anyhow::{bail, Result};
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

/// The pinned schemathesis.
pub const SCHEMATHESIS: &str = "schemathesis==4.32.5";

/// Every check schemathesis has (`not_a_server_error`, the conformance checks,
/// `negative_data_rejection`, `positive_data_acceptance`, `missing_required_header`,
/// `unsupported_method`, `use_after_free`, `ensure_resource_availability`, `ignored_auth`, …).
const CHECKS: &str = "all";

/// Every phase: the document's examples, the coverage of each rule's edges, random
/// fuzzing, and stateful sequences along the links between operations.
const PHASES: &str = "examples,coverage,fuzzing,stateful";

/// Generated cases per operation and mode in the fuzzing phase.
const MAX_EXAMPLES: u32 = 50;

/// The run's wall time at most: then it is stopped (its whole process group) and fails.
const DEADLINE: Duration = Duration::from_secs(10 * 60);

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
            "INSERT INTO coordinators (name, token_hash, created_at, expires_at) VALUES ('schemathesis', '{hash}', '2026-11-25T00:00:00Z', strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+1 day'))"
        ),
    )?;
    // A network's editor with the terms accepted, for the editors' operations: the hooks give
    // each of them a session of its own (a new link from the coordinators' API, then a sign-in).
    stack::d1_query(config, &state, &editor_sql(EDITOR, EDITOR_NETWORK))?;
    let log = work.join("contract-wrangler.log");
    let mut stack = Stack::start(StackOptions {
        https: false,
        config: config.to_path_buf(),
        port: stack::free_port()?,
        persist_to: state,
        // Generated registrations, barrier reports and sign-ins come from one address: no rate
        // limits for this run.
        vars: vec![
            ("REGISTRATION_RATE_LIMIT".into(), "0".into()),
            ("FEEDBACK_RATE_LIMIT".into(), "0".into()),
            ("NETWORK_REQUEST_RATE_LIMIT".into(), "0".into()),
            ("SIGN_IN_LIMIT".into(), "0".into()),
        ],
        log: Some(log.clone()),
    })?;
    let status = process::status_within(
        Command::new(&schemathesis)
            // 413 counts as a refusal of invalid data (see the file).
            .arg("--config-file")
            .arg(root().join("xtask/contract/schemathesis.toml"))
            .arg("run")
            .arg(format!("{}/api/openapi.json", stack.base_url))
            .args(["--url", &stack.base_url])
            .args(["-H", &format!("Authorization: Bearer {token}")])
            .args(["--checks", CHECKS])
            .arg(format!("--phases={PHASES}"))
            .args(["--max-examples", &MAX_EXAMPLES.to_string()])
            .args(["--seed", "20261125", "--no-color"])
            // A form of many free texts, each a pattern with a length (a suggested network: 12
            // fields), has most of its generated bodies over some limit; hypothesis then stops
            // the operation instead of testing it. Its checks all run on what passes.
            .arg("--suppress-health-check=filter_too_much")
            // Works around a crash of schemathesis on URL-like free text (see the file).
            .env("SCHEMATHESIS_HOOKS", root().join("xtask/contract/hooks.py"))
            .env("CONTRACT_BASE_URL", &stack.base_url)
            .env("CONTRACT_TOKEN", token)
            .env("CONTRACT_EDITOR", EDITOR)
            .env("CONTRACT_EDITOR_NETWORK", EDITOR_NETWORK)
            .current_dir(root()),
        DEADLINE,
    );
    stack.stop();
    let requests = std::fs::read_to_string(&log)?
        .lines()
        .filter(|line| line.starts_with("[wrangler:info] ") && line.contains(" /api/"))
        .count();
    println!("schemathesis: {requests} requests to the API");
    match status? {
        None => bail!(
            "schemathesis ran longer than {} minutes and was stopped",
            DEADLINE.as_secs() / 60
        ),
        Some(status) if !status.success() => {
            bail!("schemathesis found responses that contradict the document (see above)")
        }
        Some(_) => {}
    }
    if requests < MIN_REQUESTS {
        bail!("only {requests} requests; at least {MIN_REQUESTS} are wanted");
    }
    Ok(Counts::ONE_PASSED)
}

/// The contract run's network editor, and the seed network it keeps.
const EDITOR: &str = "schemathesis-editor";
const EDITOR_NETWORK: &str = "refugium-fluechtlingshilfe";

/// An editor `id` for `network`, the current terms accepted.
fn editor_sql(id: &str, network: &str) -> String {
    format!(
        "INSERT INTO editors (id, name, email, language, created_at, created_by, last_used_at, \
         terms_version, terms_accepted_at) VALUES ('{id}', 'Schemathesis', 'schemathesis@example.org', \
         'de', '2026-11-25T00:00:00Z', 'schemathesis', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), '{terms}', \
         '2026-11-25T00:00:00Z'); INSERT INTO editor_networks (editor_id, network_id) VALUES ('{id}', '{network}');",
        terms = model::editor::TERMS_VERSION
    )
}

/// The pinned Redocly CLI (package.json) lints the document with its recommended rules:
/// errors fail the check, warnings are shown.
pub fn lint() -> Result<Counts> {
    process::run(
        Command::new(paths::npm_tool("redocly"))
            .args(["lint", "--extends=recommended"])
            .arg(root().join("worker/openapi.json"))
            .current_dir(root())
            // The npm tools start with `env node`: the pinned Node where the machine's is older.
            .env("PATH", paths::tool_path())
            .env("REDOCLY_TELEMETRY", "off")
            .env("REDOCLY_SUPPRESS_UPDATE_NOTICE", "true"),
    )?;
    Ok(Counts::ONE_PASSED)
}
