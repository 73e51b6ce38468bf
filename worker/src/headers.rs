//! Headers the Worker sets on its own responses, from one place.

use worker::{Headers, Response};

/// A response whose headers can be changed: those of a fetched response (the static assets)
/// are immutable, so they are copied into new ones.
pub fn mutable(response: Response) -> Response {
    let headers: Headers = response.headers().entries().collect();
    response.with_headers(headers)
}

/// Headers every Worker response carries: the same security headers as the static assets
/// (`model::security`, also the source of `_headers`). The Worker's own responses contain no
/// scripts, so their policy lists no script hashes.
pub fn apply_common(headers: &mut Headers) {
    for (name, value) in model::security::headers(&[]) {
        // Constant ASCII names and values on a mutable response: `set` cannot fail.
        let _ = headers.set(name, &value);
    }
}

/// Coordinators' and networks' editors' responses: personal data, never cached, never indexed.
pub fn apply_admin(headers: &mut Headers) {
    for (name, value) in [("Cache-Control", "no-store"), ("X-Robots-Tag", "noindex")] {
        let _ = headers.set(name, value);
    }
}
