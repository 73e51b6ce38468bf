//! The local stack: `wrangler dev` (workerd + local D1) serving the built app and the Worker.

use crate::paths::{self, root, Outputs};
use crate::process::{self, Group};
use anyhow::{bail, Context, Result};
use std::io::{Read, Write};
use std::net::{TcpListener, TcpStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::thread::sleep;
use std::time::{Duration, Instant};

/// How to run one `wrangler dev`.
#[derive(Debug, Clone)]
pub struct StackOptions {
    /// The wrangler configuration file.
    pub config: PathBuf,
    pub port: u16,
    /// The local D1's folder (never wrangler's default: see `dev_state`).
    pub persist_to: PathBuf,
    /// `--var NAME:VALUE` pairs.
    pub vars: Vec<(String, String)>,
    /// Served over HTTPS (`--local-protocol https`, wrangler's self-signed certificate), as
    /// production is: the session cookie's secure branch.
    pub https: bool,
    /// Where wrangler's output goes; `None` passes it through.
    pub log: Option<PathBuf>,
}

/// A running `wrangler dev`; dropping it stops wrangler, workerd and esbuild.
pub struct Stack {
    pub group: Group,
    pub base_url: String,
    pub options: StackOptions,
}

/// The wrangler command with telemetry and the cf.json fetch switched off.
pub fn wrangler(config: &Path) -> Command {
    let mut command = Command::new(paths::npm_tool("wrangler"));
    command
        .arg("--config")
        .arg(config)
        .current_dir(root())
        .env("PATH", paths::tool_path())
        .env("WRANGLER_SEND_METRICS", "false")
        .env("WRANGLER_SEND_ERROR_REPORTS", "false")
        .env("CLOUDFLARE_CF_FETCH_ENABLED", "false")
        .env("NO_COLOR", "1")
        .env("FORCE_COLOR", "0");
    command
}

/// The wrangler version `package.json` pins.
pub fn wrangler_version() -> Result<String> {
    let text =
        std::fs::read_to_string(root().join("package.json")).context("reading package.json")?;
    let json: serde_json::Value = serde_json::from_str(&text).context("parsing package.json")?;
    json["devDependencies"]["wrangler"]
        .as_str()
        .map(String::from)
        .context("package.json pins no wrangler")
}

/// The local D1 of `cargo xtask dev` and `cargo xtask coordinator`: a folder per wrangler
/// version, because an older wrangler's workerd crashed on the state a newer one wrote
/// ("table _cf_ALARM has 3 columns"). A new version starts with a fresh local database (the
/// seed comes with the migrations; `cargo xtask dev` makes a new local coordinator token).
pub fn dev_state() -> Result<PathBuf> {
    Ok(root()
        .join(".wrangler")
        .join(format!("state-wrangler-{}", wrangler_version()?)))
}

/// Says once where the local D1 lives, and that folders of other wrangler versions are unused.
pub fn describe_dev_state(state: &Path) {
    let others: Vec<String> = std::fs::read_dir(root().join(".wrangler"))
        .into_iter()
        .flatten()
        .flatten()
        .map(|entry| entry.path())
        .filter(|path| path.is_dir() && path != state)
        .filter_map(|path| {
            let name = path.file_name()?.to_string_lossy().into_owned();
            name.starts_with("state").then_some(name)
        })
        .collect();
    println!(
        "xtask: local D1 of wrangler {} in {}{}",
        wrangler_version().unwrap_or_default(),
        state.strip_prefix(root()).unwrap_or(state).display(),
        if others.is_empty() {
            String::new()
        } else {
            format!(
                " (each wrangler version keeps its own; .wrangler/{} belong to others and are \
                 left unused)",
                others.join(", .wrangler/")
            )
        }
    );
}

/// Applies the D1 migrations to the local database.
pub fn apply_migrations(config: &Path, persist_to: &Path) -> Result<()> {
    process::run(
        wrangler(config)
            .args(["d1", "migrations", "apply", "DB", "--local", "--persist-to"])
            .arg(persist_to),
    )
}

/// Rows of a read-only SQL query against a local D1 (`wrangler d1 execute --json`).
pub fn d1_query(config: &Path, persist_to: &Path, sql: &str) -> Result<Vec<serde_json::Value>> {
    let mut command = wrangler(config);
    command
        .args(["d1", "execute", "DB", "--local", "--json", "--persist-to"])
        .arg(persist_to)
        .args(["--command", sql]);
    let output = process::output(&mut command)?;
    let json: serde_json::Value =
        serde_json::from_str(&output).context("wrangler d1 execute --json")?;
    Ok(json[0]["results"].as_array().cloned().unwrap_or_default())
}

/// Fails with a clear message if something already listens on the port.
pub fn ensure_port_free(port: u16) -> Result<()> {
    if TcpListener::bind(("127.0.0.1", port)).is_err() {
        bail!(
            "port {port} on 127.0.0.1 is already in use: stop whatever listens there \
             (e.g. another `cargo xtask dev`; `ss -ltnp 'sport = :{port}'` shows it) and try again"
        );
    }
    Ok(())
}

/// A port nothing listens on right now.
pub fn free_port() -> Result<u16> {
    let listener = TcpListener::bind(("127.0.0.1", 0)).context("finding a free port")?;
    Ok(listener.local_addr()?.port())
}

impl Stack {
    /// Starts `wrangler dev` and waits until `/api/health` answers 200.
    pub fn start(options: StackOptions) -> Result<Self> {
        ensure_port_free(options.port)?;
        let mut command = wrangler(&options.config);
        command.args([
            "dev",
            "--local",
            "--ip",
            "127.0.0.1",
            "--port",
            &options.port.to_string(),
            "--inspector-port",
            &free_port()?.to_string(),
            "--show-interactive-dev-session=false",
            "--test-scheduled",
            "--local-protocol",
            if options.https { "https" } else { "http" },
        ]);
        command.arg("--persist-to").arg(&options.persist_to);
        // The links in its mails point at this stack, on its real port (wrangler.toml's
        // SITE_URL is the production address).
        let scheme = if options.https { "https" } else { "http" };
        let site = format!("{scheme}://127.0.0.1:{}", options.port);
        let own = [("SITE_URL".to_string(), site)];
        for (name, value) in own.iter().chain(&options.vars) {
            command.arg("--var").arg(format!("{name}:{value}"));
        }
        if let Some(log) = &options.log {
            let file = std::fs::File::create(log)
                .with_context(|| format!("creating {}", log.display()))?;
            command.stdout(file.try_clone()?).stderr(file);
        } else {
            command.stdout(Stdio::inherit()).stderr(Stdio::inherit());
        }
        let group = Group::spawn(&mut command)?;
        let mut stack = Self {
            group,
            base_url: format!("{scheme}://127.0.0.1:{}", options.port),
            options,
        };
        stack.wait_until_healthy(Duration::from_secs(300))?;
        Ok(stack)
    }

    fn wait_until_healthy(&mut self, timeout: Duration) -> Result<()> {
        let deadline = Instant::now() + timeout;
        loop {
            if let Some(status) = self.group.child.try_wait()? {
                bail!(
                    "wrangler dev exited before it served ({status}){}",
                    self.log_tail()
                );
            }
            if self.is_ready() {
                return Ok(());
            }
            if Instant::now() > deadline || process::interrupted() {
                bail!(
                    "wrangler dev did not answer within {timeout:?}{}",
                    self.log_tail()
                );
            }
            sleep(Duration::from_millis(250));
        }
    }

    /// Whether the stack serves: `/api/health` answers 200 over plain HTTP; over HTTPS (no TLS
    /// client here) its port takes connections and wrangler's log says it is ready.
    fn is_ready(&self) -> bool {
        if !self.options.https {
            return http_status(self.options.port, "/api/health").ok() == Some(200);
        }
        let address = std::net::SocketAddr::from(([127, 0, 0, 1], self.options.port));
        let log = self
            .options
            .log
            .as_ref()
            .and_then(|log| std::fs::read_to_string(log).ok());
        TcpStream::connect_timeout(&address, Duration::from_secs(2)).is_ok()
            && log.is_some_and(|log| log.contains(&format!("Ready on {}", self.base_url)))
    }

    /// The end of wrangler's log, to explain a failure.
    pub fn log_tail(&self) -> String {
        let Some(log) = &self.options.log else {
            return String::new();
        };
        let text = std::fs::read_to_string(log).unwrap_or_default();
        let lines: Vec<&str> = text.lines().collect();
        let tail = lines[lines.len().saturating_sub(30)..].join("\n");
        format!("\n--- wrangler log ({}) ---\n{tail}", log.display())
    }

    pub fn stop(&mut self) {
        self.group.stop();
    }
}

/// The status code of a plain GET to 127.0.0.1.
pub fn http_status(port: u16, path: &str) -> Result<u16> {
    let mut stream = TcpStream::connect_timeout(
        &std::net::SocketAddr::from(([127, 0, 0, 1], port)),
        Duration::from_secs(2),
    )?;
    stream.set_read_timeout(Some(Duration::from_secs(10)))?;
    write!(
        stream,
        "GET {path} HTTP/1.1\r\nHost: 127.0.0.1:{port}\r\nConnection: close\r\n\r\n"
    )?;
    let mut head = [0u8; 12];
    stream.read_exact(&mut head)?;
    let line = String::from_utf8_lossy(&head);
    line.get(9..12)
        .and_then(|code| code.parse().ok())
        .context("not an HTTP response")
}

/// Writes `.dev.vars` beside a wrangler config, unless there is one: the local secrets
/// (a random `RATE_LIMIT_SECRET`). Production sets them with `wrangler secret put`.
pub fn ensure_dev_vars(config_dir: &Path) -> Result<()> {
    let path = config_dir.join(".dev.vars");
    let mut text = std::fs::read_to_string(&path).unwrap_or_default();
    let mut changed = false;
    // A file from before a secret was added gets it too.
    for name in LOCAL_SECRETS {
        let has = text
            .lines()
            .any(|line| line.trim_start().starts_with(&format!("{name}=")));
        if !has {
            let secret = model::hex::hex(&crate::random::bytes::<32>()?);
            if !text.is_empty() && !text.ends_with('\n') {
                text.push('\n');
            }
            text.push_str(&format!("{name}=\"{secret}\"\n"));
            changed = true;
        }
    }
    if changed {
        std::fs::write(&path, text).with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(())
}

/// The secrets wrangler.toml requires (`[secrets] required`), made up for local stacks.
const LOCAL_SECRETS: [&str; 2] = ["RATE_LIMIT_SECRET", "LINK_SECRET"];

/// A copy of wrangler.toml pointing at other build outputs, without the `[build]` step
/// (the caller has built already). Written into `dir`.
pub fn config_for(outputs: &Outputs, dir: &Path) -> Result<PathBuf> {
    let text =
        std::fs::read_to_string(root().join("wrangler.toml")).context("reading wrangler.toml")?;
    let mut config: toml::Table = text.parse().context("parsing wrangler.toml")?;
    config.remove("build");
    let absolute = |path: &Path| toml::Value::String(path.to_string_lossy().into_owned());
    config.insert("main".into(), absolute(&outputs.worker.join("index.js")));
    if let Some(assets) = config.get_mut("assets").and_then(|a| a.as_table_mut()) {
        assets.insert("directory".into(), absolute(&outputs.assets));
    }
    if let Some(databases) = config
        .get_mut("d1_databases")
        .and_then(|d| d.as_array_mut())
    {
        for database in databases.iter_mut().filter_map(|d| d.as_table_mut()) {
            if let Some(dir) = database.get("migrations_dir").and_then(|d| d.as_str()) {
                let dir = root().join(dir);
                database.insert("migrations_dir".into(), absolute(&dir));
            }
        }
    }
    std::fs::create_dir_all(dir)?;
    let path = dir.join("wrangler.toml");
    std::fs::write(&path, toml::to_string(&config)?)
        .with_context(|| format!("writing {}", path.display()))?;
    ensure_dev_vars(dir)?;
    Ok(path)
}

/// The addresses the mail stack's binding delivers to (`allowed_destination_addresses`): a
/// mail to any other fails, which is how a test forces a failed send. The tests use these.
pub const MAIL_TEST_ADDRESSES: [&str; 21] = [
    "mail-1@example.org",
    "mail-2@example.org",
    "mail-3@example.org",
    "mail-4@example.org",
    "mail-5@example.org",
    "mail-6@example.org",
    "mail-7@example.org",
    "mail-8@example.org",
    "mail-9@example.org",
    "mail-10@example.org",
    // One mailbox under several names (mail-limits.test.mjs): a stranger's `+tag` flood.
    "mail-11@example.org",
    "mail-11+a@example.org",
    "mail-11+b@example.org",
    "mail-11+c@example.org",
    "mail-11+d@example.org",
    "mail-12@example.org",
    "mail-13@example.org",
    // A network's editor (mail-editors.test.mjs), one reminded (mail-freshness.test.mjs).
    "mail-14@example.org",
    "mail-15@example.org",
    // A network's editor and the volunteer it contacts (mail-network-contact.test.mjs).
    "mail-16@example.org",
    "mail-17@example.org",
];

/// A copy of `config` with mail switched on: the `[[send_email]]` binding `EMAIL`, which
/// `wrangler dev` simulates (each message an `.eml` file, its path in the log). `allowed`
/// limits the addresses it delivers to (none: any). Written into `dir`.
pub fn with_mail(config: &Path, dir: &Path, allowed: &[&str]) -> Result<PathBuf> {
    let text =
        std::fs::read_to_string(config).with_context(|| format!("reading {}", config.display()))?;
    let mut table: toml::Table = text.parse().context("parsing the wrangler config")?;
    let mut binding = toml::Table::new();
    binding.insert("name".into(), "EMAIL".into());
    if !allowed.is_empty() {
        binding.insert(
            "allowed_destination_addresses".into(),
            toml::Value::Array(allowed.iter().map(|a| toml::Value::from(*a)).collect()),
        );
    }
    table.insert(
        "send_email".into(),
        toml::Value::Array(vec![toml::Value::Table(binding)]),
    );
    std::fs::create_dir_all(dir)?;
    let path = dir.join("wrangler.toml");
    std::fs::write(&path, toml::to_string(&table)?)
        .with_context(|| format!("writing {}", path.display()))?;
    // The same secret as the stack it copies: links made by one open on the other.
    let secrets = config.with_file_name(".dev.vars");
    if secrets.exists() {
        std::fs::copy(&secrets, dir.join(".dev.vars"))?;
    } else {
        ensure_dev_vars(dir)?;
    }
    Ok(path)
}
