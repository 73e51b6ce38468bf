//! The form's fields, with their labels, hints and error messages.

use super::messages::field_error;
use super::staged::{part, PARTS};
use super::state::FormState;
use crate::data::Loaded;
use crate::i18n::{self, register::Register as R, t};
use leptos::prelude::*;
use model::registration::{BY_ARRANGEMENT, MAX_MESSAGE_CHARS};
use model::{
    district::STADTBEZIRKE, language::LANGUAGES, Activity, ContactVia, Network, RegistrationInput,
};

fn state() -> FormState {
    expect_context::<FormState>()
}

/// The error under a field, announced with it (`aria-describedby`).
fn error_text(field: &'static str) -> impl IntoView {
    let state = state();
    move || {
        state.error(field).map(
            |error| view! { <p class="field-error" id=format!("{field}-fehler")>{field_error(&error)}</p> },
        )
    }
}

fn invalid(field: &'static str) -> impl Fn() -> Option<&'static str> + Send + Sync + Copy {
    let state = state();
    move || state.error(field).is_some().then_some("true")
}

fn described_by(
    field: &'static str,
    hint: Option<&'static str>,
) -> impl Fn() -> Option<String> + Send + Sync + Copy {
    let state = state();
    move || {
        let error = state.error(field).map(|_| format!("{field}-fehler"));
        match (hint, error) {
            (Some(hint), Some(error)) => Some(format!("{error} {hint}")),
            (Some(hint), None) => Some(hint.to_string()),
            (None, error) => error,
        }
    }
}

/// A one-line text field.
fn text_field(
    field: &'static str,
    label: R,
    kind: &'static str,
    autocomplete: &'static str,
    get: fn(&RegistrationInput) -> String,
    set: fn(&mut RegistrationInput, String),
) -> impl IntoView {
    let state = state();
    view! {
        <div class="field" class:has-error=move || invalid(field)().is_some()>
            <label for=format!("feld-{field}")>{t(label)}</label>
            <input
                id=format!("feld-{field}")
                name=field
                type=kind
                autocomplete=autocomplete
                aria-invalid=invalid(field)
                aria-describedby=described_by(field, None)
                prop:value=move || state.input.with(get)
                on:input=move |event| {
                    let value = event_target_value(&event);
                    state.update(|input| set(input, value));
                }
                on:blur=move |_| state.leave(field)
            />
            {error_text(field)}
        </div>
    }
}

/// A group of checkboxes, one per choice. The boxes are the Worker's markup
/// (`model::render::form::choice_boxes`), set in one call; one listener on the grid takes
/// their changes, and one effect keeps them checked as the input says (a draft, a link's
/// preselection, what was typed before the wasm ran).
fn checkbox_group(
    field: &'static str,
    legend: R,
    choices: Vec<(String, String)>,
    is_checked: fn(&RegistrationInput, &str) -> bool,
    toggle: fn(&mut RegistrationInput, &str, bool),
) -> impl IntoView {
    let state = state();
    let mut markup = String::new();
    let boxes: Vec<(String, String, bool)> = choices
        .into_iter()
        .map(|(value, label)| (value, label, false))
        .collect();
    model::render::form::choice_boxes(&mut markup, field, &boxes);
    let values: Vec<String> = boxes.into_iter().map(|(value, _, _)| value).collect();
    let grid = NodeRef::<leptos::html::Div>::new();
    keep_checked(grid, move |input| {
        values
            .iter()
            .filter(|value| is_checked(input, value))
            .cloned()
            .collect()
    });
    view! {
        <fieldset
            class="field choices"
            class:has-error=move || invalid(field)().is_some()
            aria-describedby=described_by(field, None)
            on:focusout=move |_| state.leave(field)
        >
            <legend>{t(legend)}</legend>
            <div class="choice-grid" node_ref=grid inner_html=markup
                on:change=move |event| {
                    if let Some((value, checked)) = changed_box(&event) {
                        state.update(|input| toggle(input, &value, checked));
                    }
                }></div>
            {error_text(field)}
        </fieldset>
    }
}

/// The value and state of the checkbox a `change` event came from.
fn changed_box(event: &web_sys::Event) -> Option<(String, bool)> {
    use wasm_bindgen::JsCast;
    let input = event
        .target()?
        .dyn_into::<web_sys::HtmlInputElement>()
        .ok()?;
    Some((input.value(), input.checked()))
}

/// Keeps each checkbox inside `holder` checked when its `value` is among those `checked`
/// gives for the input; only when that changes, not on every keystroke elsewhere in the form.
fn keep_checked(
    holder: NodeRef<leptos::html::Div>,
    checked: impl Fn(&RegistrationInput) -> Vec<String> + Send + Sync + 'static,
) {
    use wasm_bindgen::JsCast;
    let state = state();
    let wanted = Memo::new(move |_| state.input.with(|input| checked(input)));
    Effect::new(move |_| {
        let wanted = wanted.get();
        let Some(holder) = holder.get() else {
            return;
        };
        let Ok(boxes) = holder.query_selector_all("input[type=checkbox]") else {
            return;
        };
        for input in (0..boxes.length())
            .filter_map(|i| boxes.item(i))
            .filter_map(|node| node.dyn_into::<web_sys::HtmlInputElement>().ok())
        {
            input.set_checked(wanted.contains(&input.value()));
        }
    });
}

fn toggle_in<T: PartialEq>(list: &mut Vec<T>, item: T, on: bool) {
    list.retain(|existing| *existing != item);
    if on {
        list.push(item);
    }
}

/// Every field of the form, in order.
#[component]
pub fn FormFields() -> impl IntoView {
    let state = state();
    let networks: Loaded<Vec<Network>> = RwSignal::new(None);
    leptos::task::spawn_local(async move {
        // A task of its own: the form is being built a part per task (see `staged`).
        i18n::yield_to_browser().await;
        networks.set(Some(crate::api::get_json("/api/networks").await))
    });
    let district_choices: Vec<(String, String)> = STADTBEZIRKE
        .iter()
        .map(|(n, name)| (n.to_string(), name.to_string()))
        .collect();
    let interest_choices: Vec<(String, String)> = Activity::ALL
        .iter()
        .map(|a| (a.key().to_string(), i18n::activity(*a)))
        .collect();
    let language_choices: Vec<(String, String)> = LANGUAGES
        .iter()
        .map(|(c, _)| (c.to_string(), i18n::language_name(c)))
        .collect();
    let message_length = move || {
        state
            .input
            .with(|i| i.message.as_deref().unwrap_or_default().chars().count())
    };
    // Built a part per task (see `staged`), in the form's order; part 1 is name and e-mail.
    let parts: [Memo<bool>; PARTS as usize] = std::array::from_fn(|n| part(n as u8 + 1));
    view! {
        {text_field("name", R::FieldName, "text", "name", |i| i.name.clone(), |i, v| i.name = v)}
        {text_field("email", R::FieldEmail, "email", "email", |i| i.email.clone(), |i, v| i.email = v)}
        {move || parts[1].get().then(|| view! {
        {text_field("phone", R::FieldPhone, "tel", "tel", |i| i.phone.clone().unwrap_or_default(), |i, v| i.phone = Some(v))}
        <fieldset class="field" aria-describedby=described_by("contact_via", None) on:focusout=move |_| state.leave("contact_via")>
            <legend>{t(R::FieldContactVia)}</legend>
            <label class="choice" for="feld-contact_via">
                <input type="radio" id="feld-contact_via" name="contact_via" value="email"
                    prop:checked=move || state.input.with(|i| i.contact_via == ContactVia::Email)
                    on:change=move |_| state.update(|i| i.contact_via = ContactVia::Email)/>
                <span>{t(R::ViaEmail)}</span>
            </label>
            <label class="choice" for="feld-contact_via-phone">
                <input type="radio" id="feld-contact_via-phone" name="contact_via" value="phone"
                    prop:checked=move || state.input.with(|i| i.contact_via == ContactVia::Phone)
                    on:change=move |_| state.update(|i| i.contact_via = ContactVia::Phone)/>
                <span>{t(R::ViaPhone)}</span>
            </label>
            {error_text("contact_via")}
        </fieldset>
        })}
        {move || parts[2].get().then(|| checkbox_group("districts", R::FieldDistricts, district_choices.clone(),
            |i, v| v.parse().is_ok_and(|n| i.districts.contains(&n)),
            |i, v, on| if let Ok(n) = v.parse() { toggle_in(&mut i.districts, n, on) }))}
        {move || parts[3].get().then(|| view! {
        <div class="field" class:has-error=move || invalid("network")().is_some()>
            <label for="feld-network">{t(R::FieldNetwork)}</label>
            <select id="feld-network" name="network" aria-invalid=invalid("network") aria-describedby=described_by("network", None)
                on:change=move |event| {
                    let value = event_target_value(&event);
                    state.update(|i| i.network = (!value.is_empty()).then_some(value));
                }
                on:blur=move |_| state.leave("network")
            >
                <option value="">{t(R::NoNetwork)}</option>
                {move || {
                    let chosen = state.input.with(|i| i.network.clone());
                    // A network's name is in the language it was entered in.
                    let mut options: Vec<(String, String, String)> = match networks.get() {
                        Some(Ok(list)) => list.into_iter().map(|n| (n.slug, n.name, n.content_lang)).collect(),
                        _ => Vec::new(),
                    };
                    if let Some(slug) = &chosen {
                        if !options.iter().any(|(s, _, _)| s == slug) {
                            options.push((slug.clone(), slug.clone(), "de".into()));
                        }
                    }
                    options
                        .into_iter()
                        .map(|(slug, name, lang)| {
                            let selected = chosen.as_deref() == Some(slug.as_str());
                            view! { <option value=slug selected=selected lang=lang>{name}</option> }
                        })
                        .collect_view()
                }}
            </select>
            {error_text("network")}
        </div>
        })}
        {move || parts[4].get().then(|| checkbox_group("interests", R::FieldInterests, interest_choices.clone(),
            |i, v| Activity::from_key(v).is_some_and(|a| i.interests.contains(&a)),
            |i, v, on| if let Some(a) = Activity::from_key(v) { toggle_in(&mut i.interests, a, on) }))}
        {move || parts[5].get().then(|| view! {
        {checkbox_group("languages", R::FieldLanguages, language_choices.clone(),
            |i, v| i.languages.iter().any(|l| l == v),
            |i, v, on| toggle_in(&mut i.languages, v.to_string(), on))}
        {text_field("languages_other", R::FieldLanguagesOther, "text", "off",
            |i| i.languages_other.clone().unwrap_or_default(), |i, v| i.languages_other = Some(v))}
        })}
        {move || parts[6].get().then(|| view! { <Availability/> })}
        {move || parts[7].get().then(|| view! {
        <div class="field" class:has-error=move || invalid("message")().is_some()>
            <label for="feld-message">{t(R::FieldMessage)}</label>
            <textarea id="feld-message" name="message" rows="4" maxlength=MAX_MESSAGE_CHARS
                aria-invalid=invalid("message") aria-describedby=described_by("message", Some("message-zaehler"))
                prop:value=move || state.input.with(|i| i.message.clone().unwrap_or_default())
                on:input=move |event| {
                    let value = event_target_value(&event);
                    state.update(|i| i.message = Some(value));
                }
                on:blur=move |_| state.leave("message")
            ></textarea>
            <p class="hint" id="message-zaehler">{move || i18n::tr(R::MessageCount, &[("count", &message_length().to_string()), ("max", &MAX_MESSAGE_CHARS.to_string())])}</p>
            {error_text("message")}
        </div>
        <div class="field consent" class:has-error=move || invalid("consent")().is_some()>
            <label class="choice" for="feld-consent">
                <input type="checkbox" id="feld-consent" name="consent"
                    aria-invalid=invalid("consent") aria-describedby=described_by("consent", None)
                    prop:checked=move || state.input.with(|i| i.consent)
                    on:change=move |event| {
                        let checked = event_target_checked(&event);
                        state.update(|i| i.consent = checked);
                    }
                    on:blur=move |_| state.leave("consent")/>
                <span>{t(R::ConsentBefore)}" "<a href="/datenschutz">{t(R::ConsentLink)}</a>{t(R::ConsentAfter)}</span>
            </label>
            {error_text("consent")}
        </div>
        <div class="hp" aria-hidden="true">
            <label>"Website"
                <input type="text" name="website" tabindex="-1" autocomplete="off"
                    prop:value=move || state.input.with(|i| i.website.clone())
                    on:input=move |event| {
                        let value = event_target_value(&event);
                        state.update(|i| i.website = value);
                    }/>
            </label>
        </div>
        })}
    }
}

/// "Wann haben Sie Zeit?": weekdays × times of day, or "nach Absprache" on its own. The grid
/// is the Worker's markup (`model::render::form::availability_slots`), like the choices'.
#[component]
fn Availability() -> impl IntoView {
    let state = state();
    let mut markup = String::new();
    model::render::form::availability_slots(
        &mut markup,
        &i18n::AppWords,
        &RegistrationInput::default(),
    );
    let slots = NodeRef::<leptos::html::Div>::new();
    keep_checked(slots, |input| input.availability.clone());
    let on_change = move |event: web_sys::Event| {
        let Some((value, on)) = changed_box(&event) else {
            return;
        };
        state.update(|i| {
            if value == BY_ARRANGEMENT {
                i.availability.clear();
                if on {
                    i.availability.push(BY_ARRANGEMENT.to_string());
                }
            } else {
                i.availability.retain(|a| a != BY_ARRANGEMENT);
                toggle_in(&mut i.availability, value, on);
            }
        });
    };
    view! {
        <fieldset class="field availability" class:has-error=move || invalid("availability")().is_some()
            aria-describedby=described_by("availability", None) on:focusout=move |_| state.leave("availability")>
            <legend>{t(R::FieldAvailability)}</legend>
            <div class="slots" node_ref=slots inner_html=markup on:change=on_change></div>
            {error_text("availability")}
        </fieldset>
    }
}
