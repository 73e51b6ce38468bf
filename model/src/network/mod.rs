//! A volunteer network: what it does, where, in which languages, how to reach it, and where
//! that information comes from.

use crate::activity::Activity;
use crate::codes::Code;
use crate::validate::{is_email, is_phone, is_slug, is_web_url, Errors, FieldErrors, Text};
use crate::{district, language};
use serde::{Deserialize, Serialize};

mod confirmed;
pub use confirmed::ConfirmedBy;
pub mod freshness;
pub mod own_source;
mod vcard;

/// Where a network's information comes from.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Source {
    /// E.g. "regionalheute.de".
    pub name: String,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub url: Option<String>,
}

/// One network as the public API sends it.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Network {
    /// Stable id; never changes, even when the name does.
    pub id: String,
    /// The URL name: `/netzwerk/<slug>`.
    pub slug: String,
    pub name: String,
    /// The organisation behind it (never a private person).
    pub organiser: String,
    /// The Stadtbezirk number, or `None` for a city-wide offer.
    pub district: Option<u16>,
    /// True when the network works across the city (`district` is `None`).
    pub citywide: bool,
    pub description: String,
    pub activities: Vec<Activity>,
    /// ISO 639-1 codes.
    pub languages: Vec<String>,
    /// The language the entry's texts are written in (ISO 639-1).
    pub content_lang: String,
    /// Meeting place or address, as the source gives it.
    pub place: Option<String>,
    pub phone: Option<String>,
    pub email: Option<String>,
    pub website: Option<String>,
    pub source: Source,
    /// The source's year; `None` when the source is undated.
    pub stand: Option<u16>,
    /// The network's own information ("Angaben des Netzwerks"): the day a coordinator accepted
    /// it (`YYYY-MM-DD`, Braunschweig's), its Stand to the day.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub stand_day: Option<String>,
    /// When the entry was last confirmed as still true (ISO date); `None` until then.
    pub confirmed_at: Option<String>,
    /// Who confirmed it: the Koordinierungsstelle or the network itself.
    #[serde(default)]
    pub confirmed_by: Option<ConfirmedBy>,
    /// Not confirmed for `CONFIRM_AFTER_DAYS`, or never: "Angaben möglicherweise veraltet".
    /// Decided on the day of the answer (`freshness::Freshness`).
    #[serde(default)]
    pub stale: bool,
    /// Last change (ISO date-time).
    pub updated_at: String,
}

/// A network's name: at least this many characters once trimmed, at most as sent.
pub const NAME_CHARS: (usize, usize) = (2, 150);
pub const ORGANISER_CHARS: (usize, usize) = (2, 200);
pub const DESCRIPTION_MAX_CHARS: usize = 1000;
pub const PLACE_CHARS: (usize, usize) = (2, 200);
pub const SOURCE_NAME_CHARS: (usize, usize) = (2, 200);
/// The years a source's "Stand" may name.
pub const STAND_YEARS: (u16, u16) = (1990, 2100);

/// The longest texts, counted as sent (a coordinator's input before it is trimmed, or an
/// entry as stored).
pub fn check_max_lengths(
    errors: &mut Errors,
    name: &str,
    organiser: &str,
    description: &str,
    place: Option<&str>,
    source_name: &str,
) {
    errors.max_chars("name", name, NAME_CHARS.1, Code::NameTooLong);
    errors.max_chars(
        "organiser",
        organiser,
        ORGANISER_CHARS.1,
        Code::OrganiserTooLong,
    );
    errors.max_chars(
        "description",
        description,
        DESCRIPTION_MAX_CHARS,
        Code::DescriptionTooLong,
    );
    let place = place.unwrap_or_default();
    errors.max_chars("place", place, PLACE_CHARS.1, Code::PlaceTooLong);
    errors.max_chars(
        "source.name",
        source_name,
        SOURCE_NAME_CHARS.1,
        Code::SourceNameTooLong,
    );
}

const SLUG_MESSAGE: &str = "Nur Kleinbuchstaben, Ziffern und Bindestriche.";

