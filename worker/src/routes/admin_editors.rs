//! `/api/admin/editors`: coordinators give a network's editor an access, see the accesses,
//! issue a new sign-in link, and end an access (which erases it with its sessions, links and
//! waiting mail at once). With mail on, a link goes by mail; with mail off, the answer carries
//! it once, to hand over in person or by phone. Links are stored only as hashes.

use super::endpoint::Signed;
use super::limits::EDITOR_BODY_BYTES;
use crate::auth::coordinator::new_session_id;
use crate::auth::token_hash;
use crate::body;
use crate::error::ApiError;
use crate::mail::{self, editor as editor_mail};
use crate::storage::editors::{self as store, Find, NewEditor, NewLink};
use crate::storage::{network_requests, networks};
use model::editor::{
    EditorInput, EditorLanguage, EditorView, IssuedLink, INVITATION_MS, SIGN_IN_LINK_MS,
};
use model::session::Coordinator;
use model::Code;
use worker::{D1PreparedStatement, Request, Response};

/// Where a sign-in link leads: the page with the one button, the token in the fragment (which
/// no browser sends to a server, so no log keeps it).
pub fn link_href(site: &str, token: &str, language: EditorLanguage) -> String {
    let lang = match language {
        EditorLanguage::De => "",
        EditorLanguage::En => "?lang=en",
    };
    format!("{site}/mein-netzwerk/anmelden{lang}#{token}")
}

fn not_found() -> ApiError {
    ApiError::NotFound("Diesen Netzwerk-Zugang gibt es nicht.".into())
}

pub async fn list(_req: Request, signed: Signed<Coordinator>) -> Result<Response, ApiError> {
    Ok(Response::from_json(&store::all(&signed.db).await?)?)
}

/// A link just made for an access: its token's hash, when it ends, and (mail on) the mail that
/// carries it, queued in the batch that stores it; (mail off) the link itself, shown once.
struct Made {
    hash: String,
    expires_ms: f64,
    href: String,
    mail: Option<(String, D1PreparedStatement)>,
}

async fn make_link(
    signed: &Signed<Coordinator>,
    to: &editor_mail::ToEditor<'_>,
    invitation: bool,
) -> Result<Made, ApiError> {
    let token = new_session_id();
    let now_ms = worker::js_sys::Date::now();
    let expires_ms = now_ms
        + if invitation {
            INVITATION_MS
        } else {
            SIGN_IN_LINK_MS
        };
    let href = link_href(&mail::site_url(signed.env())?, &token, to.language);
    let mail = if mail::enabled(signed.env()) {
        let outbox_id = uuid::Uuid::new_v4().to_string();
        let about = if invitation {
            editor_mail::About::Invitation { link: &href }
        } else {
            editor_mail::About::SignIn { link: &href }
        };
        let queued = editor_mail::queue(&signed.db, to, &about, &outbox_id, now_ms)?;
        Some((outbox_id, queued))
    } else {
        None
    };
    Ok(Made {
        hash: token_hash(&token).await?,
        expires_ms,
        href,
        mail,
    })
}

impl Made {
    /// The answer: the access, and the link itself only when no mail carries it.
    fn answer(href: String, expires_ms: f64, mailed: bool, editor: EditorView) -> IssuedLink {
        IssuedLink {
            editor,
            mailed,
            link: (!mailed).then_some(href),
            expires_at: crate::clock::iso_at(expires_ms),
        }
    }
}

fn try_soon(signed: &Signed<Coordinator>, outbox_id: Option<String>) {
    if let Some(id) = outbox_id {
        let now_ms = worker::js_sys::Date::now();
        mail::attempt_soon(signed.background(), signed.env(), id, now_ms);
    }
}

/// `POST /api/admin/editors`: a new access for the networks named, with its invitation.
pub async fn create(mut req: Request, signed: Signed<Coordinator>) -> Result<Response, ApiError> {
    let input: EditorInput = body::read_typed(
        &mut req,
        EDITOR_BODY_BYTES,
        "Erwartet werden name, email, networks und language.",
    )
    .await?;
    input.validate().map_err(ApiError::Unprocessable)?;
    for id in &input.networks {
        if networks::network_by_id(&signed.db, id).await?.is_none() {
            // Depends on the data, not on a rule: a conflict.
            return Err(ApiError::Conflict(model::validate::field_error(
                "networks",
                Code::NetworkUnknown,
                format!("Das Netzwerk „{id}“ gibt es nicht."),
            )));
        }
    }
    let access = NewAccess {
        name: input.name.trim(),
        email: input.email.trim(),
        language: input.language,
        networks: &input.networks,
        for_request: None,
    };
    let Some(answer) = give_access(&signed, &access, "editor.create").await? else {
        return Err(ApiError::conflict(
            "email",
            Code::EmailTaken,
            "Diese Adresse hat schon einen Netzwerk-Zugang.",
        ));
    };
    Ok(Response::from_json(&answer)?.with_status(201))
}

