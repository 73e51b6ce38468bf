//! The five languages of the interface, German (the default and the fallback) first. One list
//! for the app, the Worker and xtask.

use std::fmt;

/// A language the public pages speak.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Lang {
    De,
    En,
    Ar,
    Fa,
    Uk,
}

impl Lang {
    /// Every language, German first.
    pub const ALL: [Lang; 5] = [Lang::De, Lang::En, Lang::Ar, Lang::Fa, Lang::Uk];

    /// The ISO 639-1 code (`lang`, `?lang=`, file names).
    pub fn code(self) -> &'static str {
        match self {
            Lang::De => "de",
            Lang::En => "en",
            Lang::Ar => "ar",
            Lang::Fa => "fa",
            Lang::Uk => "uk",
        }
    }

    /// A language tag (`ar`, `ar-SY`, `fa-AF`, `prs`, `uk-UA`, any case) → one of ours.
    pub fn from_tag(tag: &str) -> Option<Lang> {
        // The primary subtag: up to the first `-` or `_` (a byte loop: `split` with a set of
        // chars brings its pattern machinery into the wasm).
        let end = tag
            .bytes()
            .position(|b| b == b'-' || b == b'_')
            .unwrap_or(tag.len());
        let primary = tag.get(..end)?.to_ascii_lowercase();
        match primary.as_str() {
            "prs" => Some(Lang::Fa), // Dari
            code => Lang::ALL.into_iter().find(|lang| lang.code() == code),
        }
    }

    pub fn is_rtl(self) -> bool {
        matches!(self, Lang::Ar | Lang::Fa)
    }

    /// The `dir` attribute of a page in this language.
    pub fn dir(self) -> &'static str {
        if self.is_rtl() {
            "rtl"
        } else {
            "ltr"
        }
    }
}

impl fmt::Display for Lang {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(self.code())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tags_map_to_our_languages() {
        assert_eq!(Lang::from_tag("ar-SY"), Some(Lang::Ar));
        assert_eq!(Lang::from_tag("prs"), Some(Lang::Fa));
        assert_eq!(Lang::from_tag("UK"), Some(Lang::Uk));
        assert_eq!(Lang::from_tag("en_GB"), Some(Lang::En));
        assert_eq!(Lang::from_tag("tr"), None);
        assert_eq!(Lang::from_tag(""), None);
    }

    #[test]
    fn german_first_and_two_right_to_left() {
        assert_eq!(Lang::ALL[0], Lang::De);
        let rtl: Vec<&str> = Lang::ALL
            .iter()
            .filter(|l| l.is_rtl())
            .map(|l| l.code())
            .collect();
        assert_eq!(rtl, ["ar", "fa"]);
        assert_eq!(Lang::Fa.dir(), "rtl");
        assert_eq!(Lang::Uk.to_string(), "uk");
    }
}
