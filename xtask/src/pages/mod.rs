//! The pages a German city must publish, rendered at build time as static HTML (readable
//! without JavaScript, no request on top of the page): `/impressum`, `/datenschutz`,
//! `/barrierefreiheit` in the five languages (the German text binding), `/leichte-sprache` in
//! German only; and `/anmeldung`, where a volunteer opens their registration with their
//! personal link (`own_page.rs`). Each is `dist/seiten/<name>.<lang>.html`; the Worker serves it for its path in
//! the language asked for (`worker/src/pages.rs`).

mod app_pages;
mod content;
mod feedback_form;
mod own_page;
mod render;

use crate::paths::root;
use crate::site::Site;
use anyhow::{Context, Result};
use content::Sources;
use model::lang::Lang;
use model::shell::page_name;
use render::{Assets, Messages, Page};
use std::path::Path;

/// A legal page: its path, file name and the `legal` messages of its title and description.
const LEGAL_PAGES: [(&str, &str, &str); 3] = [
    ("/impressum", "impressum", "impressum"),
    ("/datenschutz", "datenschutz", "privacy"),
    ("/barrierefreiheit", "barrierefreiheit", "accessibility"),
];

/// A volunteer's own registration.
const OWN_PAGE: (&str, &str) = ("/anmeldung", "anmeldung");

/// The Leichte Sprache page (German only).
const EASY_PAGE: (&str, &str) = ("/leichte-sprache", "leichte-sprache");

/// Writes every page into `dist/seiten/`.
pub fn write_pages(dist: &Path) -> Result<()> {
    let site = Site::load()?;
    let locales = root().join("app/locales");
    let shell = root().join("app/shell");
    let read = |name: &str| {
        std::fs::read_to_string(dist.join(name))
            .with_context(|| format!("reading {}", dist.join(name).display()))
    };
    let assets = Assets::from_pages(&read("index.html")?, &read("register.html")?)?;
    let feedback_script = copy_script(dist, "feedback")?;
    let own_script = copy_script(dist, "anmeldung")?;
    let (registration_months, feedback_months) = retention_months()?;
    let out = dist.join(model::shell::FOLDER);
    std::fs::create_dir_all(&out)?;
    app_pages::write(dist, &locales, &out)?;
    for lang in Lang::ALL {
        let legal = Messages::load(&locales, lang, "legal")?;
        let common = Messages::load(&locales, lang, "common")?;
        let register = Messages::load(&locales, lang, "register")?;
        let sources = Sources {
            lang,
            legal: &legal,
            register: &register,
            common: &common,
            site: &site,
            registration_months,
            feedback_months,
        };
        for (path, file, prefix) in LEGAL_PAGES {
            let content = match file {
                "impressum" => content::impressum(&sources)?,
                "datenschutz" => content::privacy(&sources)?,
                _ => content::accessibility(&sources)?,
            };
            let page = Page {
                path,
                lang,
                title: legal.text(&format!("{prefix}-title")),
                description: legal.text(&format!("{prefix}-description")),
                content,
                languages: &Lang::ALL,
                form_script: (file == "barrierefreiheit").then(|| feedback_script.clone()),
            };
            let html = render::document(&page, &common, &shell, &assets)?;
            std::fs::write(out.join(format!("{}.html", page_name(file, lang))), html)?;
        }
        let own = Messages::load(&locales, lang, "mail")?;
        let page = Page {
            path: OWN_PAGE.0,
            lang,
            title: own.text("own-title"),
            description: own.text("own-description"),
            content: own_page::content(&own, &register, &common),
            languages: &Lang::ALL,
            form_script: Some(own_script.clone()),
        };
        let html = render::document(&page, &common, &shell, &assets)?;
        std::fs::write(
            out.join(format!("{}.html", page_name(OWN_PAGE.1, lang))),
            html,
        )?;
    }
    let easy = Messages::load(&locales, Lang::De, "easy")?;
    let common = Messages::load(&locales, Lang::De, "common")?;
    let page = Page {
        path: EASY_PAGE.0,
        lang: Lang::De,
        title: easy.text("easy-title"),
        description: easy.text("easy-description"),
        content: content::easy_language(&easy, registration_months),
        languages: &[Lang::De],
        form_script: None,
    };
    let html = render::document(&page, &common, &shell, &assets)?;
    std::fs::write(
        out.join(format!("{}.html", page_name(EASY_PAGE.1, Lang::De))),
        html,
    )?;
    Ok(())
}

/// Copies `public/<name>.js` into the assets under a name with its content's hash (cached
/// for a year like every asset); returns its path.
fn copy_script(dist: &Path, name: &str) -> Result<String> {
    let source = root().join(format!("public/{name}.js"));
    let script = std::fs::read(&source).with_context(|| format!("reading {}", source.display()))?;
    use sha2::Digest;
    let hash = model::hex::hex(&sha2::Sha256::digest(&script)[..8]);
    let name = format!("{name}-{hash}.js");
    std::fs::write(dist.join("assets").join(&name), script)?;
    Ok(format!("/assets/{name}"))
}

/// How many months registrations and reports of barriers are kept: wrangler.toml's
/// `RETENTION_DAYS` and `FEEDBACK_RETENTION_DAYS` (365 each when not set), in whole months.
fn retention_months() -> Result<(u32, u32)> {
    let text = std::fs::read_to_string(root().join("wrangler.toml"))?;
    let config: toml::Table = text.parse().context("parsing wrangler.toml")?;
    let days = |name: &str| {
        config
            .get("vars")
            .and_then(|vars| vars.get(name))
            .and_then(|value| value.as_str())
            .and_then(|value| value.parse::<u32>().ok())
            .unwrap_or(365)
    };
    Ok((
        months(days("RETENTION_DAYS")),
        months(days("FEEDBACK_RETENTION_DAYS")),
    ))
}

/// Days as whole months, as people say them (365 → 12).
fn months(days: u32) -> u32 {
    ((f64::from(days) / 30.44).round() as u32).max(1)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn days_read_as_months() {
        assert_eq!(months(365), 12);
        assert_eq!(months(183), 6);
        assert_eq!(months(10), 1);
    }
}
