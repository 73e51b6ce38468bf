//! What a page shows: its content from `model::render` over the directory in D1, its
//! title and description, and its status (404 for a district, network or page that does
//! not exist).

use super::view::View;
use crate::error::ApiError;
use crate::storage;
use model::filter::from_fields;
use model::html;
use model::html::Html;
use model::network::freshness::Freshness;
use model::render::pages::{self, Missing};
use model::render::{map, Words};
use model::route::Page;
use model::{district, District};
use worker::{D1Database, Url};

/// A rendered page.
pub struct Rendered {
    pub status: u16,
    pub title: String,
    pub description: String,
    pub main: Html,
}

/// The districts for the app to start from, without their shapes (those are in the map's
/// markup): `<script type="application/json" id="bezirke">`, read by `app/src/adopt.rs`.
fn districts_island(districts: &[District]) -> Result<Html, ApiError> {
    let light: Vec<District> = districts
        .iter()
        .map(|d| District {
            path: String::new(),
            ..d.clone()
        })
        .collect();
    Ok(html!(
        "<script type=\"application/json\" id=\"{id}\">{json}</script>",
        id = model::shell::DISTRICTS_ISLAND,
        json = Html::json(&serde_json::to_string(&light)?),
    ))
}

/// The value of `name` in the query.
fn query_value<'a>(query: &'a [(String, String)], name: &str) -> &'a str {
    query
        .iter()
        .find(|(key, _)| key == name)
        .map_or("", |(_, value)| value.as_str())
}

/// The page `view` at `url` (its query: the form's preselection, a district's filter).
pub async fn render(
    words: &dyn Words,
    db: &D1Database,
    freshness: &Freshness,
    mail_on: bool,
    view: &View,
    url: &Url,
) -> Result<Rendered, ApiError> {
    let query: Vec<(String, String)> = url
        .query_pairs()
        .map(|(k, v)| (k.into_owned(), v.into_owned()))
        .collect();
    let query_string = url.query().unwrap_or_default();
    // A need is public until the end of its day in Braunschweig.
    let today = freshness.today;
    let page = match view {
        View::App(page) => page.clone(),
        View::Form => {
            let networks = storage::networks::public_networks(db, freshness).await?;
            let mut input = model::RegistrationInput::default();
            model::registration::preselect(&mut input, query_string);
            // The need the link names, while it is open; else the form is a plain one.
            let need = match &input.need {
                Some(slug) => storage::needs::public_need_by_slug(db, slug, today).await?,
                None => None,
            };
            return Ok(Rendered {
                status: 200,
                title: model::render::t(words, "register-title"),
                description: model::render::t(words, "register-lead"),
                main: model::render::form::registration_page(
                    words,
                    &networks,
                    &input,
                    need.as_ref(),
                    mail_on,
                ),
            });
        }
    };
    let mut network = None;
    let mut need = None;
    let (status, main) = match &page {
        Page::Map => {
            let (districts, needs) = storage::districts::districts_today(db, today).await?;
            let main = map::start_page(words, &districts, &needs) + districts_island(&districts)?;
            (200, main)
        }
        Page::District(number) => {
            match number
                .parse::<u16>()
                .ok()
                .filter(|n| district::name_of(*n).is_some())
            {
                Some(number) => {
                    let (districts, needs) = storage::districts::districts_today(db, today).await?;
                    let networks = storage::networks::public_networks(db, freshness).await?;
                    let filter = from_fields(
                        query_value(&query, "aktivitaet"),
                        query_value(&query, "sprache"),
                        query_value(&query, "suche"),
                    );
                    let main =
                        pages::district_page(words, &districts, &networks, &needs, number, &filter)
                            + districts_island(&districts)?;
                    (200, main)
                }
                None => (404, pages::not_found(words, Missing::District)),
            }
        }
        Page::Network(slug) => match storage::networks::public_network_by_slug(db, slug).await? {
            Some(found) => {
                let found = freshness.mark(found);
                let needs = storage::needs::public_needs(db, today).await?;
                let main = pages::network_page(words, &found, &needs);
                network = Some(found);
                (200, main)
            }
            None => (404, pages::not_found(words, Missing::Network)),
        },
        Page::Need(slug) => match storage::needs::public_need_by_slug(db, slug, today).await? {
            Some(found) => {
                let main = pages::need_page(words, &found);
                need = Some(found);
                (200, main)
            }
            None => (404, pages::not_found(words, Missing::Need)),
        },
        Page::About => (200, pages::about(words)),
        Page::Contact => (200, pages::contact(words)),
        Page::NotFound => (404, pages::not_found(words, Missing::Page)),
    };
    let (title, description) =
        pages::title_and_description(words, &page, network.as_ref(), need.as_ref());
    Ok(Rendered {
        status,
        title,
        description,
        main,
    })
}
