//! The form's field errors in the reader's language. `model` words them in German (the
//! Worker sends the same words) and gives each a stable code (`model::codes`); here each code
//! of a registration maps to its translation. Sentences are never matched.

use crate::i18n::{lang, register::Register, t, tr};
use model::lang::Lang;
use model::registration::{
    LANGUAGES_OTHER_MAX_CHARS, MAX_MESSAGE_CHARS, NAME_MAX_CHARS, NAME_MIN_CHARS, WEBSITE_MAX_CHARS,
};
use model::validate::FieldError;
use model::Code;

/// The translation of a code, with the number it names ("Mindestens 2 Zeichen."); `None`
/// for codes a registration never gets (the coordinators' area is German only).
pub fn translation(code: Code) -> Option<(Register, Option<usize>)> {
    use Register as R;
    let fixed = |key: Register| Some((key, None));
    match code {
        Code::NameTooShort => Some((R::ErrMinChars, Some(NAME_MIN_CHARS))),
        Code::NameTooLong => Some((R::ErrMaxChars, Some(NAME_MAX_CHARS))),
        Code::LanguagesOtherTooLong => Some((R::ErrMaxChars, Some(LANGUAGES_OTHER_MAX_CHARS))),
        Code::MessageTooLong => Some((R::ErrMaxChars, Some(MAX_MESSAGE_CHARS))),
        Code::WebsiteTooLong => Some((R::ErrMaxChars, Some(WEBSITE_MAX_CHARS))),
        Code::NameRequired | Code::ContactViaRequired => fixed(R::ErrRequired),
        Code::FieldHiddenCharacters => fixed(R::ErrHiddenCharacters),
        Code::EmailRequired => fixed(R::ErrEmailMissing),
        Code::EmailInvalid => fixed(R::ErrEmailInvalid),
        Code::PhoneRequired => fixed(R::ErrPhoneMissing),
        Code::PhoneInvalid => fixed(R::ErrPhoneInvalid),
        Code::DistrictsRequired => fixed(R::ErrDistrictOrNetwork),
        Code::DistrictsUnknown => fixed(R::ErrDistrictsUnknown),
        Code::NetworkUnknown => fixed(R::ErrNetworkUnknown),
        Code::NeedUnknown => fixed(R::ErrNeedUnknown),
        Code::InterestsDuplicate => fixed(R::ErrInterestsTwice),
        Code::LanguagesRequired => fixed(R::ErrLanguagesMissing),
        Code::LanguagesUnknown => fixed(R::ErrLanguagesUnknown),
        Code::AvailabilityRequired => fixed(R::ErrAvailabilityMissing),
        Code::AvailabilityUnknown => fixed(R::ErrAvailabilityUnknown),
        Code::ConsentRequired => fixed(R::ErrConsent),
        Code::ConsentVersionRequired | Code::ConsentVersionOutdated => fixed(R::ErrConsentVersion),
        Code::NetworkContactWithoutNeed | Code::NetworkContactUnavailable => {
            fixed(R::ErrNetworkContact)
        }
        // What the form never sends (it writes the JSON itself), and the key conflict, which
        // is an offer, not a field error: a plain "please check".
        Code::BodyNotAnObject
        | Code::BodyInvalid
        | Code::FieldUnknown
        | Code::FieldWrongType
        | Code::ContactViaUnknown
        | Code::InterestsUnknown
        | Code::IdempotencyKeyConflict => fixed(R::ErrInvalid),
        _ => None,
    }
}

/// A field error as the reader should see it: German as it came, other languages by code
/// (a code this build does not know keeps the German words). A closed need is the form's own
/// word in every language: it says what to do (untick the need).
pub fn field_error(error: &FieldError) -> String {
    let need = error.code == Code::NeedUnknown.key();
    if lang() == Lang::De && !need {
        return error.message.clone();
    }
    match Code::from_key(&error.code).and_then(translation) {
        Some((key, Some(n))) => tr(key, &[("n", &n.to_string())]),
        Some((key, None)) => t(key),
        None => error.message.clone(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::codes::REGISTRATION;

    #[test]
    fn every_code_a_registration_can_get_has_a_translation() {
        for code in REGISTRATION {
            assert!(translation(code).is_some(), "{code}");
        }
    }

    #[test]
    fn numbers_come_from_the_rules() {
        assert_eq!(
            translation(Code::NameTooShort),
            Some((Register::ErrMinChars, Some(2)))
        );
        assert_eq!(
            translation(Code::MessageTooLong),
            Some((Register::ErrMaxChars, Some(1000)))
        );
        assert_eq!(translation(Code::SlugTaken), None);
    }
}
