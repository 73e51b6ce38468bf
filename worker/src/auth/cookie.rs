//! The session cookies: the coordinators' (`sitzung`, sent only to `/api/admin`) and the
//! networks' editors' (`netzwerk-sitzung`, sent only to `/api/netzwerk`), under the same rules.
//! Over HTTPS a name gets the `__Secure-` prefix, with `Secure`: the browser keeps it only from
//! a secure origin, and no plain-HTTP page of the domain can set or overwrite it. Plain HTTP is
//! only a local stack's, from the machine itself: a sign-in over plain HTTP from anywhere else
//! is refused.

use crate::error::ApiError;
use worker::Request;

/// Whose sessions a cookie carries, and so its name and the one path it is sent to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Scope {
    Coordinators,
    Editors,
}

impl Scope {
    /// The path the cookie is sent to, and nowhere else.
    pub fn path(self) -> &'static str {
        match self {
            Scope::Coordinators => "/api/admin",
            Scope::Editors => "/api/netzwerk",
        }
    }
}

/// The cookie a request's scheme and a scope call for.
pub struct SessionCookie {
    secure: bool,
    scope: Scope,
}

impl SessionCookie {
    pub fn of(req: &Request, scope: Scope) -> Result<Self, ApiError> {
        Ok(Self {
            secure: req.url()?.scheme() == "https",
            scope,
        })
    }

    pub fn name(&self) -> &'static str {
        match (self.scope, self.secure) {
            (Scope::Coordinators, true) => "__Secure-sitzung",
            (Scope::Coordinators, false) => "sitzung",
            (Scope::Editors, true) => "__Secure-netzwerk-sitzung",
            (Scope::Editors, false) => "netzwerk-sitzung",
        }
    }

    /// The one cookie of this name in a `Cookie` header; two of that name (one planted by
    /// another site of the same domain) count as none (`Some("")`).
    pub fn read<'a>(&self, header: &'a str) -> Option<&'a str> {
        let mut found = header
            .split(';')
            .filter_map(|pair| pair.trim().split_once('='))
            .filter(|(key, _)| *key == self.name())
            .map(|(_, value)| value.trim());
        let first = found.next()?;
        Some(if found.next().is_some() { "" } else { first })
    }

    /// The `Set-Cookie` value: readable by no script, sent only to its scope's API, never
    /// on a cross-site request. No `Max-Age` (it goes when the browser closes; the server ends
    /// the session after 8 idle hours and 12 in all); `clear`: the sign-out's.
    pub fn set(&self, value: &str, clear: bool) -> String {
        let max_age = if clear { "; Max-Age=0" } else { "" };
        let secure = if self.secure { "; Secure" } else { "" };
        format!(
            "{}={value}; HttpOnly; SameSite=Strict; Path={}{max_age}{secure}",
            self.name(),
            self.scope.path()
        )
    }

    /// A sign-in may happen over HTTPS, or over plain HTTP from the machine itself (`client`:
    /// the address Cloudflare or the local stack reports).
    pub fn may_sign_in(&self, client: &str) -> bool {
        self.secure
            || client
                .trim()
                .parse::<std::net::IpAddr>()
                .is_ok_and(|ip| ip.is_loopback())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const HTTPS: SessionCookie = SessionCookie {
        secure: true,
        scope: Scope::Coordinators,
    };
    const HTTP: SessionCookie = SessionCookie {
        secure: false,
        scope: Scope::Coordinators,
    };

    #[test]
    fn editors_have_a_cookie_of_their_own_on_their_own_path() {
        let editors = SessionCookie {
            secure: true,
            scope: Scope::Editors,
        };
        assert_eq!(
            editors.set("abc", false),
            "__Secure-netzwerk-sitzung=abc; HttpOnly; SameSite=Strict; Path=/api/netzwerk; Secure"
        );
        assert_eq!(editors.read("__Secure-sitzung=abc"), None);
        assert_eq!(HTTPS.read("__Secure-netzwerk-sitzung=abc"), None);
    }

    #[test]
    fn over_https_the_cookie_is_secure_prefixed() {
        assert_eq!(
            HTTPS.set("abc", false),
            "__Secure-sitzung=abc; HttpOnly; SameSite=Strict; Path=/api/admin; Secure"
        );
        assert_eq!(
            HTTP.set("", true),
            "sitzung=; HttpOnly; SameSite=Strict; Path=/api/admin; Max-Age=0"
        );
        // The plain name is no session over HTTPS, and the prefixed one none over HTTP.
        assert_eq!(HTTPS.read("sitzung=abc"), None);
        assert_eq!(HTTPS.read("__Secure-sitzung=abc"), Some("abc"));
        assert_eq!(HTTP.read("__Secure-sitzung=abc"), None);
    }

    #[test]
    fn reads_the_one_session_cookie() {
        assert_eq!(HTTP.read("a=1; sitzung=abc; b=2"), Some("abc"));
        assert_eq!(HTTP.read("sitzungx=abc"), None);
        assert_eq!(HTTP.read(""), None);
        assert_eq!(
            HTTP.read("sitzung=abc; sitzung=def"),
            Some(""),
            "two: neither is trusted"
        );
    }

    #[test]
    fn plain_http_signs_in_only_from_the_machine_itself() {
        for client in ["127.0.0.1", "127.8.9.10", "::1"] {
            assert!(HTTP.may_sign_in(client), "{client}");
        }
        for client in ["203.0.113.7", "10.0.0.1", "2001:db8::1", "", "localhost"] {
            assert!(!HTTP.may_sign_in(client), "{client}");
            assert!(HTTPS.may_sign_in(client), "{client}");
        }
    }
}
