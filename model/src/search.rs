//! The coordinators' search over registrations (`POST /api/admin/registrations/search` and
//! `/export`), and the pages of their lists. The filters travel in a request body, so no
//! volunteer's name or address is ever part of a URL, and so of no log.

use crate::codes::Code;
use crate::coordination::Status;
use crate::district::name_of;
use crate::validate::{is_date, is_slug, Errors, FieldErrors};
use serde::{Deserialize, Serialize};

/// The highest page number accepted.
pub const MAX_PAGE: u32 = 100_000;
/// The most items on one page, and how many a page has unless asked otherwise.
pub const MAX_PER_PAGE: u32 = 200;
pub const DEFAULT_PER_PAGE: u32 = 50;
/// The longest search text.
pub const MAX_SEARCH_CHARS: usize = 100;

/// Which registrations to list or export. Every field is optional; none filters nothing.
/// `page` and `per_page` do not apply to the export, which has every match.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RegistrationSearch {
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub status: Option<Status>,
    /// A Stadtbezirk's number.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub district: Option<u16>,
    /// A network's address: registrations for it or placed with it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub network: Option<String>,
    /// A need's id: the registrations that answered it.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub need: Option<String>,
    /// Registered on or after this day (`YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub from: Option<String>,
    /// Registered on or before this day (`YYYY-MM-DD`).
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub to: Option<String>,
    /// Free text, found in name, e-mail address and message.
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub q: Option<String>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub page: Option<u32>,
    #[serde(default, skip_serializing_if = "Option::is_none")]
    pub per_page: Option<u32>,
}

impl RegistrationSearch {
    /// The rules; a bad value is a 422 naming its field.
    pub fn validate(&self) -> Result<(), FieldErrors> {
        let mut errors = Errors::default();
        if self.district.is_some_and(|n| name_of(n).is_none()) {
            errors.add(
                "district",
                Code::DistrictUnknown,
                "Unbekannter Stadtbezirk.",
            );
        }
        if self.network.as_deref().is_some_and(|n| !is_slug(n)) {
            errors.add("network", Code::NetworkUnknown, "Unbekanntes Netzwerk.");
        }
        if self.need.as_deref().is_some_and(|n| !is_uuid(n)) {
            errors.add("need", Code::NeedUnknown, "Unbekanntes Gesuch.");
        }
        let date_message = "Bitte ein Datum wie 2026-11-25.";
        if self.from.as_deref().is_some_and(|d| !is_date(d)) {
            errors.add("from", Code::FromInvalid, date_message);
        }
        if self.to.as_deref().is_some_and(|d| !is_date(d)) {
            errors.add("to", Code::ToInvalid, date_message);
        }
        let q = self.q.as_deref().unwrap_or_default();
        errors.max_chars("q", q, MAX_SEARCH_CHARS, Code::QTooLong);
        check_page(&mut errors, self.page, self.per_page);
        errors.finish()
    }

    /// The search text, if there is any besides spaces.
    pub fn text(&self) -> Option<&str> {
        self.q.as_deref().map(str::trim).filter(|q| !q.is_empty())
    }

    pub fn page(&self) -> u32 {
        self.page.unwrap_or(1)
    }

    pub fn per_page(&self) -> u32 {
        self.per_page.unwrap_or(DEFAULT_PER_PAGE)
    }
}

fn check_page(errors: &mut Errors, page: Option<u32>, per_page: Option<u32>) {
    if page.is_some_and(|p| !(1..=MAX_PAGE).contains(&p)) {
        errors.add(
            "page",
            Code::PageOutOfRange,
            format!("Eine Seitenzahl von 1 bis {MAX_PAGE}."),
        );
    }
    if per_page.is_some_and(|p| !(1..=MAX_PER_PAGE).contains(&p)) {
        errors.add(
            "per_page",
            Code::PerPageOutOfRange,
            format!("Zwischen 1 und {MAX_PER_PAGE}."),
        );
    }
}

