//! The page shells and words xtask writes per language (`dist/seiten/`), read through the
//! `ASSETS` binding and kept in the isolate: they change only with a deployment, and a new
//! deployment starts new isolates.

use crate::ApiError;
use std::cell::RefCell;
use worker::{Env, Headers};

/// A shell as served: its text and the assets' headers (the security headers, whose
/// policy holds the hashes of the page's inline script).
#[derive(Clone)]
pub struct Shell {
    pub html: String,
    pub headers: Vec<(String, String)>,
}

/// Kept per isolate: a handful of entries (two shells and one words table per language), so
/// a list does, without a hash map's code in the wasm.
type Kept<T> = RefCell<Vec<(String, T)>>;

thread_local! {
    static SHELLS: Kept<Shell> = const { RefCell::new(Vec::new()) };
    static WORDS: Kept<Vec<(String, String)>> = const { RefCell::new(Vec::new()) };
}

fn kept<T: Clone>(list: &Kept<T>, key: &str) -> Option<T> {
    list.borrow()
        .iter()
        .find(|(k, _)| k == key)
        .map(|(_, v)| v.clone())
}

/// The static file at `path` (without `.html`: the asset server redirects `/x.html` to `/x`).
async fn fetch_asset(env: &Env, path: &str) -> Result<(String, Headers), ApiError> {
    let url = format!("https://assets.invalid{path}");
    let mut response = env
        .assets("ASSETS")
        .map_err(|e| ApiError::Unavailable(format!("no ASSETS binding: {e}")))?
        .fetch(url, None)
        .await?;
    if response.status_code() != 200 {
        return Err(ApiError::Unavailable(format!(
            "static file {path}: {}",
            response.status_code()
        )));
    }
    let headers = response.headers().clone();
    Ok((response.text().await?, headers))
}

/// The shell `name` (`app`, `formular`) in `lang`.
pub async fn shell(env: &Env, name: &str, lang: &str) -> Result<Shell, ApiError> {
    let key = format!("/seiten/{name}.{lang}");
    if let Some(shell) = SHELLS.with(|s| kept(s, &key)) {
        return Ok(shell);
    }
    let (html, headers) = fetch_asset(env, &key).await?;
    let shell = Shell {
        html,
        headers: headers.entries().collect(),
    };
    SHELLS.with(|s| s.borrow_mut().push((key, shell.clone())));
    Ok(shell)
}

/// The words of `lang`: (message id, compiled template), sorted by id.
pub async fn words(env: &Env, lang: &str) -> Result<Vec<(String, String)>, ApiError> {
    if let Some(words) = WORDS.with(|w| kept(w, lang)) {
        return Ok(words);
    }
    let (text, _) = fetch_asset(env, &format!("/seiten/worte.{lang}.txt")).await?;
    let words = model::render::read_words_file(&text);
    WORDS.with(|w| w.borrow_mut().push((lang.to_string(), words.clone())));
    Ok(words)
}
