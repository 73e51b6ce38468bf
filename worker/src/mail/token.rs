//! The volunteer's personal links. A token is the registration's id and a keyed hash of it
//! (HMAC-SHA-256 under `RATE_LIMIT_SECRET`, with the link's purpose in front), so nothing extra
//! is stored and a retried request can show the same link again. The self-service link carries
//! it in the fragment (`/anmeldung#<token>`), which browsers never send to a server.

use crate::error::ApiError;
use model::hex::hex;
use model::own::Receipt;
use subtle::ConstantTimeEq;

/// What a token may be used for: each purpose hashes apart from the others.
#[derive(Clone, Copy)]
pub enum Purpose {
    /// See, confirm, correct and withdraw the registration (`/anmeldung#…`).
    SelfService,
    /// Only ask for the confirmation mail again (the thank-you page keeps it).
    Resend,
}

impl Purpose {
    fn label(self) -> &'static str {
        match self {
            Purpose::SelfService => "anmeldung",
            Purpose::Resend => "erneut",
        }
    }
}

/// What the answer to an accepted registration carries for the thank-you page: with mail, a
/// token that can only ask for the mail again; without, the personal link itself (there is no
/// other way to deliver it).
pub async fn receipt(key: &[u8], id: &str, mail_on: bool) -> Result<Receipt, ApiError> {
    let mut receipt = Receipt {
        id: id.to_string(),
        mail: mail_on,
        ..Receipt::default()
    };
    if mail_on {
        receipt.resend = Some(token(key, Purpose::Resend, id).await?);
    } else {
        let token = token(key, Purpose::SelfService, id).await?;
        receipt.link = Some(format!("/anmeldung#{token}"));
    }
    Ok(receipt)
}

/// Hex digits of the keyed hash in a token (128 bits).
const MAC_HEX: usize = 32;

async fn mac(secret: &[u8], purpose: Purpose, id: &str) -> Result<String, ApiError> {
    let message = format!("{} {id}", purpose.label());
    let full = crate::crypto::hmac_sha256(secret, message.as_bytes()).await?;
    Ok(hex(&full[..MAC_HEX / 2]))
}

/// The token of registration `id` (a UUID) for `purpose`: 32 + 32 hex digits.
pub async fn token(secret: &[u8], purpose: Purpose, id: &str) -> Result<String, ApiError> {
    Ok(format!(
        "{}{}",
        id.replace('-', ""),
        mac(secret, purpose, id).await?
    ))
}

/// The registration id a token stands for, if its hash is right.
pub async fn open(
    secret: &[u8],
    purpose: Purpose,
    token: &str,
) -> Result<Option<String>, ApiError> {
    let token = token.trim();
    if token.len() != 32 + MAC_HEX || !token.bytes().all(|b| b.is_ascii_hexdigit()) {
        return Ok(None);
    }
    let (raw, given) = token.split_at(32);
    let raw = raw.to_ascii_lowercase();
    let id = format!(
        "{}-{}-{}-{}-{}",
        &raw[0..8],
        &raw[8..12],
        &raw[12..16],
        &raw[16..20],
        &raw[20..32]
    );
    let expected = mac(secret, purpose, &id).await?;
    let matches = expected
        .as_bytes()
        .ct_eq(given.to_ascii_lowercase().as_bytes());
    Ok(bool::from(matches).then_some(id))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::crypto::ready;

    const SECRET: &[u8] = b"a-long-random-secret-value";
    const ID: &str = "3f1c2a9e-5b7d-4e1f-9a2b-0c4d5e6f7a8b";

    #[test]
    fn a_token_opens_for_its_purpose_only() {
        let link = ready(token(SECRET, Purpose::SelfService, ID)).unwrap();
        assert_eq!(link.len(), 64);
        assert!(link.starts_with("3f1c2a9e5b7d4e1f"));
        assert_eq!(
            ready(open(SECRET, Purpose::SelfService, &link))
                .unwrap()
                .as_deref(),
            Some(ID)
        );
        assert_eq!(ready(open(SECRET, Purpose::Resend, &link)).unwrap(), None);
        let resend = ready(token(SECRET, Purpose::Resend, ID)).unwrap();
        assert_ne!(resend, link);
        assert_eq!(
            ready(open(SECRET, Purpose::Resend, &resend))
                .unwrap()
                .as_deref(),
            Some(ID)
        );
    }

    #[test]
    fn a_changed_or_foreign_token_opens_nothing() {
        let link = ready(token(SECRET, Purpose::SelfService, ID)).unwrap();
        let mut changed = link.clone().into_bytes();
        changed[40] = if changed[40] == b'0' { b'1' } else { b'0' };
        let changed = String::from_utf8(changed).unwrap();
        for bad in [&changed[..], &link[..63], "", "zz", &link.replace('3', "x")] {
            assert_eq!(
                ready(open(SECRET, Purpose::SelfService, bad)).unwrap(),
                None,
                "{bad}"
            );
        }
        let other = ready(open(
            b"another-secret-value-here",
            Purpose::SelfService,
            &link,
        ))
        .unwrap();
        assert_eq!(other, None);
    }
}
