//! `POST /api/registrations`: a volunteer registers. Checks run in the contract's order: the
//! body (413, 415, 400: `body.rs`), the idempotency key (400), the `model` rules (422), then
//! what depends on the data (409: the network, the need, the key's history) and the client's rate
//! limit, in one D1 transaction with the insert.
//!
//! With mail switched on (`mail::enabled`), the registration waits for the volunteer's
//! confirmation and its mail is queued in the same transaction, then tried once after the
//! answer. The answer carries what the thank-you page needs: with mail, a token that can only
//! ask for the mail again; without, the personal link itself (there is no other way to deliver
//! it).

use super::idempotency;
use crate::background::Background;
use crate::mail::{self, token::Purpose};
use crate::rate_limit::{self, client_hash};
use crate::storage::registrations::{self as store, Client, NewRegistration};
use crate::{body, clock, storage, ApiError};
use model::own::Receipt;
use model::registration::MAX_BODY_BYTES;
use model::validate::field_error;
use model::{Code, RegistrationInput};
use worker::{Request, Response, RouteContext};

/// What a key used for another registration is told (409).
const KEY_CONFLICT: &str =
    "Dieser Schlüssel gehört zu einer anderen Anmeldung. Bitte das Formular neu laden.";

pub async fn create(mut req: Request, ctx: RouteContext<Background>) -> Result<Response, ApiError> {
    let value = body::read_json(&mut req, MAX_BODY_BYTES).await?;
    let key = idempotency::key(&req)?;
    let input = RegistrationInput::from_json(&value).map_err(ApiError::Unprocessable)?;
    input.validate().map_err(ApiError::Unprocessable)?;
    let input = input.normalised();

    let db = storage::database(&ctx.env)?;
    // A retry of an accepted form gets its id back, whatever changed on the server since.
    let request_hash = idempotency::request_hash(&input).await?;
    if !input.is_bot() {
        if let Some(found) = store::find_by_key(&db, &key).await? {
            let id = idempotency::replayed_id(found, &request_hash, KEY_CONFLICT)?;
            return accepted(&ctx.env, &id, 200).await;
        }
    }
    if let Some(slug) = &input.network {
        if storage::directory::public_network_by_slug(&db, slug)
            .await?
            .is_none()
        {
            return Err(ApiError::Conflict(field_error(
                "network",
                Code::NetworkUnknown,
                "Dieses Netzwerk gibt es nicht.",
            )));
        }
    }
    // The need it answers must still be open: else the person decides (the form says so).
    let need_id = match &input.need {
        Some(slug) => Some(
            storage::needs::public_need_by_slug(&db, slug, &clock::berlin_today())
                .await?
                .ok_or_else(|| {
                    ApiError::Conflict(field_error(
                        "need",
                        Code::NeedUnknown,
                        "Dieses Gesuch ist nicht mehr offen.",
                    ))
                })?
                .id,
        ),
        None => None,
    };
    let limit = rate_limit::limit(&ctx.env, rate_limit::REGISTRATION_LIMIT_VAR);
    let hash = if limit == 0 {
        String::new()
    } else {
        let address = req.headers().get("CF-Connecting-IP")?.unwrap_or_default();
        client_hash(
            &rate_limit::secret(&ctx.env)?,
            &rate_limit::client_key(&address),
        )
        .await?
    };
    let client = Client { hash: &hash, limit };
    let now_ms = worker::js_sys::Date::now();

    if input.is_bot() {
        // The same answer as for a person, but nothing is stored; it still counts.
        let id = uuid::Uuid::new_v4().to_string();
        if !store::count_bot(&db, &id, &client, now_ms).await? {
            return Err(rate_limit::too_many(
                store::oldest_in_window(&db, client.hash, now_ms).await?,
                now_ms,
            ));
        }
        return accepted(&ctx.env, &id, 201).await;
    }

    let id = uuid::Uuid::new_v4().to_string();
    let created_at: String = worker::js_sys::Date::new_0().to_iso_string().into();
    let lang = model::page_language::negotiate(
        req.headers().get("Content-Language")?.as_deref(),
        None,
        &model::page_language::PAGE_LANGUAGES,
    );
    let mail_on = mail::enabled(&ctx.env);
    let outbox_id = uuid::Uuid::new_v4().to_string();
    let confirmation = if mail_on {
        let origin = req.url()?.origin().ascii_serialization();
        let to = mail::Recipient {
            registration: &id,
            email: &input.email,
            name: &input.name,
            lang,
        };
        mail::queue_confirmation(&ctx.env, &origin, &to, &outbox_id, now_ms).await?
    } else {
        Vec::new()
    };
    let registration = NewRegistration {
        id: &id,
        idempotency_key: &key,
        request_hash: &request_hash,
        created_at: &created_at,
        input: &input,
        need_id: need_id.as_deref(),
        confirmed: !mail_on,
        lang,
    };
    if store::insert(&db, &registration, &client, now_ms, confirmation).await? {
        if mail_on {
            mail::attempt_soon(&ctx.data, &ctx.env, outbox_id, now_ms);
        }
        return accepted(&ctx.env, &id, 201).await;
    }
    // Not stored: either a parallel request with the same key won, or the limit is reached.
    match store::find_by_key(&db, &key).await? {
        Some(found) => {
            let id = idempotency::replayed_id(found, &request_hash, KEY_CONFLICT)?;
            accepted(&ctx.env, &id, 200).await
        }
        None => Err(rate_limit::too_many(
            store::oldest_in_window(&db, client.hash, now_ms).await?,
            now_ms,
        )),
    }
}

/// The answer to an accepted registration (`status` 201 stored now, 200 stored before): its id,
/// and with mail a token that asks for the mail again, else the personal link. Never cached.
async fn accepted(env: &worker::Env, id: &str, status: u16) -> Result<Response, ApiError> {
    let secret = rate_limit::secret(env)?;
    let mut receipt = Receipt {
        id: id.to_string(),
        ..Receipt::default()
    };
    if mail::enabled(env) {
        receipt.mail = true;
        receipt.resend = Some(mail::token::token(&secret, Purpose::Resend, id).await?);
    } else {
        let token = mail::token::token(&secret, Purpose::SelfService, id).await?;
        receipt.link = Some(format!("/anmeldung#{token}"));
    }
    let mut response = Response::from_json(&receipt)?.with_status(status);
    response.headers_mut().set("Cache-Control", "no-store")?;
    Ok(response)
}
