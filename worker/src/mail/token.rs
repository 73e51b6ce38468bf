//! The volunteer's personal links. A token is the registration's id and a keyed hash of it
//! (HMAC-SHA-256 under `LINK_SECRET`, with the link's purpose in front and the registration's
//! own link key behind), so nothing but that key is stored and a retried request can show the
//! same link again. Renewing the link gives the registration a new key: the old link is dead
//! at once. Rotating `LINK_SECRET` ends every link. Registrations from before the link key
//! have none: their links were signed with the server's signing key and open until renewed.
//! The self-service link carries the token in the fragment (`/anmeldung#<token>`), which
//! browsers never send to a server.

use crate::error::ApiError;
use model::hex::hex;
use subtle::ConstantTimeEq;

/// What a token may be used for: each purpose hashes apart from the others.
#[derive(Clone, Copy)]
pub enum Purpose {
    /// See, confirm, correct, renew and withdraw the registration (`/anmeldung#…`).
    SelfService,
    /// Only ask for the confirmation mail again (the thank-you page keeps it).
    Resend,
    /// Only confirm a new address (`/anmeldung#adresse-…`): signed over that address too.
    Address,
}

impl Purpose {
    fn label(self) -> &'static str {
        match self {
            Purpose::SelfService => "anmeldung",
            Purpose::Resend => "erneut",
            Purpose::Address => "adresse",
        }
    }
}

/// The keys links are signed with.
pub struct Keys {
    /// `LINK_SECRET`.
    pub link: Vec<u8>,
    /// The server's signing key, which signed the links of registrations without a link key.
    pub legacy: Vec<u8>,
}

impl Keys {
    pub fn read(env: &worker::Env) -> Result<Self, ApiError> {
        Ok(Self {
            link: crate::signing_key::read_link(env)?,
            legacy: crate::signing_key::read(env)?,
        })
    }
}

/// What the answer to an accepted registration carries for the thank-you page: with mail, a
/// token that can only ask for the mail again; without, the personal link itself (there is no
/// other way to deliver it).
pub async fn receipt(
    keys: &Keys,
    id: &str,
    link_key: Option<&str>,
    mail_on: bool,
) -> Result<model::own::Receipt, ApiError> {
    let mut receipt = model::own::Receipt {
        id: id.to_string(),
        mail: mail_on,
        ..Default::default()
    };
    if mail_on {
        receipt.resend = Some(token(keys, Purpose::Resend, id, link_key).await?);
    } else {
        receipt.link = Some(page_link(keys, "", Purpose::SelfService, id, link_key).await?);
    }
    Ok(receipt)
}

/// The volunteer's page opened with a token for `purpose`: `{site}/anmeldung#<token>`, or
/// `#adresse-<token>` for a new address (`site` empty: the path alone, for the page itself).
pub async fn page_link(
    keys: &Keys,
    site: &str,
    purpose: Purpose,
    id: &str,
    signed_over: Option<&str>,
) -> Result<String, ApiError> {
    let token = token(keys, purpose, id, signed_over).await?;
    let kind = match purpose {
        Purpose::Address => "adresse-",
        Purpose::SelfService | Purpose::Resend => "",
    };
    Ok(format!("{site}/anmeldung#{kind}{token}"))
}

/// What an address token is signed over besides the id: the link key and the new address, so
/// it confirms that address only, and no more once the link is renewed.
pub fn address_key(link_key: Option<&str>, email: &str) -> String {
    format!("{} {email}", link_key.unwrap_or_default())
}

/// A new registration's link key (renewing the link sets another).
pub fn new_link_key() -> String {
    uuid::Uuid::new_v4().simple().to_string()
}

/// Hex digits of the keyed hash in a token (128 bits).
const MAC_HEX: usize = 32;

async fn mac(
    keys: &Keys,
    purpose: Purpose,
    id: &str,
    link_key: Option<&str>,
) -> Result<String, ApiError> {
    let full = match link_key {
        Some(link_key) => {
            let message = format!("{} {id} {link_key}", purpose.label());
            crate::crypto::hmac_sha256(&keys.link, message.as_bytes()).await?
        }
        None => {
            let message = format!("{} {id}", purpose.label());
            crate::crypto::hmac_sha256(&keys.legacy, message.as_bytes()).await?
        }
    };
    Ok(hex(&full[..MAC_HEX / 2]))
}

