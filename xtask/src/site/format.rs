//! What a filled-in value of `config/site.toml` must look like. A deploy refuses a value of the
//! wrong shape as it refuses a placeholder: by its path, with what is expected.

/// The shape of one value.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Format {
    /// TT.MM.JJJJ, a real day.
    Date,
    /// An e-mail address.
    Email,
    /// `https://…` with a host.
    HttpsUrl,
    /// A whole number of days, more than 0.
    Days,
    /// A phone number as people write it (0531 4705091).
    Phone,
    /// One of a few words.
    OneOf(&'static [&'static str]),
}

/// `[accessibility] conformity`: how far the site meets the standard (each has its own text).
pub const CONFORMITY: [&str; 3] = ["vollständig", "teilweise", "nicht"];
/// `[operator] cloudflare_plan`: decides how long D1 can restore an erased state.
pub const PLANS: [&str; 2] = ["Workers Paid", "Workers Free"];

/// The values with a shape, by path; any other path ending in `_days` is [`Format::Days`].
const FORMATS: [(&str, Format); 11] = [
    ("accessibility.date", Format::Date),
    ("accessibility.contact", Format::Email),
    ("accessibility.schlichtungsstelle_url", Format::HttpsUrl),
    ("accessibility.conformity", Format::OneOf(&CONFORMITY)),
    ("operator.email", Format::Email),
    ("operator.phone", Format::Phone),
    ("operator.site", Format::HttpsUrl),
    ("operator.cloudflare_plan", Format::OneOf(&PLANS)),
    ("mail.sender", Format::Email),
    ("office.phone", Format::Phone),
    ("office.fax", Format::Phone),
];

/// The shape the value at `path` must have, if any.
pub fn of(path: &str) -> Option<Format> {
    FORMATS
        .iter()
        .find(|(known, _)| *known == path)
        .map(|(_, format)| *format)
        .or_else(|| path.ends_with("_days").then_some(Format::Days))
}

impl Format {
    /// Whether `text` has this shape.
    pub fn accepts(self, text: &str) -> bool {
        let text = text.trim();
        match self {
            Format::Date => is_date(text),
            Format::Email => model::validate::is_email(text),
            Format::HttpsUrl => text
                .strip_prefix("https://")
                .and_then(|rest| rest.split('/').next())
                .is_some_and(|host| host.contains('.') && !host.contains(char::is_whitespace)),
            Format::Days => text.parse::<u32>().is_ok_and(|days| days > 0),
            Format::Phone => model::validate::is_phone(text),
            Format::OneOf(words) => words.contains(&text),
        }
    }

    /// What is expected, for the refusal.
    pub fn expected(self) -> String {
        match self {
            Format::Date => "a date as TT.MM.JJJJ, a real day, like \"03.12.2026\"".into(),
            Format::Email => "an e-mail address, like \"name@braunschweig.de\"".into(),
            Format::HttpsUrl => "an address starting with https://, like \"https://…\"".into(),
            Format::Days => "a whole number of days, like \"730\"".into(),
            Format::Phone => "a phone number, like \"0531 4705091\"".into(),
            Format::OneOf(words) => {
                let words: Vec<String> = words.iter().map(|w| format!("\"{w}\"")).collect();
                format!("one of {}", words.join(", "))
            }
        }
    }
}

/// TT.MM.JJJJ naming a day that exists: the model's calendar (`Day::parse`) decides, on the
/// same date written as RFC 3339 does.
fn is_date(text: &str) -> bool {
    let parts: Vec<&str> = text.split('.').collect();
    let [day, month, year] = parts.as_slice() else {
        return false;
    };
    day.len() == 2
        && month.len() == 2
        && model::day::Day::parse(&format!("{year}-{month}-{day}")).is_some()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn dates_are_real_days() {
        for good in ["03.12.2026", "29.02.2028", "31.01.2027"] {
            assert!(Format::Date.accepts(good), "{good}");
        }
        for bad in [
            "3.12.2026",
            "2026-12-03",
            "31.04.2027",
            "29.02.2027",
            "00.01.2027",
            "x",
        ] {
            assert!(!Format::Date.accepts(bad), "{bad}");
        }
    }

    #[test]
    fn the_other_shapes() {
        assert!(Format::HttpsUrl.accepts("https://www.braunschweig.de/netzwerkkarte"));
        for bad in [
            "http://braunschweig.de",
            "https://",
            "www.braunschweig.de",
            "https://a b.de",
        ] {
            assert!(!Format::HttpsUrl.accepts(bad), "{bad}");
        }
        assert!(Format::Email.accepts("integration@braunschweig.de"));
        assert!(!Format::Email.accepts("Integration Braunschweig"));
        assert!(Format::Phone.accepts("0531 4705091"));
        assert!(!Format::Phone.accepts("Telefon"));
        assert!(Format::OneOf(&CONFORMITY).accepts("nicht"));
        assert!(!Format::OneOf(&CONFORMITY).accepts("teils"));
        assert!(Format::Days.accepts("30"));
        assert!(!Format::Days.accepts("30 Tage"));
        assert_eq!(of("privacy.anything_days"), Some(Format::Days));
        assert_eq!(of("operator.name"), None);
    }
}
