//! Organisations that ask for their entry ("Ist das Ihr Netzwerk? Zugang anfragen": a claim,
//! `POST /api/claims`) or suggest one that is missing ("Netzwerk vorschlagen": a suggestion,
//! `POST /api/suggestions`). Both go through the public forms' intake into the coordinators'
//! queue; a coordinator verifies the person outside the app (by phone) before giving access.
//! The same rules run in the Worker and are named in the forms by their codes.

use crate::codes::Code;
use crate::lang::Lang;
use crate::validate::{is_email, is_phone, is_slug, is_web_url, Errors, FieldErrors, Text};
use crate::validate::{EMAIL_MAX_CHARS, PHONE_MAX_CHARS, WEB_URL_MAX_CHARS};
use serde::{Deserialize, Serialize};
use serde_json::{Map, Value};

pub mod view;

/// The person's name and their role in the organisation: this many characters once trimmed…
pub const NAME_CHARS: (usize, usize) = (2, 100);
pub const ROLE_CHARS: (usize, usize) = (2, 100);
/// …and a message of at most this many (optional).
pub const MESSAGE_MAX_CHARS: usize = 1000;
/// The honeypot's longest value, as on the other forms.
pub const WEBSITE_MAX_CHARS: usize = crate::registration::WEBSITE_MAX_CHARS;
/// Every valid body fits, each character escaped as `\uXXXX\uXXXX` (the project's rule).
pub const MAX_BODY_BYTES: usize = 64 * 1024;
/// Declined claims and suggestions are erased this many days after the decision.
pub const DECLINED_DAYS: u32 = 30;
pub use crate::network::own_source::SUGGESTION_SOURCE;

/// Who asks, the same on both forms.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Requester {
    pub name: String,
    /// Their role in the organisation, e.g. "Vorstand" or "Koordination".
    pub role: String,
    pub email: String,
    /// For the Koordinierungsstelle to call back before it gives access.
    pub phone: String,
    #[serde(default)]
    pub message: String,
    /// The form's language (`de`, `en`, `ar`, `fa`, `uk`): an access's mails are German or
    /// English.
    pub language: String,
}

/// A suggested network: what the map shows of an entry, as far as its organisation says it.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Suggested {
    pub network_name: String,
    pub organiser: String,
    /// The Stadtbezirk, or `None` for a city-wide offer.
    pub district: Option<u16>,
    pub description: String,
    #[serde(default)]
    pub network_website: Option<String>,
}

impl Suggested {
    /// The entry an accepted suggestion becomes: at `slug` (also its id), in the language the
    /// form was filled in, not yet confirmed, its source the network's suggestion, its Stand
    /// `today`. Activities and languages are for the coordinator or the network to add.
    pub fn into_network(
        &self,
        slug: &str,
        content_lang: &str,
        today: crate::day::Day,
        now: &str,
    ) -> crate::Network {
        crate::Network {
            id: slug.to_string(),
            slug: slug.to_string(),
            name: self.network_name.clone(),
            organiser: self.organiser.clone(),
            district: self.district,
            citywide: self.district.is_none(),
            description: self.description.clone(),
            activities: Vec::new(),
            languages: Vec::new(),
            content_lang: content_lang.to_string(),
            place: None,
            phone: None,
            email: None,
            website: self.network_website.clone(),
            source: crate::Source {
                name: SUGGESTION_SOURCE.into(),
                url: None,
            },
            stand: Some(today.year()),
            stand_day: Some(today.to_string()),
            confirmed_at: None,
            confirmed_by: None,
            stale: false,
            updated_at: now.to_string(),
        }
    }
}

/// What a form sends: who asks and, for a claim, the entry's address (`network`), for a
/// suggestion, the network.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct RequestInput {
    pub requester: Requester,
    /// A claim's entry, by its address.
    pub network: Option<String>,
    pub suggested: Option<Suggested>,
    /// The honeypot.
    pub website: String,
}

