//! The mail limits, decided: one mailbox gets at most 3 confirmations in 24 hours
//! (`mailbox`), and all mail together at most `MAIL_DAILY_LIMIT` (wrangler.toml `[vars]`,
//! default 300: Cloudflare's sending quota is per account and starts low), the higher
//! priorities first. Over a limit a mail is held until the moment a slot frees, never dropped.

use super::mailbox;
use crate::error::ApiError;
use crate::storage::mail_limits as store;
use crate::storage::outbox::{Row, DAY_MS, RETRY_MS};
use worker::{D1Database, Env};

/// The `[vars]` name of the daily cap.
pub const DAILY_LIMIT_VAR: &str = "MAIL_DAILY_LIMIT";
/// The cap while wrangler.toml names none.
pub const DEFAULT_DAILY_LIMIT: u32 = 300;

/// The daily cap of all mail.
pub fn daily_limit(env: &Env) -> u32 {
    env.var(DAILY_LIMIT_VAR)
        .ok()
        .and_then(|value| value.to_string().trim().parse().ok())
        .filter(|limit| *limit > 0)
        .unwrap_or(DEFAULT_DAILY_LIMIT)
}

/// Of `used` slots (sent in 24 hours plus higher priorities due) under `limit`, how many of
/// the oldest sends must age out before one more mail may go: `None` while one may go now.
pub fn sends_to_age_out(used: u32, limit: u32) -> Option<u32> {
    (used >= limit).then(|| used - limit + 1)
}

/// Until when a mail of `priority` (and, for confirmations, to `mailbox`) waits at `now_ms`:
/// `None` if it may go now.
pub async fn held_until(
    env: &Env,
    db: &D1Database,
    priority: u8,
    mailbox: Option<&str>,
    now_ms: f64,
) -> Result<Option<f64>, ApiError> {
    let by_mailbox = match mailbox {
        Some(mailbox) => mailbox::free_at(&store::confirmations_sent(db, mailbox, now_ms).await?),
        None => None,
    };
    let (sent, ahead) = store::cap_counts(db, priority, now_ms).await?;
    let by_cap = match sends_to_age_out(sent + ahead, daily_limit(env)) {
        // Higher priorities may take slots that are not counted yet: then try again after
        // the cron's interval.
        Some(count) => Some(
            store::nth_send(db, now_ms, count - 1)
                .await?
                .map_or(now_ms + RETRY_MS, |at| at + DAY_MS),
        ),
        None => None,
    };
    Ok(by_mailbox
        .into_iter()
        .chain(by_cap)
        .reduce(f64::max)
        .filter(|until| *until > now_ms))
}

/// Until when `row` waits.
pub async fn row_held_until(
    env: &Env,
    db: &D1Database,
    row: &Row,
    now_ms: f64,
) -> Result<Option<f64>, ApiError> {
    held_until(env, db, row.priority, row.mailbox.as_deref(), now_ms).await
}

/// By when a confirmation to `mailbox` asked for at `now_ms` is expected: when it may go, plus
/// one retry's wait. What the thank-you page and a resend's answer say ("voraussichtlich bis").
pub async fn confirmation_expected_by(
    env: &Env,
    db: &D1Database,
    mailbox: &str,
    now_ms: f64,
) -> Result<f64, ApiError> {
    let priority = model::mail_kind::Kind::Confirm.priority();
    let goes_at = held_until(env, db, priority, Some(mailbox), now_ms)
        .await?
        .unwrap_or(now_ms);
    Ok(goes_at + RETRY_MS)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slot_frees_when_enough_of_the_oldest_sends_are_a_day_old() {
        assert_eq!(sends_to_age_out(0, 300), None);
        assert_eq!(sends_to_age_out(299, 300), None);
        assert_eq!(sends_to_age_out(300, 300), Some(1));
        assert_eq!(sends_to_age_out(302, 300), Some(3));
    }
}
