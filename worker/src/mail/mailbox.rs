//! A mailbox: where an address delivers. `Amira+1@Example.org` and `amira@example.org` reach
//! the same person, so the limits count them as one: case folded, a `+tag` removed from the
//! local part. Only a keyed hash of it is stored.

use crate::error::ApiError;

/// Confirmation mails one mailbox gets in 24 hours at most.
pub const CONFIRMATIONS_PER_DAY: usize = 3;

/// The address as its mailbox: trimmed, lower-case, without a `+tag`.
pub fn fold(address: &str) -> String {
    let address = address.trim().to_lowercase();
    match address.rsplit_once('@') {
        Some((local, domain)) => {
            let local = local.split_once('+').map_or(local, |(base, _)| base);
            format!("{local}@{domain}")
        }
        None => address,
    }
}

/// The keyed hash of an address's mailbox: the address itself is not kept with the counts.
pub async fn hash(secret: &[u8], address: &str) -> Result<String, ApiError> {
    crate::signing_key::keyed_hash(secret, &format!("mailbox {}", fold(address))).await
}

/// When a mailbox that got confirmation mails at `sent` (milliseconds, within the last 24
/// hours, oldest first) may get the next one: `None` now, else the moment the oldest that
/// counts is a day old.
pub fn free_at(sent: &[f64]) -> Option<f64> {
    (sent.len() >= CONFIRMATIONS_PER_DAY)
        .then(|| sent[sent.len() - CONFIRMATIONS_PER_DAY] + crate::storage::outbox::DAY_MS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_and_case_make_no_new_mailbox() {
        for address in [
            "amira@example.org",
            " Amira@Example.org ",
            "amira+1@example.org",
            "AMIRA+karte+2@example.org",
        ] {
            assert_eq!(fold(address), "amira@example.org", "{address}");
        }
        assert_eq!(fold("amira.b@example.org"), "amira.b@example.org");
        assert_ne!(fold("amira@example.org"), fold("amira@example.com"));
    }

    #[test]
    fn the_fourth_confirmation_waits_until_the_first_is_a_day_old() {
        let day = crate::storage::outbox::DAY_MS;
        assert_eq!(free_at(&[]), None);
        assert_eq!(free_at(&[10.0, 20.0]), None);
        assert_eq!(free_at(&[10.0, 20.0, 30.0]), Some(10.0 + day));
        assert_eq!(free_at(&[10.0, 20.0, 30.0, 40.0]), Some(20.0 + day));
    }
}
