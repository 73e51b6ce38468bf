//! Three clearly marked example needs ("Beispiel: …") for `cargo xtask dev`, in the local
//! database only: the seed and the migrations hold no needs, because nothing is invented for
//! the public. Written again (fresh last day) on each start; a coordinator may delete them.

use crate::stack;
use anyhow::Result;
use std::path::Path;

/// One example: (id, address, network id or none, title, activity, district, valid for days).
type Example = (
    &'static str,
    &'static str,
    Option<&'static str>,
    &'static str,
    &'static str,
    Option<u16>,
    u32,
);

const EXAMPLES: [Example; 3] = [
    (
        "00000000-0000-4000-8000-00000000b001",
        "beispiel-sprachpatin-gesucht",
        Some("refugium-fluechtlingshilfe"),
        "Beispiel: Sprachpatin oder Sprachpate gesucht",
        "patenschaften",
        None,
        60,
    ),
    (
        "00000000-0000-4000-8000-00000000b002",
        "beispiel-helfende-haende-beim-welcome-dinner",
        Some("welcome-dinner-braunschweig"),
        "Beispiel: Helfende Hände beim Welcome Dinner",
        "begegnung",
        None,
        30,
    ),
    (
        "00000000-0000-4000-8000-00000000b003",
        "beispiel-hausaufgabenhilfe-in-mitte",
        None,
        "Beispiel: Hausaufgabenhilfe in Mitte",
        "hausaufgabenhilfe",
        Some(130),
        90,
    ),
];

const DESCRIPTION: &str = "Dies ist ein Beispiel für ein Gesuch, nur in der lokalen Entwicklung \
    (cargo xtask dev). Echte Gesuche stellen die Koordinatorinnen und Koordinatoren ein.";

fn quote(text: &str) -> String {
    format!("'{}'", text.replace('\'', "''"))
}

/// The SQL that puts the examples into a local D1 (or renews their last day).
pub fn sql() -> String {
    EXAMPLES
        .iter()
        .map(|(id, slug, network, title, activity, district, days)| {
            let network = network.map_or("NULL".to_string(), quote);
            // A need of a network is in its district; the Koordinierungsstelle's names one.
            let district = match district {
                Some(number) => number.to_string(),
                None => format!("(SELECT district FROM networks WHERE id = {network})"),
            };
            format!(
                "INSERT INTO needs (id, slug, network, title, description, activity, languages, \
                 district, place, time_text, slots, people, valid_until, content_lang, status, \
                 created_at, updated_at) VALUES ({}, {}, {network}, {}, {}, {}, '[\"de\",\"ar\",\"fa\"]', \
                 {district}, NULL, 'nach Absprache', '[]', 2, date('now', '+{days} days'), 'de', 'open', \
                 strftime('%Y-%m-%dT%H:%M:%fZ', 'now'), strftime('%Y-%m-%dT%H:%M:%fZ', 'now')) \
                 ON CONFLICT (id) DO UPDATE SET valid_until = excluded.valid_until, status = 'open';",
                quote(id),
                quote(slug),
                quote(title),
                quote(DESCRIPTION),
                quote(activity),
            )
        })
        .collect()
}

pub fn ensure(config: &Path, state: &Path) -> Result<()> {
    stack::d1_query(config, state, &sql())?;
    println!("xtask: drei Beispiel-Gesuche in der lokalen Datenbank (nur für die Entwicklung)");
    Ok(())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_example_is_marked_and_passes_the_rules() {
        for (_, slug, _, title, activity, _, _) in EXAMPLES {
            assert!(title.starts_with("Beispiel: ") && slug.starts_with("beispiel-"));
            let input = model::NeedInput {
                network: None,
                title: title.into(),
                description: DESCRIPTION.into(),
                activity: model::Activity::from_key(activity).expect("an activity"),
                languages: vec!["de".into()],
                district: None,
                place: None,
                when: Some("nach Absprache".into()),
                slots: vec![],
                people: Some(2),
                valid_until: "2027-01-01".into(),
                content_lang: None,
            };
            assert_eq!(input.check(), Ok(()), "{title}");
        }
        assert_eq!(sql().matches("INSERT INTO needs").count(), 3);
    }
}
