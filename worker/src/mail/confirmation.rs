//! The confirmation mail as it is sent: one per mailbox, with a personal link for every
//! registration the mailbox is owed (a stranger's registrations with someone's address merge
//! into that person's mail instead of crowding it out), each named by the time it was made,
//! nothing typed into the form. In the language of the newest registration.

use super::{message, texts, token};
use crate::error::ApiError;
use crate::storage::outbox::Owed;
use crate::words::PageWords;
use model::lang::Lang;
use worker::Env;

/// The MIME message for `owed` (oldest first, at least one).
pub async fn message(env: &Env, owed: &[Owed], now_ms: f64) -> Result<String, ApiError> {
    let keys = token::Keys::read(env)?;
    let site = super::site_url(env)?;
    let mut links = Vec::with_capacity(owed.len());
    for registration in owed {
        let link_key = registration.link_key.as_deref();
        let purpose = token::Purpose::SelfService;
        let href = token::page_link(&keys, &site, purpose, &registration.id, link_key).await?;
        let made = js_ms(&registration.created_at);
        links.push(texts::OwedLink {
            href,
            made: model::day::berlin_minute(made),
        });
    }
    let lang = owed
        .last()
        .and_then(|newest| Lang::from_tag(&newest.lang))
        .unwrap_or(Lang::De);
    let words = PageWords::load(env, lang).await?;
    let to = owed.first().map_or("", |oldest| oldest.email.as_str());
    let mail = texts::confirmation(&words, to, &links);
    // A row that sends again (the mailbox was owed more) needs a new Message-ID.
    let message_id = uuid::Uuid::new_v4().to_string();
    message::mime(
        &mail,
        super::sender(),
        &message_id,
        (now_ms / 1000.0) as i64,
    )
}

/// An ISO 8601 moment as milliseconds since 1970.
fn js_ms(iso: &str) -> f64 {
    worker::js_sys::Date::parse(iso)
}
