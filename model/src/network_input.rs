//! What a coordinator sends to create or change a network, and how it becomes one: the
//! address made from the name, maximum lengths counted as sent, texts stored trimmed.

use crate::codes::Code;
use crate::network::Fields;
use crate::validate::{Errors, FieldErrors, EMAIL_MAX_CHARS, PHONE_MAX_CHARS, WEB_URL_MAX_CHARS};
use serde::{Deserialize, Serialize};

/// What a coordinator sends to create or change a network (`POST`/`PUT /api/admin/networks`).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NetworkInput {
    /// The URL name; made from the name when left out.
    #[serde(default)]
    pub slug: Option<String>,
    pub name: String,
    pub organiser: String,
    #[serde(default)]
    pub district: Option<u16>,
    pub description: String,
    #[serde(default)]
    pub activities: Vec<crate::Activity>,
    #[serde(default)]
    pub languages: Vec<String>,
    #[serde(default)]
    pub content_lang: Option<String>,
    #[serde(default)]
    pub place: Option<String>,
    #[serde(default)]
    pub phone: Option<String>,
    #[serde(default)]
    pub email: Option<String>,
    #[serde(default)]
    pub website: Option<String>,
    pub source: crate::network::Source,
    #[serde(default)]
    pub stand: Option<u16>,
}

impl NetworkInput {
    /// The address: the one given, else made from the name (`netzwerk` if the name has no
    /// letter or digit to make one from).
    pub fn slug_or_derived(&self) -> String {
        match self.slug.as_deref().filter(|s| !s.is_empty()) {
            Some(slug) => slug.to_string(),
            None => Some(slugify(&self.name))
                .filter(|s| !s.is_empty())
                .unwrap_or_else(|| "netzwerk".into()),
        }
    }

    /// Every rule: the maximum lengths counted as sent, then a network's rules on the texts as
    /// they would be stored (trimmed).
    pub fn validate(&self) -> Result<(), FieldErrors> {
        let mut errors = self.check_as_sent();
        let slug = self.slug_or_derived();
        Fields {
            slug: &slug,
            name: self.name.trim(),
            organiser: self.organiser.trim(),
            district: self.district,
            description: self.description.trim(),
            activities: &self.activities,
            languages: &self.languages,
            content_lang: trimmed(&self.content_lang).unwrap_or("de"),
            place: trimmed(&self.place),
            phone: trimmed(&self.phone),
            email: trimmed(&self.email),
            website: trimmed(&self.website),
            source: &self.source,
            stand: self.stand,
        }
        .check(&mut errors);
        errors.finish()
    }

    /// The network this input describes, once it keeps every rule ([`validate`](Self::validate));
    /// texts are stored trimmed.
    pub fn into_network(
        self,
        id: String,
        updated_at: String,
        confirmed_at: Option<String>,
    ) -> Result<crate::Network, FieldErrors> {
        self.validate()?;
        let optional =
            |v: Option<String>| v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        let network = crate::Network {
            slug: self.slug_or_derived(),
            id,
            citywide: self.district.is_none(),
            name: self.name.trim().to_string(),
            organiser: self.organiser.trim().to_string(),
            district: self.district,
            description: self.description.trim().to_string(),
            activities: self.activities,
            languages: self.languages,
            content_lang: optional(self.content_lang).unwrap_or_else(|| "de".into()),
            place: optional(self.place),
            phone: optional(self.phone),
            email: optional(self.email),
            website: optional(self.website),
            source: self.source,
            stand: self.stand,
            confirmed_at,
            // Who confirmed is never the form's either: only a confirmation writes it.
            confirmed_by: None,
            // Only accepting a network's proposal dates its information to the day.
            stand_day: None,
            stale: false,
            updated_at,
        };
        Ok(network)
    }

    /// The maximum lengths, counted before anything is trimmed.
    fn check_as_sent(&self) -> Errors {
        let mut errors = Errors::default();
        crate::network::check_max_lengths(
            &mut errors,
            &self.name,
            &self.organiser,
            &self.description,
            self.place.as_deref(),
            &self.source.name,
        );
        let longer = |value: &Option<String>, max: usize| {
            value.as_deref().unwrap_or_default().chars().count() > max
        };
        if longer(&self.phone, PHONE_MAX_CHARS) {
            errors.add(
                "phone",
                Code::PhoneInvalid,
                "Bitte eine Telefonnummer wie 0531 4705091 angeben.",
            );
        }
        if longer(&self.email, EMAIL_MAX_CHARS) {
            errors.add(
                "email",
                Code::EmailInvalid,
                "Bitte eine gültige E-Mail-Adresse angeben.",
            );
        }
        if longer(&self.website, WEB_URL_MAX_CHARS) {
            errors.add(
                "website",
                Code::WebsiteInvalid,
                "Bitte eine Adresse mit https:// angeben.",
            );
        }
        errors
    }
}