/// `page` and `per_page` from a query string (the audit log), exactly as the document
/// describes them: decimal numbers in range. Other parameters are ignored.
pub fn page_from_query<'a>(
    pairs: impl IntoIterator<Item = (&'a str, &'a str)>,
) -> Result<(u32, u32), FieldErrors> {
    let mut errors = Errors::default();
    let (mut page, mut per_page) = (1, DEFAULT_PER_PAGE);
    for (key, value) in pairs {
        // `u32::from_str` takes a leading `+`; the document's integers do not have one.
        let number = Some(value)
            .filter(|v| !v.starts_with('+'))
            .and_then(|v| v.parse::<u32>().ok());
        match key {
            "page" => match number.filter(|p| (1..=MAX_PAGE).contains(p)) {
                Some(n) => page = n,
                None => check_page(&mut errors, Some(0), None),
            },
            "per_page" => match number.filter(|p| (1..=MAX_PER_PAGE).contains(p)) {
                Some(n) => per_page = n,
                None => check_page(&mut errors, None, Some(0)),
            },
            _ => {}
        }
    }
    errors.finish().map(|()| (page, per_page))
}

/// A UUID written out (JSON Schema's `uuid`): hex digits, hyphens at 8, 13, 18 and 23.
pub fn is_uuid(value: &str) -> bool {
    value.len() == 36
        && value.char_indices().all(|(i, c)| match i {
            8 | 13 | 18 | 23 => c == '-',
            _ => c.is_ascii_hexdigit(),
        })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_search_finds_everything_on_page_one() {
        let search = RegistrationSearch::default();
        assert_eq!(search.validate(), Ok(()));
        assert_eq!((search.page(), search.per_page()), (1, DEFAULT_PER_PAGE));
        assert_eq!(search.text(), None);
        assert_eq!(serde_json::to_string(&search).unwrap(), "{}");
    }

    #[test]
    fn reads_every_filter() {
        let search: RegistrationSearch = serde_json::from_str(
            r#"{"status":"placed","district":130,"network":"refugium-fluechtlingshilfe",
                "from":"2026-01-01","to":"2026-11-30","q":" Amira ","page":2,"per_page":20}"#,
        )
        .unwrap();
        assert_eq!(search.validate(), Ok(()));
        assert_eq!(search.status, Some(Status::Placed));
        assert_eq!(search.text(), Some("Amira"));
        assert_eq!((search.page(), search.per_page()), (2, 20));
    }

    #[test]
    fn refuses_bad_filters_by_name_with_their_codes() {
        let search = RegistrationSearch {
            district: Some(1),
            network: Some("../x".into()),
            from: Some("25.11.2026".into()),
            to: Some("2026-02-31".into()),
            q: Some("x".repeat(MAX_SEARCH_CHARS + 1)),
            page: Some(0),
            per_page: Some(1000),
            ..Default::default()
        };
        let errors = search.validate().unwrap_err();
        let codes = crate::validate::codes(&errors);
        assert_eq!(
            codes,
            [
                ("district", "district.unknown"),
                ("from", "from.invalid"),
                ("network", "network.unknown"),
                ("page", "page.out_of_range"),
                ("per_page", "per_page.out_of_range"),
                ("q", "q.too_long"),
                ("to", "to.invalid"),
            ]
        );
        let unknown = serde_json::from_str::<RegistrationSearch>(r#"{"seite":1}"#);
        assert!(unknown.is_err(), "unknown fields are refused");
    }

    #[test]
    fn pages_from_a_query() {
        assert_eq!(page_from_query([]), Ok((1, DEFAULT_PER_PAGE)));
        assert_eq!(
            page_from_query([("page", "3"), ("per_page", "20"), ("x", "y")]),
            Ok((3, 20))
        );
        for (key, value) in [
            ("page", ""),
            ("page", "0"),
            ("page", "+1"),
            ("page", "1.0"),
            ("per_page", "201"),
            ("per_page", " 5"),
        ] {
            let errors = page_from_query([(key, value)]).unwrap_err();
            assert!(errors.contains_key(key), "{key}={value:?}");
        }
    }
}
