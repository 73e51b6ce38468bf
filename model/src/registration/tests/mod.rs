//! The rules of a registration, field by field; the codes they give: [`codes`].

mod codes;

use super::*;
use serde_json::json;

fn valid() -> RegistrationInput {
    RegistrationInput {
        name: "Amira Beispiel".into(),
        email: "amira@example.org".into(),
        phone: Some("0531 123456".into()),
        contact_via: ContactVia::Email,
        districts: vec![130],
        network: Some("refugium-fluechtlingshilfe".into()),
        need: None,
        interests: vec![Activity::Sprachcafe],
        languages: vec!["de".into(), "ar".into()],
        languages_other: Some(String::new()),
        availability: vec!["mon-evening".into(), "sat-morning".into()],
        message: Some("Ich helfe gern.".into()),
        consent: true,
        notify_placed: false,
        network_contact: false,
        consent_version: CONSENT_VERSION.into(),
        website: String::new(),
        opened_with: None,
    }
}

fn errors_of(input: RegistrationInput) -> Vec<String> {
    input
        .validate()
        .err()
        .unwrap_or_default()
        .into_keys()
        .collect()
}

#[test]
fn unicode_names_are_welcome() {
    for name in [
        "Ümit Öztürk",
        "Анна Шевченко",
        "محمد الأحمد",
        "Zoë O'Neill-Smith",
        "李雷",
    ] {
        let input = RegistrationInput {
            name: name.into(),
            ..valid()
        };
        assert_eq!(input.validate(), Ok(()), "{name}");
    }
    assert_eq!(
        errors_of(RegistrationInput {
            name: "A".into(),
            ..valid()
        }),
        ["name"]
    );
    assert_eq!(
        errors_of(RegistrationInput {
            name: "x".repeat(101),
            ..valid()
        }),
        ["name"]
    );
    assert_eq!(
        errors_of(RegistrationInput {
            name: "Amira\u{0007}".into(),
            ..valid()
        }),
        ["name"]
    );
}

#[test]
fn email_rules() {
    for email in [
        "amira+ehrenamt@example.org",
        "  amira@example.org  ",
        "a.b@sub.example.de",
    ] {
        assert_eq!(
            RegistrationInput {
                email: email.into(),
                ..valid()
            }
            .validate(),
            Ok(()),
            "{email}"
        );
    }
    for email in [
        "",
        "amira",
        "amira@example",
        "amira@@example.org",
        "a b@example.org",
    ] {
        assert_eq!(
            errors_of(RegistrationInput {
                email: email.into(),
                ..valid()
            }),
            ["email"],
            "{email}"
        );
    }
}

#[test]
fn phone_is_needed_only_to_be_called() {
    let no_phone = RegistrationInput {
        phone: None,
        ..valid()
    };
    assert_eq!(no_phone.validate(), Ok(()));
    assert_eq!(
        errors_of(RegistrationInput {
            contact_via: ContactVia::Phone,
            ..no_phone
        }),
        ["phone"]
    );
    for phone in [
        "0531/123456",
        "+49 531 123456",
        "(0531) 12 34 56",
        "01512-3456789",
    ] {
        assert_eq!(
            RegistrationInput {
                phone: Some(phone.into()),
                ..valid()
            }
            .validate(),
            Ok(()),
            "{phone}"
        );
    }
    assert_eq!(
        errors_of(RegistrationInput {
            phone: Some("12".into()),
            ..valid()
        }),
        ["phone"]
    );
}

#[test]
fn a_district_or_a_network_is_needed() {
    let neither = RegistrationInput {
        districts: vec![],
        network: None,
        ..valid()
    };
    assert_eq!(errors_of(neither), ["districts"]);
    let network_only = RegistrationInput {
        districts: vec![],
        ..valid()
    };
    assert_eq!(network_only.validate(), Ok(()));
    assert_eq!(
        errors_of(RegistrationInput {
            districts: vec![999],
            ..valid()
        }),
        ["districts"]
    );
    assert_eq!(
        errors_of(RegistrationInput {
            districts: vec![130, 130],
            ..valid()
        }),
        ["districts"]
    );
    assert_eq!(
        errors_of(RegistrationInput {
            network: Some("../x".into()),
            ..valid()
        }),
        ["network"]
    );
}

