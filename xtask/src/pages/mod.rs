//! The pages a German city must publish, rendered at build time as static HTML (readable
//! without JavaScript, no request on top of the page): `/impressum`, `/datenschutz`,
//! `/barrierefreiheit` in the five languages (the German text binding), `/leichte-sprache` in
//! German only; `/anmeldung`, where a volunteer opens their registration with their
//! personal link (`own_page.rs`); and the organisations' forms `/zugang-anfragen` and
//! `/netzwerk-vorschlagen` (`request_forms.rs`). Each is `dist/seiten/<name>.<lang>.html`; the Worker serves it for its path in
//! the language asked for (`worker/src/pages.rs`).

mod accessibility;
mod app_pages;
mod content;
mod easy;
mod feedback_form;
mod figures;
mod own_page;
mod privacy;
mod render;
mod request_forms;

use crate::paths::root;
use crate::site::{Mail, Site};
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

/// Each legal page to write, and whether it is the one for a Worker that sends mail: a page
/// of `model::shell::WITH_MAIL_PAGES` exists in both kinds (the Worker picks by its binding).
fn legal_pages() -> Vec<(&'static str, &'static str, &'static str, Mail)> {
    LEGAL_PAGES
        .iter()
        .flat_map(|(path, file, prefix)| {
            let kinds = if model::shell::WITH_MAIL_PAGES.contains(file) {
                &[Mail::Off, Mail::On][..]
            } else {
                &[Mail::Off][..]
            };
            kinds.iter().map(|mail| (*path, *file, *prefix, *mail))
        })
        .collect()
}

/// The file name of a page for a Worker with `mail` (see `model::shell::page_file`).
fn with_mail(file: &str, mail: Mail) -> String {
    model::shell::page_file(file, mail == Mail::On)
}

/// A volunteer's own registration.
const OWN_PAGE: (&str, &str) = ("/anmeldung", "anmeldung");

/// The Leichte Sprache page (German only).
const EASY_PAGE: (&str, &str) = ("/leichte-sprache", "leichte-sprache");
/// The published reports' page (`figures.rs`), filled in by the Worker.
const FIGURES_PAGE: (&str, &str) = ("/zahlen", "zahlen");

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
    // One script sends every static page's form: "Barriere melden" and the organisations'.
    let form_script = copy_script(dist, "formular")?;
    let own_script = copy_script(dist, "anmeldung")?;
    // The report's styles: only the pages that show one load them.
    let report_style = copy_asset(dist, &root().join("style/report.css"), "report", "css")?;
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
            mail: Mail::Off,
        };
        for (path, file, prefix, mail) in legal_pages() {
            let sources = Sources { mail, ..sources };
            let content = match file {
                "impressum" => content::impressum(&sources)?,
                "datenschutz" => privacy::privacy(&sources)?,
                _ => accessibility::accessibility(&sources)?,
            };
            let file = with_mail(file, mail);
            let page = Page {
                path,
                lang,
                title: legal.text(&format!("{prefix}-title")),
                description: legal.text(&format!("{prefix}-description")),
                content,
                languages: &Lang::ALL,
                form_script: (file == "barrierefreiheit").then(|| form_script.clone()),
            };
            let html = render::document(&page, &common, &shell, &assets)?;
            std::fs::write(out.join(format!("{}.html", page_name(&file, lang))), html)?;
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
        let report = Messages::load(&locales, lang, "report")?;
        let page = Page {
            path: FIGURES_PAGE.0,
            lang,
            title: report.text("report-list-heading"),
            description: report.text("report-list-intro"),
            content: figures::content(&report, &site, lang, &report_style)?,
            languages: &Lang::ALL,
            form_script: None,
        };
        let html = render::document(&page, &common, &shell, &assets)?;
        std::fs::write(
            out.join(format!("{}.html", page_name(FIGURES_PAGE.1, lang))),
            html,
        )?;
        for kind in [request_forms::Kind::Claim, request_forms::Kind::Suggestion] {
            let (path, file, prefix) = kind.page();
            let page = Page {
                path,
                lang,
                title: legal.text(&format!("request-{prefix}-title")),
                description: legal.text(&format!("request-{prefix}-description")),
                content: request_forms::content(kind, &legal, &register),
                languages: &Lang::ALL,
                form_script: Some(form_script.clone()),
            };
            let html = render::document(&page, &common, &shell, &assets)?;
            std::fs::write(out.join(format!("{}.html", page_name(file, lang))), html)?;
        }
    }
    let easy = Messages::load(&locales, Lang::De, "easy")?;
    let common = Messages::load(&locales, Lang::De, "common")?;
    for mail in [Mail::Off, Mail::On] {
        let page = Page {
            path: EASY_PAGE.0,
            lang: Lang::De,
            title: easy.text("easy-title"),
            description: easy.text("easy-description"),
            content: easy::content(&easy, registration_months, mail),
            languages: &[Lang::De],
            form_script: None,
        };
        let html = render::document(&page, &common, &shell, &assets)?;
        let file = with_mail(EASY_PAGE.1, mail);
        std::fs::write(
            out.join(format!("{}.html", page_name(&file, Lang::De))),
            html,
        )?;
    }
    Ok(())
}

/// Copies `public/<name>.js` into the assets under a name with its content's hash (cached
/// for a year like every asset); returns its path.
fn copy_script(dist: &Path, name: &str) -> Result<String> {
    copy_asset(dist, &root().join(format!("public/{name}.js")), name, "js")
}

/// Copies `source` into the assets as `<name>-<hash>.<ext>`; returns its path.
fn copy_asset(dist: &Path, source: &Path, name: &str, ext: &str) -> Result<String> {
    let bytes = std::fs::read(source).with_context(|| format!("reading {}", source.display()))?;
    use sha2::Digest;
    let hash = model::hex::hex(&sha2::Sha256::digest(&bytes)[..8]);
    let name = format!("{name}-{hash}.{ext}");
    std::fs::write(dist.join("assets").join(&name), bytes)?;
    Ok(format!("/assets/{name}"))
}

/// How many months registrations and reports of barriers are kept: wrangler.toml's
/// `RETENTION_DAYS` and `FEEDBACK_RETENTION_DAYS`, in whole months.
fn retention_months() -> Result<(u32, u32)> {
    let text = std::fs::read_to_string(root().join("wrangler.toml"))?;
    let config: toml::Table = text.parse().context("parsing wrangler.toml")?;
    let months = |name: &str| {
        let value = config
            .get("vars")
            .and_then(|vars| vars.get(name))
            .and_then(|value| value.as_str());
        model::retention::months(model::retention::days(value))
    };
    Ok((months("RETENTION_DAYS"), months("FEEDBACK_RETENTION_DAYS")))
}
