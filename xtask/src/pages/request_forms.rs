//! "Zugang anfragen" (`/zugang-anfragen?netzwerk=<slug>`, a claim of an entry) and
//! "Netzwerk vorschlagen" (`/netzwerk-vorschlagen`, a suggestion): static pages in five
//! languages whose form is sent by `public/formular.js` as JSON (like "Barriere melden"). The
//! form is hidden until the script runs; without JavaScript the page gives the
//! Koordinierungsstelle's phone number. The script holds no text: its words, and a message for
//! each code the Worker may answer with, come as `data-` attributes.

use super::content::phone_link;
use super::render::Messages;
use model::district::STADTBEZIRKE;
use model::html;
use model::html::Html;
use model::network_request::{MESSAGE_MAX_CHARS, NAME_CHARS, ROLE_CHARS};

/// Which form.
#[derive(Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    Claim,
    Suggestion,
}

impl Kind {
    /// Its page's path, file name and the prefix of its messages.
    pub fn page(self) -> (&'static str, &'static str, &'static str) {
        match self {
            Kind::Claim => ("/zugang-anfragen", "zugang-anfragen", "claim"),
            Kind::Suggestion => ("/netzwerk-vorschlagen", "netzwerk-vorschlagen", "suggest"),
        }
    }
}

/// One labelled field: `input` is the control's markup (its id `feld-<name>`).
fn field(legal: &Messages, name: &str, label: &str, hint: Option<&str>, input: Html) -> Html {
    let hint_html = match hint {
        Some(id) => html!(
            "<p class=\"hint\" id=\"{name}-hinweis\">{text}</p>",
            name = name,
            text = legal.text(id),
        ),
        None => Html::new(),
    };
    html!(
        "<div class=\"field\"><label for=\"feld-{name}\">{label}</label>{hint}{input}\
         <p class=\"field-error\" id=\"{name}-fehler\" hidden></p></div>",
        name = name,
        label = legal.text(label),
        hint = hint_html,
        input = input,
    )
}

/// A one-line input.
fn input(name: &str, kind: &str, autocomplete: &str, max: usize, hinted: bool) -> Html {
    let described = if hinted {
        format!("{name}-hinweis {name}-fehler")
    } else {
        format!("{name}-fehler")
    };
    html!(
        "<input id=\"feld-{name}\" name=\"{name}\" type=\"{kind}\" autocomplete=\"{autocomplete}\" \
         maxlength=\"{max}\" aria-describedby=\"{described}\">",
        name = name,
        kind = kind,
        autocomplete = autocomplete,
        max = max,
        described = described,
    )
}

fn textarea(name: &str, max: usize) -> Html {
    html!(
        "<textarea id=\"feld-{name}\" name=\"{name}\" rows=\"4\" maxlength=\"{max}\" \
         aria-describedby=\"{name}-fehler\"></textarea>",
        name = name,
        max = max,
    )
}

/// The suggested network's fields.
fn network_fields(legal: &Messages) -> Html {
    let mut districts = html!(
        "<option value=\"\">{citywide}</option>",
        citywide = legal.text("request-citywide")
    );
    for (number, name) in STADTBEZIRKE {
        districts.push(&html!(
            "<option value=\"{number}\" lang=\"de\">{name}</option>",
            number = number,
            name = name
        ));
    }
    let select = html!(
        "<select id=\"feld-district\" name=\"district\" aria-describedby=\"district-fehler\">{options}</select>",
        options = districts,
    );
    let network = model::network::NAME_CHARS.1;
    let organiser = model::network::ORGANISER_CHARS.1;
    html!(
        "<fieldset><legend>{legend}</legend>{name}{organiser}{district}{description}{website}</fieldset>",
        legend = legal.text("request-network-legend"),
        name = field(legal, "network_name", "request-network-name", None, input("network_name", "text", "organization", network, false)),
        organiser = field(legal, "organiser", "request-organiser", Some("request-organiser-hint"), input("organiser", "text", "off", organiser, true)),
        district = field(legal, "district", "request-district", None, select),
        description = field(legal, "description", "request-description", None, textarea("description", model::network::DESCRIPTION_MAX_CHARS)),
        website = field(legal, "network_website", "request-network-website", None, input("network_website", "url", "url", model::validate::WEB_URL_MAX_CHARS, false)),
    )
}

