use super::*;
use crate::day::Day;

fn day(text: &str) -> Day {
    Day::parse(text).expect("a day")
}

const TODAY: &str = "2026-11-30";

fn input() -> NeedInput {
    NeedInput {
        network: Some("refugium-fluechtlingshilfe".into()),
        title: "Sprachpatin gesucht".into(),
        description: "Gemeinsam Deutsch üben, einmal in der Woche im Stadtteilcafé.".into(),
        activity: Activity::Patenschaften,
        languages: vec!["de".into(), "fa".into()],
        district: None,
        place: Some("Stadtteilcafé Weststadt".into()),
        when: Some("dienstags 15–17 Uhr".into()),
        slots: vec!["tue-afternoon".into()],
        people: Some(2),
        valid_until: "2027-03-31".into(),
        content_lang: None,
    }
}

fn codes(result: Result<(), FieldErrors>) -> Vec<String> {
    result
        .err()
        .unwrap_or_default()
        .values()
        .map(|e| e.code.clone())
        .collect()
}

#[test]
fn a_plain_need_is_valid_and_takes_the_networks_district() {
    let asker = Asker {
        network: Some((
            "refugium-fluechtlingshilfe".into(),
            "Refugium".into(),
            Some(221),
        )),
    };
    let need = input()
        .into_need(
            ("n1".into(), "sprachpatin-gesucht".into()),
            asker,
            day(TODAY),
            ("t".into(), "t".into()),
        )
        .expect("valid");
    assert_eq!(need.district, Some(221));
    assert_eq!(need.network_name.as_deref(), Some("Refugium"));
    assert_eq!(need.status, NeedStatus::Open);
    assert_eq!(need.content_lang, "de");
    assert!(need.is_public(day(TODAY), false));
    assert!(
        need.is_public(day("2027-03-31"), false),
        "the last day is included"
    );
    assert!(!need.is_public(day("2027-04-01"), false));
    assert!(!need.is_public(day(TODAY), true), "its network is archived");
    assert!(need.is_expired(day("2027-04-01")));
}

#[test]
fn a_given_district_wins_and_the_koordinierungsstelle_asks_citywide() {
    let mut given = input();
    given.district = Some(130);
    given.network = None;
    let need = given
        .into_need(
            ("n".into(), "s".into()),
            Asker::default(),
            day(TODAY),
            ("t".into(), "t".into()),
        )
        .expect("valid");
    assert_eq!(need.district, Some(130));
    assert_eq!(need.network, None);
}

#[test]
fn valid_until_is_a_real_day_from_today_to_six_months_ahead() {
    for (date, code) in [
        ("2026-11-29", Some("valid_until.past")),
        ("2026-11-30", None),
        ("2027-05-30", None),
        ("2027-05-31", Some("valid_until.too_far")),
        ("2027-02-30", Some("valid_until.invalid")),
        ("31.03.2027", Some("valid_until.invalid")),
    ] {
        let mut need = input();
        need.valid_until = date.into();
        let found = codes(need.validate(day(TODAY)));
        assert_eq!(found.first().map(String::as_str), code, "{date}");
    }
}

#[test]
fn no_email_address_or_phone_number_in_any_text() {
    for text in [
        "Bitte melden bei anna@example.org",
        "Infos: (anna.b@web.de)",
        "Anrufen unter 0531 1234567",
        "Tel. +49 (531) 12-34-567",
        "0171/1234567",
    ] {
        assert!(has_contact_data(text), "{text}");
        let mut need = input();
        need.description = format!("Wir suchen Hilfe beim Umzug. {text}");
        assert_eq!(
            codes(need.validate(day(TODAY))),
            ["description.contact_data"]
        );
    }
    for text in [
        "dienstags 15-17 Uhr",
        "vom 01.03.2027 bis 31.03.2027",
        "2 bis 3 Personen, Raum 104",
        "Treffpunkt @ Stadtteilcafé",
        "Zeit: 10:00 - 12:00",
        "bis 2027-03-31",
        "Schuljahr 2026/2027",
        "2027 2028 2029",
    ] {
        assert!(!has_contact_data(text), "{text}");
    }
    let mut need = input();
    need.title = "Hilfe gesucht: 0531 4705091".into();
    need.when = Some("mo@x.de".into());
    assert_eq!(
        codes(need.validate(day(TODAY))),
        ["title.contact_data", "when.contact_data"]
    );
}

#[test]
fn lengths_languages_slots_and_people_are_checked() {
    let mut need = input();
    need.title = "Hi".into();
    need.description = "Kurz".into();
    need.languages = vec!["xx".into()];
    need.slots = vec!["tue-night".into()];
    need.people = Some(0);
    need.district = Some(999);
    need.content_lang = Some("zz".into());
    need.network = Some("Kein Slug".into());
    let mut found = codes(need.validate(day(TODAY)));
    found.sort();
    assert_eq!(
        found,
        [
            "content_lang.unknown",
            "description.too_short",
            "district.unknown",
            "languages.unknown",
            "network.unknown",
            "people.out_of_range",
            "slots.unknown",
            "title.too_short",
        ]
    );
}

#[test]
fn the_address_is_made_from_the_title() {
    assert_eq!(input().derived_slug(), "sprachpatin-gesucht");
    let mut odd = input();
    odd.title = "!!!".into();
    assert_eq!(odd.derived_slug(), "gesuch");
}

#[test]
fn statuses_have_stable_keys() {
    for status in [NeedStatus::Open, NeedStatus::Filled, NeedStatus::Closed] {
        assert_eq!(NeedStatus::from_key(status.key()), Some(status));
        let json = serde_json::to_string(&status).unwrap();
        assert_eq!(json, format!("\"{}\"", status.key()));
    }
    assert_eq!(
        NeedStatus::from_key("expired"),
        None,
        "derived, never stored"
    );
}

#[test]
fn hidden_characters_are_refused_in_every_text_of_a_need() {
    let need = NeedInput {
        title: "Sprach\u{200B}patin".into(),
        description: "Deutsch \u{2067}üben\u{2069}, gern\nam Abend.".into(),
        place: Some("Café\u{FEFF}".into()),
        when: Some("dienstags\u{1}".into()),
        ..input()
    };
    assert_eq!(
        codes(need.check()),
        ["field.hidden_characters"; 4],
        "description, place, title, when"
    );
}
