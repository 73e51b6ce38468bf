//! The HTML around a static page: the app's shell (from `app/shell/`, in the page's language),
//! its stylesheet, title, description and language alternates; and the texts it is made of.

use crate::site::Value;
use anyhow::{Context, Result};
use i18n::compile_file;
use model::html;
use model::html::Html;
use model::lang::Lang;
use std::collections::HashMap;
use std::path::Path;

/// The messages of one bundle in one language.
pub struct Messages {
    lang: Lang,
    templates: HashMap<String, String>,
}

impl Messages {
    pub fn load(locales: &Path, lang: Lang, bundle: &str) -> Result<Messages> {
        let compiled = compile_file(locales, lang.code(), bundle).map_err(anyhow::Error::msg)?;
        Ok(Messages {
            lang,
            templates: compiled.ids.into_iter().zip(compiled.templates).collect(),
        })
    }

    fn template(&self, id: &str) -> &str {
        self.templates
            .get(id)
            .map(String::as_str)
            .unwrap_or_else(|| panic!("{}: no message {id}", self.lang))
    }

    /// Every message: (id, compiled template), in no particular order.
    pub fn all(&self) -> impl Iterator<Item = (&String, &String)> {
        self.templates.iter()
    }

    /// The message as plain text (for `<title>` and attributes, escaped where it is used).
    pub fn text(&self, id: &str) -> String {
        self.template(id).to_string()
    }

    /// The message as HTML: its text escaped, each `{name}` the HTML `values` give for it.
    pub fn html(&self, id: &str, values: &[(&str, Html)]) -> Html {
        let values: Vec<(&str, &Html)> = values.iter().map(|(name, v)| (*name, v)).collect();
        let html = Html::fill(self.template(id), &values);
        assert!(
            !html.as_str().contains('{'),
            "{}: {id} has a value missing",
            self.lang
        );
        html
    }

    /// The message's lines, each as HTML (as [`html`](Self::html) makes it).
    pub fn html_lines(&self, id: &str, values: &[(&str, Html)]) -> Vec<Html> {
        let values: Vec<(&str, &Html)> = values.iter().map(|(name, v)| (*name, v)).collect();
        let lines: Vec<Html> = self
            .template(id)
            .lines()
            .map(|line| Html::fill(line.trim(), &values))
            .collect();
        assert!(
            lines.iter().all(|line| !line.as_str().contains('{')),
            "{}: {id} has a value missing",
            self.lang
        );
        lines
    }
}

/// A configuration value as HTML: the text, or a clearly marked "noch auszufüllen" (German,
/// like the hint, so the city reads it whatever the page's language).
pub fn value_html(value: &Value, page_lang: Lang) -> Html {
    match value {
        // The city's words are German: marked so, whatever the page's language.
        Value::Filled(text) if page_lang == Lang::De => Html::text(text),
        Value::Filled(text) => html!("<span lang=\"de\" dir=\"ltr\">{text}</span>", text = text),
        // German (and left to right) whatever the page's language.
        Value::Placeholder(hint) if page_lang == Lang::De => html!(
            "<mark class=\"placeholder\">noch auszufüllen: {hint}</mark>",
            hint = hint,
        ),
        Value::Placeholder(hint) => html!(
            "<mark class=\"placeholder\" lang=\"de\" dir=\"ltr\">noch auszufüllen: {hint}</mark>",
            hint = hint,
        ),
    }
}

/// What a page needs from the app's build: its stylesheet and icon.
pub struct Assets {
    pub stylesheet: String,
    pub icon: String,
    /// The form's styles (from `register.html`), for pages with a form.
    pub form_stylesheet: String,
}

impl Assets {
    /// Finds the hashed file names in the built `index.html` and `register.html`.
    pub fn from_pages(index: &str, register: &str) -> Result<Assets> {
        Ok(Assets {
            stylesheet: linked(index, "/assets/main-", ".css")?,
            icon: linked(index, "/icons/icon.svg", ".svg")?,
            form_stylesheet: linked(register, "/assets/register-", ".css")?,
        })
    }
}

/// The first path in `html` that starts with `prefix` and ends with `suffix`.
fn linked(html: &str, prefix: &str, suffix: &str) -> Result<String> {
    let start = html
        .find(prefix)
        .with_context(|| format!("the built page links no {prefix}…{suffix}"))?;
    let end = html[start..]
        .find(suffix)
        .with_context(|| format!("the built page: {prefix} has no {suffix}"))?;
    Ok(html[start..start + end + suffix.len()].to_string())
}

