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
//!   token (never refused: it joins its mailbox's next mail).
//! - `POST /api/anmeldung/neuer-link`: a new personal link; every older one is dead.
//! - `POST /api/anmeldung/kontakt-zuruecknehmen`: the network whose need they answered may no
//!   longer contact them directly; its view loses them at once.

use super::endpoint::Public;
use crate::body;
use crate::error::ApiError;
use crate::mail;
use crate::mail::token::{self, Keys, Purpose};
use crate::storage::audit::Audit;
use crate::storage::{self, admin_registrations, network_answers, own};
use model::audit::Actor;
use model::coordination::Registration;
use model::mail_kind::Kind;
use model::own::{OwnRequest, Renewed, MAX_BODY_BYTES};
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
    let keys = Keys::read(&ctx.env)?;
    // A registration that is gone answers exactly like a token that does not open.
    let id = token::id_of(&request.token).ok_or_else(gone)?;
    let db = storage::database(&ctx.env)?;
    let link_key = own::link_key(&db, &id).await?.ok_or_else(gone)?;
    // An address token is signed over the address it confirms too.
    let signed_over = match purpose {
        Purpose::Address => {
            let pending = own::pending_email(&db, &id).await?.ok_or_else(gone)?;
            Some(token::address_key(link_key.as_deref(), &pending))
        }
        _ => link_key,
    };
    if !token::opens(&keys, purpose, &request.token, &id, signed_over.as_deref()).await? {
        return Err(gone());
    }
    let registration = admin_registrations::get(&db, &id).await?.ok_or_else(gone)?;
    Ok((request, registration))
}

/// The volunteer's own view of registration `id`: everything stored, with the new address it
/// waits for.
async fn own_view(db: &worker::D1Database, id: &str) -> Result<Response, ApiError> {
    let mut registration = admin_registrations::get(db, id).await?.ok_or_else(gone)?;
    registration.pending_email = own::pending_email(db, id).await?;
    registration.need_network = own::need_network(db, id).await?;
    private(&registration)
}

fn private(registration: &Registration) -> Result<Response, ApiError> {
    private_json(registration, 200)
}

pub async fn show(mut req: Request, ctx: Public) -> Result<Response, ApiError> {
    let (_, registration) = open(&mut req, &ctx, Purpose::SelfService).await?;
    own_view(&storage::database(&ctx.env)?, &registration.id).await
}

pub async fn confirm(mut req: Request, ctx: Public) -> Result<Response, ApiError> {
    let (_, registration) = open(&mut req, &ctx, Purpose::SelfService).await?;
    let db = storage::database(&ctx.env)?;
    let now: String = worker::js_sys::Date::new_0().to_iso_string().into();
    if !own::confirm(&db, &registration.id, &now).await? {
        return Err(gone());
    }
    own_view(&db, &registration.id).await
}

pub async fn withdraw_contact(mut req: Request, ctx: Public) -> Result<Response, ApiError> {
    let (_, registration) = open(&mut req, &ctx, Purpose::SelfService).await?;
    let db = storage::database(&ctx.env)?;
    let audit = Audit::new(Actor::Volunteer);
    let action = audit.action(
        "registration.network_contact_withdrawn",
        Some(&registration.id),
    );
    if !network_answers::withdraw_consent(&db, &registration.id, &action).await? {
        return Err(gone());
    }
    own_view(&db, &registration.id).await
}

pub async fn correct(mut req: Request, ctx: Public) -> Result<Response, ApiError> {
    let (request, registration) = open(&mut req, &ctx, Purpose::SelfService).await?;
    let corrected = request
        .apply(&registration)
        .map_err(ApiError::Unprocessable)?;
    let db = storage::database(&ctx.env)?;
    let new_address = corrected.email != registration.email && mail::enabled(&ctx.env);
    if new_address {
        change_address(&ctx, &registration, corrected).await?;
    } else if !own::correct(&db, &registration.id, &corrected).await? {
        return Err(gone());
    }
    own_view(&db, &registration.id).await
}

/// A correction with a new address (mail on): everything else is stored, the address in use
/// stays until the new one is confirmed by the link mailed to it, and the address in use is
/// told a new one was asked for; in one batch, the mails tried after the answer.
async fn change_address(
    ctx: &Public,
    registration: &Registration,
    mut corrected: model::RegistrationInput,
) -> Result<(), ApiError> {
    let db = storage::database(&ctx.env)?;
    let new = std::mem::replace(&mut corrected.email, registration.email.clone());
    let keys = Keys::read(&ctx.env)?;
    let link_key = own::link_key(&db, &registration.id)
        .await?
        .ok_or_else(gone)?;
    let signed_over = token::address_key(link_key.as_deref(), &new);
    let site = mail::site_url(&ctx.env)?;
    let link = token::page_link(
        &keys,
        &site,
        Purpose::Address,
        &registration.id,
        Some(&signed_over),
    )
    .await?;
    let now_ms = worker::js_sys::Date::now();
    let (confirm_id, notice_id) = (
        uuid::Uuid::new_v4().to_string(),
        uuid::Uuid::new_v4().to_string(),
    );
    let to = mail::ToVolunteer {
        registration,
        outbox_id: &confirm_id,
        now_ms,
    };
    let [confirm, notice] = to.address_change(&ctx.env, &new, &link, &notice_id).await?;
    let correction = own::correction(&db, &registration.id, &corrected)?;
    let ask = own::ask_address(&db, &registration.id, &new)?;
    db.batch(vec![correction, ask, confirm, notice]).await?;
    for id in [confirm_id, notice_id] {
        mail::attempt_soon(&ctx.data, &ctx.env, id, now_ms);
    }
    Ok(())
}

