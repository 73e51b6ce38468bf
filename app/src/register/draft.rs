//! The form as typed, kept in the browser's local storage (it survives a reload, a lost
//! connection and a closed tab), with the idempotency key made once per filled-in form.

use model::RegistrationInput;
use serde::{Deserialize, Serialize};

const STORAGE_KEY: &str = "netzwerkkarte.mitmachen.entwurf";

#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Draft {
    pub input: RegistrationInput,
    /// Sent as `Idempotency-Key`: a retry of this form can never create a second registration.
    pub key: String,
    /// The person pressed "Absenden" while offline: send as soon as the page is online again,
    /// also after a reload.
    #[serde(default)]
    pub pending: bool,
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
    serde_wasm_bindgen::from_value(value).ok()
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

/// Applies what the link the form was opened from preselects (`?bezirk=130`, `?netzwerk=slug`).
pub fn preselect(input: &mut RegistrationInput, query: &str) {
    for pair in query.trim_start_matches('?').split('&') {
        match pair.split_once('=') {
            Some(("bezirk", value)) => {
                if let Some(number) = value
                    .parse::<u16>()
                    .ok()
                    .filter(|n| model::district::name_of(*n).is_some())
                {
                    if !input.districts.contains(&number) {
                        input.districts.push(number);
                    }
                }
            }
            Some(("netzwerk", value)) if model::validate::is_slug(value) => {
                input.network = Some(value.to_string());
            }
            _ => {}
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn preselects_district_and_network_from_the_link() {
        let mut input = RegistrationInput::default();
        preselect(
            &mut input,
            "?bezirk=130&netzwerk=refugium-fluechtlingshilfe&x=1",
        );
        assert_eq!(input.districts, [130]);
        assert_eq!(input.network.as_deref(), Some("refugium-fluechtlingshilfe"));
        preselect(&mut input, "?bezirk=130&bezirk=999&netzwerk=../etc");
        assert_eq!(
            input.districts,
            [130],
            "no duplicates, no unknown districts"
        );
        assert_eq!(input.network.as_deref(), Some("refugium-fluechtlingshilfe"));
    }
}
