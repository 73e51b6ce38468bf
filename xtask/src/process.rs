//! Child processes: each in its own process group, registered so that a signal or an early
//! return stops the whole group (wrangler starts node, workerd and esbuild under it).

use anyhow::{bail, Context, Result};
use std::os::unix::process::CommandExt;
use std::process::{Child, Command, ExitStatus, Stdio};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::Mutex;
use std::thread::sleep;
use std::time::{Duration, Instant};

/// Process groups we started and have not stopped yet.
static GROUPS: Mutex<Vec<i32>> = Mutex::new(Vec::new());
static INTERRUPTED: AtomicBool = AtomicBool::new(false);

/// On Ctrl-C, SIGTERM or SIGHUP: stop every group we started, then exit.
pub fn install_signal_handler() -> Result<()> {
    ctrlc::set_handler(|| {
        INTERRUPTED.store(true, Ordering::SeqCst);
        stop_all();
        eprintln!("xtask: stopped every process it started.");
        std::process::exit(130);
    })
    .context("installing the signal handler")
}

pub fn interrupted() -> bool {
    INTERRUPTED.load(Ordering::SeqCst)
}

/// Stops every registered group: SIGTERM, a grace period, then SIGKILL.
pub fn stop_all() {
    let groups: Vec<i32> = GROUPS
        .lock()
        .map(|mut g| std::mem::take(&mut *g))
        .unwrap_or_default();
    for pgid in &groups {
        signal_group(*pgid, libc::SIGTERM);
    }
    let deadline = Instant::now() + Duration::from_secs(5);
    while Instant::now() < deadline && groups.iter().any(|g| group_alive(*g)) {
        sleep(Duration::from_millis(100));
    }
    for pgid in &groups {
        signal_group(*pgid, libc::SIGKILL);
    }
}

fn signal_group(pgid: i32, signal: i32) {
    // SAFETY: kill(2) with a negative pid signals a process group; it has no memory effects.
    unsafe {
        libc::kill(-pgid, signal);
    }
}

fn group_alive(pgid: i32) -> bool {
    // SAFETY: signal 0 only checks whether the group exists.
    unsafe { libc::kill(-pgid, 0) == 0 }
}

/// A running child in its own process group; dropping it stops the group.
pub struct Group {
    pub child: Child,
    pgid: i32,
}

impl Group {
    pub fn spawn(command: &mut Command) -> Result<Self> {
        command.process_group(0).stdin(Stdio::null());
        let child = command
            .spawn()
            .with_context(|| format!("starting {:?}", command.get_program()))?;
        let pgid = child.id() as i32;
        if let Ok(mut groups) = GROUPS.lock() {
            groups.push(pgid);
        }
        Ok(Self { child, pgid })
    }

    /// Kills the whole group at once (SIGKILL), as a crash or a power cut would.
    pub fn kill(&mut self) {
        signal_group(self.pgid, libc::SIGKILL);
        let _ = self.child.wait();
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline && group_alive(self.pgid) {
            sleep(Duration::from_millis(50));
        }
        if let Ok(mut groups) = GROUPS.lock() {
            groups.retain(|g| *g != self.pgid);
        }
    }

    /// Stops the whole group: SIGTERM, then SIGKILL after a grace period.
    pub fn stop(&mut self) {
        signal_group(self.pgid, libc::SIGTERM);
        let deadline = Instant::now() + Duration::from_secs(5);
        while Instant::now() < deadline && group_alive(self.pgid) {
            let _ = self.child.try_wait();
            sleep(Duration::from_millis(100));
        }
        signal_group(self.pgid, libc::SIGKILL);
        let _ = self.child.wait();
        if let Ok(mut groups) = GROUPS.lock() {
            groups.retain(|g| *g != self.pgid);
        }
    }
}

impl Drop for Group {
    fn drop(&mut self) {
        if group_alive(self.pgid) {
            self.stop();
        }
    }
}

