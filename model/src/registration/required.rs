//! What one must give to register, read from the rules themselves: the fields an empty form is
//! refused for. The privacy notice lists them (rendered at build time from this), so it cannot
//! say less or more than the form asks.

use super::wire::FIELDS;
use super::{ContactVia, RegistrationInput, CONSENT_VERSION};

/// The fields an empty registration is refused for, in the form's order.
pub fn required_fields() -> Vec<&'static str> {
    refused(&empty())
}

/// The fields needed only when the person asks to be called.
pub fn required_for_a_call() -> Vec<&'static str> {
    let always = required_fields();
    let call = RegistrationInput {
        contact_via: ContactVia::Phone,
        ..empty()
    };
    refused(&call)
        .into_iter()
        .filter(|field| !always.contains(field))
        .collect()
}

/// Nothing filled in, as the current form sends it.
fn empty() -> RegistrationInput {
    RegistrationInput {
        consent_version: CONSENT_VERSION.into(),
        ..RegistrationInput::default()
    }
}

fn refused(input: &RegistrationInput) -> Vec<&'static str> {
    let errors = input.validate().err().unwrap_or_default();
    let unknown: Vec<&String> = errors
        .keys()
        .filter(|field| !FIELDS.contains(&field.as_str()))
        .collect();
    assert!(
        unknown.is_empty(),
        "a required field that is not on the wire: {unknown:?}"
    );
    // In the order the form shows them.
    FIELDS
        .into_iter()
        .filter(|field| errors.contains_key(*field))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_empty_form_needs_these() {
        assert_eq!(
            required_fields(),
            [
                "name",
                "email",
                "districts",
                "languages",
                "availability",
                "consent"
            ]
        );
        assert_eq!(required_for_a_call(), ["phone"]);
    }
}
