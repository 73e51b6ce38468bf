//! Headers the Worker sets on its own responses, from one place.

use worker::{Headers, Response};

/// A response whose headers can be changed: those of a fetched response (the static assets)
/// are immutable, so they are copied into new ones.
pub fn mutable(response: Response) -> Response {
    let headers: Headers = response.headers().entries().collect();
    response.with_headers(headers)
}

/// Headers every Worker response carries.
pub fn apply_common(headers: &mut Headers) {
    for (name, value) in [
        ("X-Content-Type-Options", "nosniff"),
        ("Referrer-Policy", "no-referrer"),
    ] {
        // Constant ASCII names and values: `set` cannot fail.
        let _ = headers.set(name, value);
    }
}

/// Coordinators' responses: personal data, never cached, never indexed.
pub fn apply_admin(headers: &mut Headers) {
    for (name, value) in [("Cache-Control", "no-store"), ("X-Robots-Tag", "noindex")] {
        let _ = headers.set(name, value);
    }
}
