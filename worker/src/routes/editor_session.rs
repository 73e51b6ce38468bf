//! `/api/netzwerk/session` and its neighbours: a network's editor signs in with a link that
//! works once (the page's one button POSTs the token from the fragment: a mail scanner that
//! opens the link uses nothing up), sees their area, accepts the terms, signs out; and asks for
//! a new link with their address (the same answer whether the address has an access or not,
//! limited per address and per client). See `auth/editor.rs` for the session's rules.

use super::admin_editors::link_href;
use super::endpoint::{Public, Signed};
use super::limits::EDITOR_BODY_BYTES;
use crate::auth::cookie::{Scope, SessionCookie};
use crate::auth::coordinator::{is_session_id, new_session_id};
use crate::auth::{same_origin, token_hash};
use crate::error::ApiError;
use crate::mail::{self, editor as editor_mail};
use crate::storage::editors::{self as store, Find, NewLink};
use crate::storage::{self, networks, proposals};
use crate::{body, rate_limit, signing_key};
use model::editor::proposal::OwnNetwork;
use model::editor::{
    Editor, EditorArea, EditorSignIn, LinkAnswer, LinkRequest, TermsAcceptance,
    LINK_REQUESTS_PER_ADDRESS, LINK_REQUESTS_PER_CLIENT, SIGN_IN_LINK_MS, TERMS_VERSION,
};
use model::session::SignedOut;
use model::Code;
use worker::{Request, Response};

/// `POST /api/netzwerk/session`: the link's token becomes a session (204 with the cookie) and
/// the link is used up; a link used, expired or unknown is a 401.
pub async fn sign_in(mut req: Request, ctx: Public) -> Result<Response, ApiError> {
    same_origin(&req)?;
    let cookie = SessionCookie::of(&req, Scope::Editors)?;
    if !cookie.may_sign_in(&rate_limit::address(&req)?) {
        return Err(ApiError::BadRequest(
            "Anmelden nur über eine verschlüsselte Verbindung (https://).".into(),
        ));
    }
    let sign_in: EditorSignIn = body::read_typed(
        &mut req,
        EDITOR_BODY_BYTES,
        "Erwartet wird {\"token\": \"…\"}.",
    )
    .await?;
    let token = sign_in.token.trim();
    if !is_session_id(token) {
        return Err(ApiError::Unauthorized(SignedOut::LinkSpent));
    }
    let db = storage::database(&ctx.env)?;
    let id = new_session_id();
    let now_ms = worker::js_sys::Date::now();
    let found = store::sign_in(
        &db,
        &token_hash(token).await?,
        &token_hash(&id).await?,
        now_ms,
    )
    .await?;
    if found.is_none() {
        return Err(ApiError::Unauthorized(SignedOut::LinkSpent));
    }
    let mut response = Response::empty()?.with_status(204);
    response
        .headers_mut()
        .set("Set-Cookie", &cookie.set(&id, false))?;
    Ok(response)
}

/// `GET /api/netzwerk/session`: the editor's area: who, whether the terms are accepted, and
/// each of their networks as the public sees it, with its proposals.
pub async fn area(_req: Request, signed: Signed<Editor>) -> Result<Response, ApiError> {
    let view = store::find(&signed.db, Find::Id(&signed.who.id))
        .await?
        .ok_or(ApiError::Unauthorized(SignedOut::SessionEnded))?;
    let mut own = Vec::new();
    let freshness = crate::clock::freshness(signed.env());
    for id in &signed.who.networks {
        // An archived entry is off the public map, and so out of the area.
        let Some(network) = networks::public_network_by_id(&signed.db, id).await? else {
            continue;
        };
        let proposals = proposals::of_network(&signed.db, id)
            .await?
            .into_iter()
            .map(proposals::Stored::own)
            .collect();
        let network = freshness.mark(network);
        own.push(OwnNetwork {
            freshness: freshness.state(&network),
            stale_on: freshness.stale_on(&network).map(|day| day.to_string()),
            network,
            proposals,
        });
    }
    Ok(Response::from_json(&EditorArea {
        name: view.name,
        language: view.language,
        terms_accepted: signed.who.terms_accepted,
        terms_version: TERMS_VERSION.into(),
        networks: own,
    })?)
}

/// `DELETE /api/netzwerk/session`: signs out (204, the cookie cleared).
pub async fn sign_out(req: Request, signed: Signed<Editor>) -> Result<Response, ApiError> {
    if let Some(id_hash) = &signed.who.session {
        store::end_session(&signed.db, &signed.audit, id_hash, "editor.session.end").await?;
    }
    let mut response = Response::empty()?.with_status(204);
    response.headers_mut().set(
        "Set-Cookie",
        &SessionCookie::of(&req, Scope::Editors)?.set("", true),
    )?;
    Ok(response)
}

