//! `cargo xtask coordinator add <name> [--days N] [--email ADDRESS]|revoke <name>|list`: access tokens for the
//! coordinators' area. A token is 32 random bytes (base64url), shown once; D1 keeps only its
//! SHA-256. It ends after `--days` (default 180); a new token or a revocation ends the
//! coordinator's sessions.

use crate::paths::root;
use crate::seed::sql::quote;
use crate::stack;
use anyhow::{bail, Result};
use base64::Engine;
use sha2::{Digest, Sha256};
use std::path::Path;

/// Where `cargo xtask dev` keeps the local coordinator's token (git-ignored).
pub const DEV_TOKEN_FILE: &str = ".dev-coordinator-token";

pub fn new_token() -> Result<String> {
    Ok(base64::engine::general_purpose::URL_SAFE_NO_PAD.encode(crate::random::bytes::<32>()?))
}

/// The token's hex SHA-256, as the Worker (`worker/src/auth.rs`) computes and D1 stores it.
pub fn token_hash(token: &str) -> String {
    model::hex::hex(&Sha256::digest(token.as_bytes()))
}

fn check_name(name: &str) -> Result<()> {
    let ok = !name.is_empty()
        && name.len() <= 60
        && name
            .chars()
            .all(|c| c.is_alphanumeric() || " ._-".contains(c));
    if !ok {
        bail!(
            "a coordinator's name is 1 to 60 letters, digits, spaces, dots, dashes or underscores"
        );
    }
    Ok(())
}

/// How long a token lasts unless `--days` says otherwise.
pub const DEFAULT_DAYS: u32 = 180;

/// The longest a token may last.
pub const MAX_DAYS: u32 = 730;

/// The audit entries of `name`'s sessions that end now (`session.expire`, by the first 16
/// digits of their hash, as the Worker writes them), and the DELETE that ends them.
fn end_sessions_sql(name: &str) -> String {
    format!(
        "INSERT INTO audit_log (id, at, coordinator, action, target) \
         SELECT lower(hex(randomblob(16))), strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), coordinator, \
         'session.expire', substr(id_hash, 1, 16) FROM sessions WHERE coordinator = {name}; \
         DELETE FROM sessions WHERE coordinator = {name};",
        name = quote(name)
    )
}

/// The SQL that stores (or replaces) a coordinator's token hash, valid for `days`; a
/// replaced token's sessions end.
/// With `email`, the coordinator gets the daily digest there (a new token keeps an address
/// given before unless another is given).
pub fn add_sql(name: &str, hash: &str, days: u32, email: Option<&str>) -> String {
    format!(
        "INSERT INTO coordinators (name, token_hash, created_at, expires_at, email) VALUES ({quoted}, {hash}, \
         strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now', '+{days} days'), {email}) \
         ON CONFLICT (name) DO UPDATE SET token_hash = excluded.token_hash, created_at = excluded.created_at, \
         expires_at = excluded.expires_at, revoked_at = NULL, last_used_at = NULL, \
         email = COALESCE(excluded.email, coordinators.email); {end}",
        quoted = quote(name),
        hash = quote(hash),
        email = email.map_or("NULL".to_string(), quote),
        end = end_sessions_sql(name)
    )
}

/// Revokes a token (audited) and ends its sessions.
pub fn revoke_sql(name: &str) -> String {
    format!(
        "UPDATE coordinators SET revoked_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), email = NULL WHERE name = {quoted}; \
         INSERT INTO audit_log (id, at, coordinator, action, target) SELECT lower(hex(randomblob(16))), \
         strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'system', 'coordinator.revoke', name FROM coordinators \
         WHERE name = {quoted}; {end}",
        quoted = quote(name),
        end = end_sessions_sql(name)
    )
}

/// Names, creation, last use, expiry and revocation; never a token or its hash.
pub const LIST_SQL: &str = "SELECT name, created_at, last_used_at, expires_at, revoked_at, \
                            email FROM coordinators ORDER BY name";

/// Runs SQL on the local D1 of `cargo xtask dev`, after its migrations.
fn execute_local(sql: &str) -> Result<()> {
    let config = root().join("wrangler.toml");
    let state = stack::dev_state()?;
    stack::apply_migrations(&config, &state)?;
    stack::d1_query(&config, &state, sql).map(|_| ())
}

/// The production command for `sql` (wrangler on the project's Node, through xtask).
fn remote_command(sql: &str) -> String {
    format!(
        "  cargo xtask wrangler d1 execute DB --remote --command \"{}\"",
        sql.replace('"', "\\\"")
    )
}

pub fn add(name: &str, days: u32, email: Option<&str>) -> Result<()> {
    check_name(name)?;
    if !(1..=MAX_DAYS).contains(&days) {
        bail!("--days is 1 to {MAX_DAYS}");
    }
    if let Some(email) = email {
        if !model::validate::is_email(email) || email.len() > 254 {
            bail!("--email: {email:?} is not an e-mail address");
        }
    }
    let token = new_token()?;
    let sql = add_sql(name, &token_hash(&token), days, email);
    execute_local(&sql)?;
    println!("Coordinator {name:?} added to the local database, valid for {days} days. The token, shown only now:\n\n  {token}\n");
    println!(
        "For production, run (it stores only the hash; give the token to {name} in person):\n"
    );
    println!("{}", remote_command(&sql));
    Ok(())
}

