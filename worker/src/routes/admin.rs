//! `/api/admin/*`: the coordinators' API. Every handler first asks [`auth::authenticate`];
//! every action that changes something is written to the audit log (ids only), in the same
//! D1 batch as the change.

use crate::storage::audit::{self, Action};
use crate::storage::coordination::{self as store, RegistrationQuery};
use crate::{auth, export, storage, ApiError};
use model::coordination::{Page, RegistrationPatch, Status};
use model::district;
use model::validate::is_slug;
use std::collections::BTreeMap;
use worker::{Request, Response, RouteContext};

const MAX_PER_PAGE: u32 = 200;

/// `YYYY-MM-DD` with a real month and day.
fn is_date(value: &str) -> bool {
    let bytes = value.as_bytes();
    let shaped = value.len() == 10
        && bytes[4] == b'-'
        && bytes[7] == b'-'
        && value
            .chars()
            .enumerate()
            .all(|(i, c)| i == 4 || i == 7 || c.is_ascii_digit());
    shaped
        && value[5..7]
            .parse::<u8>()
            .is_ok_and(|m| (1..=12).contains(&m))
        && value[8..10]
            .parse::<u8>()
            .is_ok_and(|d| (1..=31).contains(&d))
}

/// Reads `status, district, network, from, to, q, page, per_page`; bad values → 422 naming them.
pub fn registration_query(
    pairs: &[(String, String)],
) -> Result<RegistrationQuery, BTreeMap<String, String>> {
    let mut query = RegistrationQuery {
        page: 1,
        per_page: 50,
        ..Default::default()
    };
    let mut errors = BTreeMap::new();
    for (key, value) in pairs {
        let value = value.trim();
        if value.is_empty() {
            continue;
        }
        let mut bad = |message: &str| {
            errors.insert(key.clone(), message.to_string());
        };
        match key.as_str() {
            "status" => match Status::from_key(value) {
                Some(status) => query.status = Some(status),
                None => bad("Unbekannter Status."),
            },
            "district" => match value
                .parse::<u16>()
                .ok()
                .filter(|n| district::name_of(*n).is_some())
            {
                Some(number) => query.district = Some(number),
                None => bad("Unbekannter Stadtbezirk."),
            },
            "network" if is_slug(value) => query.network = Some(value.into()),
            "network" => bad("Unbekanntes Netzwerk."),
            "from" | "to" if !is_date(value) => bad("Bitte ein Datum wie 2026-11-25."),
            "from" => query.from = Some(value.into()),
            "to" => query.to = Some(value.into()),
            "q" if value.chars().count() > 100 => bad("Höchstens 100 Zeichen."),
            "q" => query.text = Some(value.into()),
            "page" => match value
                .parse::<u32>()
                .ok()
                .filter(|p| (1..=100_000).contains(p))
            {
                Some(page) => query.page = page,
                None => bad("Eine Seitenzahl ab 1."),
            },
            "per_page" => match value
                .parse::<u32>()
                .ok()
                .filter(|p| (1..=MAX_PER_PAGE).contains(p))
            {
                Some(per_page) => query.per_page = per_page,
                None => bad("Zwischen 1 und 200."),
            },
            _ => {}
        }
    }
    if errors.is_empty() {
        Ok(query)
    } else {
        Err(errors)
    }
}

fn query_pairs(req: &Request) -> Result<Vec<(String, String)>, ApiError> {
    Ok(req.url()?.query_pairs().into_owned().collect())
}

pub async fn list_registrations(req: Request, ctx: RouteContext<()>) -> Result<Response, ApiError> {
    let db = storage::database(&ctx.env)?;
    auth::authenticate(&req, &db).await?;
    let query = registration_query(&query_pairs(&req)?).map_err(ApiError::Unprocessable)?;
    let (items, total) = store::list(&db, &query).await?;
    Ok(Response::from_json(&Page {
        items,
        total,
        page: query.page,
    })?)
}

pub async fn export_registrations(
    req: Request,
    ctx: RouteContext<()>,
) -> Result<Response, ApiError> {
    let db = storage::database(&ctx.env)?;
    let coordinator = auth::authenticate(&req, &db).await?;
    let query = registration_query(&query_pairs(&req)?).map_err(ApiError::Unprocessable)?;
    let action = Action {
        coordinator: &coordinator.name,
        name: "registrations.export",
        target: None,
    };
    let items = store::export(&db, &query, &action).await?;
    let mut response = Response::from_bytes(export::registrations_csv(&items)?)?;
    let headers = response.headers_mut();
    headers.set("Content-Type", "text/csv; charset=utf-8")?;
    headers.set(
        "Content-Disposition",
        "attachment; filename=\"anmeldungen.csv\"",
    )?;
    Ok(response)
}

fn registration_id(ctx: &RouteContext<()>) -> Result<String, ApiError> {
    let id = ctx.param("id").cloned().unwrap_or_default();
    let valid = id.len() == 36 && id.chars().all(|c| c.is_ascii_hexdigit() || c == '-');
    valid.then_some(id).ok_or_else(not_found)
}

