//! Small checks shared by every validation rule, in the browser and in the Worker.

use std::collections::BTreeMap;

/// Field name → a short German message for the person who filled it in.
pub type FieldErrors = BTreeMap<String, String>;

/// Collects field errors; `finish` turns them into a `Result`.
#[derive(Debug, Default)]
pub struct Errors(pub FieldErrors);

impl Errors {
    pub fn add(&mut self, field: &str, message: impl Into<String>) {
        self.0.entry(field.into()).or_insert_with(|| message.into());
    }

    /// Requires between `min` and `max` characters (after trimming).
    pub fn length(&mut self, field: &str, value: &str, min: usize, max: usize) {
        let count = value.trim().chars().count();
        if count < min {
            self.add(
                field,
                if min <= 1 {
                    "Bitte ausfüllen.".into()
                } else {
                    format!("Mindestens {min} Zeichen.")
                },
            );
        } else if count > max {
            self.add(field, format!("Höchstens {max} Zeichen."));
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

/// Lower-case letters, digits and single hyphens: `refugium-fluechtlingshilfe`.
pub fn is_slug(value: &str) -> bool {
    !value.is_empty()
        && value.len() <= 80
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
    (6..=20).contains(&digits)
        && value.len() <= 30
        && value
            .chars()
            .all(|c| c.is_ascii_digit() || " +/-()".contains(c))
        && value.chars().filter(|c| *c == '+').count() <= 1
        && (!value.contains('+') || value.starts_with('+'))
}

/// A plausible e-mail address: one `@`, a local part, a domain with a dot, no spaces.
pub fn is_email(value: &str) -> bool {
    let Some((local, domain)) = value.split_once('@') else {
        return false;
    };
    value.len() <= 254
        && !local.is_empty()
        && local.len() <= 64
        && !domain.contains('@')
        && domain.contains('.')
        && !domain.starts_with('.')
        && !domain.ends_with('.')
        && !domain.contains("..")
        && !value
            .chars()
            .any(|c| c.is_whitespace() || c.is_control() || "<>()[],;:\"\\".contains(c))
}

/// An absolute `https://` or `http://` URL with a host.
pub fn is_web_url(value: &str) -> bool {
    let rest = value
        .strip_prefix("https://")
        .or_else(|| value.strip_prefix("http://"));
    rest.is_some_and(|rest| {
        let host = rest.split(['/', '?', '#']).next().unwrap_or_default();
        host.contains('.')
            && value.len() <= 300
            && !value.chars().any(|c| c.is_whitespace() || c.is_control())
    })
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
    fn lengths_are_counted_in_characters() {
        let mut errors = Errors::default();
        errors.length("name", "Ümit", 2, 4);
        errors.length("empty", "  ", 1, 10);
        errors.length("long", "abcde", 1, 4);
        let errors = errors.finish().unwrap_err();
        assert!(!errors.contains_key("name"));
        assert_eq!(errors["empty"], "Bitte ausfüllen.");
        assert_eq!(errors["long"], "Höchstens 4 Zeichen.");
    }
}
