//! What to do after an answer, and when to try again: plain functions, no browser.
//!
//! A registration that was sent but not answered may have been stored. Until an answer
//! settles it, the draft keeps the body it sent (`Draft::sent`), and every resend, automatic or
//! by "Absenden", sends that body again under the same key: the Worker then answers with the
//! id it stored, or stores it now. Changes the person made after sending are compared once
//! the answer is in ([`decide`]).

use super::submit::Outcome;
use model::validate::FieldErrors;
use model::RegistrationInput;

/// The waits between automatic resends, in seconds: 10 s, 30 s, 1, 2, 5 and 10 minutes, then
/// every 10 minutes.
const DELAYS: [u32; 6] = [10, 30, 60, 120, 300, 600];

/// Seconds to wait before automatic resend number `attempt + 1` (`attempt` resends have
/// already been made since the person last pressed a button).
pub fn next_delay(attempt: u32) -> u32 {
    DELAYS[(attempt as usize).min(DELAYS.len() - 1)]
}

/// Why the form waits, and how long at least.
#[derive(Debug, Clone, PartialEq)]
pub enum Wait {
    /// No connection.
    Offline,
    /// The server could not take it just now.
    Server,
    /// Too many from this connection: not before `Retry-After` seconds.
    TooMany(u32),
}

impl Wait {
    /// Seconds until the next automatic resend.
    pub fn delay(&self, attempt: u32) -> u32 {
        match self {
            Wait::TooMany(retry_after) => next_delay(attempt).max(*retry_after),
            Wait::Offline | Wait::Server => next_delay(attempt),
        }
    }
}

/// Something under this form's key arrived, but not the form as it is now.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Offer {
    /// What was sent arrived; the person changed the form after sending.
    ChangeNotSent,
    /// Another registration (other content) arrived under this key before.
    KeyTaken,
}

/// What the form does after an answer.
#[derive(Debug, Clone, PartialEq)]
pub enum Next {
    /// Stored, and the form is what was sent: the thanks.
    Done,
    /// Say what arrived, and offer to send the form as it is now as a new registration
    /// (a new key). Nothing is resent by itself.
    Offer(Offer),
    /// Nothing stored: show the fields to fix. No automatic resend.
    FixFields(FieldErrors),
    /// Keep what was sent and send it again by itself later.
    Retry(Wait),
    /// Refused for good: show the server's words. No automatic resend; "Absenden" sends the
    /// form as it is now.
    Stop(String),
}

/// Two bodies the Worker stores alike (it stores the normalised input).
pub fn same_registration(a: &RegistrationInput, b: &RegistrationInput) -> bool {
    a.normalised() == b.normalised()
}

/// What to do after `outcome`, the answer to `sent`, while the form now holds `current`.
pub fn decide(outcome: Outcome, sent: &RegistrationInput, current: &RegistrationInput) -> Next {
    match outcome {
        Outcome::Accepted if same_registration(sent, current) => Next::Done,
        Outcome::Accepted => Next::Offer(Offer::ChangeNotSent),
        Outcome::KeyConflict => Next::Offer(Offer::KeyTaken),
        Outcome::Invalid(errors) => Next::FixFields(errors),
        Outcome::TooMany(seconds) => Next::Retry(Wait::TooMany(seconds)),
        Outcome::Unreachable => Next::Retry(Wait::Offline),
        Outcome::Unavailable => Next::Retry(Wait::Server),
        Outcome::Refused(message) => Next::Stop(message),
    }
}

/// Whether the body last sent must be kept (and sent again before anything else): only an
/// answer that proves nothing is stored under the key, or that settles what is, lets it go.
pub fn keeps_sent(next: &Next) -> bool {
    matches!(next, Next::Retry(_))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sent() -> RegistrationInput {
        RegistrationInput {
            name: "Amira".into(),
            email: "amira@example.org".into(),
            message: Some("Ich helfe gern.".into()),
            ..RegistrationInput::default()
        }
    }

    #[test]
    fn backs_off_then_every_ten_minutes() {
        let delays: Vec<u32> = (0..9).map(next_delay).collect();
        assert_eq!(delays, [10, 30, 60, 120, 300, 600, 600, 600, 600]);
        assert_eq!(next_delay(u32::MAX), 600);
    }

    #[test]
    fn too_many_waits_at_least_retry_after() {
        assert_eq!(Wait::TooMany(240).delay(0), 240);
        assert_eq!(Wait::TooMany(5).delay(0), 10);
        assert_eq!(Wait::TooMany(5).delay(4), 300);
        assert_eq!(Wait::Offline.delay(2), 60);
        assert_eq!(Wait::Server.delay(7), 600);
    }

    #[test]
    fn stored_and_unchanged_is_done() {
        assert_eq!(decide(Outcome::Accepted, &sent(), &sent()), Next::Done);
        // What the Worker would store alike counts as unchanged.
        let mut spaced = sent();
        spaced.email = " amira@example.org ".into();
        spaced.phone = Some(String::new());
        assert_eq!(decide(Outcome::Accepted, &sent(), &spaced), Next::Done);
    }

    #[test]
    fn stored_but_changed_since_offers_a_new_registration() {
        let mut changed = sent();
        changed.message = Some("Lieber dienstags.".into());
        assert_eq!(
            decide(Outcome::Accepted, &sent(), &changed),
            Next::Offer(Offer::ChangeNotSent)
        );
    }

    #[test]
    fn a_key_conflict_is_an_offer_never_a_field_error() {
        for current in [sent(), RegistrationInput::default()] {
            assert_eq!(
                decide(Outcome::KeyConflict, &sent(), &current),
                Next::Offer(Offer::KeyTaken)
            );
        }
    }

    #[test]
    fn waits_keep_what_was_sent_and_refusals_stop() {
        for (outcome, wait) in [
            (Outcome::Unreachable, Wait::Offline),
            (Outcome::Unavailable, Wait::Server),
            (Outcome::TooMany(60), Wait::TooMany(60)),
        ] {
            let next = decide(outcome, &sent(), &RegistrationInput::default());
            assert_eq!(next, Next::Retry(wait));
            assert!(keeps_sent(&next));
        }
        let stop = decide(Outcome::Refused("Zu groß.".into()), &sent(), &sent());
        assert_eq!(stop, Next::Stop("Zu groß.".into()));
        let errors = model::validate::field_error("email", model::Code::EmailInvalid, "x");
        let fix = decide(Outcome::Invalid(errors.clone()), &sent(), &sent());
        assert_eq!(fix, Next::FixFields(errors));
        for next in [stop, fix, Next::Done, Next::Offer(Offer::KeyTaken)] {
            assert!(!keeps_sent(&next), "{next:?}");
        }
    }
}
