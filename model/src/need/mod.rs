//! A current need ("Gesuch"): what a network, or the Koordinierungsstelle itself, is looking
//! for now ("Sprachpatin gesucht, dienstags nachmittags, Weststadt, bis 31. März"), answered by
//! a volunteer in one tap. It describes the task, never people: its texts may hold no e-mail
//! address and no phone number (the network's own contact is on the network's page).
//!
//! A need is public while it is `open` and its `valid_until` (a calendar day in
//! Europe/Berlin, inclusive) has not passed; `expired` is derived from that day, never stored.

use crate::activity::Activity;
use crate::codes::Code;
use crate::day::Day;
use crate::validate::{Errors, FieldErrors, Text};
use crate::{district, language, registration};
use serde::{Deserialize, Serialize};

pub mod answer;
pub mod contact_data;
pub mod filter;

use contact_data::has_contact_data;

/// What a coordinator decided about a need (stored).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NeedStatus {
    /// Looking for people.
    Open,
    /// Enough people found.
    Filled,
    /// No longer looked for (or taken off).
    Closed,
}

impl NeedStatus {
    pub fn key(self) -> &'static str {
        match self {
            NeedStatus::Open => "open",
            NeedStatus::Filled => "filled",
            NeedStatus::Closed => "closed",
        }
    }

    pub fn from_key(key: &str) -> Option<Self> {
        [NeedStatus::Open, NeedStatus::Filled, NeedStatus::Closed]
            .into_iter()
            .find(|status| status.key() == key)
    }
}

/// One need as the API sends it.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Need {
    /// Stable id; never changes.
    pub id: String,
    /// The URL name: `/gesuch/<slug>`.
    pub slug: String,
    /// The network's address; `None`: the Koordinierungsstelle asks, city-wide.
    pub network: Option<String>,
    /// The network's name, as it is entered (`None` with `network`).
    pub network_name: Option<String>,
    /// The language the network's entry is written in (its name's), as stored with it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network_lang: Option<String>,
    pub title: String,
    pub description: String,
    pub activity: Activity,
    /// The languages welcome (ISO 639-1).
    pub languages: Vec<String>,
    /// The Stadtbezirk: given, else the network's; `None`: city-wide.
    pub district: Option<u16>,
    /// Where, as text (a meeting place, never a private address).
    pub place: Option<String>,
    /// When, as text ("dienstags 15–17 Uhr").
    pub when: Option<String>,
    /// When, as the registration form's weekday slots (`tue-afternoon`).
    pub slots: Vec<String>,
    /// How many people are looked for.
    pub people: Option<u16>,
    /// The last day it is looked for (`YYYY-MM-DD`, Europe/Berlin, inclusive).
    pub valid_until: String,
    /// The language its texts are written in (ISO 639-1).
    pub content_lang: String,
    pub status: NeedStatus,
    pub created_at: String,
    pub updated_at: String,
    /// The network keeps its entry through an editor: a volunteer who answers may let it
    /// contact them directly (`need::answer`).
    #[serde(default)]
    pub network_contact: bool,
}

impl Need {
    /// Past its last day (`today`: the Berlin date). A stored day that cannot be read counts
    /// as past: what cannot be dated is not shown.
    pub fn is_expired(&self, today: Day) -> bool {
        Day::parse(&self.valid_until).is_none_or(|last| last < today)
    }

    /// Shown to the public on `today`: open, not past its day, and not of an archived network.
    /// The twin of the SQL that selects the public needs (`worker/src/storage/needs.rs`,
    /// `PUBLIC`), which a test there holds it to.
    pub fn is_public(&self, today: Day, network_archived: bool) -> bool {
        self.status == NeedStatus::Open && !self.is_expired(today) && !network_archived
    }
}

/// A need as the coordinators see it: with whether its day has passed, how many
/// registrations answered it and how many of those were placed.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct AdminNeed {
    #[serde(flatten)]
    pub need: Need,
    /// Past its `valid_until` (Berlin date): off the public map whatever its status.
    pub expired: bool,
    pub answers: u32,
    pub placed: u32,
}

/// A coordinator's decision: filled, closed, or open again (`PATCH /api/admin/needs/{id}`).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NeedPatch {
    pub status: NeedStatus,
}

