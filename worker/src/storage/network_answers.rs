//! The answers to a network's needs as the network sees them, and the first contact it marks.
//! One clause ([`SEES`]) decides what a network sees: an answer to one of its needs, whose
//! volunteer confirmed the registration and lets the network contact them, while the need is
//! open or ended less than 30 days ago (`model::need::answer::network_sees`, its twin, which a
//! test holds it to). Everything else answers as if it did not exist.

use crate::error::ApiError;
use crate::storage::audit::Action;
use model::day::Day;
use model::need::answer::{waits_too_long, FirstContact, NetworkAnswer};
use model::ContactVia;
use serde::Deserialize;
use wasm_bindgen::JsValue;
use worker::{D1Database, D1PreparedStatement};

/// What a network sees, for `r` (registrations) and `d` (needs): the network's id is `?1`,
/// the Berlin date `?2`.
pub const SEES: &str = "d.network = ?1 AND r.need = d.id AND r.network_contact = 1 \
    AND r.confirmed_at IS NOT NULL \
    AND ?2 <= date(CASE WHEN d.status = 'open' THEN d.valid_until \
        ELSE min(d.valid_until, substr(COALESCE(d.closed_at, d.updated_at), 1, 10)) END, \
        '+30 days')";

#[derive(Deserialize)]
struct Row {
    id: String,
    need: String,
    name: String,
    contact_via: String,
    email: String,
    phone: Option<String>,
    languages: String,
    languages_other: Option<String>,
    availability: String,
    created_at: String,
    confirmed_at: Option<String>,
    status: String,
    first_contact: Option<String>,
    first_contact_at: Option<String>,
}

impl Row {
    fn into_answer(self, today: Day) -> Result<(String, NetworkAnswer), ApiError> {
        let first_contact = self
            .first_contact
            .as_deref()
            .and_then(FirstContact::from_key);
        let confirmed_on = self
            .confirmed_at
            .as_deref()
            .and_then(|at| Day::parse(at.get(..10)?));
        let contact_via = if self.contact_via == "phone" {
            ContactVia::Phone
        } else {
            ContactVia::Email
        };
        // Only the way they chose: the number for a call, else the address in use (confirmed).
        let contact = match contact_via {
            ContactVia::Phone => self.phone.unwrap_or_default(),
            ContactVia::Email => self.email,
        };
        let answer = NetworkAnswer {
            id: self.id,
            name: self.name,
            contact_via,
            contact,
            languages: serde_json::from_str(&self.languages)?,
            languages_other: self.languages_other,
            availability: serde_json::from_str(&self.availability)?,
            answered_at: self.created_at,
            // Contacted by a coordinator meanwhile: not the network's to chase.
            waiting: self.status == "new" && waits_too_long(first_contact, confirmed_on, today),
            first_contact,
            first_contact_at: self.first_contact_at,
        };
        Ok((self.need, answer))
    }
}

/// The answers network `network_id` sees on `today`, each with its need's id, oldest first.
pub async fn of_network(
    db: &D1Database,
    network_id: &str,
    today: Day,
) -> Result<Vec<(String, NetworkAnswer)>, ApiError> {
    let rows: Vec<Row> = db
        .prepare(format!(
            "SELECT r.id, r.need, r.name, r.contact_via, r.email, r.phone, r.languages, \
             r.languages_other, r.availability, r.created_at, r.confirmed_at, r.status, r.first_contact, \
             r.first_contact_at FROM registrations r JOIN needs d ON d.id = r.need \
             WHERE {SEES} ORDER BY r.created_at, r.id"
        ))
        .bind(&[network_id.into(), today.to_string().into()])?
        .all()
        .await?
        .results()?;
    rows.into_iter().map(|row| row.into_answer(today)).collect()
}