/// What a network's rules read: a stored network's fields, or a coordinator's input once
/// trimmed (`NetworkInput::validate`).
pub(crate) struct Fields<'a> {
    pub slug: &'a str,
    pub name: &'a str,
    pub organiser: &'a str,
    pub district: Option<u16>,
    pub description: &'a str,
    pub activities: &'a [Activity],
    pub languages: &'a [String],
    pub content_lang: &'a str,
    pub place: Option<&'a str>,
    pub phone: Option<&'a str>,
    pub email: Option<&'a str>,
    pub website: Option<&'a str>,
    pub source: &'a Source,
    pub stand: Option<u16>,
}

impl Fields<'_> {
    /// Every rule of the fields, each error added to `errors` (an error already there for a
    /// field wins).
    pub(crate) fn check(&self, errors: &mut Errors) {
        if !is_slug(self.slug) {
            errors.add("slug", Code::SlugInvalid, SLUG_MESSAGE);
        }
        let texts = [
            ("name", self.name, NAME_CHARS, Code::NameTooShort),
            (
                "organiser",
                self.organiser,
                ORGANISER_CHARS,
                Code::OrganiserTooShort,
            ),
            (
                "source.name",
                self.source.name.as_str(),
                SOURCE_NAME_CHARS,
                Code::SourceNameTooShort,
            ),
        ];
        for (field, value, (min, _), code) in texts {
            errors.min_chars(field, value, min, code);
        }
        errors.required("description", self.description, Code::DescriptionRequired);
        for (field, value) in [
            ("name", self.name),
            ("organiser", self.organiser),
            ("place", self.place.unwrap_or_default()),
            ("source.name", self.source.name.as_str()),
        ] {
            errors.clean_text(field, value, Text::Line);
        }
        errors.clean_text("description", self.description, Text::Lines);
        if let Some(place) = self.place {
            errors.min_chars("place", place, PLACE_CHARS.0, Code::PlaceTooShort);
        }
        check_max_lengths(
            errors,
            self.name,
            self.organiser,
            self.description,
            self.place,
            &self.source.name,
        );
        if self
            .district
            .is_some_and(|n| district::name_of(n).is_none())
        {
            errors.add(
                "district",
                Code::DistrictUnknown,
                "Unbekannter Stadtbezirk.",
            );
        }
        if has_duplicates(self.activities) {
            errors.add(
                "activities",
                Code::ActivitiesDuplicate,
                "Jede Aktivität nur einmal.",
            );
        }
        if !self.languages.iter().all(|code| language::is_known(code))
            || has_duplicates(self.languages)
        {
            errors.add(
                "languages",
                Code::LanguagesUnknown,
                "Unbekannte oder doppelte Sprache.",
            );
        }
        if !language::is_known(self.content_lang) {
            errors.add(
                "content_lang",
                Code::ContentLangUnknown,
                "Unbekannte Sprache.",
            );
        }
        self.check_contact(errors);
        if self
            .stand
            .is_some_and(|year| !(STAND_YEARS.0..=STAND_YEARS.1).contains(&year))
        {
            errors.add(
                "stand",
                Code::StandOutOfRange,
                "Bitte ein Jahr wie 2016 angeben.",
            );
        }
    }

    /// Phone, e-mail, website and the source's address, where given.
    fn check_contact(&self, errors: &mut Errors) {
        if self.phone.is_some_and(|p| !is_phone(p)) {
            errors.add(
                "phone",
                Code::PhoneInvalid,
                "Bitte eine Telefonnummer wie 0531 4705091 angeben.",
            );
        }
        if self.email.is_some_and(|e| !is_email(e)) {
            errors.add(
                "email",
                Code::EmailInvalid,
                "Bitte eine gültige E-Mail-Adresse angeben.",
            );
        }
        let url_message = "Bitte eine Adresse mit https:// angeben.";
        if self.website.is_some_and(|w| !is_web_url(w)) {
            errors.add("website", Code::WebsiteInvalid, url_message);
        }
        if self.source.url.as_deref().is_some_and(|u| !is_web_url(u)) {
            errors.add("source.url", Code::SourceUrlInvalid, url_message);
        }
    }
}