/// One page in one language, ready to write.
pub struct Page<'a> {
    pub path: &'a str,
    pub lang: Lang,
    pub title: String,
    pub description: String,
    pub content: Html,
    /// The languages this page exists in (the switcher and `hreflang` alternates).
    pub languages: &'a [Lang],
    /// A page with a form: its script and the form's styles.
    pub form_script: Option<String>,
}

/// The shell's words: (the class of the element whose text it is, the `common` message).
const SHELL_TEXTS: [(&str, &str); 11] = [
    ("skip-link", "skip-link"),
    ("brand-name", "brand-name"),
    ("nav-about", "nav-about"),
    ("nav-contact", "nav-contact"),
    ("footer-org", "footer-org"),
    ("phone-label", "phone-label"),
    ("footer-about", "footer-about"),
    ("footer-privacy", "footer-privacy"),
    ("footer-impressum", "footer-impressum"),
    ("footer-accessibility", "footer-accessibility"),
    ("footer-contact-link", "nav-contact"),
];

/// The shell's labels: (the German `aria-label`, the `common` message).
const SHELL_LABELS: [(&str, &str); 3] = [
    ("Hauptmenü", "main-menu"),
    ("Weitere Seiten", "footer-menu"),
    ("Sprache", "language-menu"),
];

/// Reads a shell piece from `app/shell/`.
fn shell(shell_dir: &Path, piece: &str) -> Result<String> {
    let path = shell_dir.join(format!("{piece}.html"));
    std::fs::read_to_string(&path).with_context(|| format!("reading {}", path.display()))
}

/// The whole document.
pub fn document(
    page: &Page,
    common: &Messages,
    shell_dir: &Path,
    assets: &Assets,
) -> Result<String> {
    let dir = page.lang.dir();
    let mut head = html!(
        "<!doctype html><html lang=\"{lang}\" dir=\"{dir}\"><head><meta charset=\"utf-8\">\
         <meta name=\"viewport\" content=\"width=device-width,initial-scale=1\">\
         <title>{title}</title><meta name=\"description\" content=\"{description}\">\
         <meta name=\"theme-color\" content=\"#004f8a\"><link rel=\"icon\" href=\"{icon}\">\
         <link rel=\"stylesheet\" href=\"{stylesheet}\">",
        lang = page.lang.code(),
        dir = dir,
        title = page.title,
        description = page.description,
        icon = assets.icon,
        stylesheet = assets.stylesheet,
    );
    for lang in page.languages {
        model::push_html!(
            head,
            "<link rel=\"alternate\" hreflang=\"{lang}\" href=\"{href}\">",
            lang = lang.code(),
            href = with_lang(page.path, *lang),
        );
    }
    if page.languages.len() > 1 {
        // Without `?lang=` the Worker follows the browser's language.
        model::push_html!(
            head,
            "<link rel=\"alternate\" hreflang=\"x-default\" href=\"{path}\">",
            path = page.path,
        );
    }
    let mut shell_top = shell(shell_dir, "skip-link")?;
    if page.languages.len() > 1 {
        shell_top.push_str(&mark_current_language(
            &shell(shell_dir, "languages")?,
            page.lang,
        ));
    }
    shell_top.push_str(&shell(shell_dir, "header")?);
    let footer = shell(shell_dir, "footer")?;
    let script = page
        .form_script
        .as_ref()
        .map(|src| {
            html!(
                "<link rel=\"stylesheet\" href=\"{stylesheet}\"><script type=\"module\" src=\"{src}\"></script>",
                stylesheet = assets.form_stylesheet,
                src = src,
            )
        })
        .unwrap_or_default();
    // The shell's pieces are the app's own files (`app/shell/`), markup as they are.
    let body = format!(
        "{shell_top}<main id=\"inhalt\" tabindex=\"-1\"><div class=\"page prose\">{content}</div></main>{footer}",
        content = page.content
    );
    let body = links_in_language(&translate_shell(&body, common), page.lang);
    Ok(format!("{head}{script}</head><body>{body}</body></html>\n"))
}

