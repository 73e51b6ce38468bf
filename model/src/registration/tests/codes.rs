//! Every mistake carries its code, and every code a registration gets is one of its own.

use super::*;

#[test]
fn every_error_carries_its_code() {
    let errors = RegistrationInput {
        name: "A".into(),
        email: "kein-at".into(),
        contact_via: ContactVia::Phone,
        phone: None,
        districts: vec![],
        network: None,
        languages: vec![],
        availability: vec![],
        consent: false,
        ..valid()
    }
    .validate()
    .unwrap_err();
    let codes = crate::validate::codes(&errors);
    assert_eq!(
        codes,
        [
            ("availability", "availability.required"),
            ("consent", "consent.required"),
            ("districts", "districts.required"),
            ("email", "email.invalid"),
            ("languages", "languages.required"),
            ("name", "name.too_short"),
            ("phone", "phone.required"),
        ]
    );
    let missing = RegistrationInput::from_json(&json!({"admin": 1})).unwrap_err();
    assert_eq!(missing["name"].code, "name.required");
    assert_eq!(missing["admin"].code, "field.unknown");
}

/// Inputs that between them break every rule a registration has.
fn every_kind_of_mistake() -> Vec<RegistrationInput> {
    let base = RegistrationInput::default;
    let mut inputs = vec![base()];
    let mut long = base();
    long.name = "x".repeat(500);
    long.message = Some("x".repeat(5000));
    long.email = "kein-at".into();
    long.phone = Some("abc".into());
    long.districts = vec![999];
    long.network = Some("../nope".into());
    long.interests = vec![Activity::Beratung, Activity::Beratung];
    long.languages = vec!["xx".into()];
    long.languages_other = Some("x".repeat(500));
    long.availability = vec!["someday".into()];
    long.consent_version = "1999".into();
    long.website = "x".repeat(500);
    inputs.push(long);
    let mut short = base();
    short.name = "1\u{7}".into();
    short.contact_via = ContactVia::Phone;
    inputs.push(short);
    let mut control = base();
    control.name = "Amira\u{7}".into();
    inputs.push(control);
    inputs
}

#[test]
fn every_code_a_registration_gets_is_a_registration_code() {
    let mut seen = std::collections::BTreeSet::new();
    for input in every_kind_of_mistake() {
        for error in input.validate().unwrap_err().values() {
            seen.insert(error.code.clone());
        }
    }
    let bodies = [
        json!([1]),
        json!({"name": 5, "contact_via": "fax", "interests": ["x"], "consent": "ja", "extra": 1}),
    ];
    for body in bodies {
        for error in RegistrationInput::from_json(&body).unwrap_err().values() {
            seen.insert(error.code.clone());
        }
    }
    for code in &seen {
        let known = crate::codes::Code::from_key(code).expect("a known code");
        assert!(crate::codes::REGISTRATION.contains(&known), "{code}");
    }
    assert!(seen.len() >= 20, "only {} codes seen", seen.len());
}
