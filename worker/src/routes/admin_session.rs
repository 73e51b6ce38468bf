//! `/api/admin/session`: sign in with the access token (a session cookie), see who is signed
//! in, sign out. See `auth/coordinator.rs` for how sessions end and how guessing is stopped.

use super::endpoint::{Public, Signed};
use super::limits::SIGN_IN_BODY_BYTES;
use crate::auth::cookie::{Scope, SessionCookie};
use crate::auth::coordinator;
use crate::auth::{same_origin, token_hash, Principal};
use crate::body;
use crate::error::ApiError;
use crate::storage::{self, admin_session, audit::Audit};
use model::session::{expires_soon, Coordinator, SessionInfo, SignIn, EXPIRY_WARNING_DAYS};
use worker::{Request, Response};

fn info(coordinator: &Coordinator) -> SessionInfo {
    let warn_ms = worker::js_sys::Date::now() + f64::from(EXPIRY_WARNING_DAYS) * 86_400_000.0;
    let warn_from: String = worker::js_sys::Date::new(&warn_ms.into())
        .to_iso_string()
        .into();
    SessionInfo {
        name: coordinator.name.clone(),
        expires_at: coordinator.expires_at.clone(),
        expires_soon: expires_soon(coordinator.expires_at.as_deref(), &warn_from),
    }
}

/// `POST /api/admin/session`: checks the token (limit first, a miss counted) and starts a
/// session: 201 with the cookie.
pub async fn sign_in(mut req: Request, ctx: Public) -> Result<Response, ApiError> {
    same_origin(&req)?;
    let cookie = SessionCookie::of(&req, Scope::Coordinators)?;
    if !cookie.may_sign_in(&crate::rate_limit::address(&req)?) {
        return Err(ApiError::BadRequest(
            "Anmelden nur über eine verschlüsselte Verbindung (https://).".into(),
        ));
    }
    let sign_in: SignIn = body::read_typed(
        &mut req,
        SIGN_IN_BODY_BYTES,
        "Erwartet wird {\"token\": \"…\"}.",
    )
    .await?;
    let now_ms = worker::js_sys::Date::now();
    let token = sign_in.token.trim();
    let coordinator = if sign_in.is_plausible() {
        coordinator::check_token(&req, &ctx.env, token, now_ms).await?
    } else {
        // Too short or too long to be anyone's: a failed sign-in all the same.
        coordinator::check_token(&req, &ctx.env, "", now_ms).await?
    };
    let db = storage::database(&ctx.env)?;
    let id = coordinator::new_session_id();
    let audit = Audit::new(coordinator.actor());
    let id_hash = token_hash(&id).await?;
    admin_session::start(&db, &coordinator.name, &audit, &id_hash, now_ms).await?;
    let mut response = Response::from_json(&info(&coordinator))?.with_status(201);
    response
        .headers_mut()
        .set("Set-Cookie", &cookie.set(&id, false))?;
    Ok(response)
}

/// `GET /api/admin/session`: who is signed in, and when their token ends.
pub async fn current(_req: Request, signed: Signed<Coordinator>) -> Result<Response, ApiError> {
    Ok(Response::from_json(&info(&signed.who))?)
}

/// `DELETE /api/admin/session`: signs out (the session deleted, audited); 204 with the cookie
/// cleared.
pub async fn sign_out(req: Request, signed: Signed<Coordinator>) -> Result<Response, ApiError> {
    if let Some(id_hash) = &signed.who.session {
        admin_session::end(&signed.db, &signed.audit, id_hash, "session.end").await?;
    }
    let mut response = Response::empty()?.with_status(204);
    response.headers_mut().set(
        "Set-Cookie",
        &SessionCookie::of(&req, Scope::Coordinators)?.set("", true),
    )?;
    Ok(response)
}