/// Runs a command to completion in its own group (so a signal stops it too) and returns its status.
pub fn status(command: &mut Command) -> Result<ExitStatus> {
    let mut group = Group::spawn(command)?;
    let status = group.child.wait().context("waiting for a child")?;
    if let Ok(mut groups) = GROUPS.lock() {
        groups.retain(|g| *g != group.pgid);
    }
    // Its own children may outlive it (e.g. a daemon); stop them with it.
    if group_alive(group.pgid) {
        group.stop();
    }
    std::mem::forget(group);
    Ok(status)
}

/// Runs a command in its own group like [`status`], but for at most `limit`: then the whole
/// group is stopped (SIGTERM, then SIGKILL) and the answer is `None`.
pub fn status_within(command: &mut Command, limit: Duration) -> Result<Option<ExitStatus>> {
    let mut group = Group::spawn(command)?;
    let deadline = Instant::now() + limit;
    loop {
        if let Some(status) = group.child.try_wait().context("waiting for a child")? {
            if group_alive(group.pgid) {
                group.stop();
            }
            if let Ok(mut groups) = GROUPS.lock() {
                groups.retain(|g| *g != group.pgid);
            }
            std::mem::forget(group);
            return Ok(Some(status));
        }
        if Instant::now() >= deadline {
            // Dropping the group stops it and everything it started.
            group.stop();
            return Ok(None);
        }
        sleep(Duration::from_millis(200));
    }
}

/// Runs a command and fails with its description unless it succeeds.
pub fn run(command: &mut Command) -> Result<()> {
    let description = describe(command);
    let status = status(command)?;
    if !status.success() {
        bail!("`{description}` failed ({status})");
    }
    Ok(())
}

/// Runs a command and returns its standard output (its standard error passes through).
pub fn output(command: &mut Command) -> Result<String> {
    let description = describe(command);
    let output = command
        .stdin(Stdio::null())
        .output()
        .with_context(|| format!("running `{description}`"))?;
    if !output.status.success() {
        bail!(
            "`{description}` failed ({}): {}",
            output.status,
            String::from_utf8_lossy(&output.stderr)
        );
    }
    Ok(String::from_utf8_lossy(&output.stdout).into_owned())
}

pub fn describe(command: &Command) -> String {
    let mut text = command.get_program().to_string_lossy().into_owned();
    for arg in command.get_args() {
        text.push(' ');
        text.push_str(&arg.to_string_lossy());
    }
    text
}

/// Runs a command, shows its standard output as it comes and returns it with the status.
pub fn run_tee(command: &mut Command) -> Result<(ExitStatus, String)> {
    use std::io::{BufRead, BufReader};
    command.stdout(Stdio::piped());
    let mut group = Group::spawn(command)?;
    let mut captured = String::new();
    if let Some(stdout) = group.child.stdout.take() {
        for line in BufReader::new(stdout).lines() {
            let line = line.unwrap_or_default();
            println!("{line}");
            captured.push_str(&line);
            captured.push('\n');
        }
    }
    let status = group.child.wait().context("waiting for a child")?;
    if let Ok(mut groups) = GROUPS.lock() {
        groups.retain(|g| *g != group.pgid);
    }
    std::mem::forget(group);
    Ok((status, captured))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_command_over_its_time_is_stopped_with_its_children() {
        let started = Instant::now();
        let mut slow = Command::new("sh");
        slow.args(["-c", "sleep 30 & sleep 30"]);
        let status = status_within(&mut slow, Duration::from_millis(300)).unwrap();
        assert_eq!(status, None);
        assert!(
            started.elapsed() < Duration::from_secs(10),
            "stopped, not waited for"
        );
        let mut quick = Command::new("true");
        let status = status_within(&mut quick, Duration::from_secs(10)).unwrap();
        assert!(status.is_some_and(|s| s.success()));
    }
}
