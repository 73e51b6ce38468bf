//! The regular expressions of the OpenAPI document: each says exactly what a `model` rule
//! accepts, so a client (or schemathesis) can tell a valid value from an invalid one without
//! asking. They are ECMA-262 patterns (JSON Schema's), written in the part that Python's `re`
//! and Rust's `regex` read the same way: character classes, `\uXXXX`, `(?:…)`, no `\s`.
//! The tests below hold each one against its rule.

use model::validate::{Text, EMAIL_LOCAL_MAX_CHARS, PHONE_DIGITS};

/// Unicode White_Space: what Rust's `str::trim` removes.
const WS: &str = r"\t\n\x0B\f\r \x85\xA0\u1680\u2000-\u200A\u2028\u2029\u202F\u205F\u3000";
/// Unicode Cc: what `char::is_control` finds.
const CC: &str = r"\x00-\x1F\x7F-\x9F";
/// What an e-mail address never has: an `@` inside a part, and these characters.
const NOT_IN_EMAIL: &str = r#"<>()\[\],;:"\\"#;
/// What ends a word besides whitespace, when a need's text is searched for an e-mail address.
const WORD_PUNCT: &str = r#"<>()\[\],;:"'"#;
/// What may stand between the digits of one phone number in a need's text.
const PHONE_JOINERS: &str = r" /()+\xA0-";
/// A network's address (`is_slug`), without the length (`maxLength` says it).
const SLUG: &str = "[a-z0-9]+(?:-[a-z0-9]+)*";

/// Any whitespace around the value: the rules trim it.
fn around(core: &str) -> String {
    format!("^[{WS}]*{core}[{WS}]*$")
}

/// What a free text refuses (`model::validate::Text::refuses`): in one line every control
/// character; in lines all but tab and line breaks; in both the bidirectional overrides and
/// isolates, the zero-width space and the byte-order mark.
fn hidden(kind: Text) -> String {
    const FORMAT: &str = r"\u200B\u202A-\u202E\u2066-\u2069\uFEFF";
    match kind {
        Text::Line => format!("{CC}{FORMAT}"),
        Text::Lines => format!(r"\x00-\x08\x0B\x0C\x0E-\x1F\x7F-\x9F{FORMAT}"),
    }
}

/// A trimmed free text of `kind` with at least `min` (1 or more) characters: its first and its
/// last character are neither whitespace nor refused, those between are not refused.
fn trimmed_text(kind: Text, min: usize) -> String {
    let h = hidden(kind);
    let edge = format!("[^{WS}{h}]");
    match min {
        0 => unreachable!("a blank text is written as an optional group"),
        1 => format!("{edge}(?:[^{h}]*{edge})?"),
        _ => format!("{edge}[^{h}]{{{},}}{edge}", min - 2),
    }
}

/// A free text of `kind` with at least `min` (1 or more) characters once trimmed.
pub fn text_of_at_least(min: usize, kind: Text) -> String {
    around(&trimmed_text(kind, min))
}

/// Blank (left out), or a free text of `kind` with at least `min` characters once trimmed.
pub fn blank_or_text_of_at_least(min: usize, kind: Text) -> String {
    around(&format!("(?:{})?", trimmed_text(kind, min)))
}

fn email_core() -> String {
    let local = format!("[^@{WS}{CC}{NOT_IN_EMAIL}]{{1,{EMAIL_LOCAL_MAX_CHARS}}}");
    let label = format!("[^@.{WS}{CC}{NOT_IN_EMAIL}]+");
    format!("{local}@{label}(?:\\.{label})+")
}

/// An e-mail address (`is_email`), spaces around allowed.
pub fn email() -> String {
    around(&email_core())
}

/// Blank, or an e-mail address.
pub fn blank_or_email() -> String {
    around(&format!("(?:{})?", email_core()))
}

fn phone_core() -> String {
    let (min, max) = PHONE_DIGITS;
    format!("\\+?(?:[ /()-]*[0-9]){{{min},{max}}}[ /()-]*")
}

/// A phone number (`is_phone`), spaces around allowed.
pub fn phone() -> String {
    around(&phone_core())
}

/// Blank, or a phone number.
pub fn blank_or_phone() -> String {
    around(&format!("(?:{})?", phone_core()))
}

fn web_url_core() -> String {
    format!("https?://[^/?#{WS}{CC}]*\\.[^{WS}{CC}]*")
}

/// An `http(s)://` address with a dotted host, exactly (`is_web_url`, not trimmed).
pub fn web_url() -> String {
    format!("^{}$", web_url_core())
}

