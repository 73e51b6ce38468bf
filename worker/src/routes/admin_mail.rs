//! `/api/admin/settings` and `/api/admin/mail-failures`: a coordinator's own address and daily
//! digest, and the mails to volunteers that could not be delivered after every attempt.

use super::SETTINGS_BODY_BYTES;
use crate::background::Background;
use crate::storage::{audit::Action, mail_admin as store};
use crate::{auth, body, mail, storage, ApiError};
use model::mail_admin::MailSettings;
use worker::{Request, Response, RouteContext};

/// `GET /api/admin/settings`: the signed-in coordinator's own.
pub async fn settings(req: Request, ctx: RouteContext<Background>) -> Result<Response, ApiError> {
    let coordinator = auth::authenticate(&req, &ctx.env).await?;
    let db = storage::database(&ctx.env)?;
    let mut settings = store::settings(&db, &coordinator.name).await?;
    settings.mail_on = mail::enabled(&ctx.env);
    Ok(Response::from_json(&settings)?)
}

/// `PUT /api/admin/settings`: a new address (or none) and the digest on or off.
pub async fn save(mut req: Request, ctx: RouteContext<Background>) -> Result<Response, ApiError> {
    let coordinator = auth::authenticate(&req, &ctx.env).await?;
    let db = storage::database(&ctx.env)?;
    let mut settings: MailSettings = body::read_typed(
        &mut req,
        SETTINGS_BODY_BYTES,
        "Erwartet werden email (Text oder null) und digest (true oder false).",
    )
    .await?;
    settings.validate().map_err(ApiError::Unprocessable)?;
    let action = Action {
        coordinator: &coordinator.name,
        name: "coordinator.settings",
        target: None,
    };
    store::save(&db, &coordinator.name, &settings, &action).await?;
    settings.email = settings.address();
    settings.mail_on = mail::enabled(&ctx.env);
    Ok(Response::from_json(&settings)?)
}

/// `GET /api/admin/mail-failures`: mails marked failed, newest first.
pub async fn failures(req: Request, ctx: RouteContext<Background>) -> Result<Response, ApiError> {
    auth::authenticate(&req, &ctx.env).await?;
    let db = storage::database(&ctx.env)?;
    Ok(Response::from_json(&store::failed(&db).await?)?)
}
