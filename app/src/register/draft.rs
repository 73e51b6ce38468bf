//! The form as typed, kept in the browser's local storage (it survives a reload, a lost
//! connection and a closed tab), with the idempotency key made once per filled-in form and the
//! body last sent under it, as long as it may have arrived unanswered.

use model::RegistrationInput;
use serde::{Deserialize, Serialize};

const STORAGE_KEY: &str = "netzwerkkarte.mitmachen.entwurf";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    /// The form as it is now, with any changes made after sending.
    pub input: RegistrationInput,
    /// Sent as `Idempotency-Key`: a retry of this form can never create a second registration.
    pub key: String,
    /// The body last sent under `key` while no answer has settled it (it may have been
    /// stored): it is sent again, unchanged, automatically and on "Absenden", until an answer
    /// comes. `None` when nothing is waiting.
    #[serde(default)]
    pub sent: Option<RegistrationInput>,
    /// `sent.is_some()`, as pages before `sent` wrote and read it (they sent `input` again).
    #[serde(default)]
    pending: bool,
}

impl Draft {
    pub fn new(input: RegistrationInput, key: String, sent: Option<RegistrationInput>) -> Self {
        let pending = sent.is_some();
        Self {
            input,
            key,
            sent,
            pending,
        }
    }

    /// A draft as an older page kept it: waiting (`pending`) meant `input` had been sent.
    fn upgraded(mut self) -> Self {
        if self.pending && self.sent.is_none() {
            self.sent = Some(self.input.clone());
        }
        self.pending = self.sent.is_some();
        self
    }
}

fn storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok().flatten()
}

/// A fresh UUID from the browser's cryptographic random source.
pub fn new_key() -> String {
    web_sys::window()
        .and_then(|window| window.crypto().ok())
        .map(|crypto| crypto.random_uuid())
        .unwrap_or_else(|| {
            format!(
                "{:x}",
                js_sys::Date::now() as u64 ^ (js_sys::Math::random() * 1e15) as u64
            )
        })
}

pub fn load() -> Option<Draft> {
    let text = storage()?.get_item(STORAGE_KEY).ok().flatten()?;
    let value = js_sys::JSON::parse(&text).ok()?;
    serde_wasm_bindgen::from_value::<Draft>(value)
        .ok()
        .map(Draft::upgraded)
}

pub fn save(draft: &Draft) {
    let Some(storage) = storage() else { return };
    let serializer = serde_wasm_bindgen::Serializer::json_compatible();
    if let Ok(value) = draft.serialize(&serializer) {
        if let Ok(text) = js_sys::JSON::stringify(&value) {
            let _ = storage.set_item(STORAGE_KEY, &String::from(text));
        }
    }
}

pub fn clear() {
    if let Some(storage) = storage() {
        let _ = storage.remove_item(STORAGE_KEY);
    }
}

pub use model::registration::preselect;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_waiting_draft_of_an_older_page_resends_its_input() {
        let input = RegistrationInput {
            name: "Amira".into(),
            ..RegistrationInput::default()
        };
        let old: Draft = serde_json::from_value(serde_json::json!({
            "input": input, "key": "3f1c2a9e-5b7d", "pending": true
        }))
        .unwrap();
        assert_eq!(old.upgraded().sent, Some(input.clone()));
        let idle: Draft = serde_json::from_value(serde_json::json!({
            "input": input, "key": "3f1c2a9e-5b7d"
        }))
        .unwrap();
        assert_eq!(idle.upgraded().sent, None);
        let written = serde_json::to_value(Draft::new(input.clone(), "k".into(), Some(input)));
        assert_eq!(
            written.unwrap()["pending"],
            true,
            "older pages still see it waiting"
        );
    }

    #[test]
    fn preselects_district_and_network_from_the_link() {
        let mut input = RegistrationInput::default();
        preselect(
            &mut input,
            "?bezirk=130&netzwerk=refugium-fluechtlingshilfe&x=1",
        );
        assert_eq!(input.districts, [130]);
        assert_eq!(input.network.as_deref(), Some("refugium-fluechtlingshilfe"));
        assert_eq!(input.opened_with, Some(model::report::OpenedWith::Network));
        preselect(&mut input, "?bezirk=130&bezirk=999&netzwerk=../etc");
        assert_eq!(
            input.districts,
            [130],
            "no duplicates, no unknown districts"
        );
        assert_eq!(input.network.as_deref(), Some("refugium-fluechtlingshilfe"));
    }
}
