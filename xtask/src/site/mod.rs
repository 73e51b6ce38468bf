//! The operator's details (`config/site.toml`): what only the Stadt Braunschweig can say, for
//! the Impressum, the privacy notice and the accessibility statement. A value the repository
//! cannot know is a placeholder; a production build refuses to start while any is left.

pub mod format;

use crate::paths::root;
use anyhow::{bail, Context, Result};
use std::collections::BTreeMap;

/// One value of the configuration: filled in, or still to be filled in (with a hint).
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Value {
    Filled(String),
    Placeholder(String),
}

/// Every value, by its path (`operator.representative`).
#[derive(Debug, Clone)]
pub struct Site {
    values: BTreeMap<String, Value>,
}

impl Site {
    /// Reads `config/site.toml`.
    pub fn load() -> Result<Site> {
        let path = root().join("config/site.toml");
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        Site::parse(&text).with_context(|| format!("reading {}", path.display()))
    }

    /// Reads the configuration's text: tables of strings or `{ placeholder = "…" }`.
    pub fn parse(text: &str) -> Result<Site> {
        let table: toml::Table = text.parse()?;
        let mut values = BTreeMap::new();
        for (section, entries) in &table {
            let Some(entries) = entries.as_table() else {
                bail!("{section}: expected a section ([{section}])");
            };
            for (name, value) in entries {
                let path = format!("{section}.{name}");
                let value = match value {
                    toml::Value::String(text) if text.trim().is_empty() => {
                        Value::Placeholder("(leer gelassen)".into())
                    }
                    toml::Value::String(text) => Value::Filled(text.clone()),
                    toml::Value::Table(inner) => match inner.get("placeholder") {
                        Some(toml::Value::String(hint)) if inner.len() == 1 => {
                            Value::Placeholder(hint.clone())
                        }
                        _ => bail!("{path}: a text, or {{ placeholder = \"…\" }}"),
                    },
                    _ => bail!("{path}: a text, or {{ placeholder = \"…\" }}"),
                };
                values.insert(path, value);
            }
        }
        Ok(Site { values })
    }

    /// The value at `path`; a path the pages need but the file lacks is an error.
    pub fn get(&self, path: &str) -> Result<&Value> {
        self.values
            .get(path)
            .with_context(|| format!("config/site.toml has no {path}"))
    }

    /// The values still to be filled in: path and hint.
    pub fn placeholders(&self) -> Vec<(&str, &str)> {
        self.values
            .iter()
            .filter_map(|(path, value)| match value {
                Value::Placeholder(hint) => Some((path.as_str(), hint.as_str())),
                Value::Filled(_) => None,
            })
            .collect()
    }

    /// The filled-in text at `path`, if it is filled in.
    pub fn filled(&self, path: &str) -> Option<&str> {
        match self.values.get(path)? {
            Value::Filled(text) => Some(text.trim()),
            Value::Placeholder(_) => None,
        }
    }

    /// Refuses while any placeholder is left or a value has the wrong shape, naming each (for
    /// a production build). `[mail]` counts only while mail is on (`mail`).
    pub fn require_complete(&self, mail: Mail) -> Result<()> {
        let needed = |path: &str| mail == Mail::On || !path.starts_with("mail.");
        let mut wrong = Vec::new();
        for (path, value) in self.values.iter().filter(|(path, _)| needed(path)) {
            match (value, format::of(path)) {
                (Value::Placeholder(hint), _) => wrong.push(format!("  {path}: {hint}")),
                (Value::Filled(text), Some(format)) if !format.accepts(text) => wrong.push(
                    format!("  {path} is {text:?}: expected {}", format.expected()),
                ),
                _ => {}
            }
        }
        if wrong.is_empty() {
            return Ok(());
        }
        bail!(
            "config/site.toml has {} value(s) to fill in or correct before deploying:\n{}",
            wrong.len(),
            wrong.join("\n")
        )
    }
}