/// A claim's wire fields.
pub const CLAIM_FIELDS: [&str; 8] = [
    "network", "name", "role", "email", "phone", "message", "language", "website",
];
/// A suggestion's wire fields.
pub const SUGGESTION_FIELDS: [&str; 12] = [
    "network_name",
    "organiser",
    "district",
    "description",
    "network_website",
    "name",
    "role",
    "email",
    "phone",
    "message",
    "language",
    "website",
];

/// The text of `field` (`null` or left out: empty), or a wrong-type error.
fn text(errors: &mut Errors, object: &Map<String, Value>, field: &str) -> String {
    match object.get(field) {
        None | Some(Value::Null) => String::new(),
        Some(Value::String(text)) => text.clone(),
        Some(_) => {
            errors.add(field, Code::FieldWrongType, "Erwartet: ein Text.");
            String::new()
        }
    }
}

fn requester(errors: &mut Errors, object: &Map<String, Value>) -> Requester {
    let mut get = |field: &str| text(errors, object, field);
    Requester {
        name: get("name"),
        role: get("role"),
        email: get("email"),
        phone: get("phone"),
        message: get("message"),
        language: get("language"),
    }
}

impl RequestInput {
    /// A claim from a parsed JSON body: unknown fields and wrong types named (422).
    pub fn claim_from_json(value: &Value) -> Result<Self, FieldErrors> {
        let mut errors = Errors::default();
        let Some(object) = errors.object(value, &CLAIM_FIELDS) else {
            return Err(errors.0);
        };
        let input = Self {
            requester: requester(&mut errors, object),
            network: Some(text(&mut errors, object, "network")),
            suggested: None,
            website: text(&mut errors, object, "website"),
        };
        errors.finish().map(|()| input)
    }

    /// A suggestion from a parsed JSON body.
    pub fn suggestion_from_json(value: &Value) -> Result<Self, FieldErrors> {
        let mut errors = Errors::default();
        let Some(object) = errors.object(value, &SUGGESTION_FIELDS) else {
            return Err(errors.0);
        };
        let district = match object.get("district") {
            None | Some(Value::Null) => None,
            Some(Value::Number(n)) => match n.as_u64().and_then(|n| u16::try_from(n).ok()) {
                Some(number) => Some(number),
                None => {
                    errors.add(
                        "district",
                        Code::DistrictUnknown,
                        "Diesen Bezirk gibt es nicht.",
                    );
                    None
                }
            },
            Some(_) => {
                errors.add(
                    "district",
                    Code::FieldWrongType,
                    "Erwartet: eine Zahl oder null.",
                );
                None
            }
        };
        let website = text(&mut errors, object, "network_website");
        let suggested = Suggested {
            network_name: text(&mut errors, object, "network_name"),
            organiser: text(&mut errors, object, "organiser"),
            district,
            description: text(&mut errors, object, "description"),
            network_website: Some(website).filter(|w| !w.trim().is_empty()),
        };
        let input = Self {
            requester: requester(&mut errors, object),
            network: None,
            suggested: Some(suggested),
            website: text(&mut errors, object, "website"),
        };
        errors.finish().map(|()| input)
    }

