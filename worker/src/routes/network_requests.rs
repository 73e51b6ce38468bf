//! `POST /api/claims` ("Ist das Ihr Netzwerk? Zugang anfragen", on /zugang-anfragen) and
//! `POST /api/suggestions` ("Netzwerk vorschlagen", on /netzwerk-vorschlagen): through the
//! public forms' intake (`intake.rs`) into the coordinators' queue, with a limit of their own.
//! The answer is the new id only: nothing stored is ever sent back.

use super::endpoint::Public;
use super::intake::{self, Form};
use crate::error::ApiError;
use crate::rate_limit::Bucket;
use crate::storage::{self, intake::Received, network_requests as store, networks};
use model::network_request::{RequestInput, MAX_BODY_BYTES};
use model::validate::FieldErrors;
use model::Code;
use serde_json::Value;
use worker::{D1Database, Request, Response};

pub async fn claim(req: Request, ctx: Public) -> Result<Response, ApiError> {
    intake::take::<Claim>(req, ctx).await
}

pub async fn suggestion(req: Request, ctx: Public) -> Result<Response, ApiError> {
    intake::take::<Suggestion>(req, ctx).await
}

/// A claim of an entry on the map.
struct Claim;
/// A suggested network.
struct Suggestion;

const KEY_CONFLICT: &str =
    "Dieser Schlüssel gehört zu einer anderen Anfrage. Bitte das Formular neu laden.";

async fn store(
    received: &Received<'_>,
    input: &RequestInput,
    network_id: Option<&str>,
    ctx: &Public,
) -> Result<bool, ApiError> {
    store::insert(&storage::database(&ctx.env)?, received, input, network_id).await
}

/// The new id only.
fn answer(id: &str) -> Value {
    serde_json::json!({ "id": id })
}

impl Form for Claim {
    type Input = RequestInput;
    /// The entry's id.
    type Checked = String;
    type Answer = Value;
    const MAX_BODY_BYTES: usize = MAX_BODY_BYTES;
    const TABLE: &'static str = "network_requests";
    const BUCKET: Bucket = Bucket::NetworkRequests;
    const KEY_CONFLICT: &'static str = KEY_CONFLICT;

    fn read(value: &Value) -> Result<RequestInput, FieldErrors> {
        let input = RequestInput::claim_from_json(value)?;
        input.validate()?;
        Ok(input.normalised())
    }

    fn is_bot(input: &RequestInput) -> bool {
        input.is_bot()
    }

    /// The entry must be on the map.
    async fn check(input: &RequestInput, db: &D1Database) -> Result<String, ApiError> {
        let slug = input.network.as_deref().unwrap_or_default();
        let network = networks::public_network_by_slug(db, slug).await?;
        network.map(|n| n.id).ok_or_else(|| {
            ApiError::conflict(
                "network",
                Code::NetworkUnknown,
                "Dieses Netzwerk gibt es nicht.",
            )
        })
    }

    async fn store(
        received: &Received<'_>,
        input: &RequestInput,
        network_id: String,
        _: &Request,
        ctx: &Public,
    ) -> Result<bool, ApiError> {
        store(received, input, Some(&network_id), ctx).await
    }

    async fn answer(id: &str, _: &Public) -> Result<Value, ApiError> {
        Ok(answer(id))
    }
}

impl Form for Suggestion {
    type Input = RequestInput;
    type Checked = ();
    type Answer = Value;
    const MAX_BODY_BYTES: usize = MAX_BODY_BYTES;
    const TABLE: &'static str = "network_requests";
    const BUCKET: Bucket = Bucket::NetworkRequests;
    const KEY_CONFLICT: &'static str = KEY_CONFLICT;

    fn read(value: &Value) -> Result<RequestInput, FieldErrors> {
        let input = RequestInput::suggestion_from_json(value)?;
        input.validate()?;
        Ok(input.normalised())
    }

    fn is_bot(input: &RequestInput) -> bool {
        input.is_bot()
    }

    async fn check(_: &RequestInput, _: &D1Database) -> Result<(), ApiError> {
        Ok(())
    }

    async fn store(
        received: &Received<'_>,
        input: &RequestInput,
        _: (),
        _: &Request,
        ctx: &Public,
    ) -> Result<bool, ApiError> {
        store(received, input, None, ctx).await
    }

    async fn answer(id: &str, _: &Public) -> Result<Value, ApiError> {
        Ok(answer(id))
    }
}
