//! What the page shells carry, agreed between xtask (which writes them), the Worker (which
//! fills them) and the app (which takes over what the Worker sent): the marks, the `data-`
//! attributes and the files under `dist/seiten/` (ARCHITECTURE.md, "The path of a page").

use crate::lang::Lang;

/// Where the Worker puts the head's page-specific tags (title, description, preview tags).
pub const HEAD_MARK: &str = "<!--kopf-->";
/// Where the Worker puts the page's content, inside `<main>`.
pub const CONTENT_MARK: &str = "<!--inhalt-->";

// The name once, for the constant and the selector built from it at compile time.
macro_rules! sent {
    () => {
        "data-gesendet"
    };
}

/// `<main>`'s attribute with the path its content was rendered for: the app keeps that content
/// while the path stays the same (a page the service worker serves offline for another path is
/// not taken over).
pub const SENT: &str = sent!();
/// The `<main>` the Worker filled, as a CSS selector.
pub const SENT_MAIN: &str = concat!("main#inhalt[", sent!(), "]");
/// `<main>`'s attribute once the app has taken the page over.
pub const READY: &str = "data-bereit";
/// `<html>`'s attribute when the Worker chose the page's language (URL, cookie, browser).
pub const LANGUAGE_CHOSEN: &str = "data-sprache-gewaehlt";
/// A district's label on the map: its number, for a tap on the label.
pub const DISTRICT: &str = "data-bezirk";
/// The id of the `<script type="application/json">` with the districts (without shapes).
pub const DISTRICTS_ISLAND: &str = "bezirke";

/// The folder of `dist/` that holds the shells, the words and the city's pages.
pub const FOLDER: &str = "seiten";

/// A page shell the Worker fills.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Shell {
    /// The map's pages (`index.html`).
    App,
    /// The registration form (`register.html`).
    Form,
}

impl Shell {
    /// The shell's name in `lang`, without the folder and `.html` (the asset server answers a
    /// path without it).
    pub fn name(self, lang: Lang) -> String {
        let kind = match self {
            Shell::App => "app",
            Shell::Form => "formular",
        };
        format!("{kind}.{lang}")
    }
}

/// The words file of `lang`: every message the Worker renders with.
pub fn words_file(lang: Lang) -> String {
    format!("worte.{lang}.txt")
}

/// The city's pages that speak of mail only on a Worker that sends it: each is written twice
/// (xtask), and the Worker serves the one its `send_email` binding calls for.
pub const WITH_MAIL_PAGES: [&str; 2] = ["datenschutz", "leichte-sprache"];

/// The file of page `name` for a Worker with mail on or off: `datenschutz-mit-mail` for a
/// page of [`WITH_MAIL_PAGES`] with mail on, else `name` itself.
pub fn page_file(name: &str, mail_on: bool) -> String {
    if mail_on && WITH_MAIL_PAGES.contains(&name) {
        format!("{name}-mit-mail")
    } else {
        name.to_string()
    }
}

/// The file of the city's page `name` (`impressum`, …) in `lang`, without `.html`.
pub fn page_name(name: &str, lang: Lang) -> String {
    format!("{name}.{lang}")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_files_under_seiten() {
        assert_eq!(Shell::Form.name(Lang::Ar), "formular.ar");
        assert_eq!(Shell::App.name(Lang::De), "app.de");
        assert_eq!(words_file(Lang::Uk), "worte.uk.txt");
        assert_eq!(page_file("datenschutz", true), "datenschutz-mit-mail");
        assert_eq!(page_file("datenschutz", false), "datenschutz");
        assert_eq!(
            page_file("leichte-sprache", true),
            "leichte-sprache-mit-mail"
        );
        assert_eq!(page_file("impressum", true), "impressum");
        assert_eq!(page_name("impressum", Lang::Fa), "impressum.fa");
    }
}
