//! E-mail through Cloudflare's `[[send_email]]` binding (`EMAIL`). Without the binding nothing
//! here runs: registrations are confirmed when stored, and no page mentions mail.
//!
//! Every message goes through the outbox (`storage::outbox`): queued in the same batch as what
//! it is about, tried once right after the answer (`Background`), retried by the cron every
//! 10 minutes with growing waits, marked failed after the last attempt. `wrangler dev` writes
//! each message to an `.eml` file and logs its path instead of sending it.

mod confirmation;
pub mod digest;
pub mod editor;
pub mod limits;
pub mod mailbox;
pub mod message;
pub mod reminder_words;
pub mod reminders;
pub mod texts;
pub mod token;

use crate::error::ApiError;
use crate::storage::{self, outbox};
use crate::words::PageWords;
use model::coordination::Registration;
use model::mail_kind::Kind;
use worker::{D1PreparedStatement, Env};

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

/// The `[vars]` name of the site's own address, which every link in a mail starts with (never
/// the request's `Host`): xtask gives each local stack its own, the deploy checks it against
/// config/site.toml's `[operator] site`.
pub const SITE_URL_VAR: &str = "SITE_URL";

/// The site's own address, without a trailing `/`.
pub fn site_url(env: &Env) -> Result<String, ApiError> {
    let url = env
        .var(SITE_URL_VAR)
        .map(|value| value.to_string())
        .map_err(|_| ApiError::Unavailable(format!("{SITE_URL_VAR} is not set")))?;
    let url = url.trim().trim_end_matches('/');
    if url.is_empty() {
        return Err(ApiError::Unavailable(format!(
            "{SITE_URL_VAR} is empty: mail links need the site's address"
        )));
    }
    Ok(url.to_string())
}

/// The statements that owe the registration `id` (address `email`) a confirmation mail, for
/// the batch that stores it or asks again; the mailbox's row id to try after the answer.
pub async fn owe_confirmation(
    env: &Env,
    id: &str,
    email: &str,
    now_ms: f64,
) -> Result<(Vec<worker::D1PreparedStatement>, String), ApiError> {
    let secret = crate::signing_key::read(env)?;
    let mailbox = mailbox::hash(&secret, email).await?;
    let row_id = uuid::Uuid::new_v4().to_string();
    let db = storage::database(env)?;
    let statements = outbox::owe_confirmation(&db, id, &mailbox, &row_id, now_ms)?;
    Ok((statements.into(), mailbox))
}

/// After the batch that owed a confirmation to `mailbox`: tries its row once after the answer
/// (by when it is expected: [`confirmation_expected`]).
pub async fn confirmation_follows(
    env: &Env,
    background: &crate::background::Background,
    mailbox: &str,
    now_ms: f64,
) -> Result<(), ApiError> {
    let db = storage::database(env)?;
    if let Some(row) = outbox::mailbox_row(&db, mailbox).await? {
        attempt_soon(background, env, row, now_ms);
    }
    Ok(())
}

/// By when the confirmation mail of registration `id` is expected, asked at `now_ms`: soon if
/// it went already, else when its mailbox's next slot comes (ISO 8601).
pub async fn confirmation_expected(env: &Env, id: &str, now_ms: f64) -> Result<String, ApiError> {
    let db = storage::database(env)?;
    let at = match storage::mail_limits::owed_mailbox(&db, id).await? {
        Some(mailbox) => limits::confirmation_expected_by(env, &db, &mailbox, now_ms).await?,
        None => now_ms + outbox::RETRY_MS,
    };
    Ok(crate::clock::iso_at(at))
}

/// A mail to the volunteer of a registration, about to be queued.
#[derive(Clone, Copy)]
pub struct ToVolunteer<'a> {
    pub registration: &'a Registration,
    /// Its id in the outbox.
    pub outbox_id: &'a str,
    pub now_ms: f64,
}

