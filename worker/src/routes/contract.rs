//! `GET /api/openapi.json`: the contract, served from the static files (xtask puts it there),
//! so its 120 KB stay out of the wasm.

use super::endpoint::Public;
use crate::error::ApiError;
use crate::headers;
use worker::{Request, Response};

/// Where the build puts the document among the static files (reached only through here).
pub const OPENAPI_ASSET: &str = "/openapi.json";

/// `GET /api/openapi.json`: the contract.
pub async fn document(req: Request, ctx: Public) -> Result<Response, ApiError> {
    let mut url = req.url()?;
    url.set_path(OPENAPI_ASSET);
    url.set_query(None);
    let document = ctx
        .env
        .assets("ASSETS")?
        .fetch(url.to_string(), None)
        .await?;
    if document.status_code() != 200 {
        return Err(ApiError::Internal(format!(
            "the OpenAPI document is missing from the static files ({})",
            document.status_code()
        )));
    }
    let mut response = headers::mutable(document);
    let headers = response.headers_mut();
    headers.set("Content-Type", "application/json")?;
    headers.set("Cache-Control", "no-cache")?;
    Ok(response)
}
