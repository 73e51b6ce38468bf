//! E-mail through Cloudflare's `[[send_email]]` binding (`EMAIL`). Without the binding nothing
//! here runs: registrations are confirmed when stored, and no page mentions mail.
//!
//! Every message goes through the outbox (`storage::outbox`): queued in the same batch as what
//! it is about, tried once right after the answer (`Background`), retried by the cron every
//! 10 minutes with growing waits, marked failed after the last attempt. `wrangler dev` writes
//! each message to an `.eml` file and logs its path instead of sending it.

pub mod digest;
pub mod message;
pub mod texts;
pub mod token;

use crate::error::ApiError;
use crate::storage::{self, outbox};
use crate::words::PageWords;
use model::coordination::Registration;
use model::lang::Lang;
use worker::Env;

/// The binding's name in wrangler.toml.
pub const BINDING: &str = "EMAIL";
/// The sender while config/site.toml's `[mail] sender` is a placeholder (only a local build
/// can have one: a production build refuses to start with any placeholder left).
const PLACEHOLDER_SENDER: &str = "absender-noch-auszufuellen@netzwerkkarte.invalid";

/// The sender address of every mail (`From` and the envelope's sender).
pub fn sender() -> &'static str {
    match env!("MAIL_SENDER") {
        "" => PLACEHOLDER_SENDER,
        configured => configured,
    }
}

/// Whether the operator has switched mail on (the binding is configured).
pub fn enabled(env: &Env) -> bool {
    env.send_email(BINDING).is_ok()
}

/// The keyed hash of an address, for the daily limit: the address itself is not kept there.
pub async fn address_hash(secret: &[u8], address: &str) -> Result<String, ApiError> {
    crate::signing_key::keyed_hash(secret, &format!("mail {}", address.trim().to_lowercase())).await
}

/// Whom a registration's mail goes to.
pub struct Recipient<'a> {
    pub registration: &'a str,
    pub email: &'a str,
    pub name: &'a str,
    /// The language the form was filled in.
    pub lang: Lang,
}

impl<'a> Recipient<'a> {
    /// The volunteer of a stored registration, in the language they filled the form in.
    pub fn of(registration: &'a Registration) -> Self {
        Self {
            registration: &registration.id,
            email: &registration.email,
            name: &registration.name,
            lang: registration.language(),
        }
    }
}

/// A registration's mail about to be queued: which kind, and its id in the outbox.
pub struct Outgoing<'a> {
    pub kind: &'a str,
    pub outbox_id: &'a str,
    pub now_ms: f64,
}

/// The statements that queue the confirmation mail with the personal link (on `origin`), for the
/// batch that stores the registration or asks again.
pub async fn queue_confirmation(
    env: &Env,
    origin: &str,
    to: &Recipient<'_>,
    outbox_id: &str,
    now_ms: f64,
) -> Result<Vec<worker::D1PreparedStatement>, ApiError> {
    let secret = crate::signing_key::read(env)?;
    let token = token::token(&secret, token::Purpose::SelfService, to.registration).await?;
    let link = format!("{origin}/anmeldung#{token}");
    let words = PageWords::load(env, to.lang).await?;
    let mail = texts::confirmation(&words, to.email, to.name, &link);
    let outgoing = Outgoing {
        kind: "confirm",
        outbox_id,
        now_ms,
    };
    queue_for(env, &secret, to, &mail, &outgoing).await
}

/// The statements that queue the mail saying the volunteer was placed with `network`.
pub async fn queue_placed(
    env: &Env,
    to: &Recipient<'_>,
    network: &str,
    outbox_id: &str,
    now_ms: f64,
) -> Result<Vec<worker::D1PreparedStatement>, ApiError> {
    let secret = crate::signing_key::read(env)?;
    let words = PageWords::load(env, to.lang).await?;
    let mail = texts::placed(&words, to.email, to.name, network);
    let outgoing = Outgoing {
        kind: "placed",
        outbox_id,
        now_ms,
    };
    queue_for(env, &secret, to, &mail, &outgoing).await
}

/// The statements that queue `mail` to the registration's volunteer.
async fn queue_for(
    env: &Env,
    secret: &[u8],
    to: &Recipient<'_>,
    mail: &message::Mail,
    outgoing: &Outgoing<'_>,
) -> Result<Vec<worker::D1PreparedStatement>, ApiError> {
    let now_secs = (outgoing.now_ms / 1000.0) as i64;
    let raw = message::mime(mail, sender(), outgoing.outbox_id, now_secs)?;
    let address_hash = address_hash(secret, to.email).await?;
    let queued = outbox::Queued {
        id: outgoing.outbox_id,
        registration: Some(to.registration),
        coordinator: None,
        kind: outgoing.kind,
        recipient: to.email,
        address_hash: &address_hash,
        message: &raw,
        now_ms: outgoing.now_ms,
    };
    Ok(outbox::queue(&storage::database(env)?, &queued)?.into())
}

/// Tries the queued message `id` once after the answer.
pub fn attempt_soon(
    background: &crate::background::Background,
    env: &Env,
    id: String,
    now_ms: f64,
) {
    let env = env.clone();
    background.spawn(async move {
        if let Err(error) = attempt(&env, &id, now_ms).await {
            worker::console_error!("mail {id}: {error:?}");
        }
    });
}

/// One attempt to send the queued message `id`: sent, it leaves the outbox; refused, it waits
/// for the next attempt or, after the last, is marked failed. Returns whether it was sent.
pub async fn attempt(env: &Env, id: &str, now_ms: f64) -> Result<bool, ApiError> {
    let db = storage::database(env)?;
    let Some(row) = outbox::claim(&db, id, now_ms).await? else {
        return Ok(false);
    };
    match send(env, &row.recipient, &row.message).await {
        Ok(()) => {
            outbox::sent(&db, id).await?;
            Ok(true)
        }
        Err(error) => {
            worker::console_error!("mail {id}, attempt {}: {error}", row.attempts);
            outbox::not_sent(&db, &row, &error, &crate::clock::iso_at(now_ms)).await?;
            Ok(false)
        }
    }
}

/// Hands one message to the binding; the error in words when it refuses (the service's own
/// message, which coordinators read among the failed mails).
async fn send(env: &Env, recipient: &str, raw: &str) -> Result<(), String> {
    let binding = env.send_email(BINDING).map_err(|e| e.to_string())?;
    let message = worker::EmailMessage::new(sender(), recipient, raw)
        .map_err(|e| String::from(e.message()))?;
    binding
        .send(&message)
        .await
        .map(|_| ())
        .map_err(|e| String::from(e.message()))
}

/// What one cron run of the outbox did.
#[derive(Debug, Default)]
pub struct Run {
    pub sent: u32,
    pub not_sent: u32,
}

/// The cron's work (every 10 minutes): retries due messages, forgets old daily counts and
/// undelivered digests. `now_ms` is the trigger's scheduled time.
pub async fn run(env: &Env, now_ms: f64) -> Result<Run, ApiError> {
    let db = storage::database(env)?;
    let mut run = Run::default();
    if enabled(env) {
        for id in outbox::due(&db, now_ms, 50).await? {
            if attempt(env, &id, now_ms).await? {
                run.sent += 1;
            } else {
                run.not_sent += 1;
            }
        }
    }
    // An undelivered digest holds a coordinator's address: kept as long as an unconfirmed
    // registration, at most.
    let undelivered_before = crate::clock::iso_at(
        now_ms - f64::from(crate::retention::UNCONFIRMED_DAYS) * outbox::DAY_MS,
    );
    outbox::tidy(&db, now_ms, &undelivered_before).await?;
    Ok(run)
}
