//! `POST /api/feedback`: someone reports an accessibility barrier ("Barriere melden" on
//! /barrierefreiheit), through the public forms' intake (`intake.rs`), with a limit of its own.
//! The answer is the new id only: nothing stored is ever sent back.

use super::endpoint::Public;
use super::intake::{self, Form};
use crate::error::ApiError;
use crate::rate_limit::Bucket;
use crate::storage::{feedback as store, intake::Received};
use model::validate::FieldErrors;
use model::FeedbackInput;
use serde_json::Value;
use worker::{D1Database, Request, Response};

pub async fn create(req: Request, ctx: Public) -> Result<Response, ApiError> {
    intake::take::<Report>(req, ctx).await
}

/// A barrier report.
struct Report;

impl Form for Report {
    type Input = FeedbackInput;
    type Checked = ();
    type Answer = Value;
    const MAX_BODY_BYTES: usize = model::feedback::MAX_BODY_BYTES;
    const TABLE: &'static str = "feedback";
    const BUCKET: Bucket = Bucket::Feedback;
    const KEY_CONFLICT: &'static str =
        "Dieser Schlüssel gehört zu einer anderen Meldung. Bitte das Formular neu laden.";

    fn read(value: &Value) -> Result<FeedbackInput, FieldErrors> {
        let input = FeedbackInput::from_json(value)?;
        input.validate()?;
        Ok(input.normalised())
    }

    fn is_bot(input: &FeedbackInput) -> bool {
        input.is_bot()
    }

    async fn check(_: &FeedbackInput, _: &D1Database) -> Result<(), ApiError> {
        Ok(())
    }

    async fn store(
        received: &Received<'_>,
        input: &FeedbackInput,
        _: (),
        _: &Request,
        ctx: &Public,
    ) -> Result<bool, ApiError> {
        store::insert(&crate::storage::database(&ctx.env)?, received, input).await
    }

    /// The new id only: nothing stored is ever sent back.
    async fn answer(id: &str, _: &Public) -> Result<Value, ApiError> {
        Ok(serde_json::json!({ "id": id }))
    }
}
