//! `POST /api/netzwerk/stimmt-noch`: the one-click "Stimmt noch" of a reminder's link (its
//! page, `/mein-netzwerk/stimmt-noch#<token>`, sends it by its one button: mail scanners open
//! links, never buttons). The link is for one entry and this purpose, works 30 days and only
//! while the entry is unchanged, and once. An access that has not accepted the current terms
//! accepts them with the same click (`terms_version`), after reading them on the page.

use super::endpoint::Public;
use super::limits::EDITOR_BODY_BYTES;
use crate::auth::token_hash;
use crate::body;
use crate::error::ApiError;
use crate::storage::{self, freshness as store, networks};
use model::editor::{ConfirmByLink, ConfirmedByLink, TERMS_VERSION};
use model::validate::field_error;
use model::Code;
use worker::{Request, Response};

fn link_invalid() -> ApiError {
    ApiError::Conflict(field_error(
        "token",
        Code::LinkInvalid,
        "Dieser Link gilt nicht mehr: Er ist abgelaufen, schon benutzt, oder der Eintrag hat \
         sich inzwischen geändert. Melden Sie sich an, um den Eintrag zu bestätigen.",
    ))
}

pub async fn confirm(mut req: Request, ctx: Public) -> Result<Response, ApiError> {
    let input: ConfirmByLink = body::read_typed(
        &mut req,
        EDITOR_BODY_BYTES,
        "Erwartet: token (und terms_version).",
    )
    .await?;
    if let Some(version) = &input.terms_version {
        if version != TERMS_VERSION {
            return Err(ApiError::Conflict(field_error(
                "terms_version",
                Code::TermsVersionOutdated,
                "Diese Fassung der Bedingungen gilt nicht mehr. Bitte laden Sie die Seite neu.",
            )));
        }
    }
    let db = storage::database(&ctx.env)?;
    let hash = token_hash(input.token.trim()).await?;
    let now_ms = worker::js_sys::Date::now();
    let found = store::link(&db, &hash, now_ms)
        .await?
        .ok_or_else(link_invalid)?;
    let accept_terms = !found.editor.terms_accepted;
    if accept_terms && input.terms_version.is_none() {
        return Err(ApiError::Conflict(field_error(
            "terms",
            Code::TermsRequired,
            "Bitte nehmen Sie zuerst die Bedingungen an.",
        )));
    }
    if !store::confirm_by_link(&db, &hash, &found, accept_terms, now_ms).await? {
        return Err(link_invalid());
    }
    let network = networks::network_by_id(&db, &found.network.id)
        .await?
        .ok_or_else(link_invalid)?;
    Ok(Response::from_json(&ConfirmedByLink {
        name: network.name,
        slug: network.slug,
        confirmed_at: network.confirmed_at.unwrap_or_default(),
    })?)
}
