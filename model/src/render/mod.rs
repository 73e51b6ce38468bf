//! Markup the app, the Worker and xtask all write, as [`Html`] (escaped by construction): the
//! map of the districts, the district list, the network cards and page, the static pages'
//! content.
//! One renderer for all three is what lets the Worker send a page that the app then takes
//! over without visibly replacing it (ARCHITECTURE.md, "First paint").
//!
//! The words come through [`Words`], by their Fluent message id (`app/locales/*/map.ftl` and
//! `common.ftl`): the app looks them up in its compiled bundles, the Worker in the per-language
//! table xtask writes beside the pages.

pub mod form;
mod format;
pub mod map;
pub mod need;
pub mod network;
pub mod pages;
pub mod report;
pub mod report_chart;
pub mod report_page;

pub use format::{format, german_date};

use crate::html::Html;
use crate::lang::Lang;
use crate::{html, push_html};

/// The words of one language.
pub trait Words {
    /// The message `id` with `args` filled in (`{count}`, plurals).
    fn text(&self, id: &str, args: &[(&str, &str)]) -> String;
    /// "2026-11-25…" as the reader writes dates.
    fn date(&self, iso: &str) -> String;
    /// The language.
    fn lang(&self) -> Lang;
}

/// A message without variables.
pub fn t(words: &dyn Words, id: &str) -> String {
    words.text(id, &[])
}

/// Words from a table of compiled templates (id, template), sorted by id, as the Worker reads
/// them; `plural` names the CLDR category of a number in this language.
pub struct Table<'a> {
    pub lang: Lang,
    pub templates: &'a [(String, String)],
    pub plural: &'a dyn Fn(u32) -> String,
    pub date: &'a dyn Fn(&str) -> String,
}

impl Words for Table<'_> {
    fn text(&self, id: &str, args: &[(&str, &str)]) -> String {
        match self
            .templates
            .binary_search_by(|(known, _)| known.as_str().cmp(id))
        {
            Ok(found) => format(&self.templates[found].1, args, self.plural),
            Err(_) => id.to_string(),
        }
    }

    fn date(&self, iso: &str) -> String {
        (self.date)(iso)
    }

    fn lang(&self) -> Lang {
        self.lang
    }
}

/// The words file xtask writes (`dist/seiten/worte.<lang>.txt`): a line per message,
/// `id<TAB>template`, newlines and backslashes escaped. Sorted by id.
pub fn words_file(templates: impl IntoIterator<Item = (String, String)>) -> String {
    let mut lines: Vec<(String, String)> = templates.into_iter().collect();
    lines.sort();
    lines
        .iter()
        .map(|(id, template)| {
            format!(
                "{id}\t{}\n",
                template.replace('\\', "\\\\").replace('\n', "\\n")
            )
        })
        .collect()
}

/// Reads a words file back, sorted by id.
pub fn read_words_file(text: &str) -> Vec<(String, String)> {
    let mut templates: Vec<(String, String)> = text
        .lines()
        .filter_map(|line| line.split_once('\t'))
        .map(|(id, template)| (id.to_string(), unescape(template)))
        .collect();
    templates.sort();
    templates
}

fn unescape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut chars = text.chars();
    while let Some(c) = chars.next() {
        match (c, c == '\\') {
            (_, true) => match chars.next() {
                Some('n') => out.push('\n'),
                Some(other) => out.push(other),
                None => {}
            },
            (c, false) => out.push(c),
        }
    }
    out
}

/// "Karte › Mitte": the way back from a page about something in district `district` (or
/// city-wide).
pub fn breadcrumb(words: &dyn Words, district: Option<u16>) -> Html {
    let place = match district.and_then(|n| Some((n, crate::district::name_of(n)?))) {
        Some((number, name)) => html!(
            "<a href=\"/bezirk/{number}\" lang=\"de\">{name}</a>",
            number = number,
            name = name,
        ),
        None => Html::text(&t(words, "citywide")),
    };
    html!(
        "<p class=\"breadcrumb\"><a href=\"/\">{map}</a> <span aria-hidden=\"true\">›</span> {place}</p>",
        map = t(words, "map-region"),
        place = place,
    )
}

/// One fact of a page's `<dl class="facts">`: the label of message `id`, then its value.
pub fn fact(html: &mut Html, words: &dyn Words, id: &str, value: &Html, lang: Option<&str>) {
    push_html!(html, "<dt>{label}</dt>", label = t(words, id));
    fact_value(html, value, lang);
}

/// A fact's value; `lang`: written in the data's own language, not the reader's.
pub fn fact_value(html: &mut Html, value: &Html, lang: Option<&str>) {
    match lang {
        Some(lang) => push_html!(
            html,
            "<dd lang=\"{lang}\" dir=\"auto\">{value}</dd>",
            lang = lang,
            value = value,
        ),
        None => push_html!(html, "<dd>{value}</dd>", value = value),
    }
}

/// At most `max` characters, cut at a word with "…".
pub fn short(text: &str, max: usize) -> String {
    if text.chars().count() <= max {
        return text.to_string();
    }
    let cut: String = text.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{cut} …")
}

/// An activity's label.
pub fn activity(words: &dyn Words, activity: crate::Activity) -> String {
    t(words, &format!("activity-{}", activity.key()))
}

/// A language's name (unknown codes as they are).
pub fn language_name(words: &dyn Words, code: &str) -> String {
    if crate::language::LANGUAGES.iter().any(|(c, _)| *c == code) {
        t(words, &format!("language-{code}"))
    } else {
        code.to_string()
    }
}

#[cfg(test)]
pub mod german;

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_words_file_reads_back_what_was_written() {
        let words = vec![
            ("b".to_string(), "zwei\nZeilen \\ mit\tTab".to_string()),
            (
                "a".to_string(),
                "{count|one:eins|*other:{count}}".to_string(),
            ),
        ];
        let mut sorted = words.clone();
        sorted.sort();
        assert_eq!(read_words_file(&words_file(words)), sorted);
    }
}
