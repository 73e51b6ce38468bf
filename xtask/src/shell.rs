//! The page shell test. The shell (skip link, language switcher, header, footer with the
//! city's phone) is written once, in `app/shell/`; each page includes its pieces with Trunk's
//! `<link data-trunk rel="inline" href="shell/…">`, which puts the file's HTML in the link's
//! place before Trunk minifies the page. This proves no page has its own copy, so the three
//! cannot drift apart again. The coordinators' area stays German: no language switcher.

use crate::paths::root;

const SKIP_LINK: &str = "shell/skip-link.html";
const LANGUAGES: &str = "shell/languages.html";
const HEADER: &str = "shell/header.html";
const FOOTER: &str = "shell/footer.html";

/// Each page (`app/<file>`) and the shell pieces it includes, in order.
const PAGES: [(&str, &[&str]); 3] = [
    ("index.html", &[SKIP_LINK, LANGUAGES, HEADER, FOOTER]),
    ("register.html", &[SKIP_LINK, LANGUAGES, HEADER, FOOTER]),
    ("admin.html", &[SKIP_LINK, HEADER, FOOTER]),
];

const INCLUDE: &str = r#"<link data-trunk rel="inline" href=""#;

fn read(path: &str) -> String {
    let path = root().join("app").join(path);
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// The shell pieces `html` includes, in order.
fn includes(html: &str) -> Vec<&str> {
    html.match_indices(INCLUDE)
        .filter_map(|(at, _)| {
            let rest = &html[at + INCLUDE.len()..];
            rest.find('"').map(|end| &rest[..end])
        })
        .collect()
}

/// The page as Trunk builds it: every piece in its link's place.
fn assembled(html: &str) -> String {
    let mut page = html.to_string();
    for piece in includes(html) {
        page = page.replace(&format!(r#"{INCLUDE}{piece}">"#), &read(piece));
    }
    page
}

#[test]
fn the_three_pages_share_one_shell_and_copy_none_of_it() {
    for (page, pieces) in PAGES {
        let html = read(page);
        assert_eq!(includes(&html), pieces, "app/{page}");
        let own_markup = [
            r#"class="skip-link""#,
            r#"class="lang-switch""#,
            r#"class="site-header""#,
            r#"class="site-footer""#,
            "tel:",
        ];
        for own in own_markup {
            assert!(!html.contains(own), "app/{page} has its own `{own}`");
        }
        // The app renders into <main>, between the header and the footer.
        let main = html.find(r#"<main id="inhalt" tabindex="-1"></main>"#);
        let header = html.find(&format!("{INCLUDE}{HEADER}"));
        let footer = html.find(&format!("{INCLUDE}{FOOTER}"));
        assert!(
            header < main && main < footer && header.is_some(),
            "app/{page}: header, <main>, footer"
        );
    }
}

#[test]
fn the_assembled_shell_has_every_part_in_order() {
    let phone = model::KOORDINIERUNGSSTELLE.phone;
    let tel = model::KOORDINIERUNGSSTELLE.phone_uri();
    for (page, _) in PAGES {
        let built = assembled(&read(page));
        assert!(
            !built.contains(INCLUDE),
            "app/{page}: a piece was not found"
        );
        let at = |needle: &str| built.find(needle);
        // The skip link is the first thing a keyboard reaches.
        let skip = at(r##"<a class="skip-link" href="#inhalt">"##);
        assert!(
            skip.is_some() && skip < at("<header") && skip < at("<nav"),
            "app/{page}"
        );
        let main = at(r#"<main id="inhalt""#);
        assert!(at(r#"<header class="site-header">"#) < main, "app/{page}");
        assert!(main < at(r#"<footer class="site-footer">"#), "app/{page}");
        assert!(
            built.contains(&format!(r#"href="{tel}""#)),
            "app/{page}: {tel}"
        );
        assert!(built.contains(phone), "app/{page}: {phone}");
        let switcher = built.matches("hreflang=").count();
        assert_eq!(
            switcher,
            if page == "admin.html" { 0 } else { 5 },
            "app/{page}"
        );
    }
}
