use super::*;
use crate::codes::FEEDBACK;
use serde_json::json;

fn valid() -> FeedbackInput {
    FeedbackInput {
        message: "Der Aufzug am Rathaus ist seit Wochen defekt.".into(),
        email: Some("amira@example.org".into()),
        website: String::new(),
    }
}

/// Field → code of every error, and each code is one the form translates.
fn codes_of(result: Result<(), FieldErrors>) -> Vec<(String, String)> {
    let errors = result.err().unwrap_or_default();
    for error in errors.values() {
        let code = Code::from_key(&error.code).expect("a known code");
        assert!(FEEDBACK.contains(&code), "{code} is in codes::FEEDBACK");
    }
    errors.into_iter().map(|(f, e)| (f, e.code)).collect()
}

fn pairs(list: &[(&str, &str)]) -> Vec<(String, String)> {
    list.iter()
        .map(|(f, c)| (f.to_string(), c.to_string()))
        .collect()
}

#[test]
fn a_report_with_or_without_an_address_is_valid() {
    let body = json!({"message": "Die Rampe an der Stadtbibliothek ist zu steil.", "email": "", "website": ""});
    let input = FeedbackInput::from_json(&body).unwrap();
    assert_eq!(input.validate(), Ok(()));
    assert!(!input.is_bot());
    assert_eq!(input.normalised().email, None);
    let only_message = json!({"message": "Kein Leitsystem am Bahnhof."});
    let input = FeedbackInput::from_json(&only_message).unwrap();
    assert_eq!(input.validate(), Ok(()));
    assert_eq!(
        input,
        FeedbackInput {
            message: "Kein Leitsystem am Bahnhof.".into(),
            ..Default::default()
        }
    );
    let nulls = json!({"message": "Kein Leitsystem am Bahnhof.", "email": null, "website": null});
    assert_eq!(FeedbackInput::from_json(&nulls), Ok(input));
    assert_eq!(valid().validate(), Ok(()));
}

#[test]
fn unknown_fields_wrong_types_and_a_missing_message_are_named() {
    let body = json!({"email": 5, "website": false, "name": "x"});
    let errors = FeedbackInput::from_json(&body).map(|_| ());
    assert_eq!(
        codes_of(errors),
        pairs(&[
            ("email", "field.wrong_type"),
            ("message", "message.required"),
            ("name", "field.unknown"),
            ("website", "field.wrong_type"),
        ])
    );
    let array = FeedbackInput::from_json(&json!(["Der Aufzug ist defekt."])).map(|_| ());
    assert_eq!(codes_of(array), pairs(&[("body", "body.not_an_object")]));
    let null_message = FeedbackInput::from_json(&json!({"message": null})).map(|_| ());
    assert_eq!(
        codes_of(null_message),
        pairs(&[("message", "message.required")])
    );
}

#[test]
fn the_message_counts_trimmed_characters_at_least_and_sent_ones_at_most() {
    let message = |text: String| FeedbackInput {
        message: text,
        ..valid()
    };
    // Ten characters once trimmed, umlauts counted as one each.
    assert_eq!(message("  Äöüßäöüßäö  ".into()).validate(), Ok(()));
    assert_eq!(
        codes_of(message("  Treppe!  ".into()).validate()),
        pairs(&[("message", "message.too_short")])
    );
    assert_eq!(
        codes_of(message(" ".repeat(50)).validate()),
        pairs(&[("message", "message.too_short")])
    );
    assert_eq!(message("ü".repeat(MESSAGE_MAX_CHARS)).validate(), Ok(()));
    assert_eq!(
        codes_of(message("ü".repeat(MESSAGE_MAX_CHARS + 1)).validate()),
        pairs(&[("message", "message.too_long")])
    );
    let spaces_around = format!("{} ", "x".repeat(MESSAGE_MAX_CHARS));
    assert_eq!(
        codes_of(message(spaces_around).validate()),
        pairs(&[("message", "message.too_long")]),
        "a maximum counts what was sent"
    );
    let mut errors = message("kurz".into()).validate().unwrap_err();
    let error = errors.remove("message").unwrap();
    assert_eq!(error.message, "Mindestens 10 Zeichen.");
}