/// Blank, or an `http(s)://` address.
pub fn blank_or_web_url() -> String {
    around(&format!("(?:{})?", web_url_core()))
}

/// Something like an e-mail address or a phone number anywhere in a text
/// (`model::need::contact_data::has_contact_data`): a need's texts must not match it (`not`).
pub fn contact_data() -> String {
    let breaks = format!("{WS}{WORD_PUNCT}");
    let digit = format!("[{PHONE_JOINERS}]*[0-9]");
    format!(
        "(?:^|[{breaks}])[^{breaks}@]+@[^{breaks}]*\\.|(?:^|[^0-9])(?:\\+{digit}|0)(?:{digit}){{6}}|[0-9]{{7}}"
    )
}

/// A network's address.
pub fn slug() -> String {
    format!("^{SLUG}$")
}

/// Empty (none), or a network's address.
pub fn empty_or_slug() -> String {
    format!("^(?:{SLUG})?$")
}

/// Blank (clears it), or a network's address.
pub fn blank_or_slug() -> String {
    format!("^(?:[{WS}]*|{SLUG})$")
}

/// Blank (German), or one of the languages.
pub fn blank_or_language() -> String {
    let codes: Vec<&str> = model::language::LANGUAGES
        .iter()
        .map(|(code, _)| *code)
        .collect();
    around(&format!("(?:{})?", codes.join("|")))
}

