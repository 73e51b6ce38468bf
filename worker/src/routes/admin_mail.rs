//! `/api/admin/settings` and `/api/admin/mail-failures`: a coordinator's own address and daily
//! digest, and the mails to volunteers that could not be delivered after every attempt.

use super::endpoint::Signed;
use super::limits::SETTINGS_BODY_BYTES;
use crate::error::ApiError;
use crate::storage::{admin_mail as store, mail_limits};
use crate::{body, mail};
use model::mail_admin::MailSettings;
use model::session::Coordinator;
use worker::{Request, Response};

/// `GET /api/admin/settings`: the signed-in coordinator's own.
pub async fn settings(_req: Request, signed: Signed<Coordinator>) -> Result<Response, ApiError> {
    let settings = store::settings(&signed.db, &signed.who.name).await?;
    Ok(Response::from_json(&with_state(settings, &signed).await?)?)
}

/// `PUT /api/admin/settings`: a new address (or none) and the digest on or off.
pub async fn save(mut req: Request, signed: Signed<Coordinator>) -> Result<Response, ApiError> {
    let mut settings: MailSettings = body::read_typed(
        &mut req,
        SETTINGS_BODY_BYTES,
        "Erwartet werden email (Text oder null) und digest (true oder false).",
    )
    .await?;
    settings.validate().map_err(ApiError::Unprocessable)?;
    let action = signed.audit.action("coordinator.settings", None);
    store::save(&signed.db, &signed.who.name, &settings, &action).await?;
    settings.email = settings.address();
    Ok(Response::from_json(&with_state(settings, &signed).await?)?)
}

/// The settings with what only the server knows: whether mail is on, what waits, what failed.
async fn with_state(
    mut settings: MailSettings,
    signed: &Signed<Coordinator>,
) -> Result<MailSettings, ApiError> {
    settings.mail_on = mail::enabled(signed.env());
    settings.held = mail_limits::held(&signed.db).await?;
    settings.failed_confirmations = store::failed_confirmations(&signed.db).await?;
    Ok(settings)
}

/// `GET /api/admin/mail-failures`: mails marked failed, newest first.
pub async fn failures(_req: Request, signed: Signed<Coordinator>) -> Result<Response, ApiError> {
    Ok(Response::from_json(&store::failed(&signed.db).await?)?)
}
