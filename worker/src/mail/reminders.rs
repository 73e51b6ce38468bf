//! Reminders before an entry goes stale (by the daily trigger): [`REMIND_DAYS_BEFORE`] days
//! before, and once more on the day, each editor of the entry gets a mail in their access's
//! language with a one-click "Stimmt noch" link (for that entry and this purpose, valid 30
//! days, dead once the entry changes) and the way to propose changes. Each reminder goes once
//! per confirmation: its links, mails and the mark that it went are one batch. With mail off
//! nothing is sent: the editors' area shows the same prompt on top.
//!
//! [`REMIND_DAYS_BEFORE`]: model::network::freshness::REMIND_DAYS_BEFORE

use super::editor::{self as editor_mail, About, ToEditor};
use super::reminder_words::Reminder;
use crate::auth::{coordinator::new_session_id, token_hash};
use crate::clock;
use crate::error::ApiError;
use crate::storage::{self, freshness as store};
use model::editor::{EditorLanguage, CONFIRM_LINK_MS};
use model::network::freshness::{Freshness, FreshnessState};
use model::render::german_date;
use worker::Env;

/// Where a "Stimmt noch" link leads: the page with its one button, the token in the fragment.
pub fn confirm_href(site: &str, token: &str, language: EditorLanguage) -> String {
    format!(
        "{site}/mein-netzwerk/stimmt-noch{}#{token}",
        lang_query(language)
    )
}

fn lang_query(language: EditorLanguage) -> &'static str {
    match language {
        EditorLanguage::De => "",
        EditorLanguage::En => "?lang=en",
    }
}

/// One run at `now_ms` (the trigger's time). Returns how many entries' editors were reminded.
pub async fn run(env: &Env, now_ms: f64) -> Result<u32, ApiError> {
    if !super::enabled(env) {
        return Ok(0);
    }
    let db = storage::database(env)?;
    db.batch(vec![store::forget_earlier_reminders(&db)?])
        .await?;
    let freshness = Freshness {
        today: clock::berlin_day_at(now_ms),
        ..clock::freshness(env)
    };
    let site = super::site_url(env)?;
    let now = clock::iso_at(now_ms);
    let mut reminded = 0;
    for network in store::kept_networks(&db).await? {
        let step = match freshness.state(&network) {
            FreshnessState::Current => continue,
            FreshnessState::Soon => "soon",
            FreshnessState::Stale => "stale",
        };
        let confirmed = network.confirmed_at.clone().unwrap_or_default();
        if store::reminded(&db, &network.id, &confirmed, step).await? {
            continue;
        }
        let mut batch = vec![store::mark_reminded(&db, &network, step, &now)?];
        let mut queued = Vec::new();
        for editor in store::recipients(&db, &network.id).await? {
            let token = new_session_id();
            let hash = token_hash(&token).await?;
            let expires_ms = now_ms + CONFIRM_LINK_MS;
            batch.push(store::link_insert(
                &db, &hash, &editor.id, &network, expires_ms,
            )?);
            let confirm = confirm_href(&site, &token, editor.language);
            let area = format!("{site}/mein-netzwerk{}", lang_query(editor.language));
            let about = About::Reminder(Reminder {
                network: &network.name,
                confirmed: network.confirmed_at.as_deref().map(german_date),
                stale_on: (step == "soon")
                    .then(|| freshness.stale_on(&network))
                    .flatten()
                    .map(|day| german_date(&day.to_string())),
                confirm: &confirm,
                area: &area,
            });
            let to = ToEditor {
                id: &editor.id,
                name: &editor.name,
                email: &editor.email,
                language: editor.language,
            };
            let outbox_id = uuid::Uuid::new_v4().to_string();
            batch.push(editor_mail::queue(&db, &to, &about, &outbox_id, now_ms)?);
            queued.push(outbox_id);
        }
        if let Err(error) = db.batch(batch).await {
            // A run at the same time marked it first: its mails went, these did not.
            if store::reminded(&db, &network.id, &confirmed, step).await? {
                continue;
            }
            return Err(error.into());
        }
        // Tried now; a mail held by the limits waits for the outbox's trigger, never dropped.
        for id in queued {
            super::attempt(env, &id, now_ms).await?;
        }
        reminded += 1;
    }
    Ok(reminded)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_reminders_link_opens_the_page_of_its_one_button_in_the_access_language() {
        assert_eq!(
            confirm_href("https://karte.example", "abc", EditorLanguage::En),
            "https://karte.example/mein-netzwerk/stimmt-noch?lang=en#abc"
        );
    }
}