impl Network {
    /// The rules every entry keeps, whoever writes it (seed, coordinator, import): the id and
    /// the address are slugs, city-wide means without a district, and
    /// every rule of its fields ([`Fields::check`]).
    pub fn validate(&self) -> Result<(), FieldErrors> {
        let mut errors = Errors::default();
        if !is_slug(&self.id) {
            errors.add("id", Code::IdInvalid, SLUG_MESSAGE);
        }
        self.fields().check(&mut errors);
        if self.citywide != self.district.is_none() {
            errors.add(
                "citywide",
                Code::CitywideMismatch,
                "Stadtweit heißt: ohne Stadtbezirk.",
            );
        }
        errors.finish()
    }

    /// Its fields, as the rules read them.
    fn fields(&self) -> Fields<'_> {
        Fields {
            slug: &self.slug,
            name: &self.name,
            organiser: &self.organiser,
            district: self.district,
            description: &self.description,
            activities: &self.activities,
            languages: &self.languages,
            content_lang: &self.content_lang,
            place: self.place.as_deref(),
            phone: self.phone.as_deref(),
            email: self.email.as_deref(),
            website: self.website.as_deref(),
            source: &self.source,
            stand: self.stand,
        }
    }

    /// The text that free-text search looks in.
    pub fn search_text(&self) -> String {
        let mut text = [
            self.name.as_str(),
            self.organiser.as_str(),
            self.description.as_str(),
            self.place.as_deref().unwrap_or_default(),
        ]
        .join(" ");
        for activity in &self.activities {
            text.push(' ');
            text.push_str(activity.label_de());
        }
        text
    }
}

fn has_duplicates<T: Ord + Clone>(items: &[T]) -> bool {
    let mut sorted = items.to_vec();
    sorted.sort();
    sorted.windows(2).any(|pair| pair[0] == pair[1])
}

#[cfg(test)]
pub(crate) mod tests {
    use super::*;

    pub fn sample() -> Network {
        Network {
            id: "refugium".into(),
            slug: "refugium-fluechtlingshilfe".into(),
            name: "Refugium Flüchtlingshilfe e.V.".into(),
            organiser: "Refugium Flüchtlingshilfe e.V.".into(),
            district: Some(130),
            citywide: false,
            description: "Beratung für Geflüchtete seit 1986.".into(),
            activities: vec![Activity::Beratung],
            languages: vec!["de".into()],
            content_lang: "de".into(),
            place: Some("Steinweg 5, Braunschweig".into()),
            phone: None,
            email: None,
            website: Some("https://refugium-braunschweig.de".into()),
            source: Source {
                name: "refugium-braunschweig.de".into(),
                url: None,
            },
            stand: None,
            confirmed_at: None,
            confirmed_by: None,
            stand_day: None,
            stale: false,
            updated_at: "2026-11-25T00:00:00Z".into(),
        }
    }

    #[test]
    fn the_sample_is_valid_and_bad_fields_are_named() {
        assert_eq!(sample().validate(), Ok(()));
        let mut bad = sample();
        bad.slug = "Refugium!".into();
        bad.district = Some(999);
        bad.languages = vec!["de".into(), "de".into()];
        bad.website = Some("javascript:alert(1)".into());
        bad.stand = Some(16);
        let errors = bad.validate().unwrap_err();
        let fields: Vec<&str> = errors.keys().map(String::as_str).collect();
        assert_eq!(
            fields,
            ["district", "languages", "slug", "stand", "website"]
        );
        bad.citywide = true;
        assert!(bad.validate().unwrap_err().contains_key("citywide"));
    }

    #[test]
    fn source_line_says_when_the_year_is_unknown() {
        let mut network = sample();
        assert_eq!(
            network.source_line(),
            "Quelle: refugium-braunschweig.de, Stand unbekannt"
        );
        network.stand = Some(2016);
        assert_eq!(
            network.source_line(),
            "Quelle: refugium-braunschweig.de, Stand 2016"
        );
    }

    #[test]
    fn vcard_has_only_known_fields_escaped() {
        let card = sample().vcard();
        assert!(card.starts_with("BEGIN:VCARD\r\nVERSION:3.0\r\n"));
        assert!(card.contains("ADR;TYPE=WORK:;;Steinweg 5\\, Braunschweig;;;;"));
        assert!(card.contains("URL:https://refugium-braunschweig.de"));
        assert!(!card.contains("TEL"));
        assert!(!card.contains("EMAIL"));
        assert!(card.ends_with("END:VCARD\r\n"));
    }
}
