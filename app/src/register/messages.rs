//! The form's field errors in the reader's language. `model` words them in German (the
//! Worker sends the same words); here each known German message maps to its translation.

use crate::i18n::{lang, register::Register, t, tr, Lang};

/// Every fixed message `model::RegistrationInput` can give, with its translation.
const FIXED: [(&str, Register); 16] = [
    ("Bitte ausfüllen.", Register::ErrRequired),
    (
        "Bitte nur Buchstaben und Satzzeichen.",
        Register::ErrNameLetters,
    ),
    (
        "Bitte geben Sie Ihre E-Mail-Adresse an.",
        Register::ErrEmailMissing,
    ),
    (
        "Bitte eine gültige E-Mail-Adresse angeben, z. B. name@beispiel.de.",
        Register::ErrEmailInvalid,
    ),
    (
        "Bitte eine Telefonnummer wie 0531 123456 angeben.",
        Register::ErrPhoneInvalid,
    ),
    (
        "Für einen Anruf brauchen wir Ihre Telefonnummer.",
        Register::ErrPhoneMissing,
    ),
    (
        "Bitte nur Stadtbezirke aus der Liste wählen.",
        Register::ErrDistrictsUnknown,
    ),
    (
        "Dieses Netzwerk gibt es nicht.",
        Register::ErrNetworkUnknown,
    ),
    (
        "Bitte wählen Sie mindestens einen Stadtbezirk oder ein Netzwerk.",
        Register::ErrDistrictOrNetwork,
    ),
    ("Jedes Interesse nur einmal.", Register::ErrInterestsTwice),
    (
        "Bitte nur Sprachen aus der Liste wählen.",
        Register::ErrLanguagesUnknown,
    ),
    (
        "Bitte wählen Sie mindestens eine Sprache.",
        Register::ErrLanguagesMissing,
    ),
    (
        "Bitte sagen Sie uns, wann Sie Zeit haben.",
        Register::ErrAvailabilityMissing,
    ),
    (
        "Bitte Zeiten aus der Liste wählen, oder „nach Absprache“.",
        Register::ErrAvailabilityUnknown,
    ),
    (
        "Bitte stimmen Sie der Verarbeitung Ihrer Angaben zu.",
        Register::ErrConsent,
    ),
    (
        "Bitte laden Sie die Seite neu: die Datenschutzhinweise haben sich geändert.",
        Register::ErrConsentVersion,
    ),
];

/// Which translation a German message has, with its number ("Mindestens 2 Zeichen.").
pub fn known(message: &str) -> Option<(Register, Option<u32>)> {
    if let Some((_, key)) = FIXED.iter().find(|(german, _)| *german == message) {
        return Some((*key, None));
    }
    let number = |prefix: &str| {
        message
            .strip_prefix(prefix)?
            .strip_suffix(" Zeichen.")?
            .parse::<u32>()
            .ok()
    };
    number("Mindestens ")
        .map(|n| (Register::ErrMinChars, Some(n)))
        .or_else(|| number("Höchstens ").map(|n| (Register::ErrMaxChars, Some(n))))
}

/// A field error as the reader should see it (an unknown message stays as it came).
pub fn field_error(message: &str) -> String {
    if lang() == Lang::De {
        return message.to_string();
    }
    match known(message) {
        Some((key, Some(n))) => tr(key, &[("n", &n.to_string())]),
        Some((key, None)) => t(key),
        None => message.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::{ContactVia, RegistrationInput};

    /// Inputs that between them produce every message the form can show.
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
        long.languages = vec!["xx".into()];
        long.availability = vec!["someday".into()];
        long.consent_version = "1999".into();
        inputs.push(long);
        let mut short = base();
        short.name = "1".into();
        short.contact_via = ContactVia::Phone;
        inputs.push(short);
        inputs
    }

    #[test]
    fn every_message_of_the_form_has_a_translation() {
        let mut seen = 0;
        for input in every_kind_of_mistake() {
            for (field, message) in input.validate().unwrap_err() {
                if field == "website" {
                    continue;
                }
                assert!(known(&message).is_some(), "{field}: {message}");
                seen += 1;
            }
        }
        assert!(seen >= 12, "only {seen} messages checked");
    }

    #[test]
    fn numbers_are_carried_over() {
        assert_eq!(
            known("Mindestens 2 Zeichen."),
            Some((Register::ErrMinChars, Some(2)))
        );
        assert_eq!(
            known("Höchstens 100 Zeichen."),
            Some((Register::ErrMaxChars, Some(100)))
        );
        assert_eq!(known("Etwas Neues."), None);
    }
}