/// The shell's German words replaced by `common`'s.
pub fn translate_shell(html: &str, common: &Messages) -> String {
    let mut html = html.to_string();
    for (class, id) in SHELL_TEXTS {
        // The element whose class list starts with `class`: its text up to the next tag.
        // Quoted in app/shell/, unquoted where the built page is minified.
        let found = [
            format!("class=\"{class}\""),
            format!("class=\"{class} "),
            format!("class={class}>"),
            format!("class={class} "),
        ]
        .iter()
        .find_map(|marker| html.find(marker.as_str()));
        if let Some(at) = found {
            let start = at + html[at..].find('>').map_or(0, |end| end + 1);
            let end = start + html[start..].find('<').unwrap_or(0);
            html.replace_range(start..end, Html::text(&common.text(id)).as_str());
        }
    }
    for (german, id) in SHELL_LABELS {
        let translated = html!("aria-label=\"{label}\"", label = common.text(id)).into_string();
        html = html.replace(&format!("aria-label=\"{german}\""), &translated);
        for end in [' ', '>'] {
            html = html.replace(
                &format!("aria-label={german}{end}"),
                &format!("{translated}{end}"),
            );
        }
    }
    html
}

/// The language switcher with `lang` marked as the current one.
pub fn mark_current_language(html: &str, lang: Lang) -> String {
    let current = format!("hreflang=\"{lang}\" aria-current=\"true\"");
    html.replace(&format!("hreflang=\"{lang}\""), &current)
        .replace(&format!("hreflang={lang} "), &format!("{current} "))
}

/// `path` in `lang`: always with `?lang=`, German too, since without it the Worker follows
/// the browser's language.
pub fn with_lang(path: &str, lang: Lang) -> String {
    format!("{path}?lang={lang}")
}

/// Every link to one of our pages keeps the page's language (`href="/x"` → `/x?lang=ar`).
fn links_in_language(html: &str, lang: Lang) -> String {
    let mut out = String::with_capacity(html.len());
    let mut rest = html;
    while let Some(at) = rest.find("href=\"/") {
        let start = at + "href=\"".len();
        out.push_str(&rest[..start]);
        let end = start + rest[start..].find('"').unwrap_or(0);
        let link = &rest[start..end];
        if link.starts_with("//") || link.contains('?') || link.starts_with("/assets/") {
            out.push_str(link);
        } else {
            out.push_str(&with_lang(link, lang));
        }
        rest = &rest[end..];
    }
    out.push_str(rest);
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn placeholders_are_marked_and_german() {
        let value = Value::Placeholder("Name <der Person>".into());
        let html = value_html(&value, Lang::Ar);
        assert_eq!(
            html.as_str(),
            "<mark class=\"placeholder\" lang=\"de\" dir=\"ltr\">noch auszufüllen: Name &lt;der Person&gt;</mark>"
        );
        assert!(!value_html(&value, Lang::De).as_str().contains("lang="));
        assert_eq!(
            value_html(&Value::Filled("A & B".into()), Lang::De).as_str(),
            "A &amp; B"
        );
        assert_eq!(
            value_html(&Value::Filled("Art. 6".into()), Lang::Ar).as_str(),
            "<span lang=\"de\" dir=\"ltr\">Art. 6</span>"
        );
    }

    #[test]
    fn links_keep_the_language() {
        let html = "<a href=\"/impressum\">x</a><a href=\"?lang=en\">y</a><a href=\"/assets/a.css\"></a><a href=\"tel:+49\">";
        let out = links_in_language(html, Lang::Ar);
        assert!(out.contains("href=\"/impressum?lang=ar\""));
        assert!(out.contains("href=\"?lang=en\""));
        assert!(out.contains("href=\"/assets/a.css\""));
        assert!(out.contains("href=\"tel:+49\""));
        assert!(links_in_language(html, Lang::De).contains("href=\"/impressum?lang=de\""));
    }

    #[test]
    fn assets_come_from_the_built_pages() {
        let index =
            "<link href=/icons/icon.svg rel=icon><link href=/assets/main-cd34.css rel=stylesheet>";
        let register = "<link href=/assets/register-ef56.css rel=stylesheet>";
        let assets = Assets::from_pages(index, register).unwrap();
        assert_eq!(assets.stylesheet, "/assets/main-cd34.css");
        assert_eq!(assets.icon, "/icons/icon.svg");
        assert_eq!(assets.form_stylesheet, "/assets/register-ef56.css");
        assert!(Assets::from_pages("<html>", register).is_err());
    }
}