    /// The rules; messages in short, plain German, named by code for the forms.
    pub fn validate(&self) -> Result<(), FieldErrors> {
        let mut errors = Errors::default();
        let r = &self.requester;
        line(
            &mut errors,
            "name",
            &r.name,
            NAME_CHARS,
            Code::NameTooShort,
            Code::NameTooLong,
        );
        line(
            &mut errors,
            "role",
            &r.role,
            ROLE_CHARS,
            Code::RoleTooShort,
            Code::RoleTooLong,
        );
        let email = r.email.trim();
        if email.is_empty() {
            errors.add(
                "email",
                Code::EmailRequired,
                "Bitte eine E-Mail-Adresse angeben.",
            );
        } else if r.email.chars().count() > EMAIL_MAX_CHARS || !is_email(email) {
            errors.add(
                "email",
                Code::EmailInvalid,
                "Bitte eine gültige E-Mail-Adresse angeben, z. B. name@beispiel.de.",
            );
        }
        let phone = r.phone.trim();
        if phone.is_empty() {
            errors.add(
                "phone",
                Code::PhoneRequired,
                "Bitte eine Telefonnummer angeben: Wir rufen zurück, bevor wir den Zugang geben.",
            );
        } else if r.phone.chars().count() > PHONE_MAX_CHARS || !is_phone(phone) {
            errors.add(
                "phone",
                Code::PhoneInvalid,
                "Bitte eine Telefonnummer mit Vorwahl angeben, z. B. 0531 123456.",
            );
        }
        errors.max_chars(
            "message",
            &r.message,
            MESSAGE_MAX_CHARS,
            Code::MessageTooLong,
        );
        errors.clean_text("message", &r.message, Text::Lines);
        if !Lang::ALL.iter().any(|lang| lang.code() == r.language) {
            errors.add(
                "language",
                Code::LanguageUnknown,
                "Erlaubt: de, en, ar, fa, uk.",
            );
        }
        errors.max_chars(
            "website",
            &self.website,
            WEBSITE_MAX_CHARS,
            Code::WebsiteTooLong,
        );
        if let Some(slug) = &self.network {
            if !is_slug(slug) {
                errors.add(
                    "network",
                    Code::NetworkUnknown,
                    "Dieses Netzwerk gibt es nicht.",
                );
            }
        }
        if let Some(s) = &self.suggested {
            suggested_rules(&mut errors, s);
        }
        errors.finish()
    }

    /// A filled-in honeypot: answered as a person is, nothing stored.
    pub fn is_bot(&self) -> bool {
        !self.website.trim().is_empty()
    }

    /// As stored: every text trimmed.
    pub fn normalised(&self) -> Self {
        let t = |s: &str| s.trim().to_string();
        let r = &self.requester;
        Self {
            requester: Requester {
                name: t(&r.name),
                role: t(&r.role),
                email: t(&r.email),
                phone: t(&r.phone),
                message: t(&r.message),
                language: t(&r.language),
            },
            network: self.network.as_deref().map(t),
            suggested: self.suggested.as_ref().map(|s| Suggested {
                network_name: t(&s.network_name),
                organiser: t(&s.organiser),
                district: s.district,
                description: t(&s.description),
                network_website: s.network_website.as_deref().map(t),
            }),
            website: self.website.clone(),
        }
    }
}

/// A one-line text of `(min, max)` characters.
fn line(
    errors: &mut Errors,
    field: &str,
    value: &str,
    chars: (usize, usize),
    short: Code,
    long: Code,
) {
    errors.min_chars(field, value, chars.0, short);
    errors.max_chars(field, value, chars.1, long);
    errors.clean_text(field, value, Text::Line);
}

fn suggested_rules(errors: &mut Errors, s: &Suggested) {
    use crate::network::{DESCRIPTION_MAX_CHARS, NAME_CHARS, ORGANISER_CHARS};
    let name = &s.network_name;
    line(
        errors,
        "network_name",
        name,
        NAME_CHARS,
        Code::NetworkNameTooShort,
        Code::NetworkNameTooLong,
    );
    let organiser = &s.organiser;
    line(
        errors,
        "organiser",
        organiser,
        ORGANISER_CHARS,
        Code::OrganiserTooShort,
        Code::OrganiserTooLong,
    );
    errors.required("description", &s.description, Code::DescriptionRequired);
    errors.max_chars(
        "description",
        &s.description,
        DESCRIPTION_MAX_CHARS,
        Code::DescriptionTooLong,
    );
    errors.clean_text("description", &s.description, Text::Lines);
    if let Some(number) = s.district {
        if crate::district::name_of(number).is_none() {
            errors.add(
                "district",
                Code::DistrictUnknown,
                "Diesen Bezirk gibt es nicht.",
            );
        }
    }
    if let Some(website) = &s.network_website {
        let website = website.trim();
        if website.chars().count() > WEB_URL_MAX_CHARS || !is_web_url(website) {
            errors.add(
                "network_website",
                Code::NetworkWebsiteInvalid,
                "Bitte eine Adresse wie https://beispiel.de angeben, oder das Feld leer lassen.",
            );
        }
    }
}

#[cfg(test)]
mod tests;