/// `POST /api/anmeldung/adresse`: the link mailed to a new address confirms it; it becomes the
/// address in use (204). The token opens nothing else, and nothing once the link is renewed
/// or another address is asked for.
pub async fn confirm_address(mut req: Request, ctx: Public) -> Result<Response, ApiError> {
    let (_, registration) = open(&mut req, &ctx, Purpose::Address).await?;
    let db = storage::database(&ctx.env)?;
    let pending = own::pending_email(&db, &registration.id)
        .await?
        .ok_or_else(gone)?;
    let audit = Audit::new(Actor::Volunteer);
    let action = audit.action("registration.address_confirmed", Some(&registration.id));
    if !own::confirm_address(&db, &registration.id, &pending, &action).await? {
        return Err(gone());
    }
    done()
}

pub async fn withdraw(mut req: Request, ctx: Public) -> Result<Response, ApiError> {
    let (_, registration) = open(&mut req, &ctx, Purpose::SelfService).await?;
    let db = storage::database(&ctx.env)?;
    if !own::withdraw(&db, &registration.id).await? {
        return Err(gone());
    }
    done()
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
    mail::confirmation_follows(&ctx.env, &ctx.data, &mailbox, now_ms).await?;
    let resent = model::own::Resent {
        queued: true,
        expected_by: mail::confirmation_expected(&ctx.env, &registration.id, now_ms).await?,
    };
    private_json(&resent, 202)
}

/// How long a mailed new link is of use: a link mail goes first, and is never held longer.
const LINK_MAIL_VALID_MS: f64 = 60.0 * 60.0 * 1000.0;

/// `POST /api/anmeldung/neuer-link`: a new personal link, and every older one dead at once.
/// With mail on it goes by mail to the registration's address, first of all mail; if the daily
/// cap would hold it past its use, nothing changes and the answer says so (503). Without mail
/// the answer carries it.
pub async fn renew(mut req: Request, ctx: Public) -> Result<Response, ApiError> {
    let (_, registration) = open(&mut req, &ctx, Purpose::SelfService).await?;
    let db = storage::database(&ctx.env)?;
    let keys = Keys::read(&ctx.env)?;
    let link_key = token::new_link_key();
    let audit = Audit::new(Actor::Volunteer);
    let action = audit.action("registration.link_renewed", Some(&registration.id));
    let id = &registration.id;
    if !mail::enabled(&ctx.env) {
        let link = token::page_link(&keys, "", Purpose::SelfService, id, Some(&link_key)).await?;
        if !own::renew_link(&db, id, &link_key, &action, Vec::new()).await? {
            return Err(gone());
        }
        let renewed = Renewed {
            link: Some(link),
            ..Renewed::default()
        };
        return private_json(&renewed, 200);
    }
    let now_ms = worker::js_sys::Date::now();
    let priority = Kind::Link.priority();
    let goes_at = mail::limits::held_until(&ctx.env, &db, priority, None, now_ms)
        .await?
        .unwrap_or(now_ms);
    if goes_at > now_ms + LINK_MAIL_VALID_MS {
        let retry_after = ((goes_at - now_ms) / 1000.0).ceil() as u32;
        return Err(ApiError::MailLater { retry_after });
    }
    let site = mail::site_url(&ctx.env)?;
    let link = token::page_link(&keys, &site, Purpose::SelfService, id, Some(&link_key)).await?;
    let outbox_id = uuid::Uuid::new_v4().to_string();
    let to = mail::ToVolunteer {
        registration: &registration,
        outbox_id: &outbox_id,
        now_ms,
    };
    let queue = to.link(&ctx.env, &link).await?;
    if !own::renew_link(&db, id, &link_key, &action, vec![queue]).await? {
        return Err(gone());
    }
    mail::attempt_soon(&ctx.data, &ctx.env, outbox_id, now_ms);
    let expected_by = goes_at + crate::storage::outbox::RETRY_MS;
    let renewed = Renewed {
        mail: true,
        expected_by: Some(crate::clock::iso_at(expected_by)),
        ..Renewed::default()
    };
    private_json(&renewed, 202)
}

/// Done, nothing to say (204), never cached.
fn done() -> Result<Response, ApiError> {
    let mut response = Response::empty()?.with_status(204);
    response.headers_mut().set("Cache-Control", "no-store")?;
    Ok(response)
}

/// A private answer (never cached) with `status`.
fn private_json(value: &impl serde::Serialize, status: u16) -> Result<Response, ApiError> {
    let mut response = Response::from_json(value)?.with_status(status);
    response.headers_mut().set("Cache-Control", "no-store")?;
    Ok(response)
}
