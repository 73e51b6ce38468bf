//! Filtering the directory: the same rules for `GET /api/networks` and the app's filter bar.

use crate::activity::Activity;
use crate::codes::Code;
use crate::district;
use crate::language;
use crate::network::Network;
use crate::validate::{Errors, FieldErrors};

/// The longest free-text query accepted.
pub const MAX_QUERY_CHARS: usize = 100;

/// Which networks to show. Empty fields do not filter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NetworkFilter {
    /// A district's networks, plus the city-wide ones.
    pub district: Option<u16>,
    pub activity: Option<Activity>,
    pub language: Option<String>,
    /// Free text, matched case-insensitively in name, organiser, description and place.
    pub text: Option<String>,
}

/// Parameter name → its error, for a 422 that names the parameter (never echoing its value).
pub type ParamErrors = FieldErrors;

/// How to read parameter values.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Reading {
    /// The API: a value is exactly what the contract allows (`district=` is no district).
    Exact,
    /// A URL a person may have typed or shortened: spaces trimmed, empty values ignored.
    Lenient,
}

impl NetworkFilter {
    /// Reads the API's query parameters (`district`, `activity`, `language`, `q`), exactly as
    /// the OpenAPI document describes them. Unknown parameter names are ignored; a value the
    /// document does not allow is an error naming its parameter.
    pub fn from_api_query<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Self, ParamErrors> {
        Self::from_pairs(
            pairs,
            ["district", "activity", "language", "q"],
            Reading::Exact,
        )
    }

    /// Reads the app's German URL parameters (`aktivitaet`, `sprache`, `suche`).
    pub fn from_app_query<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
    ) -> Result<Self, ParamErrors> {
        Self::from_pairs(
            pairs,
            ["bezirk", "aktivitaet", "sprache", "suche"],
            Reading::Lenient,
        )
    }

    fn from_pairs<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
        [district_key, activity_key, language_key, text_key]: [&str; 4],
        reading: Reading,
    ) -> Result<Self, ParamErrors> {
        let mut filter = Self::default();
        let mut errors = Errors::default();
        for (key, raw) in pairs {
            let value = match reading {
                Reading::Exact => raw,
                Reading::Lenient => raw.trim(),
            };
            if key == text_key {
                if raw.chars().count() > MAX_QUERY_CHARS {
                    let message = format!("Höchstens {MAX_QUERY_CHARS} Zeichen.");
                    errors.add(key, Code::QTooLong, message);
                } else if !raw.trim().is_empty() {
                    filter.text = Some(raw.trim().into());
                }
                continue;
            }
            if value.is_empty() && reading == Reading::Lenient {
                continue;
            }
            if key == district_key {
                match district_number(value) {
                    Some(number) => filter.district = Some(number),
                    None => errors.add(key, Code::DistrictUnknown, "Unbekannter Stadtbezirk."),
                }
            } else if key == activity_key {
                match Activity::from_key(value) {
                    Some(activity) => filter.activity = Some(activity),
                    None => errors.add(key, Code::ActivityUnknown, "Unbekannte Aktivität."),
                }
            } else if key == language_key {
                if language::is_known(value) {
                    filter.language = Some(value.into());
                } else {
                    errors.add(key, Code::LanguageUnknown, "Unbekannte Sprache.");
                }
            }
        }
        errors.finish().map(|()| filter)
    }

    pub fn matches(&self, network: &Network) -> bool {
        let district_ok = match self.district {
            Some(number) => network.citywide || network.district == Some(number),
            None => true,
        };
        let activity_ok = self
            .activity
            .is_none_or(|activity| network.activities.contains(&activity));
        let language_ok = self
            .language
            .as_ref()
            .is_none_or(|code| network.languages.iter().any(|l| l == code));
        let text_ok = self.text.as_ref().is_none_or(|text| {
            let haystack = fold(&network.search_text());
            fold(text)
                .split_whitespace()
                .all(|word| haystack.contains(word))
        });
        district_ok && activity_ok && language_ok && text_ok
    }

    /// The matching networks: the district's own first, then the city-wide ones, each by name.
    pub fn apply<'a>(&self, networks: &'a [Network]) -> Vec<&'a Network> {
        let mut found: Vec<&Network> = networks.iter().filter(|n| self.matches(n)).collect();
        // Current entries first, stale ones after (issue 32); then the district's own before the
        // city-wide ones. Names are unique, so an unstable sort gives one order (and less code
        // in the wasm).
        found.sort_unstable_by_key(|n| (n.stale, n.citywide, fold(&n.name)));
        found
    }
}

