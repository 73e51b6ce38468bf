//! Languages a network works in or a volunteer speaks: ISO 639-1 codes.

/// The languages the app offers, with their German names.
pub const LANGUAGES: [(&str, &str); 9] = [
    ("de", "Deutsch"),
    ("en", "Englisch"),
    ("ar", "Arabisch"),
    ("fa", "Persisch/Dari"),
    ("uk", "Ukrainisch"),
    ("ru", "Russisch"),
    ("tr", "Türkisch"),
    ("fr", "Französisch"),
    ("ku", "Kurdisch"),
];

pub fn is_known(code: &str) -> bool {
    LANGUAGES.iter().any(|(known, _)| *known == code)
}

/// The German name of a known code, or the code itself (the coordinators' CSV export).
pub fn name_de(code: &str) -> &str {
    LANGUAGES
        .iter()
        .find(|(known, _)| *known == code)
        .map_or(code, |(_, name)| name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn knows_the_offered_languages_only() {
        assert!(is_known("fa"));
        assert!(!is_known("xx"));
        assert!(!is_known("DE"));
        assert_eq!(name_de("uk"), "Ukrainisch");
        assert_eq!(name_de("sw"), "sw");
    }
}
