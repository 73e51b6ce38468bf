//! `/api/anmeldung`: a volunteer's own registration, opened with the token of their personal
//! link, without an account (Art. 15, 16 and 17 GDPR as self-service). The token comes in the
//! body, never in a URL. A token that does not open, or a registration that is gone, is a 404.
//!
//! - `POST /api/anmeldung`: everything stored about them.
//! - `POST /api/anmeldung/bestaetigen`: confirms (a POST: a mail scanner that opens the link
//!   confirms nothing).
//! - `PATCH /api/anmeldung`: corrects contact fields and interests (the form's rules, 422).
//! - `POST /api/anmeldung/widerrufen`: erases it at once (204).
//! - `POST /api/anmeldung/erneut`: the confirmation mail again, with the thank-you page's own
//!   token (at most 3 times a day; 429).

use super::endpoint::Public;
use crate::error::ApiError;
use crate::mail::{self, token::Purpose};
use crate::storage::{self, admin_registrations, own};
use crate::{body, signing_key};
use model::coordination::Registration;
use model::own::{OwnRequest, MAX_BODY_BYTES};
use worker::{Request, Response};

const HINT: &str = "Erwartet wird {\"token\": …} aus dem persönlichen Link; zum Ändern dazu \
                    name, email, phone, contact_via oder interests.";

fn gone() -> ApiError {
    ApiError::NotFound(
        "Diese Anmeldung gibt es nicht (mehr). Vielleicht ist der Link unvollständig.".into(),
    )
}

/// The request's body and the registration its token opens (for `purpose`).
async fn open(
    req: &mut Request,
    ctx: &Public,
    purpose: Purpose,
) -> Result<(OwnRequest, Registration), ApiError> {
    let request: OwnRequest = body::read_typed(req, MAX_BODY_BYTES, HINT).await?;
    let secret = signing_key::read(&ctx.env)?;
    let id = mail::token::open(&secret, purpose, &request.token)
        .await?
        .ok_or_else(gone)?;
    let db = storage::database(&ctx.env)?;
    let registration = admin_registrations::get(&db, &id).await?.ok_or_else(gone)?;
    Ok((request, registration))
}

fn private(registration: &Registration) -> Result<Response, ApiError> {
    let mut response = Response::from_json(registration)?;
    response.headers_mut().set("Cache-Control", "no-store")?;
    Ok(response)
}

pub async fn show(mut req: Request, ctx: Public) -> Result<Response, ApiError> {
    let (_, registration) = open(&mut req, &ctx, Purpose::SelfService).await?;
    private(&registration)
}

pub async fn confirm(mut req: Request, ctx: Public) -> Result<Response, ApiError> {
    let (_, registration) = open(&mut req, &ctx, Purpose::SelfService).await?;
    let db = storage::database(&ctx.env)?;
    let now: String = worker::js_sys::Date::new_0().to_iso_string().into();
    if !own::confirm(&db, &registration.id, &now).await? {
        return Err(gone());
    }
    private(
        &admin_registrations::get(&db, &registration.id)
            .await?
            .ok_or_else(gone)?,
    )
}

pub async fn correct(mut req: Request, ctx: Public) -> Result<Response, ApiError> {
    let (request, registration) = open(&mut req, &ctx, Purpose::SelfService).await?;
    let corrected = request
        .apply(&registration)
        .map_err(ApiError::Unprocessable)?;
    let db = storage::database(&ctx.env)?;
    if !own::correct(&db, &registration.id, &corrected).await? {
        return Err(gone());
    }
    private(
        &admin_registrations::get(&db, &registration.id)
            .await?
            .ok_or_else(gone)?,
    )
}

pub async fn withdraw(mut req: Request, ctx: Public) -> Result<Response, ApiError> {
    let (_, registration) = open(&mut req, &ctx, Purpose::SelfService).await?;
    let db = storage::database(&ctx.env)?;
    if !own::withdraw(&db, &registration.id).await? {
        return Err(gone());
    }
    let mut response = Response::empty()?.with_status(204);
    response.headers_mut().set("Cache-Control", "no-store")?;
    Ok(response)
}

pub async fn resend(mut req: Request, ctx: Public) -> Result<Response, ApiError> {
    let (_, registration) = open(&mut req, &ctx, Purpose::Resend).await?;
    if !mail::enabled(&ctx.env) || registration.confirmed_at.is_some() {
        return Err(ApiError::conflict(
            "token",
            model::Code::TokenAlreadyConfirmed,
            "Diese Anmeldung ist schon bestätigt.",
        ));
    }
    let db = storage::database(&ctx.env)?;
    let now_ms = worker::js_sys::Date::now();
    // Never refused for a limit: the mail joins its mailbox's next one (merged), and the
    // answer says when that is.
    let (owe, mailbox) =
        mail::owe_confirmation(&ctx.env, &registration.id, &registration.email, now_ms).await?;
    db.batch(owe).await?;
    let expected_by = mail::confirmation_follows(&ctx.env, &ctx.data, &mailbox, now_ms).await?;
    let resent = model::own::Resent {
        queued: true,
        expected_by: crate::clock::iso_at(expected_by),
    };
    let mut response = Response::from_json(&resent)?.with_status(202);
    response.headers_mut().set("Cache-Control", "no-store")?;
    Ok(response)
}
