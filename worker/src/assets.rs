//! The files xtask writes under `dist/seiten/` (`model::shell`): the page shells, the words
//! and the city's pages, read through the `ASSETS` binding. Shells and words are kept in the
//! isolate: they change only with a deployment, and a new deployment starts new isolates.

use crate::error::ApiError;
use model::lang::Lang;
use model::shell::{words_file, Shell, FOLDER};
use std::cell::RefCell;
use worker::{Env, Headers, Response};

/// A shell as served: its text and the assets' headers (the security headers, whose policy
/// holds the hashes of the page's inline script).
#[derive(Clone)]
pub struct Page {
    pub html: String,
    pub headers: Vec<(String, String)>,
}

/// Kept per isolate: a handful of entries (two shells and one words table per language), so
/// a list does, without a hash map's code in the wasm.
type Kept<T> = RefCell<Vec<(String, T)>>;

thread_local! {
    static SHELLS: Kept<Page> = const { RefCell::new(Vec::new()) };
    static WORDS: Kept<Vec<(String, String)>> = const { RefCell::new(Vec::new()) };
}

fn kept<T: Clone>(list: &Kept<T>, key: &str) -> Option<T> {
    list.borrow()
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.clone())
}

/// The file `name` of `seiten/` as the asset server answers it (a page without `.html`: the
/// asset server redirects `/x.html` to `/x`), or its status.
pub async fn fetch(env: &Env, name: &str) -> Result<Response, ApiError> {
    let url = format!("https://assets.invalid/{FOLDER}/{name}");
    Ok(env
        .assets("ASSETS")
        .map_err(|e| ApiError::Unavailable(format!("no ASSETS binding: {e}")))?
        .fetch(url, None)
        .await?)
}

/// The text and headers of the file `name`; 503 when it is missing.
async fn text(env: &Env, name: &str) -> Result<(String, Headers), ApiError> {
    let mut response = fetch(env, name).await?;
    if response.status_code() != 200 {
        return Err(ApiError::Unavailable(format!(
            "static file {FOLDER}/{name}: {}",
            response.status_code()
        )));
    }
    let headers = response.headers().clone();
    Ok((response.text().await?, headers))
}

/// The shell `shell` in `lang`.
pub async fn shell(env: &Env, shell: Shell, lang: Lang) -> Result<Page, ApiError> {
    let key = shell.name(lang);
    if let Some(page) = SHELLS.with(|s| kept(s, &key)) {
        return Ok(page);
    }
    let (html, headers) = text(env, &key).await?;
    let page = Page {
        html,
        headers: headers.entries().collect(),
    };
    SHELLS.with(|s| s.borrow_mut().push((key, page.clone())));
    Ok(page)
}

/// The words of `lang`: (message id, compiled template), sorted by id.
pub async fn words(env: &Env, lang: Lang) -> Result<Vec<(String, String)>, ApiError> {
    let key = words_file(lang);
    if let Some(words) = WORDS.with(|w| kept(w, &key)) {
        return Ok(words);
    }
    let (text, _) = text(env, &key).await?;
    let words = model::render::read_words_file(&text);
    WORDS.with(|w| w.borrow_mut().push((key, words.clone())));
    Ok(words)
}
