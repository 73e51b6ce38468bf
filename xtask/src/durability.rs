//! Load without loss: 2,000 registrations, 50 at a time, and halfway through the local
//! `wrangler dev` is killed (SIGKILL to its process group) and started again. Every client
//! retries with its form's idempotency key until it gets an answer. At the end every
//! registration that was ever accepted is in D1 exactly once, and none is missing.

use crate::counts::Counts;
use crate::stack::{self, Stack, StackOptions};
use anyhow::{bail, Context, Result};
use std::io::{Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::sync::{Arc, Mutex};
use std::thread::sleep;
use std::time::{Duration, Instant};

const REGISTRATIONS: usize = 2000;
const CONCURRENCY: usize = 50;

pub fn check(config: &Path, work: &Path) -> Result<Counts> {
    let state = work.join("durability-state");
    let _ = std::fs::remove_dir_all(&state);
    stack::apply_migrations(config, &state)?;
    let options = StackOptions {
        https: false,
        config: config.to_path_buf(),
        port: stack::free_port()?,
        persist_to: state.clone(),
        // One client address sends all 2,000: the rate limit is switched off for this run.
        vars: vec![("REGISTRATION_RATE_LIMIT".into(), "0".into())],
        log: Some(work.join("durability-wrangler.log")),
    };
    let port = options.port;
    let mut stack = Stack::start(options.clone())?;
    let run = format!(
        "{:x}",
        std::process::id() ^ Instant::now().elapsed().subsec_nanos()
    );
    let next = Arc::new(AtomicUsize::new(0));
    let accepted = Arc::new(Mutex::new(Vec::<(String, String)>::new()));
    let retries = Arc::new(AtomicUsize::new(0));
    let started = Instant::now();
    let clients: Vec<_> = (0..CONCURRENCY)
        .map(|_| {
            let (next, accepted, retries, run) =
                (next.clone(), accepted.clone(), retries.clone(), run.clone());
            std::thread::spawn(move || -> Result<()> {
                loop {
                    let n = next.fetch_add(1, Ordering::SeqCst);
                    if n >= REGISTRATIONS {
                        return Ok(());
                    }
                    let key = format!("durable-{run}-{n:05}");
                    let id = send_until_answered(port, &key, &body(&run, n), &retries)?;
                    accepted
                        .lock()
                        .map_err(|_| anyhow::anyhow!("poisoned"))?
                        .push((key, id));
                }
            })
        })
        .collect();
    // Halfway: the crash.
    while accepted.lock().map_or(0, |a| a.len()) < REGISTRATIONS / 2 {
        if clients.iter().all(|c| c.is_finished()) {
            break;
        }
        sleep(Duration::from_millis(5));
    }
    let killed_at = accepted.lock().map_or(0, |a| a.len());
    println!(
        "durability: {killed_at} accepted, killing wrangler dev (SIGKILL to its process group)"
    );
    stack.group.kill();
    let restarted = Instant::now();
    let mut options = options;
    options.log = Some(work.join("durability-wrangler-restarted.log"));
    let mut stack = start_again(options)?;
    println!(
        "durability: wrangler dev answering again after {:.1} s",
        restarted.elapsed().as_secs_f64()
    );
    for client in clients {
        client
            .join()
            .map_err(|_| anyhow::anyhow!("a client thread panicked"))??;
    }
    let accepted = accepted
        .lock()
        .map_err(|_| anyhow::anyhow!("poisoned"))?
        .clone();
    let elapsed = started.elapsed();
    stack.stop();
    verify(config, &state, &run, &accepted)?;
    println!(
        "durability: {} registrations accepted in {:.1} s ({} retries), every one in D1 exactly once",
        accepted.len(),
        elapsed.as_secs_f64(),
        retries.load(Ordering::SeqCst)
    );
    Ok(Counts::ONE_PASSED)
}

fn start_again(options: StackOptions) -> Result<Stack> {
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        match Stack::start(options.clone()) {
            Ok(stack) => return Ok(stack),
            Err(error) if Instant::now() < deadline => {
                println!("durability: restart not yet possible ({error}), retrying");
                sleep(Duration::from_millis(500));
            }
            Err(error) => return Err(error),
        }
    }
}

