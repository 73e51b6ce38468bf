//! The map app's pages by path: one table for the app's router and the Worker, which sends
//! each page's HTML.

/// The pages of the map app.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Page {
    Map,
    District(String),
    Network(String),
    /// A current need: `/gesuch/<slug>`.
    Need(String),
    About,
    Contact,
    NotFound,
}

impl Page {
    /// The page a path shows (a trailing slash is ignored).
    pub fn of(path: &str) -> Page {
        let path = path.trim_end_matches('/');
        let segments: Vec<&str> = path.split('/').skip(1).collect();
        match segments.as_slice() {
            [] | [""] => Page::Map,
            ["bezirk", number] => Page::District(number.to_string()),
            ["netzwerk", slug] => Page::Network(slug.to_string()),
            ["gesuch", slug] => Page::Need(slug.to_string()),
            ["ueber"] => Page::About,
            ["kontakt"] => Page::Contact,
            _ => Page::NotFound,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_name_their_pages() {
        assert_eq!(Page::of("/"), Page::Map);
        assert_eq!(Page::of(""), Page::Map);
        assert_eq!(Page::of("/bezirk/130/"), Page::District("130".into()));
        assert_eq!(Page::of("/netzwerk/x"), Page::Network("x".into()));
        assert_eq!(Page::of("/gesuch/y"), Page::Need("y".into()));
        assert_eq!(Page::of("/ueber"), Page::About);
        assert_eq!(Page::of("/bezirk/130/mehr"), Page::NotFound);
    }
}
