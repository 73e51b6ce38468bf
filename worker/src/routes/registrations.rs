//! `POST /api/registrations`: a volunteer registers, through the public forms' intake
//! (`intake.rs`). What is a registration's own: the network and the need it names must exist
//! (409), it is stored with the language the form was filled in, and with mail switched on
//! (`mail::enabled`) it waits for the volunteer's confirmation, its mail queued in the same
//! transaction and tried once after the answer. The answer carries what the thank-you page
//! needs: with mail, a token that can only ask for the mail again; without, the personal link
//! itself (there is no other way to deliver it).

use super::endpoint::Public;
use super::intake::{self, Form};
use crate::clock;
use crate::error::ApiError;
use crate::mail;
use crate::rate_limit::Bucket;
use crate::storage::registrations::{self as store, NewRegistration};
use crate::storage::{self, intake::Received, needs, networks};
use model::lang::Lang;
use model::own::Receipt;
use model::validate::FieldErrors;
use model::{Code, RegistrationInput};
use serde_json::Value;
use worker::{D1Database, Request, Response};

pub async fn create(req: Request, ctx: Public) -> Result<Response, ApiError> {
    intake::take::<Registration>(req, ctx).await
}

/// A registration.
struct Registration;

impl Form for Registration {
    type Input = RegistrationInput;
    /// The id of the need it answers, if any.
    type Checked = Option<String>;
    type Answer = Receipt;
    const MAX_BODY_BYTES: usize = model::registration::MAX_BODY_BYTES;
    const TABLE: &'static str = "registrations";
    const BUCKET: Bucket = Bucket::Registrations;
    const KEY_CONFLICT: &'static str =
        "Dieser Schlüssel gehört zu einer anderen Anmeldung. Bitte das Formular neu laden.";

    fn read(value: &Value) -> Result<RegistrationInput, FieldErrors> {
        let input = RegistrationInput::from_json(value)?;
        input.validate()?;
        Ok(input.normalised())
    }

    fn is_bot(input: &RegistrationInput) -> bool {
        input.is_bot()
    }

    async fn check(input: &RegistrationInput, db: &D1Database) -> Result<Option<String>, ApiError> {
        if let Some(slug) = &input.network {
            networks::public_network_by_slug(db, slug)
                .await?
                .ok_or_else(|| {
                    ApiError::conflict(
                        "network",
                        Code::NetworkUnknown,
                        "Dieses Netzwerk gibt es nicht.",
                    )
                })?;
        }
        // The need it answers must still be open: else the person decides (the form says so).
        let Some(slug) = &input.need else {
            return Ok(None);
        };
        let need = needs::public_need_by_slug(db, slug, clock::berlin_today()).await?;
        let need = need.ok_or_else(|| {
            ApiError::conflict(
                "need",
                Code::NeedUnknown,
                "Dieses Gesuch ist nicht mehr offen.",
            )
        })?;
        // Only a network with an editor can use the permission (the Koordinierungsstelle's own
        // need has no network at all).
        if input.network_contact && !need.network_contact {
            return Err(ApiError::conflict(
                "network_contact",
                Code::NetworkContactUnavailable,
                "Zu diesem Gesuch meldet sich die Koordinierungsstelle selbst.",
            ));
        }
        Ok(Some(need.id))
    }

    async fn store(
        received: &Received<'_>,
        input: &RegistrationInput,
        need_id: Option<String>,
        req: &Request,
        ctx: &Public,
    ) -> Result<bool, ApiError> {
        let lang = model::page_language::negotiate(
            req.headers()
                .get(model::headers::CONTENT_LANGUAGE)?
                .as_deref(),
            None,
            &Lang::ALL,
        );
        let mail_on = mail::enabled(&ctx.env);
        let (confirmation, mailbox) = if mail_on {
            let (statements, mailbox) =
                mail::owe_confirmation(&ctx.env, received.id, &input.email, received.now_ms)
                    .await?;
            (statements, Some(mailbox))
        } else {
            (Vec::new(), None)
        };
        let registration = NewRegistration {
            received,
            input,
            need_id: need_id.as_deref(),
            confirmed: !mail_on,
            lang,
        };
        let db = crate::storage::database(&ctx.env)?;
        let stored = store::insert(&db, &registration, confirmation).await?;
        if let Some(mailbox) = mailbox.filter(|_| stored) {
            mail::confirmation_follows(&ctx.env, &ctx.data, &mailbox, received.now_ms).await?;
        }
        Ok(stored)
    }

    async fn answer(id: &str, ctx: &Public) -> Result<Receipt, ApiError> {
        let keys = mail::token::Keys::read(&ctx.env)?;
        let db = crate::storage::database(&ctx.env)?;
        let link_key = match storage::own::link_key(&db, id).await? {
            // The row's (`None`: a registration from before link keys).
            Some(link_key) => link_key,
            // A bot's answer names no row: its link opens nothing.
            None => Some(mail::token::new_link_key()),
        };
        let mail_on = mail::enabled(&ctx.env);
        let mut receipt = mail::token::receipt(&keys, id, link_key.as_deref(), mail_on).await?;
        if mail_on {
            let now_ms = worker::js_sys::Date::now();
            receipt.expected_by = Some(mail::confirmation_expected(&ctx.env, id, now_ms).await?);
        }
        Ok(receipt)
    }
}