/// An optional text as it would be stored: trimmed, and none if nothing is left.
fn trimmed(value: &Option<String>) -> Option<&str> {
    value.as_deref().map(str::trim).filter(|s| !s.is_empty())
}

/// A URL name from a network's name: "Bürgergemeinschaft Lamme e.V." → "buergergemeinschaft-lamme-e-v".
pub fn slugify(name: &str) -> String {
    let mut slug = String::new();
    for c in name.chars().flat_map(char::to_lowercase) {
        match c {
            'ä' => slug.push_str("ae"),
            'ö' => slug.push_str("oe"),
            'ü' => slug.push_str("ue"),
            'ß' => slug.push_str("ss"),
            'á' | 'à' | 'â' => slug.push('a'),
            'é' | 'è' | 'ê' | 'ë' => slug.push('e'),
            'í' | 'ì' | 'î' | 'ï' => slug.push('i'),
            'ó' | 'ò' | 'ô' => slug.push('o'),
            'ú' | 'ù' | 'û' => slug.push('u'),
            'ç' => slug.push('c'),
            'ş' => slug.push('s'),
            c if c.is_ascii_alphanumeric() => slug.push(c),
            _ if !slug.ends_with('-') && !slug.is_empty() => slug.push('-'),
            _ => {}
        }
    }
    slug.trim_end_matches('-')
        .chars()
        .take(80)
        .collect::<String>()
        .trim_end_matches('-')
        .to_string()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn slugs_from_german_names() {
        assert_eq!(
            slugify("Bürgergemeinschaft Lamme e.V."),
            "buergergemeinschaft-lamme-e-v"
        );
        assert_eq!(
            slugify("  Straße der Begegnung!  "),
            "strasse-der-begegnung"
        );
    }

    fn input() -> NetworkInput {
        serde_json::from_value(serde_json::json!({
            "name": "  Sprachcafé Mitte  ", "organiser": "Verein e.V.", "district": 130,
            "description": "Deutsch üben.", "source": {"name": "Koordinierungsstelle"}
        }))
        .unwrap()
    }

    #[test]
    fn hidden_characters_are_refused_in_every_text_of_a_network() {
        let network = NetworkInput {
            name: "Sprachcafé \u{202D}Mitte".into(),
            organiser: "Verein\u{200B} e.V.".into(),
            description: "Deutsch üben.\nJeden Dienstag.\u{7}".into(),
            place: Some("\u{2066}Rathaus".into()),
            ..input()
        };
        let errors = network.validate().unwrap_err();
        assert_eq!(
            crate::validate::codes(&errors),
            [
                ("description", "field.hidden_characters"),
                ("name", "field.hidden_characters"),
                ("organiser", "field.hidden_characters"),
                ("place", "field.hidden_characters"),
            ]
        );
    }

    #[test]
    fn a_network_input_gets_its_address_from_its_name_and_is_stored_trimmed() {
        assert_eq!(input().slug_or_derived(), "sprachcafe-mitte");
        let nameless = NetworkInput {
            name: "«»".into(),
            ..input()
        };
        assert_eq!(nameless.slug_or_derived(), "netzwerk");
        let network = input()
            .into_network("x".into(), "2026-11-25T00:00:00Z".into(), None)
            .unwrap();
        assert_eq!(network.name, "Sprachcafé Mitte");
        assert_eq!(network.content_lang, "de");
    }

    #[test]
    fn a_network_input_counts_maximum_lengths_as_sent() {
        let padded = NetworkInput {
            name: format!("{} ", "x".repeat(150)),
            phone: Some(format!("0531 4705091{}", " ".repeat(30))),
            slug: Some(" mitte".into()),
            ..input()
        };
        let errors = padded
            .into_network("x".into(), "2026-11-25T00:00:00Z".into(), None)
            .unwrap_err();
        let codes: Vec<&str> = errors.values().map(|e| e.code.as_str()).collect();
        assert_eq!(codes, ["name.too_long", "phone.invalid", "slug.invalid"]);
    }

    #[test]
    fn an_input_validates_itself_as_it_would_be_stored() {
        assert_eq!(input().validate(), Ok(()));
        let broken = NetworkInput {
            name: " x ".into(),
            email: Some(" keine-adresse ".into()),
            district: Some(999),
            content_lang: Some(" ".into()),
            ..input()
        };
        let codes: Vec<String> = broken
            .validate()
            .unwrap_err()
            .into_values()
            .map(|e| e.code)
            .collect();
        assert_eq!(
            codes,
            ["district.unknown", "email.invalid", "name.too_short"]
        );
        // Blank content language means German, stored trimmed.
        let network = NetworkInput {
            content_lang: Some(" ".into()),
            ..input()
        }
        .into_network("x".into(), "2026-11-25T00:00:00Z".into(), None)
        .unwrap();
        assert_eq!(network.content_lang, "de");
        assert_eq!(network.validate(), Ok(()));
    }
}
