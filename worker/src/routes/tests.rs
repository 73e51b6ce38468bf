//! The route table's own tests: methods, principals, and agreement with the OpenAPI document.

use super::*;
use std::collections::BTreeSet;

#[test]
fn a_method_the_route_does_not_take_is_refused_with_allow() {
    let api = api(Background::default());
    let status = |method: &str, path: &str| match api.refused_method(method, path) {
        Some(allow) => {
            assert!(!allow.is_empty());
            405
        }
        None => 0,
    };
    assert_eq!(status("GET", "/api/health"), 0);
    assert_eq!(status("HEAD", "/api/health"), 0);
    for method in ["QUERY", "FOO", "POST", "OPTIONS", "TRACE", "get"] {
        assert_eq!(status(method, "/api/health"), 405, "{method}");
    }
    // The static path wins over `{id}`: PATCH is for registrations, not for the search.
    assert_eq!(status("POST", "/api/admin/registrations/search"), 0);
    assert_eq!(status("PATCH", "/api/admin/registrations/search"), 405);
    assert_eq!(status("PATCH", "/api/admin/registrations/abc"), 0);
    assert_eq!(status("GET", "/api/admin/registrations/abc"), 405);
    assert_eq!(status("POST", "/api/feedback"), 0);
    assert_eq!(status("GET", "/api/feedback"), 405);
    assert_eq!(status("GET", "/api/admin/feedback"), 0);
    assert_eq!(status("POST", "/api/admin/feedback"), 405);
    assert_eq!(status("PATCH", "/api/admin/feedback/abc"), 0);
    assert_eq!(status("DELETE", "/api/admin/feedback/abc"), 0);
    assert_eq!(status("GET", "/api/admin/feedback/abc"), 405);
    // Unknown paths are the catch-all's: 404 (or 401 under /api/admin/).
    assert_eq!(status("QUERY", "/api/gibt-es-nicht"), 0);
    assert_eq!(
        api.refused_method("QUERY", "/api/health"),
        Some(vec!["GET".to_string(), "HEAD".to_string()])
    );
}

#[test]
fn every_coordinators_and_editors_route_is_signed_in_as_such_but_the_sign_ins_and_links() {
    let public = [
        (Method::Post, "/api/admin/session"),
        (Method::Post, "/api/netzwerk/session"),
        (Method::Post, "/api/netzwerk/link"),
        (Method::Post, "/api/netzwerk/stimmt-noch"),
    ];
    for (method, pattern, signed) in api(Background::default()).table {
        let expected = ["/api/admin/", "/api/netzwerk/"]
            .into_iter()
            .find(|prefix| pattern.starts_with(prefix))
            .filter(|_| !public.contains(&(method.clone(), pattern)));
        assert_eq!(signed, expected, "{method} {pattern}");
    }
}

#[test]
fn the_openapi_document_and_the_routes_agree() {
    let routes: BTreeSet<(String, String)> = api(Background::default())
        .table
        .iter()
        .filter(|(method, _, _)| *method != Method::Head)
        .map(|(method, pattern, _)| {
            // `:slug` in the router is `{slug}` in OpenAPI.
            let path = pattern
                .split('/')
                .map(|part| match part.strip_prefix(':') {
                    Some(name) => format!("{{{name}}}"),
                    None => part.to_string(),
                })
                .collect::<Vec<_>>()
                .join("/");
            (method.to_string().to_lowercase(), path)
        })
        .collect();
    let document: serde_json::Value =
        serde_json::from_str(OPENAPI_JSON).expect("the document is JSON");
    assert_eq!(document["openapi"], "3.1.0");
    let documented: BTreeSet<(String, String)> = document["paths"]
        .as_object()
        .expect("paths")
        .iter()
        .flat_map(|(path, item)| {
            item.as_object()
                .expect("a path item")
                .keys()
                .map(move |method| (method.clone(), path.clone()))
        })
        .collect();
    assert_eq!(documented, routes);
}
