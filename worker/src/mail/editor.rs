//! The mails to a network's editor, in the language of their access (German or English, like
//! their area): the invitation with its sign-in link, a sign-in link they asked for, and a
//! declined proposal with its reason. What they carry was typed by coordinators, never into a
//! public form. Each is queued in the batch of what it is about, guarded by the access
//! (`outbox::Guard::Editor`): an access ended takes its waiting mail with it.

use super::message::{mime, Mail, Paragraph};
use super::reminder_words::Reminder;
use super::sender;
use crate::error::ApiError;
use crate::storage::outbox;
use model::editor::EditorLanguage;
use model::lang::Lang;
use model::mail_kind::Kind;
use worker::{D1Database, D1PreparedStatement};

/// The editor a mail goes to.
pub struct ToEditor<'a> {
    pub id: &'a str,
    pub name: &'a str,
    pub email: &'a str,
    pub language: EditorLanguage,
}

/// What a mail to an editor is about.
pub enum About<'a> {
    /// The first sign-in link, valid 7 days.
    Invitation { link: &'a str },
    /// A sign-in link asked for, valid 30 minutes.
    SignIn { link: &'a str },
    /// A proposal for `network` declined, with the coordinator's reason.
    Declined { network: &'a str, reason: &'a str },
    /// The entry `network` goes stale on `stale_on` (`None`: it is stale from today), last
    /// confirmed on `confirmed` (`None`: never): a one-click "Stimmt noch" link (`confirm`) and
    /// the way to propose changes (`area`).
    Reminder(Reminder<'a>),
}

impl About<'_> {
    fn kind(&self) -> Kind {
        match self {
            About::Invitation { .. } | About::SignIn { .. } => Kind::EditorLink,
            About::Declined { .. } | About::Reminder(_) => Kind::EditorNotice,
        }
    }
}

/// The mail's words.
fn mail(to: &ToEditor<'_>, about: &About<'_>) -> Mail {
    let en = to.language == EditorLanguage::En;
    let pick = |de: &str, en_text: &str| if en { en_text } else { de }.to_string();
    let greeting = if en {
        format!("Hello {},", to.name)
    } else {
        format!("Guten Tag {},", to.name)
    };
    let mut paragraphs = vec![Paragraph::Text(greeting)];
    let subject = match about {
        About::Invitation { link } => {
            paragraphs.push(Paragraph::Text(pick(
                "die Koordinierungsstelle „Ehrenamt zur Integration von Flüchtlingen“ der Stadt \
                 Braunschweig hat Ihnen einen Netzwerk-Zugang zur Netzwerkkarte gegeben. Damit \
                 halten Sie den Eintrag Ihres Netzwerks aktuell: bestätigen, dass alles stimmt, \
                 oder Änderungen vorschlagen.",
                "the coordination office \"Ehrenamt zur Integration von Flüchtlingen\" of the City \
                 of Braunschweig has given you a network access to the Netzwerkkarte. With it you \
                 keep your network's entry current: confirm that it is still right, or propose \
                 changes.",
            )));
            paragraphs.push(Paragraph::Link {
                href: link.to_string(),
                label: pick("Jetzt anmelden", "Sign in now"),
            });
            paragraphs.push(Paragraph::Text(pick(
                "Der Link gilt 7 Tage und nur einmal. Später fordern Sie auf der Anmeldeseite \
                 einen neuen an.",
                "The link works once, for 7 days. Later you ask for a new one on the sign-in page.",
            )));
            pick(
                "Ihr Netzwerk-Zugang zur Netzwerkkarte",
                "Your network access to the Netzwerkkarte",
            )
        }
        About::SignIn { link } => {
            paragraphs.push(Paragraph::Text(pick(
                "Sie haben einen Link zum Anmelden angefordert.",
                "You asked for a link to sign in.",
            )));
            paragraphs.push(Paragraph::Link {
                href: link.to_string(),
                label: pick("Jetzt anmelden", "Sign in now"),
            });
            paragraphs.push(Paragraph::Text(pick(
                "Der Link gilt 30 Minuten und nur einmal. Wenn Sie ihn nicht angefordert haben, \
                 müssen Sie nichts tun.",
                "The link works once, for 30 minutes. If you did not ask for it, you need not do \
                 anything.",
            )));
            pick("Ihr Link zum Anmelden", "Your link to sign in")
        }
        About::Declined { network, reason } => {
            paragraphs.push(Paragraph::Text(if en {
                format!(
                    "the coordination office did not accept your proposed change to \"{network}\". \
                     The reason:\n\n{reason}\n\nThe entry stays as it is. You can propose a new \
                     change in your area at any time."
                )
            } else {
                format!(
                    "die Koordinierungsstelle hat Ihre vorgeschlagene Änderung an „{network}“ nicht \
                     übernommen. Der Grund:\n\n{reason}\n\nDer Eintrag bleibt, wie er ist. Sie können \
                     jederzeit eine neue Änderung vorschlagen."
                )
            }));
            pick(
                "Ihr Änderungsvorschlag wurde nicht übernommen",
                "Your proposed change was not accepted",
            )
        }
        About::Reminder(reminder) => super::reminder_words::words(reminder, en, &mut paragraphs),
    };
    paragraphs.push(Paragraph::Text(pick(
        "Freundliche Grüße\nIhre Netzwerkkarte Ehrenamt Braunschweig",
        "Kind regards\nNetzwerkkarte Ehrenamt Braunschweig",
    )));
    Mail {
        to: to.email.to_string(),
        subject,
        paragraphs,
        lang: if en { Lang::En } else { Lang::De },
    }
}

/// The statement that queues the mail `about` to `to` as outbox row `outbox_id`, for the batch
/// of what it is about.
pub fn queue(
    db: &D1Database,
    to: &ToEditor<'_>,
    about: &About<'_>,
    outbox_id: &str,
    now_ms: f64,
) -> Result<D1PreparedStatement, ApiError> {
    queue_guarded(
        db,
        to,
        about,
        outbox_id,
        now_ms,
        outbox::Guard::Editor(to.id),
    )
}

/// The decline's mail for proposal `proposal`, queued only while it waits.
pub fn queue_decline(
    db: &D1Database,
    to: &ToEditor<'_>,
    about: &About<'_>,
    outbox_id: &str,
    now_ms: f64,
    proposal: &str,
) -> Result<D1PreparedStatement, ApiError> {
    let guard = outbox::Guard::ProposalWaiting {
        editor: to.id,
        proposal,
    };
    queue_guarded(db, to, about, outbox_id, now_ms, guard)
}

fn queue_guarded(
    db: &D1Database,
    to: &ToEditor<'_>,
    about: &About<'_>,
    outbox_id: &str,
    now_ms: f64,
    guard: outbox::Guard<'_>,
) -> Result<D1PreparedStatement, ApiError> {
    let raw = mime(
        &mail(to, about),
        sender(),
        outbox_id,
        (now_ms / 1000.0) as i64,
    )?;
    outbox::queue(
        db,
        &outbox::Queued {
            id: outbox_id,
            guard,
            kind: about.kind(),
            mailbox: None,
            recipient: to.email,
            message: &raw,
            now_ms,
        },
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lea(language: EditorLanguage) -> ToEditor<'static> {
        ToEditor {
            id: "e1",
            name: "Lea Beispiel",
            email: "lea@refugium.example",
            language,
        }
    }

    #[test]
    fn an_invitation_speaks_the_access_language_and_carries_its_link() {
        let link = "https://netzwerkkarte.example/mein-netzwerk/anmelden#abc";
        let de = mail(&lea(EditorLanguage::De), &About::Invitation { link });
        assert!(de.subject.contains("Netzwerk-Zugang"));
        assert!(matches!(&de.paragraphs[2], Paragraph::Link { href, .. } if href == link));
        let en = mail(&lea(EditorLanguage::En), &About::SignIn { link });
        assert_eq!(en.lang, Lang::En);
        assert!(en.subject.contains("sign in"));
    }

    #[test]
    fn a_decline_says_why() {
        let about = About::Declined {
            network: "Refugium",
            reason: "Bitte keine privaten Telefonnummern.",
        };
        let de = mail(&lea(EditorLanguage::De), &about);
        let Paragraph::Text(body) = &de.paragraphs[1] else {
            panic!("text expected")
        };
        assert!(body.contains("Bitte keine privaten Telefonnummern."));
        assert_eq!(about.kind(), Kind::EditorNotice);
    }
}
