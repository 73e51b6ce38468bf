//! Small checks shared by every validation rule, in the browser and in the Worker.
//!
//! Lengths are counted in characters. A maximum counts the value as sent; a minimum (and
//! "required") counts it trimmed: surrounding spaces are no content, but they still travel.
//! That keeps each rule expressible in the OpenAPI document (`maxLength` plus a pattern).

use crate::codes::Code;
use std::collections::BTreeMap;

/// One field's error: a short German message for the person who filled it in, and the
/// rule's stable code (`model::codes`), by which clients translate it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FieldError {
    /// A [`Code`]'s key, e.g. `email.invalid` (a string: a newer server may send a code this
    /// build does not know).
    pub code: String,
    pub message: String,
}

impl FieldError {
    pub fn new(code: Code, message: impl Into<String>) -> Self {
        Self {
            code: code.key().to_string(),
            message: message.into(),
        }
    }
}

/// Field name → its error.
pub type FieldErrors = BTreeMap<String, FieldError>;

/// One field's error as a map, for a refusal that names a single field.
pub fn field_error(field: &str, code: Code, message: impl Into<String>) -> FieldErrors {
    FieldErrors::from([(field.to_string(), FieldError::new(code, message))])
}

/// Each field with its error's code, in field order: what tests compare.
#[cfg(test)]
pub(crate) fn codes(errors: &FieldErrors) -> Vec<(&str, &str)> {
    errors
        .iter()
        .map(|(field, error)| (field.as_str(), error.code.as_str()))
        .collect()
}

/// Collects field errors (the first per field wins); `finish` turns them into a `Result`.
#[derive(Debug, Default)]
pub struct Errors(pub FieldErrors);

impl Errors {
    pub fn add(&mut self, field: &str, code: Code, message: impl Into<String>) {
        self.0
            .entry(field.into())
            .or_insert_with(|| FieldError::new(code, message));
    }

    /// The fields of a parsed JSON body that must be an object of `fields`: each other field
    /// is an error under its own name; a body that is no object is one under `body` (`None`).
    pub fn object<'a>(
        &mut self,
        value: &'a serde_json::Value,
        fields: &[&str],
    ) -> Option<&'a serde_json::Map<String, serde_json::Value>> {
        let Some(object) = value.as_object() else {
            self.add(
                "body",
                Code::BodyNotAnObject,
                "Erwartet wird ein JSON-Objekt.",
            );
            return None;
        };
        for key in object.keys().filter(|key| !fields.contains(&key.as_str())) {
            self.add(key, Code::FieldUnknown, "Unbekanntes Feld.");
        }
        Some(object)
    }

    /// Requires some content besides spaces.
    pub fn required(&mut self, field: &str, value: &str, code: Code) {
        if value.trim().is_empty() {
            self.add(field, code, "Bitte ausfüllen.");
        }
    }

    /// Requires at least `min` characters once trimmed.
    pub fn min_chars(&mut self, field: &str, value: &str, min: usize, code: Code) {
        if value.trim().chars().count() < min {
            self.add(field, code, format!("Mindestens {min} Zeichen."));
        }
    }

    /// Allows at most `max` characters as sent.
    pub fn max_chars(&mut self, field: &str, value: &str, max: usize, code: Code) {
        if value.chars().count() > max {
            self.add(field, code, format!("Höchstens {max} Zeichen."));
        }
    }

    /// Refuses a free text with a character `kind` does not allow (see [`Text::refuses`]).
    pub fn clean_text(&mut self, field: &str, value: &str, kind: Text) {
        if !kind.is_clean(value) {
            self.add(
                field,
                Code::FieldHiddenCharacters,
                HIDDEN_CHARACTERS_MESSAGE,
            );
        }
    }

    /// Merges another collection; errors already here win.
    pub fn extend(&mut self, other: FieldErrors) {
        for (field, error) in other {
            self.0.entry(field).or_insert(error);
        }
    }

    pub fn finish(self) -> Result<(), FieldErrors> {
        if self.0.is_empty() {
            Ok(())
        } else {
            Err(self.0)
        }
    }
}

/// A free text as people type it: one line (a name, a title, a place) or lines (a
/// description, a message: line breaks and tabs belong there).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Text {
    Line,
    Lines,
}

impl Text {
    /// Whether `c` is refused: control characters (Unicode Cc; in lines, all but tab and line
    /// breaks), the bidirectional overrides and isolates (U+202A–U+202E, U+2066–U+2069) that
    /// make a text read other than it is stored, the zero-width space and the byte-order mark.
    /// Direction marks (U+200E, U+200F, U+061C), the zero-width (non-)joiners and the soft
    /// hyphen stay: Arabic and Persian writers need them.
    pub fn refuses(self, c: char) -> bool {
        let control = c.is_control() && !(self == Text::Lines && matches!(c, '\t' | '\n' | '\r'));
        control
            || matches!(c, '\u{202A}'..='\u{202E}' | '\u{2066}'..='\u{2069}' | '\u{200B}' | '\u{FEFF}')
    }