/// The network marks the first contact with answer `id` (`before`: the mail to the volunteer,
/// guarded to go once), with `action`, in one batch, only where the network sees the answer:
/// the first "Kontakt aufgenommen" keeps its time, and a registration nobody had contacted
/// counts as contacted. Returns whether it did.
pub async fn mark(
    db: &D1Database,
    (network_id, today): (&str, Day),
    id: &str,
    state: FirstContact,
    (now, action): (&str, &Action<'_>),
    before: Vec<D1PreparedStatement>,
) -> Result<bool, ApiError> {
    let sees =
        format!("EXISTS (SELECT 1 FROM registrations r, needs d WHERE r.id = ?3 AND {SEES})");
    let params: [JsValue; 3] = [network_id.into(), today.to_string().into(), id.into()];
    let update = db
        .prepare(format!(
            "UPDATE registrations SET first_contact = ?4, \
             first_contact_at = COALESCE(first_contact_at, ?5), \
             first_contact_by = COALESCE(first_contact_by, 'network'), \
             contacted_at = COALESCE(contacted_at, ?5), \
             status = CASE WHEN status = 'new' THEN 'contacted' ELSE status END \
             WHERE id = ?3 AND {sees}"
        ))
        .bind(&[
            params[0].clone(),
            params[1].clone(),
            params[2].clone(),
            state.key().into(),
            now.into(),
        ])?;
    action
        .record_after(db, &sees, &params, before, update)
        .await
}

/// The volunteer withdraws the network's permission to contact them, with `action`, in one
/// batch: the network's view loses them at once. Returns whether the registration exists.
pub async fn withdraw_consent(
    db: &D1Database,
    id: &str,
    action: &Action<'_>,
) -> Result<bool, ApiError> {
    let update = db
        .prepare("UPDATE registrations SET network_contact = 0 WHERE id = ?1")
        .bind(&[id.into()])?;
    action
        .record(
            db,
            "EXISTS (SELECT 1 FROM registrations WHERE id = ?1)",
            &[id.into()],
            update,
        )
        .await
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::schema::database;
    use model::need::answer::network_sees;
    use model::{Need, NeedStatus};

    /// `SEES`'s window is `network_sees`'s: open, filled and closed needs, their last day and
    /// the day they ended around today, 30 days on.
    #[test]
    fn the_window_is_the_twin_of_network_sees() {
        let db = database();
        let at = "2027-01-01T09:00:00.000Z";
        db.execute(
            "INSERT INTO networks (id, slug, name, organiser, description, source_name, \
             updated_at) VALUES ('net', 'net', 'N', 'O', 'D', 'S', ?1)",
            [at],
        )
        .expect("a network");
        let today = Day::parse("2027-03-01").unwrap();
        let mut expected = Vec::new();
        let mut n = 0;
        for status in [NeedStatus::Open, NeedStatus::Filled, NeedStatus::Closed] {
            for last in ["2027-01-29", "2027-01-30", "2027-01-31", "2027-03-10"] {
                for closed in [
                    None,
                    Some("2027-01-29T23:00:00Z"),
                    Some("2027-02-10T08:00:00Z"),
                ] {
                    n += 1;
                    let id = format!("need-{n}");
                    db.execute(
                        "INSERT INTO needs (id, slug, network, title, description, activity, \
                         valid_until, status, created_at, updated_at, closed_at) \
                         VALUES (?1, ?1, 'net', 'T', 'D', 'sprachcafe', ?2, ?3, ?4, ?5, ?6)",
                        rusqlite::params![
                            id,
                            last,
                            status.key(),
                            at,
                            "2027-02-20T10:00:00Z",
                            closed
                        ],
                    )
                    .expect("a need");
                    db.execute(
                        "INSERT INTO registrations (id, idempotency_key, request_hash, created_at, \
                         name, email, contact_via, districts, interests, languages, availability, \
                         consent_version, consent_at, need, confirmed_at, network_contact) \
                         VALUES (?1, ?1, 'h', ?2, 'A', 'a@example.org', 'email', '[]', '[]', \
                         '[]', '[]', 'v', ?2, ?1, ?2, 1)",
                        rusqlite::params![id, at],
                    )
                    .expect("an answer");
                    let need = Need {
                        id: id.clone(),
                        slug: id.clone(),
                        network: Some("net".into()),
                        network_name: None,
                        network_lang: None,
                        title: "T".into(),
                        description: "D".into(),
                        activity: model::Activity::Sprachcafe,
                        languages: Vec::new(),
                        district: None,
                        place: None,
                        when: None,
                        slots: Vec::new(),
                        people: None,
                        valid_until: last.into(),
                        content_lang: "de".into(),
                        status,
                        created_at: at.into(),
                        updated_at: "2027-02-20T10:00:00Z".into(),
                        network_contact: true,
                    };
                    let closed_on = closed.and_then(|c| Day::parse(&c[..10]));
                    if network_sees(&need, closed_on, today) {
                        expected.push(id);
                    }
                }
            }
        }
        let sql =
            format!("SELECT r.id FROM registrations r, needs d WHERE {SEES} ORDER BY r.rowid");
        let mut statement = db.prepare(&sql).expect("the clause is SQL");
        let seen: Vec<String> = statement
            .query_map(["net".to_string(), today.to_string()], |row| row.get(0))
            .expect("it runs")
            .map(|id| id.expect("an id"))
            .collect();
        assert_eq!(seen, expected);
        assert!(!seen.is_empty() && seen.len() < n, "{seen:?}");
    }
}
