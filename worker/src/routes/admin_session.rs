//! `/api/admin/session`: sign in with the access token (a session cookie), see who is signed
//! in, sign out. See `auth/coordinator.rs` for how sessions end and how guessing is stopped.

use super::endpoint::{Public, Signed};
use super::limits::SIGN_IN_BODY_BYTES;
use crate::auth::coordinator::{self, SESSION_COOKIE};
use crate::auth::{same_origin, token_hash, Principal};
use crate::body;
use crate::error::ApiError;
use crate::storage::{self, admin_session, audit::Audit};
use model::session::{expires_soon, Coordinator, SessionInfo, SignIn, EXPIRY_WARNING_DAYS};
use worker::{Request, Response};

/// The cookie that carries a session: readable by no script, sent only to the coordinators'
/// API, never on a cross-site request, and only over HTTPS where the site is served so. It
/// has no `Max-Age` (it goes when the browser closes): the server ends the session after 8
/// idle hours and 12 in all, however long a browser keeps the cookie. `clear`: the sign-out's.
fn session_cookie(req: &Request, value: &str, clear: bool) -> Result<String, ApiError> {
    let secure = if req.url()?.scheme() == "https" {
        "; Secure"
    } else {
        ""
    };
    let max_age = if clear { "; Max-Age=0" } else { "" };
    Ok(format!(
        "{SESSION_COOKIE}={value}; HttpOnly; SameSite=Strict; Path=/api/admin{max_age}{secure}"
    ))
}

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
        .set("Set-Cookie", &session_cookie(&req, &id, false)?)?;
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
    response
        .headers_mut()
        .set("Set-Cookie", &session_cookie(&req, "", true)?)?;
    Ok(response)
}