/// A Stadtbezirk's number written in decimal, if it is one of the 12.
pub fn district_number(value: &str) -> Option<u16> {
    value
        .parse::<u16>()
        .ok()
        .filter(|n| district::name_of(*n).is_some())
}

/// Lower case, with umlauts and ß folded, so "Fluchtlinge" finds "Flüchtlinge". Letters
/// beyond Latin-1 stay as they are: the directory's texts are German, and the full Unicode
/// case tables would cost the app's wasm more than they give.
pub fn fold(text: &str) -> String {
    let mut folded = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            'ä' | 'á' | 'à' | 'â' | 'Ä' | 'Á' | 'À' | 'Â' => folded.push('a'),
            'ö' | 'ó' | 'ò' | 'ô' | 'Ö' | 'Ó' | 'Ò' | 'Ô' => folded.push('o'),
            'ü' | 'ú' | 'ù' | 'û' | 'Ü' | 'Ú' | 'Ù' | 'Û' => folded.push('u'),
            'é' | 'è' | 'ê' | 'É' | 'È' | 'Ê' => folded.push('e'),
            'ß' => folded.push_str("ss"),
            c => folded.push(c.to_ascii_lowercase()),
        }
    }
    folded
}

/// The app's filter from its three form fields (`aktivitaet`, `sprache`, `suche`), as the
/// app and the Worker's GET form read them: each invalid value is left out on its own,
/// never shown back.
///
/// Read value by value, without collecting errors: the map's wasm then carries no error
/// maps (the first view has a size budget).
pub fn from_fields(activity: &str, language: &str, text: &str) -> NetworkFilter {
    let language = language.trim();
    let text: String = text.trim().chars().take(MAX_QUERY_CHARS).collect();
    NetworkFilter {
        district: None,
        activity: Activity::from_key(activity.trim()),
        language: language::is_known(language).then(|| language.to_string()),
        text: (!text.is_empty()).then_some(text),
    }
}

