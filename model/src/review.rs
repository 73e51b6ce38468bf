//! What a coordinator compares when reviewing a change a network's editor proposes: field by
//! field, the value when the proposal was made, the value now and the proposed one; which
//! fields the proposal changes, which changed meanwhile ("inzwischen geändert"), and in a long
//! text the changed words, marked as old and new (in words, not only by colour).

use serde::{Deserialize, Serialize};
use similar::{ChangeTag, TextDiff};

/// A run of words of a compared text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
#[serde(tag = "kind", content = "text", rename_all = "lowercase")]
pub enum Run {
    /// In both texts.
    Same(String),
    /// Only in the text as it is ("alt").
    Old(String),
    /// Only in the proposed text ("neu").
    New(String),
}

/// The words `new` changes in `old`, as runs in reading order (whitespace kept with its words,
/// neighbouring words of one kind joined, so a page marks a phrase once).
pub fn changed_words(old: &str, new: &str) -> Vec<Run> {
    let diff = TextDiff::from_words(old, new);
    let mut runs: Vec<Run> = Vec::new();
    for change in diff.iter_all_changes() {
        let text = change.value();
        match (runs.last_mut(), change.tag()) {
            (Some(Run::Same(run)), ChangeTag::Equal)
            | (Some(Run::Old(run)), ChangeTag::Delete)
            | (Some(Run::New(run)), ChangeTag::Insert) => run.push_str(text),
            (_, ChangeTag::Equal) => runs.push(Run::Same(text.to_string())),
            (_, ChangeTag::Delete) => runs.push(Run::Old(text.to_string())),
            (_, ChangeTag::Insert) => runs.push(Run::New(text.to_string())),
        }
    }
    runs
}

/// One field in its three states, as texts a page shows.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct FieldReview {
    pub field: String,
    /// When the proposal was made.
    pub base: String,
    /// As the public entry is now.
    pub current: String,
    pub proposed: String,
}

impl FieldReview {
    /// The editor changed this field, and taking it would change the entry as it is now. (A
    /// field the editor left alone is not theirs to set, even where someone changed it since.)
    pub fn proposes_a_change(&self) -> bool {
        self.proposed != self.base && self.proposed != self.current
    }

    /// Someone changed the field after the proposal was made: the page shows all three states.
    pub fn changed_since(&self) -> bool {
        self.base != self.current
    }
}

/// The fields of an entry in three states, each a list of `(field, text)` in the form's order;
/// a field missing from a list is empty there.
pub fn review(
    base: &[(&str, String)],
    current: &[(&str, String)],
    proposed: &[(&str, String)],
) -> Vec<FieldReview> {
    let value = |list: &[(&str, String)], field: &str| {
        list.iter()
            .find(|(name, _)| *name == field)
            .map(|(_, text)| text.clone())
            .unwrap_or_default()
    };
    let mut fields: Vec<&str> = Vec::new();
    for (field, _) in current.iter().chain(proposed).chain(base) {
        if !fields.contains(field) {
            fields.push(field);
        }
    }
    fields
        .into_iter()
        .map(|field| FieldReview {
            field: field.to_string(),
            base: value(base, field),
            current: value(current, field),
            proposed: value(proposed, field),
        })
        .collect()
}

/// Whether anything in the entry changed after the proposal was made ("inzwischen geändert").
pub fn changed_since(fields: &[FieldReview]) -> bool {
    fields.iter().any(FieldReview::changed_since)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn same(text: &str) -> Run {
        Run::Same(text.into())
    }

    #[test]
    fn a_long_text_marks_only_the_changed_words() {
        let runs = changed_words(
            "Wir treffen uns dienstags im Stadtteilcafé.",
            "Wir treffen uns donnerstags im Stadtteilcafé.",
        );
        assert_eq!(
            runs,
            [
                same("Wir treffen uns "),
                Run::Old("dienstags".into()),
                Run::New("donnerstags".into()),
                same(" im Stadtteilcafé."),
            ]
        );
        assert_eq!(changed_words("gleich", "gleich"), [same("gleich")]);
        assert_eq!(changed_words("", "neu"), [Run::New("neu".into())]);
    }

    #[test]
    fn the_old_text_and_the_new_one_come_back_whole() {
        let (old, new) = (
            "Sprachcafé am Montag, 15 Uhr",
            "Sprachcafé und Hausaufgabenhilfe am Montag",
        );
        let runs = changed_words(old, new);
        let read =
            |keep: fn(&Run) -> Option<&str>| runs.iter().filter_map(keep).collect::<String>();
        let before = read(|run| match run {
            Run::Same(t) | Run::Old(t) => Some(t),
            Run::New(_) => None,
        });
        let after = read(|run| match run {
            Run::Same(t) | Run::New(t) => Some(t),
            Run::Old(_) => None,
        });
        assert_eq!((before.as_str(), after.as_str()), (old, new));
    }

    #[test]
    fn three_states_tell_a_proposal_from_a_change_meanwhile() {
        let base = [
            ("name", "Refugium".to_string()),
            ("place", "Café".to_string()),
        ];
        let current = [
            ("name", "Refugium e. V.".to_string()),
            ("place", "Café".to_string()),
        ];
        let proposed = [
            ("name", "Refugium".to_string()),
            ("place", "Stadtteilcafé".to_string()),
        ];
        let fields = review(&base, &current, &proposed);
        assert_eq!(fields.len(), 2);
        let name = &fields[0];
        // Changed since by someone else; the editor left it as it was: not theirs to set back.
        assert!(name.changed_since() && !name.proposes_a_change());
        let place = &fields[1];
        assert!(!place.changed_since() && place.proposes_a_change());
        assert!(changed_since(&fields));
        let untouched = review(&base, &base, &base);
        assert!(!changed_since(&untouched) && untouched.iter().all(|f| !f.proposes_a_change()));
    }

    #[test]
    fn a_field_only_one_state_has_is_empty_in_the_others() {
        let fields = review(
            &[],
            &[],
            &[("website", "https://refugium.example".to_string())],
        );
        assert_eq!(fields[0].current, "");
        assert!(fields[0].proposes_a_change());
    }

    #[test]
    fn runs_travel_as_kind_and_text() {
        let json = serde_json::to_value(Run::New("neu".into())).unwrap();
        assert_eq!(json, serde_json::json!({"kind": "new", "text": "neu"}));
    }
}