/// A need's title: at least this many characters once trimmed, at most as sent.
pub const TITLE_CHARS: (usize, usize) = (5, 120);
pub const DESCRIPTION_CHARS: (usize, usize) = (20, 2000);
/// The place and the time as text.
pub const PLACE_MAX_CHARS: usize = 200;
pub const WHEN_MAX_CHARS: usize = 200;
/// How many people one need may ask for.
pub const PEOPLE: (u16, u16) = (1, 99);
/// How far ahead `valid_until` may lie.
pub const MAX_MONTHS_AHEAD: u32 = 6;

/// What a coordinator sends to create or change a need (`POST`/`PUT /api/admin/needs`).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct NeedInput {
    /// The network's address; left out: the Koordinierungsstelle asks.
    #[serde(default)]
    pub network: Option<String>,
    pub title: String,
    pub description: String,
    pub activity: Activity,
    #[serde(default)]
    pub languages: Vec<String>,
    /// Left out: the network's Stadtbezirk.
    #[serde(default)]
    pub district: Option<u16>,
    #[serde(default)]
    pub place: Option<String>,
    #[serde(default)]
    pub when: Option<String>,
    #[serde(default)]
    pub slots: Vec<String>,
    #[serde(default)]
    pub people: Option<u16>,
    pub valid_until: String,
    #[serde(default)]
    pub content_lang: Option<String>,
}

/// Who asks: the network (its address, name and Stadtbezirk), or the Koordinierungsstelle.
#[derive(Debug, Clone, Default)]
pub struct Asker {
    pub network: Option<(String, String, Option<u16>)>,
}

impl NeedInput {
    /// The address made from the title (`gesuch` if it has no letter or digit).
    pub fn derived_slug(&self) -> String {
        Some(crate::network_input::slugify(&self.title))
            .filter(|s| !s.is_empty())
            .map(|s| s.chars().take(60).collect::<String>())
            .map(|s| s.trim_end_matches('-').to_string())
            .unwrap_or_else(|| "gesuch".into())
    }

    /// Every rule: the input's own ([`check`](Self::check)), then the day's
    /// ([`check_day`](Self::check_day)); `today` is the Berlin date.
    pub fn validate(&self, today: Day) -> Result<(), FieldErrors> {
        self.check()?;
        self.check_day(today)
    }

    /// `valid_until` from today to six months ahead: a rule that depends on the day, not on
    /// the input alone (the Worker answers it with 409, like other conflicts with "now").
    pub fn check_day(&self, today: Day) -> Result<(), FieldErrors> {
        let mut errors = Errors::default();
        // An unreadable day is the input's own error (`check`).
        let Some(last) = Day::parse(&self.valid_until) else {
            return Ok(());
        };
        if last < today {
            errors.add(
                "valid_until",
                Code::ValidUntilPast,
                "Dieses Datum ist schon vorbei.",
            );
        } else if last > today.add_months(MAX_MONTHS_AHEAD) {
            errors.add(
                "valid_until",
                Code::ValidUntilTooFar,
                format!("Höchstens {MAX_MONTHS_AHEAD} Monate im Voraus."),
            );
        }
        errors.finish()
    }

