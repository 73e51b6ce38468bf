//! The map's and the form's page shells in each language, for the Worker to fill: the built
//! `index.html` and `register.html` with the shell's words, `lang`, `dir` and the switcher in
//! that language (`dist/seiten/app.<lang>.html`, `dist/seiten/formular.<lang>.html`), and the
//! words the Worker renders with (`dist/seiten/worte.<lang>.txt`: the messages of every
//! bundle, compiled exactly as the app's).
//!
//! The Worker puts the page's title, description and preview tags at `<!--kopf-->` and the
//! page's content at `<!--inhalt-->` (ARCHITECTURE.md, "First paint").

use super::render::{mark_current_language, translate_shell, Messages};
use anyhow::{bail, Context, Result};
use i18n::compile_file;
use model::lang::Lang;
use model::shell::{words_file, Shell, CONTENT_MARK, HEAD_MARK, LANGUAGE_CHOSEN, SENT};
use std::path::Path;

/// Writes the shells and the words of every language into `out`.
pub fn write(dist: &Path, locales: &Path, out: &Path) -> Result<()> {
    let index = std::fs::read_to_string(dist.join("index.html"))?;
    let register = std::fs::read_to_string(dist.join("register.html"))?;
    for lang in Lang::ALL {
        let common = Messages::load(locales, lang, "common")?;
        for (page, shell) in [(&index, Shell::App), (&register, Shell::Form)] {
            let name = shell.name(lang);
            let shell = page_shell(page, lang, &common).with_context(|| name.clone())?;
            std::fs::write(out.join(format!("{name}.html")), shell)?;
        }
        let mut words = Vec::new();
        for bundle in ["common", "map", "register", "mail", "report"] {
            let compiled =
                compile_file(locales, lang.code(), bundle).map_err(anyhow::Error::msg)?;
            let german =
                compile_file(locales, Lang::De.code(), bundle).map_err(anyhow::Error::msg)?;
            for ((id, template), fallback) in compiled
                .ids
                .into_iter()
                .zip(compiled.templates)
                .zip(german.templates)
            {
                words.push((
                    id,
                    if template.is_empty() {
                        fallback
                    } else {
                        template
                    },
                ));
            }
        }
        std::fs::write(out.join(words_file(lang)), model::render::words_file(words))?;
    }
    Ok(())
}

/// One built page as the shell of `lang`.
fn page_shell(page: &str, lang: Lang, common: &Messages) -> Result<String> {
    let dir = lang.dir();
    // Trunk minifies the page: attributes may have lost their quotes.
    let mut html = replace_once(
        page,
        "<html lang=de>",
        &format!("<html lang=\"{lang}\" dir=\"{dir}\" {LANGUAGE_CHOSEN}>"),
    )?;
    // The page's own title and description come from the Worker.
    let title = cut(&html, "<title>", "</title>")?;
    html = html.replacen(&title, HEAD_MARK, 1);
    let at = html
        .find("name=description")
        .context("no meta description")?;
    let start = html[..at].rfind("<meta").context("no <meta")?;
    let end = at + html[at..].find('>').context("no >")? + 1;
    html.replace_range(start..end, "");
    html = replace_once(
        &html,
        "<main id=inhalt tabindex=-1></main>",
        &format!("<main id=\"inhalt\" tabindex=\"-1\" {SENT}>{CONTENT_MARK}</main>"),
    )?;
    let body_at = html.find("<body").context("no <body>")?;
    let body = mark_current_language(&translate_shell(&html[body_at..], common), lang);
    Ok(format!("{}{body}", &html[..body_at]))
}

/// `html` with `from` (which must be there once) replaced.
fn replace_once(html: &str, from: &str, to: &str) -> Result<String> {
    if html.matches(from).count() != 1 {
        bail!("the built page should contain {from} once");
    }
    Ok(html.replacen(from, to, 1))
}

/// The first piece of `html` from `start` to the end of `end`.
fn cut(html: &str, start: &str, end: &str) -> Result<String> {
    let at = html.find(start).with_context(|| format!("no {start}"))?;
    let len = html[at..].find(end).with_context(|| format!("no {end}"))? + end.len();
    Ok(html[at..at + len].to_string())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::paths::root;

    #[test]
    fn a_shell_in_arabic_is_right_to_left_and_has_both_marks() {
        let built = "<!doctype html><html lang=de><head><title>Netzwerkkarte</title><meta content=\"x y\" name=description></head><body><a class=skip-link href=#inhalt>Zum Inhalt springen</a><nav aria-label=Sprache class=lang-switch><a href=\"?lang=ar\" hreflang=ar lang=ar>العربية</a></nav><main id=inhalt tabindex=-1></main></body></html>";
        let common = Messages::load(&root().join("app/locales"), Lang::Ar, "common").unwrap();
        let shell = page_shell(built, Lang::Ar, &common).unwrap();
        assert!(shell.contains("<html lang=\"ar\" dir=\"rtl\" data-sprache-gewaehlt>"));
        assert!(shell.contains("<head><!--kopf--></head>"));
        assert!(shell
            .contains("<main id=\"inhalt\" tabindex=\"-1\" data-gesendet><!--inhalt--></main>"));
        assert!(!shell.contains("Zum Inhalt springen"));
        assert!(!shell.contains("aria-label=Sprache"));
        assert!(shell.contains("hreflang=\"ar\" aria-current=\"true\" lang=ar"));
    }
}
