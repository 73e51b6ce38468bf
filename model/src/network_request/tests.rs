use super::view::RequestDecision;
use super::*;
use serde_json::json;

fn claim() -> Value {
    json!({
        "network": "refugium-fluechtlingshilfe",
        "name": "Erika Beispiel",
        "role": "Vorstand",
        "email": "erika@beispiel.de",
        "phone": "0531 123456",
        "message": "",
        "language": "de",
        "website": ""
    })
}

fn suggestion() -> Value {
    json!({
        "network_name": "Sprachcafé Weststadt",
        "organiser": "Nachbarschaftsverein Weststadt e.V.",
        "district": 221,
        "description": "Jeden Dienstag Deutsch üben.",
        "network_website": "https://beispiel.de",
        "name": "Erika Beispiel",
        "role": "Koordination",
        "email": "erika@beispiel.de",
        "phone": "0531 123456",
        "language": "ar"
    })
}

fn codes(errors: &FieldErrors) -> Vec<(String, String)> {
    errors
        .iter()
        .map(|(field, error)| (field.clone(), error.code.clone()))
        .collect()
}

#[test]
fn a_claim_and_a_suggestion_pass_their_rules() {
    let claim = RequestInput::claim_from_json(&claim()).unwrap();
    assert_eq!(claim.validate(), Ok(()));
    assert_eq!(claim.network.as_deref(), Some("refugium-fluechtlingshilfe"));
    let suggestion = RequestInput::suggestion_from_json(&suggestion()).unwrap();
    assert_eq!(suggestion.validate(), Ok(()));
    assert_eq!(suggestion.suggested.unwrap().district, Some(221));
}

#[test]
fn each_bad_field_is_named_with_its_code() {
    let mut body = claim();
    body["name"] = json!("E");
    body["role"] = json!("");
    body["email"] = json!("nope");
    body["phone"] = json!("");
    body["language"] = json!("fr");
    let errors = RequestInput::claim_from_json(&body)
        .unwrap()
        .validate()
        .unwrap_err();
    let found = codes(&errors);
    for (field, code) in [
        ("name", "name.too_short"),
        ("role", "role.too_short"),
        ("email", "email.invalid"),
        ("phone", "phone.required"),
        ("language", "language.unknown"),
    ] {
        assert!(
            found.contains(&(field.into(), code.into())),
            "{field}: {found:?}"
        );
    }
    let mut body = suggestion();
    body["district"] = json!(999);
    body["network_website"] = json!("beispiel");
    body["description"] = json!(" ");
    let errors = RequestInput::suggestion_from_json(&body)
        .unwrap()
        .validate()
        .unwrap_err();
    let found = codes(&errors);
    assert!(found.contains(&("district".into(), "district.unknown".into())));
    assert!(found.contains(&("network_website".into(), "network_website.invalid".into())));
    assert!(found.contains(&("description".into(), "description.required".into())));
}

#[test]
fn unknown_fields_and_wrong_types_are_refused_by_name() {
    let mut body = claim();
    body["district"] = json!(130);
    body["name"] = json!(5);
    let errors = RequestInput::claim_from_json(&body).unwrap_err();
    assert_eq!(errors["district"].code, "field.unknown");
    assert_eq!(errors["name"].code, "field.wrong_type");
    let errors = RequestInput::suggestion_from_json(&json!([])).unwrap_err();
    assert_eq!(errors["body"].code, "body.not_an_object");
}

#[test]
fn a_decision_to_accept_needs_the_confirmed_name() {
    let accept: RequestDecision =
        serde_json::from_value(json!({"decision": "accept", "name": "", "give_access": true}))
            .unwrap();
    assert_eq!(
        accept.validate().unwrap_err()["name"].code,
        "name.too_short"
    );
    let decline: RequestDecision = serde_json::from_value(json!({"decision": "decline"})).unwrap();
    assert_eq!(decline.validate(), Ok(()));
}

#[test]
fn the_honeypot_marks_a_bot_and_texts_are_trimmed() {
    let mut body = suggestion();
    body["website"] = json!("spam");
    body["name"] = json!("  Erika  ");
    let input = RequestInput::suggestion_from_json(&body).unwrap();
    assert!(input.is_bot());
    assert_eq!(input.normalised().requester.name, "Erika");
}

#[test]
fn an_accepted_suggestion_is_a_valid_entry_dated_today_and_not_confirmed() {
    let input = RequestInput::suggestion_from_json(&suggestion())
        .unwrap()
        .normalised();
    let today = crate::day::Day::parse("2026-12-04").unwrap();
    let network = input.suggested.unwrap().into_network(
        "sprachcafe-weststadt",
        "ar",
        today,
        "2026-12-04T10:00:00Z",
    );
    assert_eq!(network.validate(), Ok(()));
    assert_eq!(network.source.name, SUGGESTION_SOURCE);
    assert_eq!(network.stand_day.as_deref(), Some("2026-12-04"));
    assert_eq!(network.confirmed_at, None);
    assert!(!network.citywide);
}
