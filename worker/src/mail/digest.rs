//! The coordinators' daily digest: at 07:00 Europe/Berlin, one mail per coordinator with an
//! address and the digest on, if anything is new since their last one: counts per district and
//! per need, failed mails, and a link to the area. Never a volunteer's name, address, phone or
//! message (`storage::digest` reads counts only). Cron triggers run in UTC: two fire every day
//! (05:00 and 06:00), and only the one at 7 o'clock in Berlin sends, in winter and in summer.

use super::{message, texts};
use crate::clock;
use crate::error::ApiError;
use crate::storage::{self, digest, outbox};
use model::mail_kind::Kind;
use worker::Env;

/// The two UTC triggers of the digest (07:00 in Berlin in summer and in winter).
pub const CRONS: [&str; 2] = ["0 5 * * *", "0 6 * * *"];
/// The hour in Berlin the digest goes at.
pub const HOUR: u32 = 7;

/// One run of a digest trigger at `now_ms`. Returns how many digests went out (`None`: not
/// 7 o'clock in Berlin, or mail is off).
pub async fn run(env: &Env, now_ms: f64) -> Result<Option<u32>, ApiError> {
    if !super::enabled(env) || clock::berlin_hour_at(now_ms) != HOUR {
        return Ok(None);
    }
    let db = storage::database(env)?;
    let now = clock::iso_at(now_ms);
    let day = clock::berlin_day_at(now_ms).to_string();
    let site = super::site_url(env)?;
    let mut sent = 0;
    for reader in digest::readers(&db, &now, &day).await? {
        let mut news = digest::news(&db, &reader.since, &now).await?;
        if news.is_empty() {
            continue;
        }
        news.held_mails = storage::mail_limits::held(&db).await?;
        let freshness = model::network::freshness::Freshness {
            today: clock::berlin_day_at(now_ms),
            ..clock::freshness(env)
        };
        let overview = freshness.overview(storage::freshness::with_editor_counts(&db).await?);
        news.stale = overview
            .iter()
            .filter(|item| item.freshness == model::network::freshness::FreshnessState::Stale)
            .count() as u32;
        news.going_stale = overview.len() as u32 - news.stale;
        let id = uuid::Uuid::new_v4().to_string();
        let mail = texts::digest(&news, &reader.email, &day, &site);
        let raw = message::mime(&mail, super::sender(), &id, (now_ms / 1000.0) as i64)?;
        let queued = outbox::Queued {
            id: &id,
            guard: outbox::Guard::NoDigestOn {
                coordinator: &reader.name,
                day: &day,
            },
            kind: Kind::Digest,
            mailbox: None,
            recipient: &reader.email,
            message: &raw,
            now_ms,
        };
        // Queued and the day marked in one batch, the mark only with the mail: of two
        // overlapping runs one queues it, and a digest held back or refused is retried like
        // any other mail, never lost.
        let queue = outbox::queue(&db, &queued)?;
        let mark = digest::mark_sent(&db, &reader.name, &day, &now, &id)?;
        db.batch(vec![queue, mark]).await?;
        if super::attempt(env, &id, now_ms).await? == super::Attempt::Sent {
            sent += 1;
        }
    }
    Ok(Some(sent))
}