/// An idempotency key (`is_valid_key`).
pub fn idempotency_key() -> String {
    let (min, max) = crate::routes::idempotency::KEY_LENGTH;
    let alphabet = crate::routes::idempotency::KEY_ALPHABET.replace('-', "");
    format!("^[A-Za-z0-9{alphabet}-]{{{min},{max}}}$")
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::validate::{is_email, is_phone, is_slug, is_web_url};

    /// Strings that sit on the edges of the rules: whitespace of every kind, control
    /// characters, umlauts and other scripts, lengths around the limits.
    fn corpus() -> Vec<String> {
        let mut strings: Vec<String> = [
            "",
            " ",
            "a",
            "ab",
            " ab ",
            "\tab\n",
            "a b",
            "a\u{0}b",
            "ab\u{0}",
            "\u{85}ab",
            "ab\u{3000}",
            "\u{feff}ab",
            "a\u{a0}b",
            "\u{a0}",
            "Ümit",
            "李雷",
            " \u{2028}x\u{2029}y ",
            "amira@example.org",
            " amira@example.org ",
            "a.b@sub.example.de",
            "jürgen@bücher.de",
            "amira",
            "amira@",
            "@example.org",
            "a@b",
            "a b@example.org",
            "a@@example.org",
            "a@example..org",
            "a@.example.org",
            "a@example.org.",
            "a:b@example.org",
            "a@exa\u{0}mple.org",
            "..@x.de",
            "0531 4705091",
            "0531/4705091",
            "+49 531 470-5091",
            "(0531) 47 05 09 1",
            "12345",
            "0531 ABC",
            "49+531 4705091",
            "++49 531 4705091",
            " +49 531 1234567 ",
            "0531\t123456",
            "https://refugium-braunschweig.de",
            "http://lamme.de/verein?x=1",
            "refugium-braunschweig.de",
            "javascript:alert(1)",
            "https://",
            "https://localhost",
            "https://localhost/a.b",
            "ftp://a.de",
            "HTTPS://a.de",
            "https://a.de/ x",
            " https://a.de ",
            "https://a.de?q=ü",
            "refugium-fluechtlingshilfe",
            "ag-2016",
            "Refugium",
            "a--b",
            "-a",
            "a-",
            "über",
            "../etc",
            "de",
            " de ",
            "xx",
            "DE",
            "3f1c2a9e-5b7d-4e1f-9a2b-0c4d5e6f7a8b",
            "short",
            "a key with spaces",
            "ключ-ключ-ключ",
            "abc:def.ghi_jkl",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect();
        for n in [63, 64, 65] {
            strings.push(format!("{}@example.org", "l".repeat(n)));
            strings.push(format!("{}@example.org", "ü".repeat(n)));
        }
        for n in [6, 20, 21] {
            strings.push("1".repeat(n));
            strings.push(format!("+{}", "2".repeat(n)));
        }
        for text in [
            "Ami\u{202E}ra",
            "\u{2066}Amira\u{2069}",
            "Ami\u{200B}ra",
            "A\u{FEFF}",
            "\u{200F}مریم\u{200C}ها\u{061C}",
            "Zo\u{AD}ë\u{200D}\u{200E}",
            "zwei\r\nZeilen\tmit Tab",
            "a\u{7}b",
            "a\u{1B}[31mb",
            "\u{9F}",
            "Treppe!!!",
            "Treppe!!!!",
            " \u{3000}Treppe!!! \u{85}",
            "\tAufzug  kaputt\n",
            "Ä\n\n\n\n\n\n\n\nß",
            "Ä\n\n\n\n\n\n\nß",
            "\u{a0}ÄÖÜäöüßÄÖÜ\u{2028}",
        ] {
            strings.push(text.to_string());
        }
        strings.push(format!("https://a.de/{}", "x".repeat(300)));
        strings.push("x".repeat(129));
        strings
    }

    fn matches(pattern: &str, value: &str) -> bool {
        regex::Regex::new(pattern)
            .unwrap_or_else(|e| panic!("{pattern}: {e}"))
            .is_match(value)
    }

    /// Holds `pattern` against `rule` on every string of the corpus that `maxLength` (if
    /// any) lets through: longer ones the document refuses anyway.
    fn agrees(pattern: &str, max_length: Option<usize>, rule: impl Fn(&str) -> bool) {
        let fits = |value: &String| max_length.is_none_or(|max| value.chars().count() <= max);
        for value in corpus().iter().filter(|v| fits(v)) {
            assert_eq!(
                matches(pattern, value),
                rule(value),
                "{pattern} on {value:?}"
            );
        }
    }

    fn trimmed_chars(value: &str) -> usize {
        value.trim().chars().count()
    }

    #[test]
    fn free_texts() {
        for kind in [Text::Line, Text::Lines] {
            let clean = |v: &str| kind.is_clean(v);
            for min in [1, 2, 3, 10] {
                agrees(&text_of_at_least(min, kind), None, |v| {
                    trimmed_chars(v) >= min && clean(v)
                });
                agrees(&blank_or_text_of_at_least(min, kind), None, |v| {
                    (trimmed_chars(v) == 0 || trimmed_chars(v) >= min) && clean(v)
                });
            }
        }
    }

    #[test]
    fn contact_details() {
        let blank = |v: &str| v.trim().is_empty();
        agrees(&email(), Some(254), |v| is_email(v.trim()));
        agrees(&blank_or_email(), Some(254), |v| {
            blank(v) || is_email(v.trim())
        });
        agrees(&phone(), Some(30), |v| is_phone(v.trim()));
        agrees(&blank_or_phone(), Some(30), |v| {
            blank(v) || is_phone(v.trim())
        });
        agrees(&web_url(), Some(300), is_web_url);
        agrees(&blank_or_web_url(), Some(300), |v| {
            blank(v) || is_web_url(v.trim())
        });
    }

    #[test]
    fn contact_data_in_a_text() {
        agrees(
            &contact_data(),
            None,
            model::need::contact_data::has_contact_data,
        );
        for text in [
            "Bitte melden bei anna@example.org",
            "(anna.b@web.de)",
            "x@y.z",
            "@a@b.c",
            "a @b.c",
            "Mail:anna@x.de",
            "Tel. +49 (531) 12-34-567",
            "0171/1234567",
            "123456",
            "1234567",
            "12.34.567",
            "bis 2027-03-31",
            "Schuljahr 2026/2027",
            "20270331",
            "Tel. 4705091",
            "1+0531 123 4567",
            "x+ 49 531 1234",
            "(0531) 47 05 09",
            "Zeit: 10:00 - 12:00",
            "dienstags 15-17 Uhr",
            "2027 2028",
            "2027 2028 2029",
            "1\u{a0}2 3 4/5-6(7)",
            "١٢٣٤٥٦٧٨",
            "a\u{2028}b@c.d",
            "a\u{feff}b@c.d",
        ] {
            assert_eq!(
                matches(&contact_data(), text),
                model::need::contact_data::has_contact_data(text),
                "{text:?}"
            );
        }
    }

    #[test]
    fn addresses_languages_and_keys() {
        agrees(&slug(), Some(80), is_slug);
        agrees(&empty_or_slug(), Some(80), |v| v.is_empty() || is_slug(v));
        agrees(&blank_or_slug(), Some(80), |v| {
            v.trim().is_empty() || is_slug(v)
        });
        agrees(&blank_or_language(), None, |v| {
            v.trim().is_empty() || model::language::is_known(v.trim())
        });
        agrees(
            &idempotency_key(),
            None,
            crate::routes::idempotency::is_valid_key,
        );
    }
}