    /// Whether the text, once trimmed, holds nothing this kind refuses.
    pub fn is_clean(self, value: &str) -> bool {
        !value.trim().chars().any(|c| self.refuses(c))
    }
}

/// What a field with a refused character is told (the public forms translate the code).
pub const HIDDEN_CHARACTERS_MESSAGE: &str =
    "Bitte ohne unsichtbare Steuerzeichen (oft aus einer Kopie).";

/// The longest slug (a network's address).
pub const SLUG_MAX_CHARS: usize = 80;
/// The longest e-mail address, and its local part.
pub const EMAIL_MAX_CHARS: usize = 254;
pub const EMAIL_LOCAL_MAX_CHARS: usize = 64;
/// The longest phone number, and how many digits it has.
pub const PHONE_MAX_CHARS: usize = 30;
pub const PHONE_DIGITS: (usize, usize) = (6, 20);
/// The longest web address.
pub const WEB_URL_MAX_CHARS: usize = 300;

/// Lower-case letters, digits and single hyphens: `refugium-fluechtlingshilfe`.
pub fn is_slug(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= SLUG_MAX_CHARS
        && !value.starts_with('-')
        && !value.ends_with('-')
        && !value.contains("--")
        && value
            .chars()
            .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-')
}

/// A phone number as people write it in Germany: digits, spaces, `+`, `/`, `-`, `(`, `)`;
/// 6 to 20 digits.
pub fn is_phone(value: &str) -> bool {
    let value = value.trim();
    let digits = value.chars().filter(char::is_ascii_digit).count();
    (PHONE_DIGITS.0..=PHONE_DIGITS.1).contains(&digits)
        && value.len() <= PHONE_MAX_CHARS
        && value
            .chars()
            .all(|c| c.is_ascii_digit() || " +/-()".contains(c))
        && value.chars().filter(|c| *c == '+').count() <= 1
        && (!value.contains('+') || value.starts_with('+'))
}

/// A plausible e-mail address: one `@`, a local part (at most 64 characters), a domain with
/// a dot, no spaces; at most 254 characters. International addresses (`jürgen@bücher.de`)
/// are welcome, which is why this is not JSON Schema's `email` format.
pub fn is_email(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    value.chars().count() <= EMAIL_MAX_CHARS
        && !local.is_empty()
        && local.chars().count() <= EMAIL_LOCAL_MAX_CHARS
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && !value
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "<>()[],;:\"\\".contains(c))
}

/// An absolute `https://` or `http://` URL with a dotted host, at most 300 characters.
pub fn is_web_url(value: &str) -> bool {
    let rest = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"));
    rest.is_some_and(|rest| {
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        host.contains('.')
            && value.chars().count() <= WEB_URL_MAX_CHARS
            && !value.chars().any(|c| c.is_whitespace() || c.is_control())
    })
}

