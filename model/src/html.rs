//! HTML that is escaped by construction. An [`Html`] is made only from markup written in the
//! code (the template of [`html!`], a string literal) and from values that go in through
//! [`ToHtml`]: text is escaped on the way in, an `Html` stays as it is, a number is digits.
//! So no text from a form, the database or a translation can become markup, and no call site
//! has to remember to escape.
//!
//! `html!("<a href=\"/netzwerk/{slug}\">{name}</a>", slug = network.slug, name = network.name)`
//!
//! The template is a literal and its values are named: `format_args!` cannot capture a
//! variable from the surrounding scope in a template that a macro passes on, so a value can
//! only reach the page through [`ToHtml`].

use std::fmt::{self, Write};

/// Markup, safe to put into a page or a mail as it is.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Html(String);

impl Html {
    pub fn new() -> Html {
        Html(String::new())
    }

    /// Plain text as HTML: escaped.
    pub fn text(text: &str) -> Html {
        let mut html = Html::new();
        html.push_text(text);
        html
    }

    /// `json` as the content of a `<script type="application/json">`: every `<` escaped as
    /// JSON's `\u003c`, so nothing in the data can end the script element.
    pub fn json(json: &str) -> Html {
        Html(json.replace('<', "\\u003c"))
    }

    pub fn as_str(&self) -> &str {
        &self.0
    }

    pub fn into_string(self) -> String {
        self.0
    }

    pub fn is_empty(&self) -> bool {
        self.0.is_empty()
    }

    /// A text with placeholders (`{name}`, as a compiled message has them) as HTML: the text
    /// escaped, each placeholder the HTML `values` give for it (left as it is where none
    /// does).
    pub fn fill(template: &str, values: &[(&str, &Html)]) -> Html {
        let mut html = Html::new();
        let mut rest = template;
        while let Some(start) = rest.find('{') {
            let Some(end) = rest[start..].find('}').map(|end| start + end) else {
                break;
            };
            let name = &rest[start + 1..end];
            html.push_text(&rest[..start]);
            match values.iter().find(|(known, _)| *known == name) {
                Some((_, value)) => html.push(value),
                None => html.push_text(&rest[start..=end]),
            }
            rest = &rest[end + 1..];
        }
        html.push_text(rest);
        html
    }

    /// `items` with `separator` between them.
    pub fn join(items: impl IntoIterator<Item = Html>, separator: &Html) -> Html {
        let mut joined = Html::new();
        for (i, item) in items.into_iter().enumerate() {
            if i > 0 {
                joined.push(separator);
            }
            joined.push(&item);
        }
        joined
    }

    /// Appends `more`.
    pub fn push(&mut self, more: &Html) {
        self.0.push_str(&more.0);
    }

    /// Appends text, escaped (through [`ToHtml`], the one copy of the escaping).
    pub fn push_text(&mut self, text: &str) {
        let _ = text.write_html(&mut self.0);
    }

    /// What [`html!`] makes: a template filled with values that went through [`ToHtml`].
    /// Called by the macro only (a test holds every other file to that).
    #[doc(hidden)]
    pub fn __from_template(arguments: fmt::Arguments<'_>) -> Html {
        let mut html = String::new();
        let _ = html.write_fmt(arguments);
        Html(html)
    }

    /// What [`push_html!`] appends; called by the macro only.
    #[doc(hidden)]
    pub fn __push_template(&mut self, arguments: fmt::Arguments<'_>) {
        let _ = self.0.write_fmt(arguments);
    }
}

impl fmt::Display for Html {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl FromIterator<Html> for Html {
    fn from_iter<I: IntoIterator<Item = Html>>(items: I) -> Html {
        let mut html = Html::new();
        for item in items {
            html.push(&item);
        }
        html
    }
}

impl std::ops::Add<Html> for Html {
    type Output = Html;

