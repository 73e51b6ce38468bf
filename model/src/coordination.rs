//! The coordinators' view of the data: registrations with their handling, pages, the audit log.

use crate::activity::Activity;
use crate::codes::Code;
use crate::registration::ContactVia;
use crate::validate::{Errors, EMAIL_MAX_CHARS, PHONE_MAX_CHARS, WEB_URL_MAX_CHARS};
use serde::{Deserialize, Serialize};

/// Where a registration stands; movable in both directions.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Status {
    New,
    Contacted,
    Placed,
    Closed,
}

impl Status {
    pub const ALL: [Status; 4] = [
        Status::New,
        Status::Contacted,
        Status::Placed,
        Status::Closed,
    ];

    pub fn key(self) -> &'static str {
        match self {
            Status::New => "new",
            Status::Contacted => "contacted",
            Status::Placed => "placed",
            Status::Closed => "closed",
        }
    }

    pub fn label_de(self) -> &'static str {
        match self {
            Status::New => "neu",
            Status::Contacted => "in Kontakt",
            Status::Placed => "vermittelt",
            Status::Closed => "abgeschlossen",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        Self::ALL.into_iter().find(|s| s.key() == key)
    }
}

/// A stored registration, as coordinators see it.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Registration {
    pub id: String,
    pub created_at: String,
    pub status: Status,
    pub name: String,
    pub email: String,
    pub phone: Option<String>,
    pub contact_via: ContactVia,
    pub districts: Vec<u16>,
    pub network: Option<String>,
    pub interests: Vec<Activity>,
    pub languages: Vec<String>,
    pub languages_other: Option<String>,
    pub availability: Vec<String>,
    pub message: Option<String>,
    pub consent_version: String,
    pub consent_at: String,
    pub note: Option<String>,
    pub placed_network: Option<String>,
}

/// `PATCH /api/admin/registrations/{id}`: only the fields given change.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegistrationPatch {
    #[serde(default)]
    pub status: Option<Status>,
    /// `Some("")` clears the note.
    #[serde(default)]
    pub note: Option<String>,
    /// `Some("")` clears it.
    #[serde(default)]
    pub placed_network: Option<String>,
}

/// The longest internal note.
pub const NOTE_MAX_CHARS: usize = 2000;

impl RegistrationPatch {
    /// The rules a change keeps before anything is looked up: a note of at most
    /// [`NOTE_MAX_CHARS`], and `placed_network` blank (to clear it) or a network's address,
    /// at most 80 characters either way.
    pub fn validate(&self) -> Result<(), crate::validate::FieldErrors> {
        let mut errors = Errors::default();
        let note = self.note.as_deref().unwrap_or_default();
        errors.max_chars("note", note, NOTE_MAX_CHARS, Code::NoteTooLong);
        let placed = self.placed_network.as_deref().unwrap_or_default();
        let too_long = placed.chars().count() > crate::validate::SLUG_MAX_CHARS;
        if too_long
            || self
                .placed_network()
                .is_some_and(|slug| !crate::validate::is_slug(slug))
        {
            errors.add(
                "placed_network",
                Code::PlacedNetworkUnknown,
                "Dieses Netzwerk gibt es nicht.",
            );
        }
        errors.finish()
    }

    /// The network to set as placed, unless the patch leaves it or clears it (blank).
    pub fn placed_network(&self) -> Option<&str> {
        self.placed_network
            .as_deref()
            .filter(|slug| !slug.trim().is_empty())
    }
}

/// One page of a list.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Page<T> {
    pub items: Vec<T>,
    pub total: u32,
    pub page: u32,
}

/// One admin action. Never holds a volunteer's personal data: only ids.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AuditEntry {
    pub at: String,
    pub coordinator: String,
    pub action: String,
    pub target: Option<String>,
}

/// One run of the retention job (`GET /api/admin/retention-runs`): when, how many
/// registrations it deleted, and why it failed if it did. No personal data.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct RetentionRun {
    pub at: String,
    pub deleted: u32,
    /// `None`: the run succeeded.
    pub error: Option<String>,
}

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
    pub activities: Vec<Activity>,
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

    /// The network this input describes, with `model::Network`'s rules applied. Maximum
    /// lengths count the input as sent; texts are stored trimmed.
    pub fn into_network(
        self,
        id: String,
        updated_at: String,
        confirmed_at: Option<String>,
    ) -> Result<crate::Network, crate::validate::FieldErrors> {
        let mut errors = self.check_as_sent();
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
            updated_at,
        };
        if let Err(more) = network.validate() {
            errors.extend(more);
        }
        errors.finish().map(|()| network)
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

/// A network in the coordinators' list: with its archive date and whether it is out of date.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminNetwork {
    #[serde(flatten)]
    pub network: crate::Network,
    pub archived_at: Option<String>,
    /// Not confirmed or updated in the last 12 months: "veraltet".
    pub stale: bool,
}

/// True when neither confirmation nor the last change is within a year of `today` (ISO dates).
pub fn is_stale(confirmed_at: Option<&str>, updated_at: &str, one_year_ago: &str) -> bool {
    let latest = confirmed_at.map_or(updated_at, |c| c.max(updated_at));
    latest < one_year_ago
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

    #[test]
    fn stale_after_a_year_without_confirmation_or_change() {
        assert!(is_stale(None, "2024-01-01T00:00:00Z", "2025-11-25"));
        assert!(!is_stale(
            Some("2025-12-01"),
            "2024-01-01T00:00:00Z",
            "2025-11-25"
        ));
        assert!(!is_stale(None, "2026-11-25T00:00:00Z", "2025-11-25"));
    }

    fn input() -> NetworkInput {
        serde_json::from_value(serde_json::json!({
            "name": "  Sprachcafé Mitte  ", "organiser": "Verein e.V.", "district": 130,
            "description": "Deutsch üben.", "source": {"name": "Koordinierungsstelle"}
        }))
        .unwrap()
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
    fn a_patch_clears_with_blanks_and_names_a_network_by_its_address() {
        let clear = RegistrationPatch {
            placed_network: Some("  ".into()),
            ..Default::default()
        };
        assert_eq!(clear.validate(), Ok(()));
        assert_eq!(clear.placed_network(), None);
        let bad = RegistrationPatch {
            placed_network: Some(" refugium".into()),
            note: Some("x".repeat(NOTE_MAX_CHARS + 1)),
            ..Default::default()
        };
        let errors = bad.validate().unwrap_err();
        assert_eq!(errors["placed_network"].code, "placed_network.unknown");
        assert_eq!(errors["note"].code, "note.too_long");
    }

    #[test]
    fn statuses_round_trip() {
        for status in Status::ALL {
            assert_eq!(Status::from_key(status.key()), Some(status));
        }
        assert_eq!(Status::Placed.label_de(), "vermittelt");
    }
}