#[test]
fn an_address_is_checked_like_the_registrations_when_given() {
    let email = |text: &str| FeedbackInput {
        email: Some(text.into()),
        ..valid()
    };
    for fine in ["", "   ", " amira@example.org ", "jürgen@bücher.de"] {
        assert_eq!(email(fine).validate(), Ok(()), "{fine:?}");
    }
    for bad in ["amira", "a@b", "a b@example.org", "amira@example..org"] {
        assert_eq!(
            codes_of(email(bad).validate()),
            pairs(&[("email", "email.invalid")]),
            "{bad:?}"
        );
    }
    let blank_but_long = " ".repeat(EMAIL_MAX_CHARS + 1);
    assert_eq!(
        codes_of(email(&blank_but_long).validate()),
        pairs(&[("email", "email.invalid")]),
        "a maximum counts what was sent"
    );
    assert_eq!(
        email(" amira@example.org ").normalised().email.as_deref(),
        Some("amira@example.org")
    );
}

#[test]
fn the_honeypot_is_the_registrations() {
    let bot = FeedbackInput {
        website: "https://spam.example".into(),
        ..valid()
    };
    assert!(bot.is_bot());
    assert_eq!(bot.validate(), Ok(()));
    assert!(!FeedbackInput {
        website: "  ".into(),
        ..valid()
    }
    .is_bot());
    let long = FeedbackInput {
        website: "x".repeat(WEBSITE_MAX_CHARS + 1),
        ..valid()
    };
    assert_eq!(
        codes_of(long.validate()),
        pairs(&[("website", "website.too_long")])
    );
}

#[test]
fn normalising_trims_and_keeps_the_content() {
    let input = FeedbackInput {
        message: "\n Der Aufzug ist defekt. \t".into(),
        email: Some(" a@example.org".into()),
        website: String::new(),
    };
    let stored = input.normalised();
    assert_eq!(stored.message, "Der Aufzug ist defekt.");
    assert_eq!(stored.email.as_deref(), Some("a@example.org"));
    assert_eq!(stored.normalised(), stored);
}

#[test]
fn statuses_round_trip_with_german_labels() {
    for status in FeedbackStatus::ALL {
        assert_eq!(FeedbackStatus::from_key(status.key()), Some(status));
        let wire = serde_json::to_value(status).unwrap();
        assert_eq!(wire, json!(status.key()));
    }
    assert_eq!(FeedbackStatus::InProgress.label_de(), "in Bearbeitung");
    assert_eq!(FeedbackStatus::from_key("closed"), None);
}

#[test]
fn a_patch_is_a_status_and_nothing_else() {
    let patch: FeedbackPatch = serde_json::from_value(json!({"status": "in_progress"})).unwrap();
    assert_eq!(patch.status, FeedbackStatus::InProgress);
    for bad in [
        json!({}),
        json!({"status": "closed"}),
        json!({"status": null}),
        json!({"status": "done", "note": "x"}),
    ] {
        assert!(
            serde_json::from_value::<FeedbackPatch>(bad.clone()).is_err(),
            "{bad}"
        );
    }
}

#[test]
fn a_bidi_override_in_a_report_is_refused_line_breaks_are_not() {
    let disguised = FeedbackInput {
        message: "Der Aufzug \u{202E}tkefed tsi".into(),
        ..valid()
    };
    assert_eq!(
        codes_of(disguised.validate()),
        pairs(&[("message", "field.hidden_characters")])
    );
    let lines = FeedbackInput {
        message: "Der Aufzug am Rathaus\r\nist defekt.".into(),
        ..valid()
    };
    assert_eq!(codes_of(lines.validate()), pairs(&[]));
}
