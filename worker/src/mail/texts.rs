//! What the mails say, from `app/locales/<lang>/mail.ftl` (in the Worker's words table), in the
//! language the volunteer filled the form in.

use super::message::{Mail, Paragraph};
use crate::storage::digest::News;
use model::lang::Lang;
use model::render::{t, Words};

// No mail carries what was typed into a public form (a stranger could type anything into
// someone else's mail): the greeting has no name, and neither has the recipient.

/// A personal link a confirmation carries, and when its registration was made.
pub struct OwedLink {
    pub href: String,
    /// `2026-12-03 13:05`, Braunschweig's time.
    pub made: String,
}

/// A mail to a volunteer: the subject (a message id), the greeting, `body`, the signature.
fn to_volunteer(words: &dyn Words, to: &str, subject: &str, body: Vec<Paragraph>) -> Mail {
    let mut paragraphs = vec![text(words, "mail-greeting")];
    paragraphs.extend(body);
    paragraphs.push(text(words, "mail-signature"));
    Mail {
        to: to.to_string(),
        subject: t(words, subject),
        paragraphs,
        lang: words.lang(),
    }
}

/// The message `id` as a paragraph.
fn text(words: &dyn Words, id: &str) -> Paragraph {
    Paragraph::Text(t(words, id))
}

/// A link with the words of the message `label`.
fn link(words: &dyn Words, href: &str, label: &str) -> Paragraph {
    Paragraph::Link {
        href: href.to_string(),
        label: t(words, label),
    }
}

/// The mail after a registration: confirm with the personal link, and keep it. With several
/// registrations owed (made with this mailbox by someone, perhaps not its owner), one link
/// each, named by when it was made.
pub fn confirmation(words: &dyn Words, to: &str, links: &[OwedLink]) -> Mail {
    let mut body = Vec::new();
    match links {
        [one] => {
            body.push(text(words, "mail-confirm-intro"));
            body.push(link(words, &one.href, "mail-confirm-button"));
        }
        several => {
            body.push(text(words, "mail-confirm-several"));
            for owed in several {
                body.push(Paragraph::Link {
                    href: owed.href.clone(),
                    label: words.text("mail-confirm-made", &[("time", &owed.made)]),
                });
            }
        }
    }
    for id in ["mail-link-keep", "mail-unconfirmed", "mail-not-you"] {
        body.push(text(words, id));
    }
    to_volunteer(words, to, "mail-confirm-subject", body)
}

/// A new personal link the volunteer asked for: the old one is dead.
pub fn renewed_link(words: &dyn Words, to: &str, href: &str) -> Mail {
    let body = vec![
        text(words, "mail-link-intro"),
        link(words, href, "mail-link-button"),
        text(words, "mail-link-keep"),
        text(words, "mail-link-not-you"),
    ];
    to_volunteer(words, to, "mail-link-subject", body)
}

/// The link that confirms a new address, to that address.
pub fn address_confirm(words: &dyn Words, to: &str, href: &str) -> Mail {
    let body = vec![
        text(words, "mail-address-intro"),
        link(words, href, "mail-address-button"),
        text(words, "mail-not-you"),
    ];
    to_volunteer(words, to, "mail-address-subject", body)
}

/// To the address in use: a new one was asked for, and this one stays until it is confirmed.
pub fn address_notice(words: &dyn Words, to: &str) -> Mail {
    let body = vec![text(words, "mail-address-notice")];
    to_volunteer(words, to, "mail-address-notice-subject", body)
}

/// The short mail once the coordinators have placed the volunteer with a network (they asked
/// for it in the form). The network's name is the coordinators' entry, not the volunteer's.
pub fn placed(words: &dyn Words, to: &str, network: &str) -> Mail {
    let body = vec![Paragraph::Text(
        words.text("mail-placed", &[("network", network)]),
    )];
    to_volunteer(words, to, "mail-placed-subject", body)
}

/// The one short mail when the network whose need they answered marks the first contact
/// (they asked for news in the form). The name is the network's entry, not the volunteer's.
pub fn contacted(words: &dyn Words, to: &str, network: &str) -> Mail {
    let body = vec![Paragraph::Text(
        words.text("mail-contacted", &[("network", network)]),
    )];
    to_volunteer(words, to, "mail-contacted-subject", body)
}

