//! The coordinators' forms' text fields: a label and an input bound to one part of the form's
//! value, and, where the form marks its fields' errors, the error under the field, tied to it
//! (`aria-invalid`, `aria-describedby`).

use leptos::prelude::*;
use std::collections::BTreeMap;

/// A form's field errors (field → message), shown under each field and announced with it.
/// `prefix` names the form's controls: the field `title` is `<prefix>-title`, its error
/// `<prefix>-title-fehler`.
#[derive(Clone, Copy)]
pub struct FieldErrors {
    pub prefix: &'static str,
    pub errors: RwSignal<BTreeMap<String, String>>,
}

impl FieldErrors {
    pub fn new(prefix: &'static str) -> Self {
        Self {
            prefix,
            errors: RwSignal::new(BTreeMap::new()),
        }
    }

    fn has(self, field: &'static str) -> bool {
        self.errors.with(|e| e.contains_key(field))
    }

    /// `aria-invalid` of the field's control.
    pub fn invalid(self, field: &'static str) -> impl Fn() -> Option<&'static str> + Copy {
        move || self.has(field).then_some("true")
    }

    /// `aria-describedby` of the field's control: its hint, then its error.
    pub fn described(
        self,
        field: &'static str,
        hint: Option<&'static str>,
    ) -> impl Fn() -> Option<String> + Copy {
        move || {
            let error = self
                .has(field)
                .then(|| format!("{}-{field}-fehler", self.prefix));
            let ids: Vec<String> = hint.map(String::from).into_iter().chain(error).collect();
            (!ids.is_empty()).then(|| ids.join(" "))
        }
    }

    /// The error under the field, if it has one.
    pub fn text(self, field: &'static str) -> impl Fn() -> Option<AnyView> + Copy {
        move || {
            self.errors.with(|e| e.get(field).cloned()).map(|text| {
                let id = format!("{}-{field}-fehler", self.prefix);
                view! { <p class="field-error" id=id>{text}</p> }.into_any()
            })
        }
    }
}

/// One text field of `form`: `<prefix>-<key>`, read with `get`, written with `set`. With
/// `errors`, the field shows its error and says so; `hint` is the id of a text that
/// describes it.
#[component]
pub fn TextField<T>(
    form: RwSignal<T>,
    prefix: &'static str,
    key: &'static str,
    label: &'static str,
    get: fn(&T) -> String,
    set: fn(&mut T, String),
    #[prop(optional)] errors: Option<FieldErrors>,
    #[prop(optional)] hint: Option<&'static str>,
) -> impl IntoView
where
    T: Send + Sync + 'static,
{
    let id = format!("{prefix}-{key}");
    let invalid = move || errors.and_then(|e| e.invalid(key)());
    let described = move || match errors {
        Some(errors) => errors.described(key, hint)(),
        None => hint.map(String::from),
    };
    view! {
        <div class="field">
            <label for=id.clone()>{label}</label>
            <input id=id aria-invalid=invalid aria-describedby=described
                prop:value=move || form.with(get) on:input=move |e| {
                let value = event_target_value(&e);
                form.update(|f| set(f, value));
            }/>
            {move || errors.and_then(|e| e.text(key)())}
        </div>
    }
}
