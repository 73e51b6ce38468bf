//! `/zahlen` and `/zahlen/<period>`: the published reports as pages, in the reader's
//! language. xtask wrote the page around them (`xtask/src/pages/figures.rs`); the Worker puts
//! the list or the stored report where its mark is: one read of D1 for the report.

use crate::error::ApiError;
use crate::headers;
use crate::storage::{self, districts, published_reports};
use crate::words::PageWords;
use model::lang::Lang;
use model::render::report_page::{published_list, published_page, PAGE_MARK};
use model::report::period::Kind;
use model::report::Period;
use model::shell::page_name;
use worker::{Env, Request, Response};

/// What a path under `/zahlen` is: the list (`None`), or a period's report.
pub fn find(path: &str) -> Option<Option<String>> {
    let path = path.trim_end_matches('/');
    if path == "/zahlen" {
        return Some(None);
    }
    let rest = path.strip_prefix("/zahlen/")?;
    (!rest.is_empty() && !rest.contains('/')).then(|| Some(rest.to_string()))
}

pub async fn serve(req: &Request, env: &Env, period: Option<String>) -> Result<Response, ApiError> {
    let url = req.url()?;
    let lang = crate::pages::language(req, &Lang::ALL)?;
    let words = PageWords::load(env, lang).await?;
    let db = storage::database(env)?;
    let (content, status) = match period {
        None => (
            published_list(&words, &published_reports::list(&db).await?),
            200,
        ),
        Some(text) => {
            let published = match Period::parse(&text).filter(|p| p.kind() != Kind::Months) {
                Some(period) => published_reports::versions(&db, period).await?,
                None => Vec::new(),
            };
            if published.is_empty() {
                let missing = model::html!(
                    "<p>{text} <a href=\"/zahlen\">{list}</a></p>",
                    text = model::render::t(&words, "report-not-published"),
                    list = model::render::t(&words, "report-list-heading"),
                );
                (missing, 404)
            } else {
                let asked = url
                    .query_pairs()
                    .find(|(k, _)| k == "fassung")
                    .and_then(|(_, v)| v.parse::<u32>().ok());
                let shown = asked
                    .and_then(|v| published.iter().position(|p| p.version == v))
                    .unwrap_or(0);
                let districts = districts::districts(&db).await?;
                (published_page(&words, &published, shown, &districts), 200)
            }
        }
    };
    let page = crate::assets::fetch(env, &page_name("zahlen", lang)).await?;
    let mut page = headers::mutable(page);
    let text = page.text().await?;
    let body = text.replacen(PAGE_MARK, &content.to_string(), 1);
    let mut response = Response::from_html(body)?.with_status(status);
    let headers = response.headers_mut();
    for (name, value) in page.headers().entries() {
        if name != "content-length" && name != "etag" {
            headers.set(&name, &value)?;
        }
    }
    headers.set("Cache-Control", "no-cache")?;
    headers.set(model::headers::CONTENT_LANGUAGE, lang.code())?;
    headers.set("Vary", "Accept-Language, Cookie")?;
    Ok(response)
}
