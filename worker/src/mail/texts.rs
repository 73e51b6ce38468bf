//! What the mails say, from `app/locales/<lang>/mail.ftl` (in the Worker's words table), in the
//! language the volunteer filled the form in.

use super::message::{Mail, Paragraph};
use model::render::{t, Words};

/// The mail after a registration: confirm with the personal link, and keep it.
pub fn confirmation(words: &dyn Words, to: &str, name: &str, link: &str) -> Mail {
    Mail {
        to: to.to_string(),
        to_name: name.to_string(),
        subject: t(words, "mail-confirm-subject"),
        paragraphs: vec![
            Paragraph::Text(words.text("mail-greeting", &[("name", name)])),
            Paragraph::Text(t(words, "mail-confirm-intro")),
            Paragraph::Link {
                href: link.to_string(),
                label: t(words, "mail-confirm-button"),
            },
            Paragraph::Text(t(words, "mail-link-keep")),
            Paragraph::Text(t(words, "mail-unconfirmed")),
            Paragraph::Text(t(words, "mail-not-you")),
            Paragraph::Text(t(words, "mail-signature")),
        ],
        lang: words.lang().to_string(),
    }
}
