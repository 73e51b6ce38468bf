//! The one intake flow of the public forms (a registration, a barrier report; later a
//! network's claim and a suggested network), in the contract's order: the body (413, 415, 400:
//! `body.rs`), the idempotency key (400), reading and the `model` rules (422), a key seen
//! before (the same id again, 200, or 409), what depends on the data (409), the client's rate
//! limit, and storing: the row, its count and what goes with it in one D1 transaction. A form
//! says only what is its own ([`Form`]).

use super::endpoint::Public;
use super::idempotency;
use crate::error::ApiError;
use crate::rate_limit::{self, Bucket};
use crate::storage::{self, intake, intake::Received, rate_limit as limits};
use crate::{body, clock};
use model::validate::FieldErrors;
use serde::Serialize;
use serde_json::Value;
use worker::{D1Database, Request, Response};

/// What is a public form's own.
pub trait Form {
    /// The input, read, checked and normalised; its JSON's hash is kept with the key.
    type Input: Serialize;
    /// What the form's checks against the data found, for storing it.
    type Checked;
    /// What the answer to a stored form says.
    type Answer: Serialize;
    /// The largest body accepted (413 above it).
    const MAX_BODY_BYTES: usize;
    /// The table that keeps the form's rows and their idempotency keys.
    const TABLE: &'static str;
    /// The rate limit it counts against.
    const BUCKET: Bucket;
    /// What a key used for another form is told (409).
    const KEY_CONFLICT: &'static str;

    /// The input from the body: unknown fields and wrong types named, then the rules (422).
    fn read(value: &Value) -> Result<Self::Input, FieldErrors>;

    /// A filled-in honeypot: answered as a person is, nothing stored, counted all the same.
    fn is_bot(input: &Self::Input) -> bool;

    /// What depends on the data as it is now (409).
    async fn check(input: &Self::Input, db: &D1Database) -> Result<Self::Checked, ApiError>;

    /// Stores it, unless the client is at its limit or the key is taken, in one batch with its
    /// count and what goes with it. Returns whether its row now exists.
    async fn store(
        received: &Received<'_>,
        input: &Self::Input,
        checked: Self::Checked,
        req: &Request,
        ctx: &Public,
    ) -> Result<bool, ApiError>;

    /// The answer for the stored id (201 stored now, 200 stored before: the same answer).
    async fn answer(id: &str, ctx: &Public) -> Result<Self::Answer, ApiError>;
}

/// Takes one form `F` in.
pub async fn take<F: Form>(mut req: Request, ctx: Public) -> Result<Response, ApiError> {
    let value = body::read_json(&mut req, F::MAX_BODY_BYTES).await?;
    let key = idempotency::key(&req)?;
    let input = F::read(&value).map_err(ApiError::Unprocessable)?;
    let db = storage::database(&ctx.env)?;
    // A retry of an accepted form gets its id back, whatever changed on the server since.
    let request_hash = idempotency::request_hash(&input).await?;
    if !F::is_bot(&input) {
        if let Some(id) = stored_before::<F>(&db, &key, &request_hash).await? {
            return answer::<F>(&id, 200, &ctx).await;
        }
    }
    let checked = F::check(&input, &db).await?;
    let client = rate_limit::client(&req, &ctx.env, F::BUCKET).await?;
    let now_ms = worker::js_sys::Date::now();
    let id = uuid::Uuid::new_v4().to_string();
    if F::is_bot(&input) {
        if !limits::count_bot(&db, F::BUCKET, &id, &client, now_ms).await? {
            return Err(limits::refusal(&db, F::BUCKET, &client, now_ms).await?);
        }
        return answer::<F>(&id, 201, &ctx).await;
    }
    let received = Received {
        id: &id,
        idempotency_key: &key,
        request_hash: &request_hash,
        created_at: &clock::iso_at(now_ms),
        now_ms,
        client: &client,
    };
    if F::store(&received, &input, checked, &req, &ctx).await? {
        return answer::<F>(&id, 201, &ctx).await;
    }
    // Not stored: either a parallel request with the same key won, or the limit is reached.
    match stored_before::<F>(&db, &key, &request_hash).await? {
        Some(id) => answer::<F>(&id, 200, &ctx).await,
        None => Err(limits::refusal(&db, F::BUCKET, &client, now_ms).await?),
    }
}

/// The form's answer with `status`, never cached.
async fn answer<F: Form>(id: &str, status: u16, ctx: &Public) -> Result<Response, ApiError> {
    let mut response = Response::from_json(&F::answer(id, ctx).await?)?.with_status(status);
    response.headers_mut().set("Cache-Control", "no-store")?;
    Ok(response)
}

/// The id stored under `key` for the same content, if any; the same key with other content is
/// a conflict.
async fn stored_before<F: Form>(
    db: &D1Database,
    key: &str,
    request_hash: &str,
) -> Result<Option<String>, ApiError> {
    match intake::find_by_key(db, F::TABLE, key).await? {
        Some(found) => idempotency::replayed_id(found, request_hash, F::KEY_CONFLICT).map(Some),
        None => Ok(None),
    }
}
