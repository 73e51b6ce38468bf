//! `cargo xtask dev`'s local network editor: an access ("Netzwerk-Zugang") for one seed network,
//! with the terms not yet accepted, and a fresh sign-in link at each start, printed like the
//! local coordinator's token. The link works once, as every editor's link does.

use crate::coordinator::token_hash;
use crate::seed::sql::quote;
use crate::stack;
use anyhow::Result;
use std::path::Path;

/// The local editor's access id, address and network.
const ID: &str = "lokaler-netzwerk-zugang";
const EMAIL: &str = "netzwerk-zugang@localhost.invalid";
pub const NETWORK: &str = "refugium-fluechtlingshilfe";
/// An invitation's life: 7 days.
const LINK_MS: u64 = 7 * 24 * 3600 * 1000;

/// A link's token as the Worker expects it: 64 lower-case hex digits.
fn new_link_token() -> Result<String> {
    let bytes = crate::random::bytes::<32>()?;
    Ok(bytes.iter().map(|b| format!("{b:02x}")).collect())
}

/// The SQL that makes sure the access exists (for `NETWORK`) and adds a link hashing to `hash`.
fn sql(hash: &str, expires_ms: u64) -> String {
    format!(
        "INSERT OR IGNORE INTO editors (id, name, email, language, created_at, created_by, last_used_at) \
         VALUES ({id}, 'Lokaler Netzwerk-Zugang', {email}, 'de', strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), 'dev', \
         strftime('%Y-%m-%dT%H:%M:%fZ', 'now')); \
         INSERT OR IGNORE INTO editor_networks (editor_id, network_id) VALUES ({id}, {network}); \
         UPDATE editors SET last_used_at = strftime('%Y-%m-%dT%H:%M:%fZ', 'now') WHERE id = {id}; \
         INSERT INTO editor_links (token_hash, editor_id, purpose, expires_ms) VALUES ({hash}, {id}, 'invitation', {expires_ms});",
        id = quote(ID),
        email = quote(EMAIL),
        network = quote(NETWORK),
        hash = quote(hash),
    )
}

/// Makes the local editor and a new link; returns the link's path (with its token in the
/// fragment), to be printed with the stack's address.
pub fn ensure(config: &Path, state: &Path) -> Result<String> {
    let token = new_link_token()?;
    let now_ms = std::time::SystemTime::now()
        .duration_since(std::time::UNIX_EPOCH)?
        .as_millis() as u64;
    stack::d1_query(config, state, &sql(&token_hash(&token), now_ms + LINK_MS))?;
    Ok(format!("/mein-netzwerk/anmelden#{token}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_link_is_what_the_worker_takes() {
        let token = new_link_token().unwrap();
        assert_eq!(token.len(), 64);
        assert!(token
            .bytes()
            .all(|b| b.is_ascii_hexdigit() && !b.is_ascii_uppercase()));
        let sql = sql(&token_hash(&token), 1);
        assert!(sql.contains(&token_hash(&token)) && !sql.contains(&token));
    }
}