pub fn revoke(name: &str) -> Result<()> {
    check_name(name)?;
    let sql = revoke_sql(name);
    execute_local(&sql)?;
    println!("Coordinator {name:?} revoked in the local database. For production:\n");
    println!("{}", remote_command(&sql));
    Ok(())
}

/// Lists the local coordinators, and prints the command for production.
pub fn list() -> Result<()> {
    let config = root().join("wrangler.toml");
    let state = stack::dev_state()?;
    stack::apply_migrations(&config, &state)?;
    let rows = stack::d1_query(&config, &state, LIST_SQL)?;
    println!("{}", list_table(&rows));
    println!("For production:\n\n{}", remote_command(LIST_SQL));
    Ok(())
}

/// The coordinators as a plain table (name, created, last used, expires, revoked, the
/// digest's address).
fn list_table(rows: &[serde_json::Value]) -> String {
    let cell = |row: &serde_json::Value, key: &str| {
        let value = row[key].as_str().unwrap_or("–");
        value.get(..16).unwrap_or(value).replace('T', " ")
    };
    let mut out = format!(
        "{:<24} {:<17} {:<17} {:<17} {:<17} {}\n",
        "name", "created", "last used", "expires", "revoked", "digest to"
    );
    for row in rows {
        out += &format!(
            "{:<24} {:<17} {:<17} {:<17} {:<17} {}\n",
            row["name"].as_str().unwrap_or("?"),
            cell(row, "created_at"),
            cell(row, "last_used_at"),
            cell(row, "expires_at"),
            cell(row, "revoked_at"),
            row["email"].as_str().unwrap_or("–")
        );
    }
    out
}

/// Makes sure the local coordinator `dev` exists; writes and prints its token.
pub fn ensure_dev(config: &Path, state: &Path) -> Result<()> {
    let file = root().join(DEV_TOKEN_FILE);
    let existing = std::fs::read_to_string(&file)
        .ok()
        .map(|t| t.trim().to_string());
    let known = match &existing {
        Some(token) => {
            let sql = format!(
                "SELECT name FROM coordinators WHERE token_hash = {} AND revoked_at IS NULL \
                 AND (expires_at IS NULL OR expires_at > strftime('%Y-%m-%dT%H:%M:%fZ', 'now'))",
                quote(&token_hash(token))
            );
            !stack::d1_query(config, state, &sql)?.is_empty()
        }
        None => false,
    };
    let token = match (existing, known) {
        (Some(token), true) => token,
        _ => {
            let token = new_token()?;
            stack::d1_query(
                config,
                state,
                &add_sql("dev", &token_hash(&token), DEFAULT_DAYS, None),
            )?;
            std::fs::write(&file, format!("{token}\n"))?;
            token
        }
    };
    println!(
        "xtask: local coordinator \"dev\", Zugangsschlüssel: {token}  (also in {DEV_TOKEN_FILE})"
    );
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tokens_are_long_random_and_url_safe() {
        let (a, b) = (new_token().unwrap(), new_token().unwrap());
        assert_ne!(a, b);
        assert_eq!(a.len(), 43);
        assert!(a
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || c == '-' || c == '_'));
        assert_eq!(token_hash(&a).len(), 64);
    }

    #[test]
    fn the_token_hash_is_the_hex_sha256_the_worker_compares() {
        assert_eq!(
            token_hash("abc"),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
    }

    #[test]
    fn names_are_checked_and_quoted() {
        assert!(check_name("Ayşe Demir").is_ok());
        assert!(check_name("x'; DROP TABLE coordinators; --").is_err());
        let sql = add_sql("O.Brien", "ab", 30, Some("o.brien@example.org"));
        assert!(sql.contains("'O.Brien'"));
        assert!(sql.contains("'+30 days'"));
        assert!(sql.contains("DELETE FROM sessions WHERE coordinator = 'O.Brien'"));
        assert!(
            sql.contains("'session.expire'"),
            "ended sessions are audited"
        );
        let revoke = revoke_sql("O.Brien");
        assert!(revoke.contains("DELETE FROM sessions") && revoke.contains("'coordinator.revoke'"));
    }

    #[test]
    fn the_list_shows_no_token() {
        let rows = [
            serde_json::json!({"name": "ayse", "created_at": "2026-11-30T10:00:00.000Z",
            "last_used_at": null, "expires_at": "2027-05-29T10:00:00.000Z", "revoked_at": null}),
        ];
        let table = list_table(&rows);
        assert!(table.contains("ayse"));
        assert!(table.contains("2027-05-29 10:00"));
        assert!(!LIST_SQL.contains("token"));
    }
}
