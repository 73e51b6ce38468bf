//! The names under `[vars]` in a wrangler configuration. Shared by the build script (which
//! compiles the project's names into the Worker) and the Worker's tests. A line scanner, not
//! a TOML parser: wrangler.toml's `[vars]` holds plain `NAME = "value"` lines, and the build
//! script stays free of dependencies.

/// Each key written directly under `[vars]` (inline tables and dotted keys are not used there).
pub fn var_names(config: &str) -> Vec<String> {
    let mut in_vars = false;
    let mut names = Vec::new();
    for line in config.lines().map(str::trim) {
        if line.starts_with('[') {
            in_vars = line.split('#').next().map(str::trim) == Some("[vars]");
        } else if in_vars && !line.starts_with('#') {
            if let Some((key, _)) = line.split_once('=') {
                let key = key.trim().trim_matches(|c| c == '"' || c == '\'');
                if !key.is_empty() {
                    names.push(key.to_string());
                }
            }
        }
    }
    names
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn names_under_vars_only() {
        let config = r#"
name = "x"
[vars]
# A comment = not a name
REGISTRATION_RATE_LIMIT = "5"
"RATE_LIMIT_SECRET" = "plain"

[triggers]
crons = ["15 3 * * *"]
"#;
        assert_eq!(
            var_names(config),
            ["REGISTRATION_RATE_LIMIT", "RATE_LIMIT_SECRET"]
        );
        assert!(var_names("[vars.nested]\nA = 1").is_empty());
    }
}
