//! "Zahlen" (`/zahlen`, `/zahlen/<period>`): the published reports. xtask writes the page
//! around them in five languages, with the licence from `config/site.toml`; the Worker puts
//! the list or the report from D1 where `MARK` is (`worker/src/figures_page.rs`).

use super::render::{value_html, Messages};
use crate::site::Site;
use anyhow::Result;
use model::html;
use model::html::Html;
use model::lang::Lang;

/// Where the Worker writes the content (`model::render::report_page::PAGE_MARK`), as written in
/// `content`'s template.
#[cfg(test)]
const MARK: &str = "<!--zahlen-->";

pub fn content(report: &Messages, site: &Site, lang: Lang, style: &str) -> Result<Html> {
    Ok(html!(
        "<link rel=\"stylesheet\" href=\"{style}\"><p class=\"lead\">{intro}</p>\
         <div class=\"figures\"><!--zahlen--></div>\
         <p class=\"figures-licence\">{licence_label} {licence}</p>",
        style = style,
        intro = report.text("report-list-intro"),
        licence_label = report.text("report-licence"),
        licence = value_html(site.get("open_data.licence")?, lang),
    ))
}

#[cfg(test)]
mod tests {
    #[test]
    fn the_mark_is_the_worker_s() {
        assert_eq!(super::MARK, model::render::report_page::PAGE_MARK);
    }
}
