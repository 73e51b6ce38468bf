//! Which page a path is: the map app's pages (`model::route::Page`), the form, or none.

use model::route::Page;

/// A page the Worker sends as HTML.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum View {
    /// A page of the map app (one that does not exist is a 404 with a page).
    App(Page),
    /// The registration form (`/mitmachen`).
    Form,
}

/// The view at `path`, if it is a page: the map app's paths, `/mitmachen`, and any other
/// path that could be a page's name (`/irgendwas`, 404 with a page). Files (`/x.js`) and
/// deeper paths are not pages.
pub fn find(path: &str) -> Option<View> {
    let trimmed = path.trim_end_matches('/');
    if trimmed.contains('.') {
        // A file's name (`/bezirk/130.json`, `/robots.txt`): no page.
        return None;
    }
    if trimmed == "/mitmachen" || trimmed == "/mitmachen/danke" {
        return Some(View::Form);
    }
    match Page::of(path) {
        Page::NotFound => {
            let slug = trimmed.strip_prefix('/')?;
            let is_slug = !slug.is_empty()
                && slug
                    .chars()
                    .all(|c| c.is_ascii_lowercase() || c.is_ascii_digit() || c == '-');
            is_slug.then_some(View::App(Page::NotFound))
        }
        page => Some(View::App(page)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn page_paths_and_other_paths() {
        assert_eq!(find("/"), Some(View::App(Page::Map)));
        assert_eq!(
            find("/bezirk/999"),
            Some(View::App(Page::District("999".into())))
        );
        assert_eq!(find("/mitmachen/"), Some(View::Form));
        assert_eq!(find("/gibt-es-nicht"), Some(View::App(Page::NotFound)));
        assert_eq!(find("/irgendwas.js"), None);
        assert_eq!(find("/bezirk/130.json"), None);
        assert_eq!(find("/a/b/c"), None);
        assert_eq!(find("/Gross"), None);
    }
}