    /// The rules of the input itself (what the OpenAPI document states). Maximum lengths
    /// count the input as sent.
    pub fn check(&self) -> Result<(), FieldErrors> {
        let mut errors = Errors::default();
        let title = self.title.trim();
        errors.min_chars("title", title, TITLE_CHARS.0, Code::TitleTooShort);
        errors.max_chars("title", &self.title, TITLE_CHARS.1, Code::TitleTooLong);
        let description = self.description.trim();
        errors.min_chars(
            "description",
            description,
            DESCRIPTION_CHARS.0,
            Code::DescriptionTooShort,
        );
        errors.max_chars(
            "description",
            &self.description,
            DESCRIPTION_CHARS.1,
            Code::DescriptionTooLong,
        );
        for (field, value, max, code) in [
            ("place", &self.place, PLACE_MAX_CHARS, Code::PlaceTooLong),
            ("when", &self.when, WHEN_MAX_CHARS, Code::WhenTooLong),
        ] {
            errors.max_chars(field, value.as_deref().unwrap_or_default(), max, code);
        }
        for (field, value) in [
            ("title", self.title.as_str()),
            ("place", self.place.as_deref().unwrap_or_default()),
            ("when", self.when.as_deref().unwrap_or_default()),
        ] {
            errors.clean_text(field, value, Text::Line);
        }
        errors.clean_text("description", &self.description, Text::Lines);
        self.check_no_contact_data(&mut errors);
        // Its shape here (422); whether such a network exists is the Worker's question (409).
        if self
            .network
            .as_deref()
            .is_some_and(|n| !n.is_empty() && !crate::validate::is_slug(n))
        {
            errors.add(
                "network",
                Code::NetworkUnknown,
                "Dieses Netzwerk gibt es nicht.",
            );
        }
        if self.languages.iter().any(|l| !language::is_known(l)) {
            errors.add("languages", Code::LanguagesUnknown, "Unbekannte Sprache.");
        }
        if self
            .district
            .is_some_and(|d| district::name_of(d).is_none())
        {
            errors.add(
                "district",
                Code::DistrictUnknown,
                "Unbekannter Stadtbezirk.",
            );
        }
        if self.slots.iter().any(|s| !registration::is_time_slot(s)) {
            errors.add("slots", Code::SlotsUnknown, "Unbekannte Zeit.");
        }
        if self
            .people
            .is_some_and(|n| !(PEOPLE.0..=PEOPLE.1).contains(&n))
        {
            errors.add(
                "people",
                Code::PeopleOutOfRange,
                format!("Bitte eine Zahl von {} bis {}.", PEOPLE.0, PEOPLE.1),
            );
        }
        if let Some(lang) = self.content_lang.as_deref().map(str::trim) {
            if !lang.is_empty() && !language::is_known(lang) {
                errors.add(
                    "content_lang",
                    Code::ContentLangUnknown,
                    "Unbekannte Sprache.",
                );
            }
        }
        if Day::parse(&self.valid_until).is_none() {
            errors.add(
                "valid_until",
                Code::ValidUntilInvalid,
                "Bitte ein Datum wie 2027-03-31.",
            );
        }
        errors.finish()
    }

    /// Describe the task, not the people: no e-mail address, no phone number in any text.
    fn check_no_contact_data(&self, errors: &mut Errors) {
        let texts = [
            ("title", Some(self.title.as_str()), Code::TitleContactData),
            (
                "description",
                Some(self.description.as_str()),
                Code::DescriptionContactData,
            ),
            ("place", self.place.as_deref(), Code::PlaceContactData),
            ("when", self.when.as_deref(), Code::WhenContactData),
        ];
        for (field, text, code) in texts {
            if text.is_some_and(has_contact_data) {
                errors.add(
                    field,
                    code,
                    "Bitte keine E-Mail-Adressen oder Telefonnummern: Interessierte melden sich über das Formular.",
                );
            }
        }
    }

    /// The need this input describes: `asker` is the network it belongs to (resolved by the
    /// caller), the district comes from it unless given; texts are stored trimmed.
    pub fn into_need(
        self,
        ids: (String, String),
        asker: Asker,
        today: Day,
        times: (String, String),
    ) -> Result<Need, FieldErrors> {
        self.validate(today)?;
        let optional =
            |v: Option<String>| v.map(|s| s.trim().to_string()).filter(|s| !s.is_empty());
        let (network, network_name, network_district) = match asker.network {
            Some((slug, name, district)) => (Some(slug), Some(name), district),
            None => (None, None, None),
        };
        let (id, slug) = ids;
        let (created_at, updated_at) = times;
        Ok(Need {
            id,
            slug,
            network,
            network_name,
            // Read with the need from the network's row (`storage::needs`).
            network_lang: None,
            title: self.title.trim().to_string(),
            description: self.description.trim().to_string(),
            activity: self.activity,
            languages: dedup(self.languages),
            district: self.district.or(network_district),
            place: optional(self.place),
            when: optional(self.when),
            slots: dedup(self.slots),
            people: self.people,
            valid_until: self.valid_until,
            content_lang: optional(self.content_lang).unwrap_or_else(|| "de".into()),
            status: NeedStatus::Open,
            created_at,
            updated_at,
            // Read with the need: whether its network has an editor (`storage::needs`).
            network_contact: false,
        })
    }
}

fn dedup(items: Vec<String>) -> Vec<String> {
    let mut seen = Vec::new();
    for item in items {
        if !seen.contains(&item) {
            seen.push(item);
        }
    }
    seen
}

/// Each district's open needs: `needs` are today's public ones (city-wide ones not counted).
pub fn count_needs(districts: &mut [crate::District], needs: &[Need]) {
    for district in districts {
        district.need_count = needs
            .iter()
            .filter(|need| need.district == Some(district.number))
            .count() as u32;
    }
}

#[cfg(test)]
mod tests;
