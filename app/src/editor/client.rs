//! The editors' API client. Their session is an `HttpOnly` cookie of its own, sent by the
//! browser only to `/api/netzwerk`; a sign-in link's token goes to the server once, in a POST.

use crate::fetch;
use model::editor::{EditorArea, EditorSignIn, LinkAnswer, LinkRequest, TermsAcceptance};
use model::Problem;
use serde::de::DeserializeOwned;
use serde::Serialize;

/// Why a call failed.
#[derive(Debug, Clone, PartialEq)]
pub enum Failure {
    /// Not (or no longer) signed in, or the link no longer works.
    SignedOut(Problem),
    Problem(Problem),
    Unreachable,
}

impl Failure {
    /// The server's words (German), with each field's message.
    pub fn detail(&self) -> Option<String> {
        match self {
            Failure::SignedOut(p) | Failure::Problem(p) => {
                let mut text = p.detail.clone().unwrap_or_else(|| p.title.clone());
                for message in p.errors.values() {
                    text.push(' ');
                    text.push_str(message);
                }
                Some(text)
            }
            Failure::Unreachable => None,
        }
    }
}

async fn send(
    method: &str,
    path: &str,
    body: Option<&impl Serialize>,
) -> Result<web_sys::Response, Failure> {
    let body = body.map(fetch::to_json);
    let response = fetch::send(method, path, &[], body)
        .await
        .ok_or(Failure::Unreachable)?;
    if response.ok() {
        return Ok(response);
    }
    let problem = fetch::read(&response)
        .await
        .unwrap_or_else(|| Problem::new(response.status(), "Fehler"));
    Err(if response.status() == 401 {
        Failure::SignedOut(problem)
    } else {
        Failure::Problem(problem)
    })
}

/// A call whose answer is JSON.
pub async fn call<T: DeserializeOwned>(
    method: &str,
    path: &str,
    body: Option<&impl Serialize>,
) -> Result<T, Failure> {
    let response = send(method, path, body).await?;
    fetch::read(&response).await.ok_or(Failure::Unreachable)
}

/// A call whose answer has no body.
pub async fn act(method: &str, path: &str, body: Option<&impl Serialize>) -> Result<(), Failure> {
    send(method, path, body).await.map(|_| ())
}

pub async fn sign_in(token: &str) -> Result<(), Failure> {
    let body = EditorSignIn {
        token: token.to_string(),
    };
    act("POST", "/api/netzwerk/session", Some(&body)).await
}

pub async fn area() -> Result<EditorArea, Failure> {
    call("GET", "/api/netzwerk/session", None::<&()>).await
}

pub async fn sign_out() -> Result<(), Failure> {
    act("DELETE", "/api/netzwerk/session", None::<&()>).await
}

pub async fn accept_terms(version: &str) -> Result<(), Failure> {
    let body = TermsAcceptance {
        version: version.to_string(),
    };
    act("POST", "/api/netzwerk/terms", Some(&body)).await
}

/// Whether the site sends mail (the answer is the same for every address).
pub async fn ask_for_link(email: &str) -> Result<bool, Failure> {
    let body = LinkRequest {
        email: email.to_string(),
    };
    let answer: LinkAnswer = call("POST", "/api/netzwerk/link", Some(&body)).await?;
    Ok(answer.mail)
}
