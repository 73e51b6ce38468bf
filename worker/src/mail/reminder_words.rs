//! The words of a reminder before an entry goes stale (`reminders.rs` sends it), German or
//! English: what the map will show and from when, a one-click "Stimmt noch" link and the way
//! to propose changes.

use super::message::Paragraph;

/// A reminder's facts and links (dates as `DD.MM.YYYY`).
pub struct Reminder<'a> {
    pub network: &'a str,
    pub confirmed: Option<String>,
    /// The day it goes stale; `None`: it is stale from today.
    pub stale_on: Option<String>,
    pub confirm: &'a str,
    pub area: &'a str,
}

/// The reminder's paragraphs and subject, German or English.
pub fn words(reminder: &Reminder<'_>, en: bool, paragraphs: &mut Vec<Paragraph>) -> String {
    let network = reminder.network;
    let confirmed = match (&reminder.confirmed, en) {
        (Some(day), false) => format!("zuletzt am {day} bestätigt"),
        (None, false) => "noch nie bestätigt".to_string(),
        (Some(day), true) => format!("last confirmed on {day}"),
        (None, true) => "never confirmed".to_string(),
    };
    let (subject, opening) = match (&reminder.stale_on, en) {
        (Some(day), false) => (
            format!("Stimmt der Eintrag „{network}“ noch?"),
            format!(
                "der Eintrag Ihres Netzwerks „{network}“ auf der Netzwerkkarte wurde {confirmed}. \
                 Ab dem {day} zeigt die Karte ihn als „Angaben möglicherweise veraltet“."
            ),
        ),
        (None, false) => (
            format!("Der Eintrag „{network}“ gilt als möglicherweise veraltet"),
            format!(
                "der Eintrag Ihres Netzwerks „{network}“ auf der Netzwerkkarte wurde {confirmed}. \
                 Die Karte zeigt ihn jetzt als „Angaben möglicherweise veraltet“, blasser und \
                 weiter unten."
            ),
        ),
        (Some(day), true) => (
            format!("Is the entry \"{network}\" still correct?"),
            format!(
                "your network's entry \"{network}\" on the Netzwerkkarte was {confirmed}. From \
                 {day} the map shows it as \"Information may be out of date\"."
            ),
        ),
        (None, true) => (
            format!("The entry \"{network}\" may be out of date"),
            format!(
                "your network's entry \"{network}\" on the Netzwerkkarte was {confirmed}. The map \
                 now shows it as \"Information may be out of date\", fainter and further down."
            ),
        ),
    };
    let pick = |de: &str, en_text: &str| if en { en_text } else { de }.to_string();
    paragraphs.push(Paragraph::Text(opening));
    paragraphs.push(Paragraph::Text(pick(
        "Stimmt noch alles? Dann genügt ein Klick. Der Link gilt 30 Tage.",
        "Is everything still right? Then one click is enough. The link works for 30 days.",
    )));
    paragraphs.push(Paragraph::Link {
        href: reminder.confirm.to_string(),
        label: pick("Stimmt noch", "Still correct"),
    });
    paragraphs.push(Paragraph::Text(pick(
        "Hat sich etwas geändert? Dann melden Sie sich an und schlagen Sie die Änderung vor.",
        "Has something changed? Then sign in and propose the change.",
    )));
    paragraphs.push(Paragraph::Link {
        href: reminder.area.to_string(),
        label: pick("Änderungen vorschlagen", "Propose changes"),
    });
    subject
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_first_reminder_names_the_day_and_the_second_says_it_is_stale() {
        let mut first = Vec::new();
        let reminder = Reminder {
            network: "Refugium",
            confirmed: Some("10.01.2026".into()),
            stale_on: Some("10.01.2027".into()),
            confirm: "https://karte.example/mein-netzwerk/stimmt-noch#abc",
            area: "https://karte.example/mein-netzwerk",
        };
        let subject = words(&reminder, false, &mut first);
        assert_eq!(subject, "Stimmt der Eintrag „Refugium“ noch?");
        let Paragraph::Text(opening) = &first[0] else {
            panic!("text first")
        };
        assert!(opening.contains("zuletzt am 10.01.2026") && opening.contains("Ab dem 10.01.2027"));
        let mut second = Vec::new();
        let stale = Reminder {
            confirmed: None,
            stale_on: None,
            ..reminder
        };
        let subject = words(&stale, true, &mut second);
        assert_eq!(subject, "The entry \"Refugium\" may be out of date");
        assert!(matches!(&second[2], Paragraph::Link { label, .. } if label == "Still correct"));
    }
}