/// Whether mail is switched on: the configuration has a `[[send_email]]` binding.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mail {
    On,
    Off,
}

impl Mail {
    /// As the wrangler configuration `text` says.
    pub fn of_wrangler(text: &str) -> Result<Mail> {
        let table: toml::Table = text.parse().context("parsing the wrangler configuration")?;
        let bindings = table.get("send_email").and_then(toml::Value::as_array);
        Ok(if bindings.is_some_and(|b| !b.is_empty()) {
            Mail::On
        } else {
            Mail::Off
        })
    }

    /// As the repository's wrangler.toml (the one `cargo xtask deploy` deploys) says.
    pub fn of_production() -> Result<Mail> {
        let path = root().join("wrangler.toml");
        let text = std::fs::read_to_string(&path)
            .with_context(|| format!("reading {}", path.display()))?;
        Mail::of_wrangler(&text)
    }
}

/// True when this build may reach Cloudflare: wrangler tells its build command which command
/// runs it (`WRANGLER_COMMAND`): `deploy`, `versions upload` and any other but `dev`.
pub fn is_production_build() -> bool {
    is_production(std::env::var("WRANGLER_COMMAND").ok().as_deref())
}

fn is_production(command: Option<&str>) -> bool {
    command.is_some_and(|command| !matches!(command.trim(), "" | "dev" | "types"))
}

