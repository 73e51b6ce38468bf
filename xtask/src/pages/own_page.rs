//! `/anmeldung`: where a volunteer opens their registration with their personal link
//! (`/anmeldung#<token>`: the token stays in the fragment, which browsers never send). The page
//! is static HTML in each language; `public/anmeldung.js` reads the token, asks the Worker
//! (`POST /api/anmeldung…`) and fills the page. Its words come with the page as JSON, so the
//! script holds no text. Without JavaScript the page offers the phone.

use super::render::Messages;
use model::html::Html;
use model::{html, Activity};

/// The words the script needs, by Fluent id, from `mail`, `register` and `common`.
const REGISTER_WORDS: [&str; 15] = [
    "field-name",
    "field-email",
    "field-phone",
    "field-contact-via",
    "via-email",
    "via-phone",
    "field-districts",
    "field-network",
    "field-interests",
    "field-languages",
    "field-languages-other",
    "field-availability",
    "by-arrangement",
    "field-message",
    // A field error the script translates by its code (`field.hidden_characters`).
    "err-hidden-characters",
];

/// The page's content, in the language of `own` (the `mail` bundle).
pub fn content(own: &Messages, register: &Messages, common: &Messages) -> Html {
    let text = |id: &str| own.text(id);
    let field = |id: &str| register.text(id);
    let interests: Html = Activity::ALL
        .iter()
        .map(|activity| {
            html!(
                "<label class=\"choice\"><input type=\"checkbox\" name=\"interests\" value=\"{key}\"> {name}</label>",
                key = activity.key(),
                name = common.text(&format!("activity-{}", activity.key())),
            )
        })
        .collect();
    html!(
        "<h1 id=\"anmeldung-titel\" tabindex=\"-1\">{title}</h1>\
         <noscript><p>{no_script}</p></noscript>\
         <p id=\"anmeldung-stand\" role=\"status\">{loading}</p>\
         <section id=\"adresse-bestaetigen\" class=\"own-confirm\" hidden><h2>{address_heading}</h2>\
         <p>{address_lead}</p><button type=\"button\" class=\"button button-large\" id=\"adresse-knopf\">{address_confirm}</button></section>\
         <div id=\"anmeldung\" hidden>\
         <section id=\"anmeldung-bestaetigen\" class=\"own-confirm\" hidden><h2>{confirm_heading}</h2>\
         <p>{confirm_lead}</p><button type=\"button\" class=\"button button-large\" id=\"bestaetigen\">{confirm}</button></section>\
         <p>{keep}</p>\
         <section aria-labelledby=\"daten-titel\"><h2 id=\"daten-titel\">{data_heading}</h2>\
         <dl class=\"facts\" id=\"anmeldung-daten\"></dl></section>\
         <section aria-labelledby=\"kontakt-titel\" id=\"kontakt\" hidden><h2 id=\"kontakt-titel\">{contact_heading}</h2>\
         <p>{contact_lead}</p>\
         <div class=\"form-actions\"><button type=\"button\" class=\"button button-secondary\" id=\"kontakt-zuruecknehmen\">{contact_withdraw}</button></div>\
         <p class=\"form-notice\" id=\"kontakt-hinweis\" role=\"status\"></p></section>\
         <section aria-labelledby=\"aendern-titel\"><h2 id=\"aendern-titel\">{edit_heading}</h2>\
         <form class=\"register\" id=\"anmeldung-aendern\" novalidate>\
         <div class=\"field\"><label for=\"feld-name\">{name}</label>\
         <input id=\"feld-name\" name=\"name\" autocomplete=\"name\" aria-describedby=\"name-fehler\">\
         <p class=\"field-error\" id=\"name-fehler\" hidden></p></div>\
         <div class=\"field\"><label for=\"feld-email\">{email}</label>\
         <input id=\"feld-email\" name=\"email\" type=\"email\" autocomplete=\"email\" aria-describedby=\"email-fehler\">\
         <p class=\"field-error\" id=\"email-fehler\" hidden></p></div>\
         <div class=\"field\"><label for=\"feld-phone\">{phone}</label>\
         <input id=\"feld-phone\" name=\"phone\" type=\"tel\" autocomplete=\"tel\" aria-describedby=\"phone-fehler\">\
         <p class=\"field-error\" id=\"phone-fehler\" hidden></p></div>\
         <fieldset class=\"field\" id=\"feld-contact_via\"><legend>{contact_via}</legend>\
         <label class=\"choice\"><input type=\"radio\" name=\"contact_via\" value=\"email\"> {via_email}</label>\
         <label class=\"choice\"><input type=\"radio\" name=\"contact_via\" value=\"phone\"> {via_phone}</label>\
         <p class=\"field-error\" id=\"contact_via-fehler\" hidden></p></fieldset>\
         <fieldset class=\"field\" id=\"feld-interests\"><legend>{interests_label}</legend>{interests}\
         <p class=\"field-error\" id=\"interests-fehler\" hidden></p></fieldset>\
         <p class=\"form-notice\" id=\"aendern-hinweis\" role=\"status\"></p>\
         <div class=\"form-actions\"><button type=\"submit\" class=\"button\">{save}</button></div></form></section>\
         <section aria-labelledby=\"neuer-link-titel\"><h2 id=\"neuer-link-titel\">{renew_heading}</h2>\
         <p>{renew_lead}</p>\
         <div class=\"form-actions\"><button type=\"button\" class=\"button button-secondary\" id=\"neuer-link\">{renew}</button></div>\
         <p class=\"form-notice\" id=\"neuer-link-hinweis\" role=\"status\"></p>\
         <p class=\"own-link\" id=\"neuer-link-adresse\" hidden><a id=\"neuer-link-oeffnen\"></a></p></section>\
         <section aria-labelledby=\"zurueckziehen-titel\"><h2 id=\"zurueckziehen-titel\">{withdraw_heading}</h2>\
         <p>{withdraw_lead}</p>\
         <div class=\"form-actions\"><button type=\"button\" class=\"button button-secondary\" id=\"zurueckziehen\">{withdraw}</button>\
         <button type=\"button\" class=\"button button-danger\" id=\"wirklich-zurueckziehen\" hidden>{withdraw_sure}</button></div>\
         </section></div>\
         <script type=\"application/json\" id=\"anmeldung-worte\">{words}</script>",
        title = text("own-title"),
        no_script = text("own-no-script"),
        loading = text("own-loading"),
        address_heading = text("own-address-heading"),
        address_lead = text("own-address-lead"),
        address_confirm = text("own-address-confirm"),
        confirm_heading = text("own-confirm-heading"),
        confirm_lead = text("own-confirm-lead"),
        confirm = text("own-confirm"),
        keep = text("own-keep"),
        data_heading = text("own-data-heading"),
        edit_heading = text("own-edit-heading"),
        contact_heading = text("own-contact-heading"),
        contact_lead = text("own-contact-lead"),
        contact_withdraw = text("own-contact-withdraw"),
        name = field("field-name"),
        email = field("field-email"),
        phone = field("field-phone"),
        contact_via = field("field-contact-via"),
        via_email = field("via-email"),
        via_phone = field("via-phone"),
        interests_label = field("field-interests"),
        interests = interests,
        save = text("own-save"),
        renew_heading = text("own-renew-heading"),
        renew_lead = text("own-renew-lead"),
        renew = text("own-renew"),
        withdraw_heading = text("own-withdraw-heading"),
        withdraw_lead = text("own-withdraw-lead"),
        withdraw = text("own-withdraw"),
        withdraw_sure = text("own-withdraw-sure"),
        words = words_json(own, register, common),
    )
}

/// Every word the script shows, as a JSON object (id → text), for the script element.
fn words_json(own: &Messages, register: &Messages, common: &Messages) -> Html {
    let mut words = serde_json::Map::new();
    for (id, text) in own.all() {
        if id.starts_with("own-") {
            words.insert(id.clone(), text.clone().into());
        }
    }
    for id in REGISTER_WORDS {
        words.insert(id.into(), register.text(id).into());
    }
    for (id, text) in common.all() {
        if ["activity-", "language-", "day-", "time-"]
            .iter()
            .any(|prefix| id.starts_with(prefix))
        {
            words.insert(id.clone(), text.clone().into());
        }
    }
    for (number, name) in model::district::STADTBEZIRKE {
        words.insert(format!("district-{number}"), name.into());
    }
    Html::json(&serde_json::Value::Object(words).to_string())
}