#[test]
fn languages_and_availability() {
    assert_eq!(
        errors_of(RegistrationInput {
            languages: vec![],
            ..valid()
        }),
        ["languages"]
    );
    let other_only = RegistrationInput {
        languages: vec![],
        languages_other: Some("Tigrinya".into()),
        ..valid()
    };
    assert_eq!(other_only.validate(), Ok(()));
    assert_eq!(
        errors_of(RegistrationInput {
            languages: vec!["xx".into()],
            ..valid()
        }),
        ["languages"]
    );
    assert_eq!(
        errors_of(RegistrationInput {
            availability: vec![],
            ..valid()
        }),
        ["availability"]
    );
    let mixed = vec!["by-arrangement".to_string(), "mon-evening".to_string()];
    assert_eq!(
        errors_of(RegistrationInput {
            availability: mixed,
            ..valid()
        }),
        ["availability"]
    );
    let bad = vec!["mon-night".to_string()];
    assert_eq!(
        errors_of(RegistrationInput {
            availability: bad,
            ..valid()
        }),
        ["availability"]
    );
    assert!(is_time_slot("sun-afternoon"));
    assert!(!is_time_slot("sunday-afternoon"));
}

#[test]
fn message_consent_and_honeypot() {
    let long = "ä".repeat(MAX_MESSAGE_CHARS + 1);
    assert_eq!(
        errors_of(RegistrationInput {
            message: Some(long),
            ..valid()
        }),
        ["message"]
    );
    let exact = "ä".repeat(MAX_MESSAGE_CHARS);
    assert_eq!(
        RegistrationInput {
            message: Some(exact),
            ..valid()
        }
        .validate(),
        Ok(())
    );
    assert_eq!(
        errors_of(RegistrationInput {
            consent: false,
            ..valid()
        }),
        ["consent"]
    );
    assert_eq!(
        errors_of(RegistrationInput {
            consent_version: "2020-01".into(),
            ..valid()
        }),
        ["consent_version"]
    );
    assert!(RegistrationInput {
        website: "http://spam.example".into(),
        ..valid()
    }
    .is_bot());
}

#[test]
fn normalising_trims_every_text_and_drops_empty_optionals() {
    let input = RegistrationInput {
        email: "  amira@example.org ".into(),
        languages_other: Some("  ".into()),
        message: Some("\n  Gern am Wochenende.\n ".into()),
        name: "  Amira  ".into(),
        ..valid()
    }
    .normalised();
    assert_eq!(input.email, "amira@example.org");
    assert_eq!(input.languages_other, None);
    assert_eq!(input.message.as_deref(), Some("Gern am Wochenende."));
    assert_eq!(input.name, "Amira");
    let blank = RegistrationInput {
        message: Some(" \n ".into()),
        ..valid()
    };
    assert_eq!(blank.normalised().message, None);
}

#[test]
fn a_bidi_override_or_a_hidden_character_in_any_text_is_refused() {
    for bad in [
        "Amira\u{202E}nihaS",
        "\u{2066}Amira\u{2069}",
        "Ami\u{200B}ra",
        "\u{FEFF}Amira",
        "Amira\u{7}",
    ] {
        let input = RegistrationInput {
            name: bad.into(),
            message: Some(format!("Hallo {bad}")),
            languages_other: Some(bad.into()),
            ..valid()
        };
        assert_eq!(
            crate::validate::codes(&input.validate().unwrap_err()),
            [
                ("languages_other", "field.hidden_characters"),
                ("message", "field.hidden_characters"),
                ("name", "field.hidden_characters"),
            ],
            "{bad:?}"
        );
    }
    // What Arabic and Persian writers use stays: direction marks, joiners, the soft hyphen;
    // and line breaks in a message.
    let fine = RegistrationInput {
        name: "\u{200F}مریم\u{200C}ها\u{061C} Zoë\u{00AD}".into(),
        message: Some("Erste Zeile\r\n\tzweite Zeile\u{200E}".into()),
        ..valid()
    };
    assert_eq!(fine.validate(), Ok(()));
}

#[test]
fn maximum_lengths_count_what_was_sent_minimums_the_trimmed_text() {
    let padded = format!("  {}  ", "x".repeat(NAME_MAX_CHARS - 2));
    assert_eq!(
        errors_of(RegistrationInput {
            name: padded,
            ..valid()
        }),
        ["name"],
        "102 characters as sent are too many, spaces too"
    );
    assert_eq!(
        errors_of(RegistrationInput {
            name: " A ".into(),
            ..valid()
        }),
        ["name"],
        "one character once trimmed is too few"
    );
    let edges = RegistrationInput {
        name: "\tAmira\n".into(),
        ..valid()
    };
    assert_eq!(edges.validate(), Ok(()), "spaces around are no content");
    let phone = RegistrationInput {
        phone: Some(format!("0531 123456{}", " ".repeat(20))),
        ..valid()
    };
    assert_eq!(errors_of(phone), ["phone"]);
}