    fn add(mut self, more: Html) -> Html {
        self.push(&more);
        self
    }
}

/// How a value goes into HTML.
pub trait ToHtml {
    fn write_html(&self, out: &mut dyn Write) -> fmt::Result;
}

impl ToHtml for str {
    fn write_html(&self, out: &mut dyn Write) -> fmt::Result {
        Escaped(out).write_str(self)
    }
}

impl ToHtml for String {
    fn write_html(&self, out: &mut dyn Write) -> fmt::Result {
        self.as_str().write_html(out)
    }
}

impl ToHtml for Html {
    fn write_html(&self, out: &mut dyn Write) -> fmt::Result {
        out.write_str(&self.0)
    }
}

impl<T: ToHtml + ?Sized> ToHtml for &T {
    fn write_html(&self, out: &mut dyn Write) -> fmt::Result {
        (**self).write_html(out)
    }
}

impl<T: ToHtml> ToHtml for Option<T> {
    fn write_html(&self, out: &mut dyn Write) -> fmt::Result {
        match self {
            Some(value) => value.write_html(out),
            None => Ok(()),
        }
    }
}

// Every number as one type, so the wasm carries one formatting of digits.
macro_rules! digits {
    ($as:ty: $($number:ty),*) => {$(
        impl ToHtml for $number {
            fn write_html(&self, out: &mut dyn Write) -> fmt::Result {
                write!(out, "{}", *self as $as)
            }
        }
    )*};
}
digits!(u64: u8, u16, u32, u64, usize);
digits!(i64: i32, i64);

/// A value of [`html!`]'s template, written through [`ToHtml`].
#[doc(hidden)]
pub struct Value<'a, T: ?Sized>(pub &'a T);

impl<T: ToHtml + ?Sized> fmt::Display for Value<'_, T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        self.0.write_html(f)
    }
}

/// Escapes what is written to it, for element content and double- or single-quoted
/// attribute values.
struct Escaped<W>(W);

impl<W: Write> Write for Escaped<W> {
    fn write_str(&mut self, text: &str) -> fmt::Result {
        // A byte loop: the special characters are ASCII, and `str::find` with a set of chars
        // brings its pattern machinery into the wasm.
        let mut start = 0;
        for (at, byte) in text.bytes().enumerate() {
            let entity = match byte {
                b'&' => "&amp;",
                b'<' => "&lt;",
                b'>' => "&gt;",
                b'"' => "&quot;",
                b'\'' => "&#39;",
                _ => continue,
            };
            self.0.write_str(&text[start..at])?;
            self.0.write_str(entity)?;
            start = at + 1;
        }
        self.0.write_str(&text[start..])
    }
}

/// An [`Html`] from a template literal and named values, each written through [`ToHtml`]:
/// `html!("<b>{name}</b>", name = text)`. A value the template names but the call does not
/// pass is an error, not a variable taken from the scope:
///
/// ```compile_fail
/// let name = "<script>";
/// let _ = model::html!("<b>{name}</b>");
/// ```
#[macro_export]
macro_rules! html {
    ($template:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $crate::html::Html::__from_template(format_args!(
            concat!($template) $(, $name = $crate::html::Value(&$value))*
        ))
    };
}

/// Appends a template with named values to an [`Html`], as [`html!`] makes one.
#[macro_export]
macro_rules! push_html {
    ($out:expr, $template:literal $(, $name:ident = $value:expr)* $(,)?) => {
        $out.__push_template(format_args!(
            concat!($template) $(, $name = $crate::html::Value(&$value))*
        ))
    };
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn text_is_escaped_on_the_way_in_and_markup_stays() {
        let name = "Tom & \"Jerry\" <script>'x'</script>";
        let bold = html!("<b>{name}</b>", name = name);
        assert_eq!(
            bold.as_str(),
            "<b>Tom &amp; &quot;Jerry&quot; &lt;script&gt;&#39;x&#39;&lt;/script&gt;</b>"
        );
        let nested = html!("<p>{bold} {n}</p>", bold = bold, n = 3u32);
        assert!(nested.as_str().starts_with("<p><b>Tom &amp;"));
        assert!(nested.as_str().ends_with("</b> 3</p>"));
        let mut list = Html::text("a<b");
        push_html!(list, "<i>{x}</i>", x = Some("&"));
        push_html!(list, "<i>{x}</i>", x = None::<&str>);
        assert_eq!(list.as_str(), "a&lt;b<i>&amp;</i><i></i>");
    }

    #[test]
    fn json_in_a_script_cannot_end_it() {
        assert_eq!(
            Html::json(r#"{"a":"</script><script>"}"#).as_str(),
            r#"{"a":"\u003c/script>\u003cscript>"}"#
        );
    }

    #[test]
    fn a_template_is_filled_with_html_and_its_text_escaped() {
        let link = html!("<a href=\"/x\">{name}</a>", name = "A&B");
        let filled = Html::fill("Siehe {link} & {other}.", &[("link", &link)]);
        assert_eq!(
            filled.as_str(),
            "Siehe <a href=\"/x\">A&amp;B</a> &amp; {other}."
        );
    }

    #[test]
    fn pieces_join() {
        let joined: Html = ["<", ">"].iter().map(|t| Html::text(t)).collect();
        assert_eq!(joined.as_str(), "&lt;&gt;");
        assert_eq!((Html::text("a") + html!("<br>")).as_str(), "a<br>");
    }
}