/// `POST /api/netzwerk/terms`: the current terms accepted (204); an older version is a 422.
pub async fn accept_terms(mut req: Request, signed: Signed<Editor>) -> Result<Response, ApiError> {
    let terms: TermsAcceptance = body::read_typed(
        &mut req,
        EDITOR_BODY_BYTES,
        "Erwartet wird {\"version\": \"…\"}.",
    )
    .await?;
    if terms.version != TERMS_VERSION {
        return Err(ApiError::Unprocessable(model::validate::field_error(
            "version",
            Code::TermsVersionOutdated,
            "Diese Fassung der Bedingungen gilt nicht mehr. Bitte laden Sie die Seite neu.",
        )));
    }
    let action = signed.audit.action("editor.terms", Some(&signed.who.id));
    let now_ms = worker::js_sys::Date::now();
    store::accept_terms(&signed.db, &signed.who.id, &action, now_ms).await?;
    Ok(Response::empty()?.with_status(204))
}

/// `POST /api/netzwerk/link`: a new sign-in link (30 minutes) by mail, if the address has an
/// access and mail is on. Always 202 with whether mail is on: the answer tells nobody whether an
/// address has an access. At most 3 requests per address and 10 per client in an hour (429).
pub async fn request_link(mut req: Request, ctx: Public) -> Result<Response, ApiError> {
    same_origin(&req)?;
    let request: LinkRequest = body::read_typed(
        &mut req,
        EDITOR_BODY_BYTES,
        "Erwartet wird {\"email\": \"…\"}.",
    )
    .await?;
    let email = request.email.trim();
    let too_long = request.email.chars().count() > model::validate::EMAIL_MAX_CHARS;
    if too_long || !model::validate::is_email(email) {
        return Err(ApiError::Unprocessable(model::validate::field_error(
            "email",
            Code::EmailInvalid,
            "Bitte eine gültige E-Mail-Adresse angeben.",
        )));
    }
    let key = signing_key::read(&ctx.env)?;
    let address = mail::mailbox::fold(email);
    let keys = [
        (
            signing_key::keyed_hash(&key, &format!("editor-link {address}")).await?,
            LINK_REQUESTS_PER_ADDRESS,
        ),
        (
            rate_limit::named_hash(&key, "editor-link", &rate_limit::address(&req)?).await?,
            LINK_REQUESTS_PER_CLIENT,
        ),
    ];
    let db = storage::database(&ctx.env)?;
    let now_ms = worker::js_sys::Date::now();
    if !store::count_link_request(&db, &keys, now_ms).await? {
        let retry_after = (model::editor::LINK_REQUEST_WINDOW_MS / 1000.0) as u32;
        return Err(ApiError::TooManyRequests { retry_after });
    }
    // Looked up and mailed after the answer, so neither the answer nor its time tells
    // whether the address has an access.
    let mail = mail::enabled(&ctx.env);
    if mail {
        let (env, email) = (ctx.env.clone(), email.to_string());
        ctx.data.spawn(async move {
            if let Err(error) = mail_link(&env, &email, now_ms).await {
                worker::console_error!("editor link: {error:?}");
            }
        });
    }
    Ok(Response::from_json(&LinkAnswer { mail })?.with_status(202))
}

/// A sign-in link by mail to the access with address `email`, if there is one.
async fn mail_link(env: &worker::Env, email: &str, now_ms: f64) -> Result<(), ApiError> {
    let db = storage::database(env)?;
    let Some(editor) = store::find(&db, Find::Email(email)).await? else {
        return Ok(());
    };
    let token = new_session_id();
    let outbox_id = uuid::Uuid::new_v4().to_string();
    let href = link_href(&mail::site_url(env)?, &token, editor.language);
    let queued = editor_mail::queue(
        &db,
        &editor_mail::ToEditor {
            id: &editor.id,
            name: &editor.name,
            email: &editor.email,
            language: editor.language,
        },
        &editor_mail::About::SignIn { link: &href },
        &outbox_id,
        now_ms,
    )?;
    let link = NewLink {
        hash: &token_hash(&token).await?,
        invitation: false,
        expires_ms: now_ms + SIGN_IN_LINK_MS,
    };
    if store::add_link(&db, &editor.id, &link, Some(queued), None).await? {
        mail::attempt(env, &outbox_id, now_ms).await?;
    }
    Ok(())
}