/// The token of registration `id` (a UUID) with `link_key` for `purpose`: 32 + 32 hex digits.
pub async fn token(
    keys: &Keys,
    purpose: Purpose,
    id: &str,
    link_key: Option<&str>,
) -> Result<String, ApiError> {
    Ok(format!(
        "{}{}",
        id.replace('-', ""),
        mac(keys, purpose, id, link_key).await?
    ))
}

/// The registration id a token names, if it has a token's shape (whether it opens is
/// [`opens`]'s question).
pub fn id_of(token: &str) -> Option<String> {
    let token = token.trim();
    if token.len() != 32 + MAC_HEX || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return None;
    }
    let raw = token[..32].to_ascii_lowercase();
    Some(format!(
        "{}-{}-{}-{}-{}",
        &raw[0..8],
        &raw[8..12],
        &raw[12..16],
        &raw[16..20],
        &raw[20..32]
    ))
}

/// Whether `token` opens registration `id` with `link_key` for `purpose`.
pub async fn opens(
    keys: &Keys,
    purpose: Purpose,
    token: &str,
    id: &str,
    link_key: Option<&str>,
) -> Result<bool, ApiError> {
    let token = token.trim();
    if id_of(token).as_deref() != Some(id) {
        return Ok(false);
    }
    let expected = mac(keys, purpose, id, link_key).await?;
    let given = token[32..].to_ascii_lowercase();
    Ok(bool::from(expected.as_bytes().ct_eq(given.as_bytes())))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::ready;

    const ID: &str = "3f1c2a9e-5b7d-4e1f-9a2b-0c4d5e6f7a8b";

    fn keys() -> Keys {
        Keys {
            link: b"a-long-random-link-secret".to_vec(),
            legacy: b"a-long-random-secret-value".to_vec(),
        }
    }

    fn opens_with(token: &str, purpose: Purpose, link_key: Option<&str>) -> bool {
        ready(opens(&keys(), purpose, token, ID, link_key)).unwrap()
    }

    #[test]
    fn a_token_opens_for_its_purpose_and_key_only() {
        let link = ready(token(&keys(), Purpose::SelfService, ID, Some("k1"))).unwrap();
        assert_eq!(link.len(), 64);
        assert_eq!(id_of(&link).as_deref(), Some(ID));
        assert!(opens_with(&link, Purpose::SelfService, Some("k1")));
        assert!(!opens_with(&link, Purpose::Resend, Some("k1")));
        assert!(
            !opens_with(&link, Purpose::SelfService, Some("k2")),
            "renewed: dead"
        );
        assert!(!opens_with(&link, Purpose::SelfService, None));
        let resend = ready(token(&keys(), Purpose::Resend, ID, Some("k1"))).unwrap();
        assert_ne!(resend, link);
        assert!(opens_with(&resend, Purpose::Resend, Some("k1")));
    }

    #[test]
    fn a_link_from_before_the_link_key_opens_until_renewed() {
        let old = ready(token(&keys(), Purpose::SelfService, ID, None)).unwrap();
        assert!(opens_with(&old, Purpose::SelfService, None));
        assert!(!opens_with(&old, Purpose::SelfService, Some("k1")));
    }

    #[test]
    fn a_changed_or_foreign_token_opens_nothing() {
        let link = ready(token(&keys(), Purpose::SelfService, ID, Some("k1"))).unwrap();
        let mut changed = link.clone().into_bytes();
        changed[40] = if changed[40] == b'0' { b'1' } else { b'0' };
        let changed = String::from_utf8(changed).unwrap();
        for bad in [&changed[..], &link[..63], "", "zz", &link.replace('3', "x")] {
            assert!(!opens_with(bad, Purpose::SelfService, Some("k1")), "{bad}");
        }
        let rotated = Keys {
            link: b"another-link-secret-value".to_vec(),
            ..keys()
        };
        assert!(!ready(opens(&rotated, Purpose::SelfService, &link, ID, Some("k1"))).unwrap());
    }
}