/// The URL query for a filter, in the app's German names (`?…`, or empty).
pub fn app_query(filter: &NetworkFilter) -> String {
    let mut parts = Vec::new();
    if let Some(activity) = filter.activity {
        parts.push(format!("aktivitaet={}", activity.key()));
    }
    if let Some(language) = &filter.language {
        parts.push(format!("sprache={language}"));
    }
    if let Some(text) = &filter.text {
        parts.push(format!("suche={}", crate::url::percent_encode(text)));
    }
    if parts.is_empty() {
        String::new()
    } else {
        format!("?{}", parts.join("&"))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::network::tests::sample;

    fn citywide() -> Network {
        let mut network = sample();
        network.id = "drk".into();
        network.name = "DRK-Kaufbar".into();
        network.organiser = "Deutsches Rotes Kreuz".into();
        network.description = "Anlaufstelle für Ehrenamtliche.".into();
        network.place = None;
        network.district = None;
        network.citywide = true;
        network.activities = vec![crate::Activity::Begegnung];
        network
    }

    #[test]
    fn district_includes_citywide_networks() {
        let networks = [sample(), citywide()];
        let filter = NetworkFilter {
            district: Some(211),
            ..Default::default()
        };
        let found = filter.apply(&networks);
        assert_eq!(found.len(), 1);
        assert!(found[0].citywide);
        let filter = NetworkFilter {
            district: Some(130),
            ..Default::default()
        };
        let names: Vec<&str> = filter
            .apply(&networks)
            .iter()
            .map(|n| n.name.as_str())
            .collect();
        assert_eq!(
            names,
            ["Refugium Flüchtlingshilfe e.V.", "DRK-Kaufbar"],
            "own first"
        );
    }

    #[test]
    fn activity_language_and_text_narrow() {
        let networks = [sample(), citywide()];
        let by_activity = NetworkFilter {
            activity: Some(Activity::Beratung),
            ..Default::default()
        };
        assert_eq!(by_activity.apply(&networks).len(), 1);
        let by_language = NetworkFilter {
            language: Some("ar".into()),
            ..Default::default()
        };
        assert!(by_language.apply(&networks).is_empty());
        let by_text = NetworkFilter {
            text: Some("fluchtlingshilfe steinweg".into()),
            ..Default::default()
        };
        assert_eq!(by_text.apply(&networks).len(), 1);
        let by_label = NetworkFilter {
            text: Some("treffpunkt".into()),
            ..Default::default()
        };
        assert_eq!(by_label.apply(&networks)[0].name, "DRK-Kaufbar");
    }

    #[test]
    fn parses_api_parameters() {
        let filter = NetworkFilter::from_api_query([
            ("district", "130"),
            ("activity", "beratung"),
            ("language", "de"),
            ("q", " Refugium "),
            ("utm_source", "ignored"),
        ])
        .unwrap();
        assert_eq!(filter.district, Some(130));
        assert_eq!(filter.activity, Some(Activity::Beratung));
        assert_eq!(filter.language.as_deref(), Some("de"));
        assert_eq!(filter.text.as_deref(), Some("Refugium"));
    }

    #[test]
    fn unknown_values_name_their_parameter_without_echoing() {
        let errors = NetworkFilter::from_api_query([
            ("district", "999"),
            ("activity", "<script>"),
            ("language", "xx"),
        ])
        .unwrap_err();
        assert_eq!(
            errors.keys().collect::<Vec<_>>(),
            ["activity", "district", "language"]
        );
        assert!(errors
            .values()
            .all(|e| !e.message.contains("<script>") && !e.message.contains("999")));
        assert_eq!(errors["district"].code, "district.unknown");
        let long = "a".repeat(MAX_QUERY_CHARS + 1);
        assert!(NetworkFilter::from_api_query([("q", long.as_str())])
            .unwrap_err()
            .contains_key("q"));
        assert!(NetworkFilter::from_api_query([("district", "abc")]).is_err());
    }

    #[test]
    fn the_api_reads_values_exactly_the_app_leniently() {
        for (key, value) in [
            ("district", ""),
            ("district", " 130"),
            ("activity", ""),
            ("language", " de"),
        ] {
            let errors = NetworkFilter::from_api_query([(key, value)]).unwrap_err();
            assert!(errors.contains_key(key), "{key}={value:?}");
        }
        let empty_text = NetworkFilter::from_api_query([("q", ""), ("q", "  ")]).unwrap();
        assert_eq!(empty_text, NetworkFilter::default());
        let lenient = NetworkFilter::from_app_query([("bezirk", ""), ("sprache", " de ")]).unwrap();
        assert_eq!(lenient.language.as_deref(), Some("de"));
        // The limit counts what was sent, spaces too.
        let spaced = format!("{} ", "a".repeat(MAX_QUERY_CHARS));
        assert!(NetworkFilter::from_api_query([("q", spaced.as_str())]).is_err());
    }

    #[test]
    fn app_parameters_are_german() {
        let filter = NetworkFilter::from_app_query([
            ("aktivitaet", "sachspenden"),
            ("sprache", "uk"),
            ("suche", "x"),
        ])
        .unwrap();
        assert_eq!(filter.activity, Some(Activity::Sachspenden));
        assert_eq!(filter.language.as_deref(), Some("uk"));
        assert_eq!(filter.text.as_deref(), Some("x"));
        assert!(NetworkFilter::from_app_query([("sprache", "zz")])
            .unwrap_err()
            .contains_key("sprache"));
    }

    #[test]
    fn folding_ignores_case_and_umlauts() {
        assert_eq!(
            fold("Östliches Ringgebiet Straße"),
            "ostliches ringgebiet strasse"
        );
    }

    #[test]
    fn the_url_holds_the_app_filter() {
        assert_eq!(app_query(&NetworkFilter::default()), "");
        let filter = from_fields("beratung", "ar", " Garten & Hof ");
        assert_eq!(
            app_query(&filter),
            "?aktivitaet=beratung&sprache=ar&suche=Garten%20%26%20Hof"
        );
        let filter = from_fields("zaubern", "de", "");
        assert_eq!(filter.activity, None);
        assert_eq!(filter.language.as_deref(), Some("de"));
        assert_eq!(filter.text, None);
    }
}
