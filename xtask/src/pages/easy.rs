//! `/leichte-sprache`: the map in German Leichte Sprache, from the `easy` messages: one
//! section for each thing a reader does, one sentence on each line. Like the privacy notice it
//! exists with and without mail: only a Worker that sends mail has a mail to confirm.

use super::content::phone_link;
use super::render::Messages;
use crate::site::Mail;
use model::html;
use model::html::Html;
use model::retention::{UNCONFIRMED_DAYS, UNCONFIRMED_MAX_DAYS};

/// One thing a reader does: its heading, its lines (one sentence each) and, where it has one,
/// the button after them (the page it leads to, its words); `only` when it holds only with
/// mail on or only with mail off.
struct Section {
    heading: &'static str,
    lines: &'static str,
    button: Option<(&'static str, &'static str)>,
    only: Option<Mail>,
}

/// The page's sections, in the order a reader meets them.
const SECTIONS: [Section; 10] = [
    Section {
        heading: "easy-what-heading",
        lines: "easy-what",
        button: None,
        only: None,
    },
    Section {
        heading: "easy-district-heading",
        lines: "easy-district",
        button: Some(("/", "easy-district-link")),
        only: None,
    },
    Section {
        heading: "easy-need-heading",
        lines: "easy-need",
        button: None,
        only: None,
    },
    Section {
        heading: "easy-join-heading",
        lines: "easy-join",
        button: Some(("/mitmachen", "easy-join-link")),
        only: None,
    },
    Section {
        heading: "easy-confirm-heading",
        lines: "easy-confirm",
        button: None,
        only: Some(Mail::On),
    },
    Section {
        heading: "easy-own-heading",
        lines: "easy-own",
        button: None,
        only: Some(Mail::On),
    },
    Section {
        heading: "easy-own-heading",
        lines: "easy-own-nomail",
        button: None,
        only: Some(Mail::Off),
    },
    Section {
        heading: "easy-delete-heading",
        lines: "easy-delete",
        button: None,
        only: None,
    },
    Section {
        heading: "easy-barrier-heading",
        lines: "easy-barrier",
        button: Some(("/barrierefreiheit", "easy-barrier-link")),
        only: None,
    },
    Section {
        heading: "easy-questions-heading",
        lines: "easy-questions",
        button: None,
        only: None,
    },
];

/// `/leichte-sprache`: German only, one sentence on each line. Every line may use
/// `{ $months }` (how long registrations are kept), `{ $phone }`, and the days after which an
/// unconfirmed registration goes (`{ $unconfirmed_days }`, `{ $unconfirmed_max_days }`).
pub fn content(easy: &Messages, registration_months: u32, mail: Mail) -> Html {
    let values = [
        ("months", html!("{n}", n = registration_months)),
        ("phone", phone_link()),
        ("unconfirmed_days", html!("{n}", n = UNCONFIRMED_DAYS)),
        (
            "unconfirmed_max_days",
            html!("{n}", n = UNCONFIRMED_MAX_DAYS),
        ),
    ];
    let start = html!(
        "<div class=\"easy\"><h1>{heading}</h1>",
        heading = easy.html("easy-heading", &[]),
    );
    let sections = sections(mail).fold(start, |mut page, section| {
        page = page + html!("<h2>{text}</h2>", text = easy.html(section.heading, &[]));
        for line in easy.html_lines(section.lines, &values) {
            page = page + html!("<p>{line}</p>", line = line);
        }
        if let Some((href, id)) = section.button {
            // The renderer adds the page's language to the link (`/mitmachen?lang=de`).
            page = page
                + html!(
                    "<p><a class=\"button\" href=\"{href}\">{text}</a></p>",
                    href = href,
                    text = easy.html(id, &[]),
                );
        }
        page
    });
    sections + html!("</div>")
}

