//! The form's state, shared by its parts, and where the form stands.

use super::draft::{self, Draft};
use leptos::prelude::*;
use model::validate::{FieldError, FieldErrors};
use model::RegistrationInput;

/// The first field (in form order) that has an error; errors on hidden fields come last.
pub fn first_invalid(errors: &FieldErrors) -> Option<&'static str> {
    model::registration::wire::FIELDS
        .iter()
        .copied()
        .find(|field| errors.contains_key(*field))
}

/// Where the form stands.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Stage {
    Editing,
    Sending,
    /// Something arrived under the form's key, but not the form as it is now: the button
    /// sends it as a new registration, or the person leaves it as it is.
    Offer,
    Done,
}

/// The form's state, shared by its parts.
#[derive(Clone, Copy)]
pub struct FormState {
    pub input: RwSignal<RegistrationInput>,
    /// The errors shown: a field's error appears once the person has left it, or on submit.
    pub errors: RwSignal<FieldErrors>,
}

impl FormState {
    /// Changes the input, keeps the draft, and re-checks fields whose error is showing.
    pub fn update(&self, change: impl FnOnce(&mut RegistrationInput)) {
        self.input.update(change);
        // The key, and what was sent under it, stay as they are: only the edits change.
        let (key, sent) = draft::load()
            .map(|d| (d.key, d.sent))
            .unwrap_or_else(|| (draft::new_key(), None));
        draft::save(&Draft::new(self.input.get_untracked(), key, sent));
        let all = self.current_errors();
        self.errors
            .update(|shown| shown.retain(|field, _| all.contains_key(field)));
    }

    /// Every error the input has right now (shown or not).
    fn current_errors(&self) -> FieldErrors {
        self.input
            .with_untracked(|input| input.validate().err().unwrap_or_default())
    }

    /// The person left `field`: show its error, if any.
    pub fn leave(&self, field: &'static str) {
        let all = self.current_errors();
        self.errors.update(|shown| match all.get(field) {
            Some(error) => {
                shown.insert(field.to_string(), error.clone());
            }
            None => {
                shown.remove(field);
            }
        });
    }

    pub fn error(&self, field: &str) -> Option<FieldError> {
        self.errors.with(|errors| errors.get(field).cloned())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn focus_goes_to_the_first_invalid_field_in_form_order() {
        let error = || FieldError::new(model::Code::FieldWrongType, "x");
        let errors = FieldErrors::from([
            ("consent".to_string(), error()),
            ("email".to_string(), error()),
            ("languages".to_string(), error()),
        ]);
        assert_eq!(first_invalid(&errors), Some("email"));
        assert_eq!(first_invalid(&FieldErrors::new()), None);
    }
}