fn body(run: &str, n: usize) -> String {
    serde_json::json!({
        "name": format!("Durable {run} {n:05}"), "email": "durable@example.org", "contact_via": "email",
        "districts": [130], "interests": [], "languages": ["de"], "availability": ["by-arrangement"],
        "consent": true, "consent_version": model::registration::CONSENT_VERSION, "website": "",
    })
    .to_string()
}

/// POSTs until the Worker answers 201 (stored) or 200 (stored before under this key): the id.
fn send_until_answered(port: u16, key: &str, body: &str, retries: &AtomicUsize) -> Result<String> {
    let deadline = Instant::now() + Duration::from_secs(300);
    loop {
        let answer = post(port, key, body);
        // A connection cut while the answer was on its way is as good as no answer.
        let id = match &answer {
            Ok((200 | 201, response)) => serde_json::from_str::<serde_json::Value>(response)
                .ok()
                .and_then(|json| json["id"].as_str().map(str::to_string)),
            _ => None,
        };
        if let Some(id) = id {
            return Ok(id);
        }
        match answer {
            Ok((status, response)) if (400..500).contains(&status) => {
                bail!("{key}: {status} {response}")
            }
            // A 5xx, a cut answer, a refused or a broken connection: the server is down or
            // restarting.
            _ if Instant::now() < deadline => {
                retries.fetch_add(1, Ordering::SeqCst);
                sleep(Duration::from_millis(100));
            }
            other => bail!("{key}: no answer within 300 s ({other:?})"),
        }
    }
}

/// One HTTP/1.1 POST on its own connection: the status and the body.
fn post(port: u16, key: &str, body: &str) -> Result<(u16, String)> {
    let mut stream = TcpStream::connect(("127.0.0.1", port))?;
    stream.set_read_timeout(Some(Duration::from_secs(30)))?;
    write!(
        stream,
        "POST /api/registrations HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nContent-Type: application/json\r\n\
         Idempotency-Key: {key}\r\nContent-Length: {}\r\nConnection: close\r\n\r\n{body}",
        body.len()
    )?;
    let mut response = String::new();
    stream.read_to_string(&mut response)?;
    let status = response
        .split(' ')
        .nth(1)
        .and_then(|s| s.parse().ok())
        .context("no status line")?;
    let body = response
        .split_once("\r\n\r\n")
        .map_or("", |(_, b)| b)
        .to_string();
    Ok((status, body))
}

/// Every accepted (key, id) is in D1, and nothing else of this run is. (A key cannot be stored
/// twice: `idempotency_key` is UNIQUE, so "once" follows from the counts matching.)
fn verify(config: &Path, state: &Path, run: &str, accepted: &[(String, String)]) -> Result<()> {
    if accepted.len() != REGISTRATIONS {
        bail!(
            "{} of {REGISTRATIONS} registrations were accepted",
            accepted.len()
        );
    }
    let rows = stack::d1_query(
        config,
        state,
        &format!("SELECT id, idempotency_key FROM registrations WHERE idempotency_key LIKE 'durable-{run}-%'"),
    )?;
    let stored: std::collections::HashMap<String, String> = rows
        .iter()
        .filter_map(|row| {
            Some((
                row["idempotency_key"].as_str()?.to_string(),
                row["id"].as_str()?.to_string(),
            ))
        })
        .collect();
    let missing: Vec<_> = accepted
        .iter()
        .filter(|(key, id)| stored.get(key) != Some(id))
        .collect();
    if !missing.is_empty() {
        bail!(
            "{} accepted registrations are missing or differ, e.g. {:?}",
            missing.len(),
            &missing[..missing.len().min(3)]
        );
    }
    if stored.len() != accepted.len() {
        bail!(
            "D1 holds {} rows for {} accepted registrations",
            stored.len(),
            accepted.len()
        );
    }
    Ok(())
}