/// An access about to be given.
pub struct NewAccess<'a> {
    pub name: &'a str,
    pub email: &'a str,
    pub language: EditorLanguage,
    pub networks: &'a [String],
    /// The claim or suggestion it is given for: only while that waits, and deleted with it.
    pub for_request: Option<&'a str>,
}

/// Gives `access` with its invitation (mailed, or in the answer to hand over), under the audit
/// entry `action` on the new access, in one batch (with the request it is for deleted).
/// `None`: the address has an access already, or the request was decided meanwhile; nothing
/// was written.
pub async fn give_access(
    signed: &Signed<Coordinator>,
    access: &NewAccess<'_>,
    action: &str,
) -> Result<Option<IssuedLink>, ApiError> {
    let id = uuid::Uuid::new_v4().simple().to_string();
    let to = editor_mail::ToEditor {
        id: &id,
        name: access.name,
        email: access.email,
        language: access.language,
    };
    let Made {
        hash,
        expires_ms,
        href,
        mail,
    } = make_link(signed, &to, true).await?;
    let editor = NewEditor {
        id: &id,
        name: access.name,
        email: access.email,
        language: access.language,
        networks: access.networks,
        created_by: &signed.who.name,
        for_request: access.for_request,
    };
    let action = signed.audit.action(action, Some(&id));
    let link = NewLink {
        hash: &hash,
        invitation: true,
        expires_ms,
    };
    let (outbox_id, mail) = mail.unzip();
    let now_ms = worker::js_sys::Date::now();
    let mut batch: Vec<D1PreparedStatement> = mail.into_iter().collect();
    if let Some(request) = access.for_request {
        batch.push(network_requests::delete_for_access(
            &signed.db, request, &id,
        )?);
    }
    if !store::create(&signed.db, &editor, &link, batch, &action, now_ms).await? {
        return Ok(None);
    }
    let mailed = outbox_id.is_some();
    try_soon(signed, outbox_id);
    let view = store::find(&signed.db, Find::Id(&id))
        .await?
        .ok_or_else(not_found)?;
    Ok(Some(Made::answer(href, expires_ms, mailed, view)))
}

/// `POST /api/admin/editors/{id}/link`: a new sign-in link (valid 30 minutes) for an access.
pub async fn new_link(_req: Request, signed: Signed<Coordinator>) -> Result<Response, ApiError> {
    let id = signed.param("id").cloned().unwrap_or_default();
    let view = store::find(&signed.db, Find::Id(&id))
        .await?
        .ok_or_else(not_found)?;
    let to = editor_mail::ToEditor {
        id: &view.id,
        name: &view.name,
        email: &view.email,
        language: view.language,
    };
    let Made {
        hash,
        expires_ms,
        href,
        mail,
    } = make_link(&signed, &to, false).await?;
    let link = NewLink {
        hash: &hash,
        invitation: false,
        expires_ms,
    };
    let (outbox_id, mail) = mail.unzip();
    let action = signed.audit.action("editor.link", Some(&view.id));
    if !store::add_link(&signed.db, &view.id, &link, mail, Some(&action)).await? {
        return Err(not_found());
    }
    let mailed = outbox_id.is_some();
    try_soon(&signed, outbox_id);
    let answer = Made::answer(href, expires_ms, mailed, view);
    Ok(Response::from_json(&answer)?.with_status(201))
}

/// `DELETE /api/admin/editors/{id}`: ends the access and erases it, with its sessions, links
/// and waiting mail, at once (204). Its revisions then say "ehemaliger Zugang".
pub async fn erase(_req: Request, signed: Signed<Coordinator>) -> Result<Response, ApiError> {
    let id = signed.param("id").cloned().unwrap_or_default();
    let action = signed.audit.action("editor.erase", Some(&id));
    if !store::erase(&signed.db, &id, &action).await? {
        return Err(not_found());
    }
    Ok(Response::empty()?.with_status(204))
}
