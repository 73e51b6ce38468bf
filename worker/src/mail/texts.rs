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

/// The mail after a registration: confirm with the personal link, and keep it. With several
/// registrations owed (made with this mailbox by someone, perhaps not its owner), one link
/// each, named by when it was made.
pub fn confirmation(words: &dyn Words, to: &str, links: &[OwedLink]) -> Mail {
    let mut paragraphs = vec![Paragraph::Text(t(words, "mail-greeting"))];
    match links {
        [one] => {
            paragraphs.push(Paragraph::Text(t(words, "mail-confirm-intro")));
            paragraphs.push(Paragraph::Link {
                href: one.href.clone(),
                label: t(words, "mail-confirm-button"),
            });
        }
        several => {
            paragraphs.push(Paragraph::Text(t(words, "mail-confirm-several")));
            for link in several {
                paragraphs.push(Paragraph::Link {
                    href: link.href.clone(),
                    label: words.text("mail-confirm-made", &[("time", &link.made)]),
                });
            }
        }
    }
    for id in [
        "mail-link-keep",
        "mail-unconfirmed",
        "mail-not-you",
        "mail-signature",
    ] {
        paragraphs.push(Paragraph::Text(t(words, id)));
    }
    Mail {
        to: to.to_string(),
        subject: t(words, "mail-confirm-subject"),
        paragraphs,
        lang: words.lang(),
    }
}

/// The short mail once the coordinators have placed the volunteer with a network (they asked
/// for it in the form).
/// A new personal link the volunteer asked for: the old one is dead.
pub fn renewed_link(words: &dyn Words, to: &str, link: &str) -> Mail {
    Mail {
        to: to.to_string(),
        subject: t(words, "mail-link-subject"),
        paragraphs: vec![
            Paragraph::Text(t(words, "mail-greeting")),
            Paragraph::Text(t(words, "mail-link-intro")),
            Paragraph::Link {
                href: link.to_string(),
                label: t(words, "mail-link-button"),
            },
            Paragraph::Text(t(words, "mail-link-keep")),
            Paragraph::Text(t(words, "mail-link-not-you")),
            Paragraph::Text(t(words, "mail-signature")),
        ],
        lang: words.lang(),
    }
}

/// The link that confirms a new address, to that address.
pub fn address_confirm(words: &dyn Words, to: &str, link: &str) -> Mail {
    Mail {
        to: to.to_string(),
        subject: t(words, "mail-address-subject"),
        paragraphs: vec![
            Paragraph::Text(t(words, "mail-greeting")),
            Paragraph::Text(t(words, "mail-address-intro")),
            Paragraph::Link {
                href: link.to_string(),
                label: t(words, "mail-address-button"),
            },
            Paragraph::Text(t(words, "mail-not-you")),
            Paragraph::Text(t(words, "mail-signature")),
        ],
        lang: words.lang(),
    }
}

/// To the address in use: a new one was asked for, and this one stays until it is confirmed.
pub fn address_notice(words: &dyn Words, to: &str) -> Mail {
    Mail {
        to: to.to_string(),
        subject: t(words, "mail-address-notice-subject"),
        paragraphs: vec![
            Paragraph::Text(t(words, "mail-greeting")),
            Paragraph::Text(t(words, "mail-address-notice")),
            Paragraph::Text(t(words, "mail-signature")),
        ],
        lang: words.lang(),
    }
}

/// The network's name is the coordinators' entry, not the volunteer's.
pub fn placed(words: &dyn Words, to: &str, network: &str) -> Mail {
    Mail {
        to: to.to_string(),
        subject: t(words, "mail-placed-subject"),
        paragraphs: vec![
            Paragraph::Text(t(words, "mail-greeting")),
            Paragraph::Text(words.text("mail-placed", &[("network", network)])),
            Paragraph::Text(t(words, "mail-signature")),
        ],
        lang: words.lang(),
    }
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
        assert!(text.contains("https://karte.example/koordination"));
        assert_eq!(
            mail.subject,
            "Netzwerkkarte: 3 neue Anmeldungen, 2 Antworten auf Gesuche"
        );
    }
}
