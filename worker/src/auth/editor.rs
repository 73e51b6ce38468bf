//! A network's editor as a [`Principal`]: who an editors' request (`/api/netzwerk/…`) acts for.
//!
//! An editor signs in with a link that works once (`routes/editor_session.rs`) and then holds a
//! session under the same rules as a coordinator's (`coordinator.rs`): a random id in an
//! `HttpOnly`, `SameSite=Strict` cookie of its own, sent only to `/api/netzwerk`; D1 keeps its
//! SHA-256 (`storage/editors.rs`); it ends 8 hours after its last use, 12 after it began, at
//! sign-out, and when the access ends. A state-changing request must come from the site itself.
//! There is no bearer token: an editor has no token to send.

use super::cookie::{Scope, SessionCookie};
use super::coordinator::is_session_id;
use super::{is_safe, same_origin, token_hash, Principal};
use crate::error::ApiError;
use crate::storage::{self, editors};
use model::audit::Actor;
use model::editor::Editor;
use model::session::SignedOut;
use worker::{Env, Request};

impl Principal for Editor {
    const PATH: &'static str = "/api/netzwerk/";

    async fn authenticate(req: &Request, env: &Env) -> Result<Self, ApiError> {
        let cookies = req.headers().get("Cookie")?.unwrap_or_default();
        let Some(id) = SessionCookie::of(req, Scope::Editors)?.read(&cookies) else {
            return Err(ApiError::Unauthorized(SignedOut::Missing));
        };
        // Checked before the session is touched: a refused request keeps nothing alive.
        if !is_safe(req.method()) {
            same_origin(req)?;
        }
        if !is_session_id(id) {
            return Err(ApiError::Unauthorized(SignedOut::SessionEnded));
        }
        let db = storage::database(env)?;
        editors::resume(&db, &token_hash(id).await?, worker::js_sys::Date::now()).await
    }

    fn actor(&self) -> Actor {
        Actor::Editor(Editor::log_name(&self.id))
    }
}
