//! The Worker's startup, as `wrangler check startup` profiles it: the bundle `wrangler deploy
//! --dry-run` makes, started in workerd with a CPU profiler. A figure that varies from run to
//! run, so `cargo xtask bench` reports it beside the wasm's size and no test checks it.

use crate::{process, stack};
use anyhow::{Context, Result};
use std::path::Path;

/// One profile of a startup, in milliseconds.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Startup {
    /// CPU busy: every sample but the idle ones (V8's own work, "(program)", counts: it is
    /// mostly compiling the wasm).
    pub active_ms: f64,
    /// From the profile's start to its end.
    pub total_ms: f64,
}

/// Profiles the startup of the Worker `config` deploys, `runs` times; working files in `work`.
pub fn measure(config: &Path, work: &Path, runs: usize) -> Result<Vec<Startup>> {
    std::fs::create_dir_all(work)?;
    let bundle = work.join("worker.bundle");
    process::output(
        stack::wrangler(config)
            .args(["deploy", "--dry-run", "--outfile"])
            .arg(&bundle),
    )?;
    let profile = work.join("worker-startup.cpuprofile");
    (0..runs)
        .map(|_| {
            let _ = std::fs::remove_file(&profile);
            process::output(
                stack::wrangler(config)
                    .args(["check", "startup", "--worker"])
                    .arg(&bundle)
                    .arg("--outfile")
                    .arg(&profile),
            )?;
            let text = std::fs::read_to_string(&profile)
                .with_context(|| format!("reading {}", profile.display()))?;
            of_profile(&text)
        })
        .collect()
}

/// Reads a V8 CPU profile (`nodes`, `samples`, `timeDeltas` in µs, `startTime`, `endTime`).
pub fn of_profile(text: &str) -> Result<Startup> {
    let profile: serde_json::Value = serde_json::from_str(text).context("a CPU profile")?;
    let idle: Vec<u64> = profile["nodes"]
        .as_array()
        .context("the profile's nodes")?
        .iter()
        .filter(|node| node["callFrame"]["functionName"].as_str() == Some("(idle)"))
        .filter_map(|node| node["id"].as_u64())
        .collect();
    let samples = profile["samples"]
        .as_array()
        .context("the profile's samples")?;
    let deltas = profile["timeDeltas"]
        .as_array()
        .context("the profile's time deltas")?;
    let active_us: f64 = samples
        .iter()
        .zip(deltas)
        .filter(|(sample, _)| sample.as_u64().is_some_and(|id| !idle.contains(&id)))
        .filter_map(|(_, delta)| delta.as_f64())
        .sum();
    let span = |key: &str| {
        profile[key]
            .as_f64()
            .with_context(|| format!("the profile's {key}"))
    };
    Ok(Startup {
        active_ms: active_us / 1000.0,
        total_ms: (span("endTime")? - span("startTime")?) / 1000.0,
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn active_time_leaves_out_idle_only() {
        let profile = r#"{
            "nodes": [
                {"id": 1, "callFrame": {"functionName": "(root)"}},
                {"id": 2, "callFrame": {"functionName": "(idle)"}},
                {"id": 3, "callFrame": {"functionName": "(program)"}},
                {"id": 4, "callFrame": {"functionName": "instantiate"}}
            ],
            "samples": [4, 2, 4, 3, 1],
            "timeDeltas": [1000, 5000, 2500, 700, 300],
            "startTime": 100, "endTime": 12100
        }"#;
        let startup = of_profile(profile).unwrap();
        assert_eq!(startup.active_ms, 4.5);
        assert_eq!(startup.total_ms, 12.0);
        assert!(of_profile("{}").is_err());
    }
}