/// The check in `cargo xtask test`: a production build (`cargo xtask build` as `wrangler
/// deploy` runs it) stops before compiling and names every placeholder left.
pub fn check_production_build_refuses_placeholders() -> Result<crate::counts::Counts> {
    let mail = Mail::of_production()?;
    let counted = |path: &str| mail == Mail::On || !path.starts_with("mail.");
    let site = Site::load()?;
    let left = site
        .placeholders()
        .iter()
        .filter(|(p, _)| counted(p))
        .count();
    if left == 0 {
        println!("config/site.toml has no placeholder left: nothing to refuse");
        return Ok(crate::counts::Counts::ONE_PASSED);
    }
    let started = std::time::Instant::now();
    let output = std::process::Command::new(std::env::current_exe()?)
        .arg("build")
        .env("WRANGLER_COMMAND", "deploy")
        .current_dir(root())
        .output()
        .context("running cargo xtask build as wrangler deploy does")?;
    let said = String::from_utf8_lossy(&output.stderr);
    println!("{said}");
    if output.status.success() {
        bail!("the production build went ahead with {left} placeholder(s)");
    }
    for (path, _) in site.placeholders().into_iter().filter(|(p, _)| counted(p)) {
        if !said.contains(path) {
            bail!("the refusal does not name {path}");
        }
    }
    println!(
        "refused in {:.1} s, naming all {left} placeholders",
        started.elapsed().as_secs_f64()
    );
    Ok(crate::counts::Counts::ONE_PASSED)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_and_placeholders() {
        let site = Site::parse(
            "[operator]\nname = \"Stadt Braunschweig\"\nemail = { placeholder = \"E-Mail\" }\n",
        )
        .unwrap();
        assert_eq!(
            site.get("operator.name").unwrap(),
            &Value::Filled("Stadt Braunschweig".into())
        );
        assert_eq!(site.placeholders(), [("operator.email", "E-Mail")]);
        let refused = site.require_complete(Mail::On).unwrap_err().to_string();
        assert!(refused.contains("operator.email: E-Mail"), "{refused}");
        assert!(site.get("operator.phone").is_err());
    }

    #[test]
    fn every_wrangler_command_but_dev_is_production() {
        assert!(is_production(Some("deploy")));
        assert!(is_production(Some("versions upload")));
        assert!(!is_production(Some("dev")));
        assert!(!is_production(None));
    }

    #[test]
    fn a_number_of_days_is_a_whole_number() {
        for good in ["730", " 30 "] {
            let site =
                Site::parse(&format!("[privacy]\naudit_retention_days = \"{good}\"\n")).unwrap();
            assert!(site.require_complete(Mail::On).is_ok(), "{good}");
        }
        for bad in ["2 Jahre", "0", "-5", "1.5"] {
            let site =
                Site::parse(&format!("[privacy]\naudit_retention_days = \"{bad}\"\n")).unwrap();
            let refused = site.require_complete(Mail::On).unwrap_err().to_string();
            assert!(refused.contains("whole number of days"), "{bad}: {refused}");
        }
    }

    #[test]
    fn a_blank_value_is_not_filled_in() {
        let site = Site::parse("[a]\nb = \"  \"\n").unwrap();
        assert_eq!(site.placeholders().len(), 1);
    }

    #[test]
    fn a_complete_configuration_passes_and_bad_shapes_are_refused() {
        let site = Site::parse("[a]\nb = \"c\"\n").unwrap();
        assert!(site.require_complete(Mail::On).is_ok());
        assert!(Site::parse("[a]\nb = 1\n").is_err());
        assert!(Site::parse("[a]\nb = { hint = \"x\" }\n").is_err());
        assert!(Site::parse("a = \"top level\"\n").is_err());
    }

    #[test]
    fn the_repositorys_configuration_reads_and_marks_what_the_city_must_fill_in() {
        let site = Site::load().unwrap();
        let left: Vec<&str> = site.placeholders().iter().map(|(path, _)| *path).collect();
        for path in [
            "operator.representative",
            "privacy.dpo",
            "accessibility.date",
        ] {
            assert!(left.contains(&path), "{path} is the city's to say");
        }
        assert_eq!(
            site.get("operator.name").unwrap(),
            &Value::Filled("Stadt Braunschweig".into())
        );
    }

    #[test]
    fn each_malformed_value_is_refused_with_its_name_and_what_is_expected() {
        let cases = [
            ("accessibility", "date", "2026-12-03", "TT.MM.JJJJ"),
            ("accessibility", "date", "31.11.2026", "a real day"),
            ("accessibility", "contact", "Frau Muster", "e-mail address"),
            (
                "accessibility",
                "schlichtungsstelle_url",
                "http://x.de",
                "https://",
            ),
            (
                "accessibility",
                "conformity",
                "teils",
                "\"vollständig\", \"teilweise\", \"nicht\"",
            ),
            ("operator", "site", "braunschweig.de", "https://"),
            ("operator", "email", "keine", "e-mail address"),
            ("operator", "phone", "Zentrale", "phone number"),
            (
                "operator",
                "cloudflare_plan",
                "Enterprise",
                "\"Workers Paid\"",
            ),
            ("office", "phone", "bald", "phone number"),
            (
                "privacy",
                "export_deletion_days",
                "eine Woche",
                "whole number of days",
            ),
            ("mail", "sender", "Netzwerkkarte", "e-mail address"),
        ];
        for (section, key, bad, expected) in cases {
            let site = Site::parse(&format!("[{section}]\n{key} = \"{bad}\"\n")).unwrap();
            let refused = site.require_complete(Mail::On).unwrap_err().to_string();
            assert!(
                refused.contains(&format!("{section}.{key} is \"{bad}\""))
                    && refused.contains(expected),
                "{section}.{key} = {bad}: {refused}"
            );
        }
    }

    #[test]
    fn the_sender_is_needed_only_while_mail_is_on() {
        let site = Site::parse("[mail]\nsender = { placeholder = \"Absender\" }\n").unwrap();
        assert!(site.require_complete(Mail::Off).is_ok());
        assert!(site.require_complete(Mail::On).is_err());
        let on = "[[send_email]]\nname = \"EMAIL\"\n";
        assert_eq!(Mail::of_wrangler(on).unwrap(), Mail::On);
        assert_eq!(Mail::of_wrangler("name = \"x\"\n").unwrap(), Mail::Off);
    }
}