/// The sections a reader meets on a Worker with `mail` as it is.
fn sections(mail: Mail) -> impl Iterator<Item = &'static Section> {
    SECTIONS
        .iter()
        .filter(move |section| section.only.is_none_or(|only| only == mail))
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::lang::Lang;

    /// Words that always begin a subordinate clause.
    const SUBORDINATING: [&str; 12] = [
        "dass", "weil", "wenn", "falls", "obwohl", "ob", "sobald", "nachdem", "bevor", "sodass",
        "indem", "ehe",
    ];

    /// Words that, after a comma, begin a relative or subordinate clause, or join a second
    /// statement to the first.
    const AFTER_COMMA: [&str; 33] = [
        "die", "der", "das", "dem", "den", "denen", "deren", "dessen", "welche", "welcher",
        "welches", "welchem", "welchen", "dass", "wenn", "weil", "ob", "damit", "als", "wie", "wo",
        "was", "wer", "wann", "bis", "seit", "um", "und", "oder", "aber", "denn", "sondern",
        "doch",
    ];

    /// A preposition after a comma, followed by a relative pronoun: "…, in der …".
    const PREPOSITIONS: [&str; 12] = [
        "in", "mit", "von", "bei", "auf", "an", "zu", "für", "über", "aus", "nach", "durch",
    ];
    const RELATIVE: [&str; 13] = [
        "die", "der", "das", "dem", "den", "denen", "deren", "dessen", "welche", "welcher",
        "welches", "welchem", "welchen",
    ];

    /// A word as the rules compare it: lower case, without the punctuation around it.
    fn bare(word: &str) -> String {
        word.trim_matches(|c: char| !c.is_alphabetic() && c != '·')
            .to_lowercase()
    }

    /// What keeps `line` from being one plain sentence in Leichte Sprache (nothing: it is).
    /// - at most 12 words;
    /// - at most one `.`, `!` or `?`, and only at its end; no `;` or `…`;
    /// - at most one `:` (a trailing one introduces a list, one inside says "that is:");
    /// - no subordinating conjunction ("dass", "weil", "wenn", …) anywhere;
    /// - after a comma no relative pronoun, conjunction or "in der"-like relative start;
    /// - "tippen" only with "klicken".
    fn problems(line: &str) -> Vec<String> {
        let mut found = Vec::new();
        let words: Vec<&str> = line.split_whitespace().collect();
        if words.len() > 12 {
            found.push(format!("{} words", words.len()));
        }
        let ends: Vec<usize> = line
            .match_indices(['.', '!', '?'])
            .map(|(at, _)| at)
            .collect();
        if ends.len() > 1 || ends.iter().any(|at| at + 1 != line.trim_end().len()) {
            found.push("more than one sentence".into());
        }
        if line.contains([';', '…']) {
            found.push("a semicolon or an ellipsis".into());
        }
        if line.matches(':').count() > 1 {
            found.push("more than one colon".into());
        }
        if let Some(word) = words
            .iter()
            .find(|word| SUBORDINATING.contains(&bare(word).as_str()))
        {
            found.push(format!("a subordinate clause ({word})"));
        }
        for (i, word) in words.iter().enumerate() {
            if !word.ends_with(',') {
                continue;
            }
            let next = words.get(i + 1).map(|w| bare(w)).unwrap_or_default();
            let after = words.get(i + 2).map(|w| bare(w)).unwrap_or_default();
            if AFTER_COMMA.contains(&next.as_str())
                || (PREPOSITIONS.contains(&next.as_str()) && RELATIVE.contains(&after.as_str()))
            {
                found.push(format!("a second clause after the comma ({next})"));
            }
        }
        let lower = line.to_lowercase();
        if lower.contains("tipp") && !lower.contains("klick") {
            found.push("tippen without klicken".into());
        }
        found
    }

    /// Whether one part of a word of a line (lower case, a compound split at its middle dot)
    /// is a given hard word.
    type IsWord = fn(&str) -> bool;

    /// The hard words, each with how to recognise it.
    const HARD_WORDS: [(&str, IsWord); 5] = [
        ("Daten", |part| part == "daten"),
        ("löschen", |part| part.contains("lösch")),
        ("Netzwerk", |part| part.starts_with("netzwerk")),
        ("Koordinierungs·stelle", |part| {
            part.starts_with("koordinierung")
        }),
        ("Gesuch", |part| {
            matches!(part, "gesuch" | "gesuche" | "gesuches" | "gesuchs")
        }),
    ];

    fn mentions(line: &str, is_word: IsWord) -> bool {
        line.split(|c: char| c.is_whitespace() || c == '·' || c == '-')
            .any(|part| is_word(&bare(part)))
    }

    /// `line` explains the word: "[Das Wort | Ein | Eine | Die | Das | Der] <word> ist | sind |
    /// heißt | bedeutet …" ("Ein Netzwerk ist eine Gruppe von Menschen.").
    fn explains(line: &str, is_word: IsWord) -> bool {
        let words: Vec<String> = line.split_whitespace().map(bare).collect();
        let start = match words.as_slice() {
            [first, second, ..] if first == "das" && second == "wort" => 2,
            [first, ..] if ["ein", "eine", "die", "das", "der"].contains(&first.as_str()) => 1,
            _ => 0,
        };
        let (Some(word), Some(verb)) = (words.get(start), words.get(start + 1)) else {
            return false;
        };
        word.split('·').any(is_word)
            && ["ist", "sind", "heißt", "bedeutet"].contains(&verb.as_str())
    }

    fn easy() -> Messages {
        Messages::load(&crate::paths::root().join("app/locales"), Lang::De, "easy")
            .expect("app/locales/de/easy.ftl")
    }

    /// The page's lines, in the order a reader meets them.
    fn page_lines(easy: &Messages, mail: Mail) -> Vec<String> {
        sections(mail)
            .flat_map(|section| {
                let text = easy.text(section.lines);
                text.lines()
                    .map(|line| line.trim().to_string())
                    .collect::<Vec<_>>()
            })
            .collect()
    }

    #[test]
    fn the_rules_catch_what_is_not_one_plain_sentence() {
        for bad in [
            "Die Gruppen helfen Menschen, die nach Braunschweig geflüchtet sind.",
            "Wir löschen Ihre Daten, wenn Sie das möchten.",
            "Wenn Sie Zeit haben, dann melden Sie sich.",
            "Wir wissen, dass Sie helfen möchten.",
            "Das ist eine Gruppe, in der viele Menschen helfen.",
            "Sie füllen das Formular aus, und wir melden uns.",
            "Ja. Nein.",
            "Tippen Sie auf den Stadt·bezirk.",
            "Eins zwei drei vier fünf sechs sieben acht neun zehn elf zwölf dreizehn.",
        ] {
            assert!(!problems(bad).is_empty(), "passes: {bad}");
        }
        for good in [
            "Das heißt: Sie bekommen kein Geld dafür.",
            "In das Formular schreiben Sie:",
            "Tippen oder klicken Sie auf den Stadt·bezirk.",
            "Dann kommt noch ein Knopf: Ja, alle meine Angaben jetzt löschen.",
            "Die Telefon·nummer ist: {phone}",
        ] {
            assert_eq!(problems(good), Vec::<String>::new(), "{good}");
        }
        let word = |name: &str| HARD_WORDS.iter().find(|(w, _)| *w == name).unwrap().1;
        assert!(explains(
            "Das Wort Daten heißt: Angaben über Sie.",
            word("Daten")
        ));
        assert!(explains(
            "Ein Netzwerk ist eine Gruppe von Menschen.",
            word("Netzwerk")
        ));
        assert!(!explains(
            "Nur die Koordinierungs·stelle sieht Ihre Daten.",
            word("Daten")
        ));
        assert!(!mentions("Gesucht bis morgen.", word("Gesuch")));
        assert!(mentions(
            "Die Netzwerk·karte zeigt alles.",
            word("Netzwerk")
        ));
    }

    #[test]
    fn every_line_of_every_message_is_one_plain_sentence() {
        let easy = easy();
        let mut bad = Vec::new();
        for (id, template) in easy.all() {
            for line in template.lines().map(str::trim) {
                let found = problems(line);
                if !found.is_empty() {
                    bad.push(format!("{id}: {line} ({})", found.join(", ")));
                }
            }
        }
        bad.sort();
        assert!(
            bad.is_empty(),
            "not one plain sentence:\n{}",
            bad.join("\n")
        );
    }

    #[test]
    fn hard_words_are_explained_where_they_first_appear() {
        for mail in [Mail::On, Mail::Off] {
            hard_words_explained(&page_lines(&easy(), mail));
        }
    }

    fn hard_words_explained(lines: &[String]) {
        for (name, is_word) in HARD_WORDS {
            let first = lines
                .iter()
                .find(|line| mentions(line, is_word))
                .unwrap_or_else(|| panic!("the page never says {name}"));
            assert!(
                explains(first, is_word),
                "{name} first appears unexplained: {first}"
            );
        }
    }

    #[test]
    fn the_page_leads_to_the_map_the_form_and_the_barriers_and_says_no_months() {
        let easy = easy();
        let page = content(&easy, 7, Mail::Off).into_string();
        assert!(
            !page.contains("E-Mail bestätigen"),
            "no mail to confirm with mail off"
        );
        let with_mail = content(&easy, 7, Mail::On).into_string();
        assert!(with_mail.contains("Anmeldung bestätigen"));
        for href in ["/", "/mitmachen", "/barrierefreiheit"] {
            let button = format!("<a class=\"button\" href=\"{href}\">");
            assert_eq!(page.matches(&button).count(), 1, "a button to {href}");
        }
        assert!(
            page.contains("Nach 7 Monaten"),
            "the months from the configuration"
        );
        assert!(page.contains("href=\"tel:"), "the phone number to call");
        for line in page_lines(&easy, Mail::On) {
            if line.contains("Monat") {
                assert!(
                    line.contains("{months}"),
                    "a number of months in the text: {line}"
                );
            }
        }
        let count = page_lines(&easy, Mail::Off).len();
        assert!(count >= 60, "{count} lines: the page covers each step");
    }
}
