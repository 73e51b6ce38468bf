//! `cargo xtask coordinator add|revoke <name>`: access tokens for the coordinators' area.
//! A token is 32 random bytes (base64url), shown once; D1 keeps only its SHA-256.

use crate::paths::root;
use crate::seed::quote;
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

/// The SQL that stores (or replaces) a coordinator's token hash.
pub fn add_sql(name: &str, hash: &str) -> String {
    format!(
        "INSERT INTO coordinators (name, token_hash, created_at) VALUES ({}, {}, strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) \
         ON CONFLICT (name) DO UPDATE SET token_hash = excluded.token_hash, created_at = excluded.created_at, \
         revoked_at = NULL, last_used_at = NULL;",
        quote(name),
        quote(hash)
    )
}

pub fn revoke_sql(name: &str) -> String {
    format!(
        "UPDATE coordinators SET revoked_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE name = {};",
        quote(name)
    )
}

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

pub fn add(name: &str) -> Result<()> {
    check_name(name)?;
    let token = new_token()?;
    let sql = add_sql(name, &token_hash(&token));
    execute_local(&sql)?;
    println!("Coordinator {name:?} added to the local database. The token, shown only now:\n\n  {token}\n");
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

/// Makes sure the local coordinator `dev` exists; writes and prints its token.
pub fn ensure_dev(config: &Path, state: &Path) -> Result<()> {
    let file = root().join(DEV_TOKEN_FILE);
    let existing = std::fs::read_to_string(&file)
        .ok()
        .map(|t| t.trim().to_string());
    let known = match &existing {
        Some(token) => {
            let sql = format!(
                "SELECT name FROM coordinators WHERE token_hash = {} AND revoked_at IS NULL",
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
            stack::d1_query(config, state, &add_sql("dev", &token_hash(&token)))?;
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
        assert!(add_sql("O.Brien", "ab").contains("'O.Brien'"));
    }
}