impl ToVolunteer<'_> {
    /// The statement that queues the mail saying the volunteer was placed with `network`: for
    /// the batch that places them, before the update (so it is queued once).
    pub async fn placed(&self, env: &Env, network: &str) -> Result<D1PreparedStatement, ApiError> {
        let guard = outbox::Guard::NotYetPlaced(&self.registration.id);
        let to = Recipient::InUse;
        self.queue(env, Kind::Placed, guard, to, |words, to| {
            texts::placed(words, to, network)
        })
        .await
    }

    /// The statement that queues the mail saying `network` (whose need they answered) gets in
    /// touch: for the batch that marks the first contact, before the mark (so it goes once).
    pub async fn contacted(
        &self,
        env: &Env,
        network: &str,
    ) -> Result<D1PreparedStatement, ApiError> {
        let guard = outbox::Guard::NotYetContacted(&self.registration.id);
        self.queue(
            env,
            Kind::Contacted,
            guard,
            Recipient::InUse,
            |words, to| texts::contacted(words, to, network),
        )
        .await
    }

    /// The statement that queues a new personal `link`, for the batch that renews the link. It
    /// goes first of all mail (`Kind::Link`).
    pub async fn link(&self, env: &Env, link: &str) -> Result<D1PreparedStatement, ApiError> {
        let guard = outbox::Guard::Registration(&self.registration.id);
        self.queue(env, Kind::Link, guard, Recipient::InUse, |words, to| {
            texts::renewed_link(words, to, link)
        })
        .await
    }

    /// The statements that ask the new address `email` to confirm itself with `link` (counted
    /// against its mailbox), and tell the address in use that a new one was asked for.
    pub async fn address_change(
        &self,
        env: &Env,
        email: &str,
        link: &str,
        notice_id: &str,
    ) -> Result<[D1PreparedStatement; 2], ApiError> {
        let secret = crate::signing_key::read(env)?;
        let mailbox = mailbox::hash(&secret, email).await?;
        let id = &self.registration.id;
        let new = Recipient::New {
            email,
            mailbox: &mailbox,
        };
        let confirm = self
            .queue(
                env,
                Kind::AddressConfirm,
                outbox::Guard::Registration(id),
                new,
                |words, to| texts::address_confirm(words, to, link),
            )
            .await?;
        let notice = ToVolunteer {
            outbox_id: notice_id,
            ..*self
        }
        .queue(
            env,
            Kind::AddressNotice,
            outbox::Guard::Registration(id),
            Recipient::InUse,
            |words, to| texts::address_notice(words, to),
        )
        .await?;
        Ok([confirm, notice])
    }

    /// The mail `write` writes, in the registration's language, to `to`.
    async fn queue(
        &self,
        env: &Env,
        kind: Kind,
        guard: outbox::Guard<'_>,
        to: Recipient<'_>,
        write: impl FnOnce(&PageWords, &str) -> message::Mail,
    ) -> Result<D1PreparedStatement, ApiError> {
        let (address, mailbox) = match to {
            Recipient::InUse => (self.registration.email.as_str(), None),
            Recipient::New { email, mailbox } => (email, Some(mailbox)),
        };
        let words = PageWords::load(env, self.registration.language()).await?;
        let mail = write(&words, address);
        let now_secs = (self.now_ms / 1000.0) as i64;
        let raw = message::mime(&mail, sender(), self.outbox_id, now_secs)?;
        let queued = outbox::Queued {
            id: self.outbox_id,
            guard,
            kind,
            mailbox,
            recipient: address,
            message: &raw,
            now_ms: self.now_ms,
        };
        outbox::queue(&storage::database(env)?, &queued)
    }
}

/// Where a volunteer's mail goes.
enum Recipient<'a> {
    /// The address in use (confirmed, or the one they registered with).
    InUse,
    /// A new address, and its mailbox's keyed hash (it counts against that mailbox's limit).
    New { email: &'a str, mailbox: &'a str },
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

/// What one attempt did.
#[derive(Debug, PartialEq)]
pub enum Attempt {
    Sent,
    /// Refused by the service: tried again later, or failed for good.
    NotSent,
    /// A limit holds it back until its slot.
    Held,
    /// Gone, or another run has it.
    Nothing,
}

/// One attempt to send the queued message `id`: held back while a limit is reached; sent, it
/// leaves the outbox; refused, it waits for the next attempt or, after the last, is marked
/// failed.
pub async fn attempt(env: &Env, id: &str, now_ms: f64) -> Result<Attempt, ApiError> {
    let db = storage::database(env)?;
    let Some(mut row) = outbox::pending(&db, id).await? else {
        return Ok(Attempt::Nothing);
    };
    if let Some(until) = limits::row_held_until(env, &db, &row, now_ms).await? {
        storage::mail_limits::hold(&db, id, until).await?;
        return Ok(Attempt::Held);
    }
    if !outbox::claim(&db, &mut row, now_ms).await? {
        return Ok(Attempt::Nothing);
    }
    // A mailbox's confirmations are written now; every other mail was written when queued.
    let merged = row.mailbox.clone().filter(|_| row.message.is_empty());
    let (recipient, message, owed) = match merged {
        Some(mailbox) => {
            let owed = outbox::owed(&db, &mailbox).await?;
            let Some(oldest) = owed.first() else {
                outbox::owes_nothing(&db, id).await?;
                return Ok(Attempt::Nothing);
            };
            let raw = confirmation::message(env, &owed, now_ms).await?;
            let ids = owed.iter().map(|o| o.id.clone()).collect();
            (oldest.email.clone(), raw, ids)
        }
        None => (row.recipient.clone(), row.message.clone(), Vec::new()),
    };
    match send(env, &recipient, &message).await {
        Ok(()) => {
            outbox::sent(&db, &row, &owed, now_ms).await?;
            Ok(Attempt::Sent)
        }
        Err(error) => {
            // The service names the address in its refusal: kept without it.
            let error = error.replace(&recipient, "…");
            worker::console_error!("mail {id}, attempt {}: {error}", row.attempts);
            outbox::not_sent(&db, &row, &error, &crate::clock::iso_at(now_ms)).await?;
            Ok(Attempt::NotSent)
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
    pub held: u32,
}

/// The cron's work (every 10 minutes): retries due messages, forgets old daily counts and
/// undelivered digests. `now_ms` is the trigger's scheduled time.
pub async fn run(env: &Env, now_ms: f64) -> Result<Run, ApiError> {
    let db = storage::database(env)?;
    let mut run = Run::default();
    if enabled(env) {
        for id in outbox::due(&db, now_ms, 50).await? {
            match attempt(env, &id, now_ms).await? {
                Attempt::Sent => run.sent += 1,
                Attempt::NotSent => run.not_sent += 1,
                Attempt::Held => run.held += 1,
                Attempt::Nothing => {}
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
