//! The operator's details (`config/site.toml`): what only the Stadt Braunschweig can say, for
//! the Impressum, the privacy notice and the accessibility statement. A value the repository
//! cannot know is a placeholder; a production build refuses to start while any is left.

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

    /// Refuses while any placeholder is left, naming each, or a number of days is none (for
    /// a production build).
    pub fn require_complete(&self) -> Result<()> {
        for (path, value) in &self.values {
            if let (true, Value::Filled(text)) = (path.ends_with("_days"), value) {
                if !text.trim().parse::<u32>().is_ok_and(|days| days > 0) {
                    bail!(
                        "config/site.toml {path} is {text:?}: a whole number of days, like \"730\""
                    );
                }
            }
        }
        let left = self.placeholders();
        if left.is_empty() {
            return Ok(());
        }
        let list: Vec<String> = left
            .iter()
            .map(|(path, hint)| format!("  {path}: {hint}"))
            .collect();
        bail!(
            "config/site.toml still has {} placeholder(s); fill them in before deploying:\n{}",
            left.len(),
            list.join("\n")
        )
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
    let left = Site::load()?.placeholders().len();
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
    for (path, _) in Site::load()?.placeholders() {
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
        let refused = site.require_complete().unwrap_err().to_string();
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
            assert!(site.require_complete().is_ok(), "{good}");
        }
        for bad in ["2 Jahre", "0", "-5", "1.5"] {
            let site =
                Site::parse(&format!("[privacy]\naudit_retention_days = \"{bad}\"\n")).unwrap();
            let refused = site.require_complete().unwrap_err().to_string();
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
        assert!(site.require_complete().is_ok());
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
}