/// The person's fields, on both forms.
fn person_fields(legal: &Messages) -> Html {
    html!(
        "<fieldset><legend>{legend}</legend>{name}{role}{email}{phone}{message}</fieldset>",
        legend = legal.text("request-person-legend"),
        name = field(
            legal,
            "name",
            "request-name",
            None,
            input("name", "text", "name", NAME_CHARS.1, false)
        ),
        role = field(
            legal,
            "role",
            "request-role",
            Some("request-role-hint"),
            input("role", "text", "organization-title", ROLE_CHARS.1, true)
        ),
        email = field(
            legal,
            "email",
            "request-email",
            None,
            input(
                "email",
                "email",
                "email",
                model::validate::EMAIL_MAX_CHARS,
                false
            )
        ),
        phone = field(
            legal,
            "phone",
            "request-phone",
            Some("request-phone-hint"),
            input(
                "phone",
                "tel",
                "tel",
                model::validate::PHONE_MAX_CHARS,
                true
            )
        ),
        message = field(
            legal,
            "message",
            "request-message",
            None,
            textarea("message", MESSAGE_MAX_CHARS)
        ),
    )
}

/// The message for each code the Worker may name (`data-code-<code>`, dots and underscores as
/// dashes).
fn code_words(legal: &Messages, register: &Messages) -> Html {
    let pairs: [(&str, String); 19] = [
        ("name-too-short", legal.text("request-error-too-short")),
        ("name-too-long", legal.text("request-error-too-long")),
        ("role-too-short", legal.text("request-error-too-short")),
        ("role-too-long", legal.text("request-error-too-long")),
        (
            "network-name-too-short",
            legal.text("request-error-too-short"),
        ),
        (
            "network-name-too-long",
            legal.text("request-error-too-long"),
        ),
        ("organiser-too-short", legal.text("request-error-too-short")),
        ("organiser-too-long", legal.text("request-error-too-long")),
        ("description-required", legal.text("request-error-required")),
        ("description-too-long", legal.text("request-error-too-long")),
        ("message-too-long", legal.text("request-error-too-long")),
        ("email-required", legal.text("request-error-email")),
        ("email-invalid", legal.text("request-error-email")),
        ("phone-required", legal.text("request-error-phone")),
        ("phone-invalid", legal.text("request-error-phone")),
        (
            "network-website-invalid",
            legal.text("request-error-website"),
        ),
        ("network-unknown", legal.text("request-error-network")),
        ("district-unknown", legal.text("request-error-network")),
        (
            "field-hidden-characters",
            register.text("err-hidden-characters"),
        ),
    ];
    pairs
        .iter()
        .map(|(code, text)| html!(" data-code-{code}=\"{text}\"", code = code, text = text))
        .collect()
}

/// The page's content: heading, lead, the form (hidden until its script runs), the phone.
pub fn content(kind: Kind, legal: &Messages, register: &Messages) -> Html {
    let (_, _, prefix) = kind.page();
    let (endpoint, first) = match kind {
        Kind::Claim => {
            let select = html!(
                "<select id=\"feld-network\" name=\"network\" aria-describedby=\"network-fehler\"></select>"
            );
            (
                "/api/claims",
                field(legal, "network", "request-claim-network", None, select),
            )
        }
        Kind::Suggestion => ("/api/suggestions", network_fields(legal)),
    };
    let text = |id: &str| legal.text(id);
    html!(
        "<h1>{heading}</h1><p>{lead}</p><p class=\"note\">{organisations}</p>\
         <p class=\"request-no-script\" data-no-script>{no_script} {phone}</p>\
         <form class=\"register request-form\" id=\"anfrage-formular\" novalidate hidden \
         data-endpoint=\"{endpoint}\" data-with-language data-sending=\"{sending}\" data-thanks=\"{thanks}\" \
         data-failed=\"{failed}\" data-check=\"{check}\" data-choose=\"{choose}\"{codes}>\
         {first}{person}\
         <div class=\"hp\" aria-hidden=\"true\"><label for=\"feld-website\">Website</label>\
         <input id=\"feld-website\" name=\"website\" type=\"text\" tabindex=\"-1\" autocomplete=\"off\"></div>\
         <p class=\"hint\">{privacy} <a href=\"/datenschutz\">{privacy_link}</a></p>\
         <p class=\"form-notice\" id=\"anfrage-hinweis\" role=\"alert\"></p>\
         <div class=\"form-actions\"><button type=\"submit\" class=\"button\">{submit}</button></div>\
         </form><p>{other} {phone}</p>",
        heading = text(&format!("request-{prefix}-heading")),
        lead = text(&format!("request-{prefix}-lead")),
        organisations = text("request-organisations"),
        no_script = text("request-no-script"),
        phone = phone_link(),
        endpoint = endpoint,
        sending = text("feedback-sending"),
        thanks = text("request-thanks"),
        failed = text("feedback-failed"),
        check = text("feedback-check"),
        choose = text("request-claim-choose"),
        codes = code_words(legal, register),
        first = first,
        person = person_fields(legal),
        privacy = text("request-privacy"),
        privacy_link = text("privacy-heading"),
        submit = text(&format!("request-{prefix}-submit")),
        other = text("request-other"),
    )
}