/// The coordinators' daily digest, in German like their area: counts and a link, nothing else.
pub fn digest(news: &News, to: &str, day: &str, site: &str) -> Mail {
    let mut paragraphs = vec![Paragraph::Text(format!(
        "Guten Morgen,\n\nhier ist der Überblick der Netzwerkkarte für den {}: was seit dem \
         letzten Überblick neu ist.",
        model::render::german_date(day)
    ))];
    if news.registrations > 0 {
        let mut text = format!("Neue bestätigte Anmeldungen: {}", news.registrations);
        for count in &news.by_district {
            let name = count
                .label
                .parse()
                .ok()
                .and_then(model::district::name_of)
                .unwrap_or("ohne Stadtbezirk");
            text.push_str(&format!("\n– {name}: {}", count.n));
        }
        paragraphs.push(Paragraph::Text(text));
    }
    if !news.answers.is_empty() {
        let mut text = format!(
            "Antworten auf Gesuche: {}",
            news.answers.iter().map(|c| c.n).sum::<u32>()
        );
        for count in &news.answers {
            text.push_str(&format!("\n– „{}“: {}", count.label, count.n));
        }
        paragraphs.push(Paragraph::Text(text));
    }
    if news.failed_mails > 0 {
        paragraphs.push(Paragraph::Text(format!(
            "E-Mails an Freiwillige, die nicht zugestellt werden konnten: {}",
            news.failed_mails
        )));
    }
    if news.held_mails > 0 {
        paragraphs.push(Paragraph::Text(format!(
            "E-Mails, die wegen eines Limits warten (sie gehen später raus): {}",
            news.held_mails
        )));
    }
    paragraphs.push(Paragraph::Text(format!(
        "Zu prüfen: {} Vorschläge von Netzwerken (Einträge und Gesuche, {} neu), {} \
         Zugangsanfragen und Netzwerkvorschläge ({} neu).\nEinträge, die in den nächsten 30 \
         Tagen veralten: {}; schon veraltet: {}.\nAntworten, mit denen seit 3 Tagen niemand \
         Kontakt aufgenommen hat: {}.",
        news.waiting_proposals,
        news.new_proposals,
        news.waiting_requests,
        news.new_requests,
        news.going_stale,
        news.stale,
        news.uncontacted_answers
    )));
    paragraphs.push(Paragraph::Link {
        href: format!("{site}/koordination"),
        label: "Zum Bereich der Koordinierungsstelle".into(),
    });
    paragraphs.push(Paragraph::Text(
        "Diesen Überblick können Sie im Bereich unter „Einstellungen“ abschalten.".into(),
    ));
    Mail {
        to: to.to_string(),
        subject: format!(
            "Netzwerkkarte: {} neue Anmeldungen, {} Antworten auf Gesuche",
            news.registrations,
            news.answers.iter().map(|c| c.n).sum::<u32>()
        ),
        paragraphs,
        // The coordinators work in German.
        lang: Lang::De,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::storage::digest::Count;

    #[test]
    fn the_digest_has_counts_and_a_link_only() {
        let news = News {
            registrations: 3,
            by_district: vec![
                Count {
                    label: "130".into(),
                    n: 2,
                },
                Count {
                    label: "221".into(),
                    n: 1,
                },
            ],
            answers: vec![Count {
                label: "Sprachpaten".into(),
                n: 2,
            }],
            failed_mails: 1,
            held_mails: 4,
            new_proposals: 1,
            new_requests: 0,
            waiting_proposals: 2,
            waiting_requests: 1,
            going_stale: 3,
            uncontacted_answers: 4,
            stale: 5,
        };
        let mail = digest(
            &news,
            "koordination@example.org",
            "2026-12-15",
            "https://karte.example",
        );
        let text: Vec<String> = mail
            .paragraphs
            .iter()
            .map(|p| match p {
                Paragraph::Text(t) => t.clone(),
                Paragraph::Link { href, .. } => href.clone(),
            })
            .collect();
        let text = text.join("\n");
        assert!(text.contains("15.12.2026"), "{text}");
        assert!(
            text.contains("Neue bestätigte Anmeldungen: 3\n– Mitte: 2\n– Weststadt: 1"),
            "{text}"
        );
        assert!(text.contains("– „Sprachpaten“: 2"));
        assert!(text.contains("nicht zugestellt werden konnten: 1"));
        assert!(text.contains("wegen eines Limits warten (sie gehen später raus): 4"));
        assert!(text.contains(
            "Zu prüfen: 2 Vorschläge von Netzwerken (Einträge und Gesuche, 1 neu), 1 Zugangsanfragen"
        ));
        assert!(text.contains("in den nächsten 30 Tagen veralten: 3; schon veraltet: 5."));
        assert!(text.contains("seit 3 Tagen niemand Kontakt aufgenommen hat: 4."));
        assert!(text.contains("https://karte.example/koordination"));
        assert_eq!(
            mail.subject,
            "Netzwerkkarte: 3 neue Anmeldungen, 2 Antworten auf Gesuche"
        );
    }
}