fn not_found() -> ApiError {
    ApiError::NotFound("Diese Anmeldung gibt es nicht.".into())
}

pub async fn update_registration(
    mut req: Request,
    ctx: RouteContext<()>,
) -> Result<Response, ApiError> {
    let db = storage::database(&ctx.env)?;
    let coordinator = auth::authenticate(&req, &db).await?;
    let id = registration_id(&ctx)?;
    let body = req.bytes().await?;
    if body.len() > 8 * 1024 {
        return Err(ApiError::PayloadTooLarge { limit: 8 * 1024 });
    }
    let value: serde_json::Value = serde_json::from_slice(&body)
        .map_err(|_| ApiError::BadRequest("Der Inhalt ist kein gültiges JSON.".into()))?;
    let patch: RegistrationPatch = serde_json::from_value(value).map_err(|_| {
        ApiError::Unprocessable(BTreeMap::from([(
            "body".to_string(),
            "Erlaubt sind status (new, contacted, placed, closed), note und placed_network."
                .to_string(),
        )]))
    })?;
    let mut errors = BTreeMap::new();
    if patch
        .note
        .as_deref()
        .is_some_and(|n| n.chars().count() > 2000)
    {
        errors.insert("note".to_string(), "Höchstens 2000 Zeichen.".to_string());
    }
    if let Some(slug) = patch
        .placed_network
        .as_deref()
        .filter(|s| !s.trim().is_empty())
    {
        if !is_slug(slug)
            || storage::directory::public_network_by_slug(&db, slug)
                .await?
                .is_none()
        {
            errors.insert(
                "placed_network".to_string(),
                "Dieses Netzwerk gibt es nicht.".to_string(),
            );
        }
    }
    if !errors.is_empty() {
        return Err(ApiError::Unprocessable(errors));
    }
    let name = match patch.status {
        Some(status) => format!("registration.update status={}", status.key()),
        None => "registration.update".to_string(),
    };
    let action = Action {
        coordinator: &coordinator.name,
        name: &name,
        target: Some(&id),
    };
    if !store::update(&db, &id, &patch, &action).await? {
        return Err(not_found());
    }
    // Erased in the meantime: then it is gone, as for a later GET.
    let updated = store::get(&db, &id).await?.ok_or_else(not_found)?;
    Ok(Response::from_json(&updated)?)
}

pub async fn delete_registration(
    req: Request,
    ctx: RouteContext<()>,
) -> Result<Response, ApiError> {
    let db = storage::database(&ctx.env)?;
    let coordinator = auth::authenticate(&req, &db).await?;
    let id = registration_id(&ctx)?;
    let action = Action {
        coordinator: &coordinator.name,
        name: "registration.delete",
        target: Some(&id),
    };
    if !store::delete(&db, &id, &action).await? {
        return Err(not_found());
    }
    Ok(Response::empty()?.with_status(204))
}

pub async fn audit_log(req: Request, ctx: RouteContext<()>) -> Result<Response, ApiError> {
    let db = storage::database(&ctx.env)?;
    auth::authenticate(&req, &db).await?;
    let query = registration_query(&query_pairs(&req)?).map_err(ApiError::Unprocessable)?;
    let (items, total) = audit::page(&db, query.page, query.per_page).await?;
    Ok(Response::from_json(&Page {
        items,
        total,
        page: query.page,
    })?)
}

/// The retention job's latest runs, newest first: when, how many deleted, any error.
pub async fn retention_runs(req: Request, ctx: RouteContext<()>) -> Result<Response, ApiError> {
    let db = storage::database(&ctx.env)?;
    auth::authenticate(&req, &db).await?;
    Ok(Response::from_json(&storage::retention::runs(&db).await?)?)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn pairs(items: &[(&str, &str)]) -> Vec<(String, String)> {
        items
            .iter()
            .map(|(k, v)| (k.to_string(), v.to_string()))
            .collect()
    }

    #[test]
    fn reads_the_list_filters() {
        let query = registration_query(&pairs(&[
            ("status", "placed"),
            ("district", "130"),
            ("from", "2026-01-01"),
            ("to", "2026-11-30"),
            ("q", "Amira"),
            ("page", "2"),
            ("per_page", "20"),
        ]))
        .unwrap();
        assert_eq!(query.status, Some(Status::Placed));
        assert_eq!(query.district, Some(130));
        assert_eq!((query.page, query.per_page), (2, 20));
    }

    #[test]
    fn refuses_bad_filters_by_name() {
        let errors = registration_query(&pairs(&[
            ("status", "done"),
            ("district", "1"),
            ("from", "25.11.2026"),
            ("to", "2026-13-45"),
            ("per_page", "1000"),
            ("network", "../x"),
        ]))
        .unwrap_err();
        let names: Vec<&str> = errors.keys().map(String::as_str).collect();
        assert_eq!(
            names,
            ["district", "from", "network", "per_page", "status", "to"]
        );
    }
}
