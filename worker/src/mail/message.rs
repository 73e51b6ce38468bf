//! A mail as MIME, built by `mail-builder` (Stalwart's): encoded UTF-8 subject and names,
//! `Date`, `Message-ID`, `From` equal to the envelope sender, a plain-text and an HTML part.

use crate::error::ApiError;
use mail_builder::headers::address::Address;
use mail_builder::MessageBuilder;
use model::html::Html;
use model::lang::Lang;
use model::{html, push_html};

/// What a mail says, in the reader's language.
pub struct Mail {
    /// The address alone: no display name (it would be a name someone typed).
    pub to: String,
    pub subject: String,
    /// Paragraphs of plain text; a paragraph that is a link stays on a line of its own.
    pub paragraphs: Vec<Paragraph>,
    /// The language the words are in (the HTML part's `lang` and `dir`).
    pub lang: Lang,
}

/// One paragraph of a mail.
pub enum Paragraph {
    Text(String),
    /// A link the reader opens: its address, and what a button would say.
    Link {
        href: String,
        label: String,
    },
}

/// The sender's display name.
pub const SENDER_NAME: &str = "Netzwerkkarte Ehrenamt Braunschweig";

/// The message as it goes to the binding. `id` is unique (the outbox row's id); `now_secs` is
/// the `Date`.
pub fn mime(mail: &Mail, sender: &str, id: &str, now_secs: i64) -> Result<String, ApiError> {
    let domain = sender.rsplit_once('@').map_or("localhost", |(_, d)| d);
    MessageBuilder::new()
        .from(Address::new_address(Some(SENDER_NAME), sender))
        .to(Address::new_address(None::<&str>, mail.to.as_str()))
        .subject(mail.subject.as_str())
        .date(now_secs)
        .message_id(format!("{id}@{domain}"))
        .text_body(text(mail))
        .html_body(html(mail))
        .write_to_string()
        .map_err(|e| ApiError::Internal(format!("building a mail: {e}")))
}

fn text(mail: &Mail) -> String {
    mail.paragraphs
        .iter()
        .map(|paragraph| match paragraph {
            Paragraph::Text(text) => text.clone(),
            Paragraph::Link { href, label } => format!("{label}:\n{href}"),
        })
        .collect::<Vec<_>>()
        .join("\n\n")
}

fn html(mail: &Mail) -> String {
    let mut body = Html::new();
    for paragraph in &mail.paragraphs {
        match paragraph {
            Paragraph::Text(text) => {
                // A line break in the text is one in the mail.
                let lines = Html::join(text.split('\n').map(Html::text), &html!("<br>"));
                push_html!(body, "<p>{lines}</p>", lines = lines);
            }
            Paragraph::Link { href, label } => push_html!(
                body,
                "<p><a href=\"{href}\" style=\"display:inline-block;padding:.6em 1em;\
                 background:#004b87;color:#fff;text-decoration:none;border-radius:4px\">{label}</a>\
                 <br><small>{href}</small></p>",
                href = href,
                label = label,
            ),
        }
    }
    html!(
        "<!DOCTYPE html><html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
         <title>{title}</title></head><body style=\"font-family:sans-serif;line-height:1.5\">\
         {body}</body></html>",
        lang = mail.lang.code(),
        dir = mail.lang.dir(),
        title = mail.subject,
        body = body,
    )
    .into_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn example() -> Mail {
        Mail {
            to: "amira@example.org".into(),
            subject: "Bitte bestätigen: Ihre Anmeldung".into(),
            paragraphs: vec![
                Paragraph::Text("Guten Tag <Amira>,".into()),
                Paragraph::Link {
                    href: "https://example.org/anmeldung#abc".into(),
                    label: "Anmeldung bestätigen".into(),
                },
            ],
            lang: Lang::De,
        }
    }

    #[test]
    fn a_proper_mime_message() {
        let raw = mime(&example(), "ehrenamt@example.org", "m-1", 1_796_000_000).unwrap();
        let head = raw.split("\r\n\r\n").next().unwrap();
        assert!(
            head.contains("From: \"Netzwerkkarte Ehrenamt Braunschweig\" <ehrenamt@example.org>"),
            "{head}"
        );
        assert!(head.contains("Message-ID: <m-1@example.org>"), "{head}");
        assert!(head.contains("Date: "), "{head}");
        // A non-ASCII subject is an encoded word, never raw UTF-8 in a header.
        assert!(head.contains("Subject: =?utf-8?"), "{head}");
        assert!(head.contains("To: <amira@example.org>"), "{head}");
        assert!(head.is_ascii());
        assert!(raw.contains("multipart/alternative"));
        assert!(raw.contains("text/plain") && raw.contains("text/html"));
    }

    #[test]
    fn the_html_part_escapes_and_the_text_part_keeps_the_link() {
        let mail = example();
        assert!(html(&mail).contains("Guten Tag &lt;Amira&gt;,"));
        assert!(html(&mail).contains("href=\"https://example.org/anmeldung#abc\""));
        assert!(text(&mail).contains("Anmeldung bestätigen:\nhttps://example.org/anmeldung#abc"));
    }
}
