//! The Koordinierungsstelle's contact block: one constant that every page reuses.

/// An organisation's contact details as the city publishes them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Contact {
    /// The unit's own name.
    pub name: &'static str,
    /// Where it sits in the city administration.
    pub organisation: &'static [&'static str],
    pub visitor_address: &'static [&'static str],
    pub postal_address: &'static [&'static str],
    /// As the city writes it, for people to read.
    pub phone: &'static str,
    pub fax: &'static str,
    pub opening_hours: &'static str,
}

impl Contact {
    /// The phone number as a `tel:` URI (E.164), so every phone dials it from anywhere.
    pub fn phone_uri(&self) -> String {
        tel_uri(self.phone)
    }
}

// `KOORDINIERUNGSSTELLE`, the Koordinierungsstelle "Ehrenamt zur Integration von Flüchtlingen"
// of the Stadt Braunschweig: `[office]` in config/site.toml (as the city publishes it on its page
// on the integration concept, see shared/data/initiatives.md), compiled in by `build.rs`.
include!(concat!(env!("OUT_DIR"), "/office.rs"));

/// The opening hours the config gives by default; the card shows this phrase in the reader's
/// language, any other text as the city writes it (German).
pub const BY_APPOINTMENT: &str = "Termin nach Vereinbarung";

/// Turns a German phone number as people write it ("0531 4705091", "+49 531 470-5091")
/// into a `tel:` URI with the international prefix.
pub fn tel_uri(phone: &str) -> String {
    let digits: String = phone
        .chars()
        .filter(|c| c.is_ascii_digit() || *c == '+')
        .collect();
    let international = if let Some(rest) = digits.strip_prefix("00") {
        format!("+{rest}")
    } else if let Some(rest) = digits.strip_prefix('0') {
        format!("+49{rest}")
    } else {
        digits
    };
    format!("tel:{international}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn koordinierungsstelle_phone_dials_internationally() {
        assert_eq!(KOORDINIERUNGSSTELLE.phone_uri(), "tel:+495314705091");
    }

    #[test]
    fn tel_uri_keeps_international_numbers() {
        assert_eq!(tel_uri("+49 531 470-5091"), "tel:+495314705091");
        assert_eq!(tel_uri("0049 531 4705091"), "tel:+495314705091");
    }
}
