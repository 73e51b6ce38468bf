//! Filtering needs: `GET /api/needs` takes the networks' parameters (`district`, `activity`,
//! `language`, `q`, read by the same rules) and `network`.

use crate::codes::Code;
use crate::filter::{fold, NetworkFilter, ParamErrors};
use crate::need::Need;
use crate::validate::{is_slug, Errors};

/// Which needs to show. Empty fields do not filter.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct NeedFilter {
    /// District (with the city-wide ones), activity, language and free text.
    pub like_networks: NetworkFilter,
    /// One network's needs (its address).
    pub network: Option<String>,
}

impl NeedFilter {
    /// Reads the API's query parameters; a value the contract does not allow is an error
    /// naming its parameter, unknown names are ignored.
    pub fn from_api_query<'a>(
        pairs: impl IntoIterator<Item = (&'a str, &'a str)> + Clone,
    ) -> Result<Self, ParamErrors> {
        let mut errors = Errors::default();
        let like_networks = NetworkFilter::from_api_query(pairs.clone()).unwrap_or_else(|e| {
            errors.extend(e);
            NetworkFilter::default()
        });
        let mut network = None;
        for (key, value) in pairs {
            if key == "network" {
                if is_slug(value) {
                    network = Some(value.to_string());
                } else {
                    errors.add(key, Code::NetworkUnknown, "Unbekanntes Netzwerk.");
                }
            }
        }
        errors.finish().map(|()| NeedFilter {
            like_networks,
            network,
        })
    }

    pub fn matches(&self, need: &Need) -> bool {
        let filter = &self.like_networks;
        let district_ok = filter
            .district
            .is_none_or(|number| need.district.is_none_or(|d| d == number));
        let activity_ok = filter.activity.is_none_or(|a| need.activity == a);
        let language_ok = filter
            .language
            .as_ref()
            .is_none_or(|code| need.languages.iter().any(|l| l == code));
        let network_ok = self
            .network
            .as_ref()
            .is_none_or(|slug| need.network.as_ref() == Some(slug));
        let text_ok = filter.text.as_ref().is_none_or(|text| {
            let haystack = fold(&search_text(need));
            fold(text)
                .split_whitespace()
                .all(|word| haystack.contains(word))
        });
        district_ok && activity_ok && language_ok && network_ok && text_ok
    }

    /// The matching needs, in the order given (the newest first).
    pub fn apply<'a>(&self, needs: &'a [Need]) -> Vec<&'a Need> {
        needs.iter().filter(|n| self.matches(n)).collect()
    }
}

/// The texts the free-text filter looks in.
fn search_text(need: &Need) -> String {
    [
        Some(need.title.as_str()),
        Some(need.description.as_str()),
        need.place.as_deref(),
        need.when.as_deref(),
        need.network_name.as_deref(),
    ]
    .into_iter()
    .flatten()
    .collect::<Vec<_>>()
    .join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::{Activity, NeedStatus};

    fn need(district: Option<u16>, network: Option<&str>) -> Need {
        Need {
            id: "n".into(),
            slug: "s".into(),
            network: network.map(Into::into),
            network_name: network.map(|_| "Refugium".into()),
            network_lang: None,
            title: "Sprachpatin gesucht".into(),
            description: "Deutsch üben im Café".into(),
            activity: Activity::Patenschaften,
            languages: vec!["fa".into()],
            district,
            place: None,
            when: None,
            slots: vec![],
            people: None,
            valid_until: "2027-01-31".into(),
            content_lang: "de".into(),
            status: NeedStatus::Open,
            created_at: "t".into(),
            updated_at: "t".into(),
            network_contact: false,
        }
    }

    #[test]
    fn a_districts_needs_include_the_citywide_ones() {
        let filter = NeedFilter::from_api_query([("district", "221")]).unwrap();
        assert!(filter.matches(&need(Some(221), None)));
        assert!(filter.matches(&need(None, None)));
        assert!(!filter.matches(&need(Some(130), None)));
    }

    #[test]
    fn network_activity_language_and_text_filter() {
        let n = need(Some(221), Some("refugium"));
        let query = [
            ("network", "refugium"),
            ("activity", "patenschaften"),
            ("language", "fa"),
            ("q", "cafe refugium"),
        ];
        assert!(NeedFilter::from_api_query(query).unwrap().matches(&n));
        for (key, value) in [
            ("network", "andere"),
            ("activity", "beratung"),
            ("language", "uk"),
            ("q", "garten"),
        ] {
            let filter = NeedFilter::from_api_query([(key, value)]).unwrap();
            assert!(!filter.matches(&n), "{key}={value}");
        }
    }

    #[test]
    fn bad_values_name_their_parameter() {
        let errors =
            NeedFilter::from_api_query([("network", "Nicht gut"), ("district", "7")]).unwrap_err();
        assert_eq!(errors["network"].code, "network.unknown");
        assert_eq!(errors["district"].code, "district.unknown");
    }
}
