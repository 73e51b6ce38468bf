//! The "Barriere melden" form on `/barrierefreiheit`. The page is static HTML; the form is
//! hidden until its script (`public/formular.js`, shared with the organisations' forms) runs,
//! since it sends JSON: without
//! JavaScript the page says so and the phone number beside it is the way to report. The
//! script's words come with the form as `data-` attributes, so the script holds no text:
//! field errors too, one per stable code of the Worker's answer (`data-code-<code>`).

use super::render::Messages;
use model::feedback::{MESSAGE_MAX_CHARS, MESSAGE_MIN_CHARS};
use model::html;
use model::html::Html;

/// The form's markup, in the page's language.
pub fn form(legal: &Messages, register: &Messages) -> Html {
    let text = |id: &str| legal.text(id);
    html!(
        "<p class=\"feedback-no-script\" data-no-script>{no_script}</p>\
         <form class=\"register feedback-form\" id=\"barriere-formular\" novalidate hidden \
         data-endpoint=\"/api/feedback\" data-sending=\"{sending}\" data-thanks=\"{thanks}\" data-failed=\"{failed}\" data-check=\"{check}\" \
         data-code-message-required=\"{required}\" data-code-message-too-short=\"{too_short}\" \
         data-code-message-too-long=\"{too_long}\" data-code-email-invalid=\"{email_invalid}\" \
         data-code-field-hidden-characters=\"{hidden}\">\
         <div class=\"field\"><label for=\"feld-message\">{message}</label>\
         <p class=\"hint\" id=\"message-hinweis\">{message_hint} {special}</p>\
         <textarea id=\"feld-message\" name=\"message\" rows=\"6\" maxlength=\"2000\" required \
         aria-describedby=\"message-hinweis message-fehler\"></textarea>\
         <p class=\"field-error\" id=\"message-fehler\" hidden></p></div>\
         <div class=\"field\"><label for=\"feld-email\">{email}</label>\
         <p class=\"hint\" id=\"email-hinweis\">{email_hint}</p>\
         <input id=\"feld-email\" name=\"email\" type=\"email\" autocomplete=\"email\" \
         aria-describedby=\"email-hinweis email-fehler\">\
         <p class=\"field-error\" id=\"email-fehler\" hidden></p></div>\
         <div class=\"hp\" aria-hidden=\"true\"><label for=\"feld-website\">Website</label>\
         <input id=\"feld-website\" name=\"website\" type=\"text\" tabindex=\"-1\" autocomplete=\"off\"></div>\
         <p class=\"hint\">{privacy} <a href=\"/datenschutz\">{privacy_link}</a></p>\
         <p class=\"form-notice\" id=\"barriere-hinweis\" role=\"alert\"></p>\
         <div class=\"form-actions\"><button type=\"submit\" class=\"button\">{submit}</button></div>\
         </form>",
        no_script = text("feedback-no-script"),
        special = text("feedback-special"),
        sending = text("feedback-sending"),
        thanks = text("feedback-thanks"),
        failed = text("feedback-failed"),
        check = text("feedback-check"),
        message = text("feedback-message"),
        message_hint = text("feedback-message-hint"),
        email = text("feedback-email"),
        email_hint = text("feedback-email-hint"),
        privacy = text("feedback-privacy"),
        privacy_link = text("privacy-heading"),
        submit = text("feedback-submit"),
        required = text("feedback-error-required"),
        too_short = legal.html(
            "feedback-error-too-short",
            &[("min", html!("{n}", n = MESSAGE_MIN_CHARS))]
        ),
        too_long = legal.html(
            "feedback-error-too-long",
            &[("max", html!("{n}", n = MESSAGE_MAX_CHARS))]
        ),
        email_invalid = text("feedback-error-email"),
        // The registration form's words for the rule every free text shares.
        hidden = register.text("err-hidden-characters"),
    )
}
