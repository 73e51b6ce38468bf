//! The security headers of every response, in one place: xtask writes them into the static
//! assets' `_headers` file (with the hashes of the pages' inline scripts), and the Worker puts
//! them on every response it makes itself.

/// Headers that are the same on every response.
pub const FIXED_HEADERS: [(&str, &str); 6] = [
    ("Strict-Transport-Security", "max-age=31536000; includeSubDomains"),
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    (
        "Permissions-Policy",
        "accelerometer=(), camera=(), geolocation=(), gyroscope=(), magnetometer=(), microphone=(), payment=(), usb=()",
    ),
    ("Cross-Origin-Opener-Policy", "same-origin"),
    ("X-Frame-Options", "DENY"),
];

/// The Content-Security-Policy: only this origin, no inline code except the pages' own
/// loader scripts (by hash), WebAssembly allowed (`wasm-unsafe-eval`), never framed.
pub fn content_security_policy(inline_script_hashes: &[String]) -> String {
    let mut script_src = String::from("'self' 'wasm-unsafe-eval'");
    for hash in inline_script_hashes {
        script_src.push_str(&format!(" 'sha256-{hash}'"));
    }
    format!(
        "default-src 'self'; script-src {script_src}; style-src 'self'; img-src 'self'; \
         connect-src 'self'; manifest-src 'self'; worker-src 'self'; object-src 'none'; \
         frame-ancestors 'none'; base-uri 'none'; form-action 'self'"
    )
}

/// Every security header, for pages whose inline scripts have these hashes.
pub fn headers(inline_script_hashes: &[String]) -> Vec<(&'static str, String)> {
    let mut headers = vec![(
        "Content-Security-Policy",
        content_security_policy(inline_script_hashes),
    )];
    headers.extend(
        FIXED_HEADERS
            .iter()
            .map(|(name, value)| (*name, value.to_string())),
    );
    headers
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_policy_allows_no_inline_code_but_the_hashed_loaders() {
        let policy = content_security_policy(&["abc=".into()]);
        assert!(!policy.contains("unsafe-inline"));
        assert!(!policy.contains("'unsafe-eval'"));
        for directive in [
            "frame-ancestors 'none'",
            "base-uri 'none'",
            "form-action 'self'",
            "'wasm-unsafe-eval'",
            "'sha256-abc='",
        ] {
            assert!(policy.contains(directive), "{directive}");
        }
        assert_eq!(headers(&[]).len(), 7);
    }
}