/// A real calendar date written `YYYY-MM-DD` (RFC 3339 `full-date`, JSON Schema's `date`):
/// `2028-02-29` is one, `2026-02-29` and `2026-02-31` are not.
pub fn is_date(value: &str) -> bool {
    crate::day::Day::parse(value).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs() {
        assert!(is_slug("refugium-fluechtlingshilfe"));
        assert!(is_slug("ag-2016"));
        for bad in ["", "Refugium", "a--b", "-a", "a-", "über", "a b", "../etc"] {
            assert!(!is_slug(bad), "{bad}");
        }
    }

    #[test]
    fn german_phone_formats() {
        for good in [
            "0531 4705091",
            "0531/4705091",
            "+49 531 470-5091",
            "(0531) 47 05 09 1",
            "01512 3456789",
        ] {
            assert!(is_phone(good), "{good}");
        }
        for bad in [
            "",
            "12345",
            "0531 ABC",
            "49+531 4705091",
            "++49 531 4705091",
            "0531 4705091 ext. 5",
        ] {
            assert!(!is_phone(bad), "{bad}");
        }
    }

    #[test]
    fn email_addresses() {
        for good in [
            "amira@example.org",
            "amira+ehrenamt@example.org",
            "a.b@sub.example.de",
            "jürgen@bücher.de",
        ] {
            assert!(is_email(good), "{good}");
        }
        for bad in [
            "",
            "amira",
            "amira@",
            "@example.org",
            "a@b",
            "a b@example.org",
            "a@@example.org",
            "a@example..org",
            "a@.example.org",
        ] {
            assert!(!is_email(bad), "{bad}");
        }
        // Characters, not bytes: 64 umlauts are a local part, 65 are not.
        assert!(is_email(&format!("{}@example.org", "ü".repeat(64))));
        assert!(!is_email(&format!("{}@example.org", "ü".repeat(65))));
    }

    #[test]
    fn dates_are_real_calendar_dates() {
        for good in [
            "2026-11-25",
            "2028-02-29",
            "2000-02-29",
            "2026-12-31",
            "2026-01-01",
        ] {
            assert!(is_date(good), "{good}");
        }
        for bad in [
            "2026-02-31",
            "2026-02-29",
            "1900-02-29",
            "2026-04-31",
            "2026-13-01",
            "2026-00-10",
            "2026-01-00",
            "25.11.2026",
            "2026-1-1",
            "2026-11-25T00:00",
            "２０２６-11-25",
            "",
        ] {
            assert!(!is_date(bad), "{bad}");
        }
    }

    #[test]
    fn web_urls() {
        assert!(is_web_url("https://refugium-braunschweig.de"));
        assert!(is_web_url("http://lamme.de/verein?x=1"));
        for bad in [
            "refugium-braunschweig.de",
            "javascript:alert(1)",
            "https://",
            "https://localhost",
            "ftp://a.de",
        ] {
            assert!(!is_web_url(bad), "{bad}");
        }
    }

    #[test]
    fn lengths_are_counted_in_characters_minimum_trimmed_maximum_as_sent() {
        let mut errors = Errors::default();
        errors.min_chars("name", "Ümit", 2, Code::NameTooShort);
        errors.max_chars("name", "Ümit", 4, Code::NameTooLong);
        errors.required("empty", "  ", Code::DescriptionRequired);
        errors.max_chars("long", "abcde", 4, Code::PlaceTooLong);
        errors.min_chars("short", " a ", 2, Code::PlaceTooShort);
        errors.max_chars("spaces", "abcd ", 4, Code::OrganiserTooLong);
        let errors = errors.finish().unwrap_err();
        assert!(!errors.contains_key("name"));
        assert_eq!(errors["empty"].message, "Bitte ausfüllen.");
        assert_eq!(errors["empty"].code, "description.required");
        assert_eq!(errors["long"].message, "Höchstens 4 Zeichen.");
        assert_eq!(errors["long"].code, "place.too_long");
        assert_eq!(errors["short"].message, "Mindestens 2 Zeichen.");
        assert_eq!(errors["spaces"].code, "organiser.too_long");
    }

    #[test]
    fn free_texts_refuse_controls_bidi_overrides_and_invisible_characters() {
        let refused = [
            '\u{0}', '\u{7}', '\u{1B}', '\u{7F}', '\u{85}', '\u{9F}', '\u{200B}', '\u{202A}',
            '\u{202B}', '\u{202C}', '\u{202D}', '\u{202E}', '\u{2066}', '\u{2067}', '\u{2068}',
            '\u{2069}', '\u{FEFF}',
        ];
        let allowed = [
            'a', 'ü', 'م', '\u{200C}', '\u{200D}', '\u{200E}', '\u{200F}', '\u{061C}', '\u{AD}',
        ];
        for kind in [Text::Line, Text::Lines] {
            for c in refused {
                assert!(kind.refuses(c), "{kind:?} {c:?}");
                assert!(!kind.is_clean(&format!("ab{c}cd")), "{kind:?} {c:?}");
            }
            for c in allowed {
                assert!(kind.is_clean(&format!("ab{c}cd")), "{kind:?} {c:?}");
            }
        }
        for c in ['\t', '\n', '\r'] {
            assert!(Text::Line.refuses(c) && !Text::Lines.refuses(c), "{c:?}");
        }
        // What trimming removes is no content: a name sent with a line break after it is fine.
        assert!(Text::Line.is_clean(" Amira\n"));
        let mut errors = Errors::default();
        errors.clean_text("name", "A\u{202E}B", Text::Line);
        assert_eq!(codes(&errors.0), [("name", "field.hidden_characters")]);
    }

    #[test]
    fn the_first_error_of_a_field_wins() {
        let mut errors = Errors::default();
        errors.add("email", Code::EmailRequired, "eins");
        errors.add("email", Code::EmailInvalid, "zwei");
        errors.extend(field_error("email", Code::FieldWrongType, "drei"));
        assert_eq!(
            errors.0["email"],
            FieldError::new(Code::EmailRequired, "eins")
        );
    }
}
