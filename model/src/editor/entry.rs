//! The fields of an entry a network's editor may change ("Änderung vorschlagen"): every public
//! field but the address (links to it must keep working), the source and its Stand (which
//! accepting a proposal sets: "Angaben des Netzwerks", the day). The coordinators' rules apply.

use crate::activity::Activity;
use crate::network::{Network, Source};
use crate::network_input::NetworkInput;
use crate::validate::FieldErrors;
use serde::{Deserialize, Serialize};

pub use crate::network::own_source::NETWORK_SOURCE;

/// An entry's fields as an editor proposes them (and as a proposal keeps them).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct EntryFields {
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
}

/// The fields in the form's order, by the names the API and the review use.
pub const FIELDS: [&str; 11] = [
    "name",
    "organiser",
    "district",
    "description",
    "activities",
    "languages",
    "content_lang",
    "place",
    "phone",
    "email",
    "website",
];

impl EntryFields {
    /// The fields of an entry as it is.
    pub fn of(network: &Network) -> Self {
        Self {
            name: network.name.clone(),
            organiser: network.organiser.clone(),
            district: network.district,
            description: network.description.clone(),
            activities: network.activities.clone(),
            languages: network.languages.clone(),
            content_lang: Some(network.content_lang.clone()),
            place: network.place.clone(),
            phone: network.phone.clone(),
            email: network.email.clone(),
            website: network.website.clone(),
        }
    }

    /// These fields as a coordinator's input for `network` (its address, source and Stand).
    fn as_input(&self, network: &Network, source: Source, stand: Option<u16>) -> NetworkInput {
        NetworkInput {
            slug: Some(network.slug.clone()),
            name: self.name.clone(),
            organiser: self.organiser.clone(),
            district: self.district,
            description: self.description.clone(),
            activities: self.activities.clone(),
            languages: self.languages.clone(),
            content_lang: self.content_lang.clone(),
            place: self.place.clone(),
            phone: self.phone.clone(),
            email: self.email.clone(),
            website: self.website.clone(),
            source,
            stand,
        }
    }

    /// The coordinators' rules, with their fields' names and messages.
    pub fn validate(&self, network: &Network) -> Result<(), FieldErrors> {
        self.as_input(network, network.source.clone(), network.stand)
            .validate()
    }

    /// Each field as the text a review shows (`FIELDS`' order): lists joined by ", ", the
    /// district by its number, an empty field empty.
    pub fn texts(&self) -> Vec<(&'static str, String)> {
        let or_empty = |v: &Option<String>| v.clone().unwrap_or_default();
        let values = [
            self.name.clone(),
            self.organiser.clone(),
            self.district.map(|d| d.to_string()).unwrap_or_default(),
            self.description.clone(),
            self.activities
                .iter()
                .map(|a| a.key())
                .collect::<Vec<_>>()
                .join(", "),
            self.languages.join(", "),
            or_empty(&self.content_lang),
            or_empty(&self.place),
            or_empty(&self.phone),
            or_empty(&self.email),
            or_empty(&self.website),
        ];
        FIELDS.into_iter().zip(values).collect()
    }

    /// `current` with the chosen fields (`accepted`, names from [`FIELDS`]) taken from these.
    pub fn merged_into(&self, current: &EntryFields, accepted: &[String]) -> EntryFields {
        let take = |field: &str| accepted.iter().any(|a| a == field);
        let mut out = current.clone();
        macro_rules! pick {
            ($($field:ident),*) => {$(
                if take(stringify!($field)) {
                    out.$field = self.$field.clone();
                }
            )*};
        }
        pick!(
            name,
            organiser,
            district,
            description,
            activities,
            languages,
            content_lang,
            place,
            phone,
            email,
            website
        );
        out
    }

    /// The entry `network` with these fields, its source "Angaben des Netzwerks" and `day` as
    /// its Stand, once they keep every rule.
    pub fn published(
        &self,
        network: &Network,
        updated_at: String,
        day: crate::day::Day,
    ) -> Result<Network, FieldErrors> {
        let source = Source {
            name: NETWORK_SOURCE.into(),
            url: None,
        };
        let mut out = self
            .as_input(network, source, Some(day.year()))
            .into_network(network.id.clone(), updated_at, network.confirmed_at.clone())?;
        out.confirmed_by = network.confirmed_by;
        out.stand_day = Some(day.to_string());
        Ok(out)
    }
}

/// Whether every name in `fields` is one of [`FIELDS`].
pub fn are_fields(fields: &[String]) -> bool {
    fields.iter().all(|f| FIELDS.contains(&f.as_str()))
}

#[cfg(test)]
mod tests {
    use super::*;

    pub(crate) fn network() -> Network {
        serde_json::from_value(serde_json::json!({
            "id": "refugium", "slug": "refugium", "name": "Refugium",
            "organiser": "Refugium Braunschweig e. V.", "district": 130, "citywide": false,
            "description": "Sprachcafé am Montag.", "activities": ["sprachcafe"],
            "languages": ["de", "ar"], "content_lang": "de", "place": null, "phone": null,
            "email": null, "website": null,
            "source": {"name": "refugium-braunschweig.de"}, "stand": 2016,
            "confirmed_at": null, "updated_at": "2026-01-01T00:00:00.000Z"
        }))
        .unwrap()
    }

    #[test]
    fn chosen_fields_are_taken_and_the_others_kept() {
        let current = EntryFields::of(&network());
        let mut proposed = current.clone();
        proposed.name = "Refugium e. V.".into();
        proposed.place = Some("Stadtteilcafé".into());
        let merged = proposed.merged_into(&current, &["place".into()]);
        assert_eq!(merged.name, "Refugium");
        assert_eq!(merged.place.as_deref(), Some("Stadtteilcafé"));
        assert!(are_fields(&["place".into(), "website".into()]));
        assert!(!are_fields(&["slug".into()]));
    }

    #[test]
    fn published_entries_name_the_network_as_source() {
        let mut fields = EntryFields::of(&network());
        fields.website = Some("https://refugium.example".into());
        let out = fields
            .published(
                &network(),
                "2026-12-03T10:00:00.000Z".into(),
                crate::day::Day::parse("2026-12-03").unwrap(),
            )
            .unwrap();
        assert_eq!(out.source.name, NETWORK_SOURCE);
        assert_eq!((out.stand, out.slug.as_str()), (Some(2026), "refugium"));
        assert_eq!(out.stand_day.as_deref(), Some("2026-12-03"));
        fields.website = Some("ftp://x".into());
        let errors = fields.validate(&network()).unwrap_err();
        assert!(errors.contains_key("website"), "{errors:?}");
    }

    #[test]
    fn a_review_reads_every_field_as_text() {
        let texts = EntryFields::of(&network()).texts();
        assert_eq!(texts.len(), FIELDS.len());
        assert_eq!(texts[2], ("district", "130".to_string()));
        assert_eq!(texts[5], ("languages", "de, ar".to_string()));
    }
}
