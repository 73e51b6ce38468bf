//! The one reader of JSON request bodies. Every endpoint that takes JSON answers in the same
//! order: 413 when the body is over the endpoint's limit (by `Content-Length`, and while the
//! body is read, so a body without one is cut off as soon as it passes the limit), then 415
//! unless it is `application/json`, then 400 for malformed JSON. The endpoint's own rules
//! then give 422. Numbers are JSON's: `2015.0` is the integer 2015, as JSON Schema says.
//!
//! A refused body is still read to its end, up to [`DRAIN_LIMIT`], before the 413 goes out:
//! a server that answers and closes while the client is still sending makes the client's
//! socket see a reset instead of the answer.

use crate::error::ApiError;
use futures_util::StreamExt;
use model::validate::field_error;
use model::Code;
use serde::de::DeserializeOwned;
use serde_json::Value;
use worker::Request;

/// Reads `req`'s body as JSON, at most `limit` bytes of it.
pub async fn read_json(req: &mut Request, limit: usize) -> Result<Value, ApiError> {
    let declared = req.headers().get("Content-Length")?;
    if declared_too_large(declared.as_deref(), limit) {
        if !declared_too_large(declared.as_deref(), DRAIN_LIMIT) {
            drain(req).await;
        }
        return Err(ApiError::PayloadTooLarge { limit });
    }
    let bytes = read_limited(req, limit).await?;
    let content_type = req.headers().get("Content-Type")?.unwrap_or_default();
    parse(&content_type, &bytes)
}

/// Reads `req`'s body as JSON into `T` (its serde rules: unknown fields refused where `T`
/// says so); a body that does not fit `T` is a 422 naming `body`, with `expected` saying
/// what fits.
pub async fn read_typed<T: DeserializeOwned>(
    req: &mut Request,
    limit: usize,
    expected: &str,
) -> Result<T, ApiError> {
    let value = read_json(req, limit).await?;
    // serde would also read a struct from an array of its fields in order.
    if !value.is_object() {
        let message = "Erwartet wird ein JSON-Objekt.";
        return Err(ApiError::Unprocessable(field_error(
            "body",
            Code::BodyNotAnObject,
            message,
        )));
    }
    serde_json::from_value(value)
        .map_err(|_| ApiError::Unprocessable(field_error("body", Code::BodyInvalid, expected)))
}

/// True when `Content-Length` announces more than `limit` bytes.
fn declared_too_large(content_length: Option<&str>, limit: usize) -> bool {
    content_length
        .and_then(|value| value.trim().parse::<u64>().ok())
        .is_some_and(|length| length > limit as u64)
}

/// How much of a refused body is still read (and thrown away) so that the client receives
/// the 413; beyond it the connection may be cut.
const DRAIN_LIMIT: usize = 4 * 1024 * 1024;

/// The body's bytes, read chunk by chunk and kept up to `limit`; past it, the rest is read
/// without keeping it (up to [`DRAIN_LIMIT`]) and the answer is 413.
async fn read_limited(req: &mut Request, limit: usize) -> Result<Vec<u8>, ApiError> {
    if req.inner().body().is_none() {
        return Ok(Vec::new());
    }
    let mut stream = std::pin::pin!(req.stream()?);
    let mut body = Limited::new(limit);
    while let Some(chunk) = stream.next().await {
        let chunk = chunk
            .map_err(|_| ApiError::BadRequest("Der Inhalt kam nicht vollständig an.".into()))?;
        if let Err(too_large) = body.push(&chunk) {
            discard(&mut stream, body.bytes.len() + chunk.len()).await;
            return Err(too_large);
        }
    }
    Ok(body.bytes)
}

/// Reads the whole body of a request refused before reading (bounded by [`DRAIN_LIMIT`]).
async fn drain(req: &mut Request) {
    if req.inner().body().is_none() {
        return;
    }
    if let Ok(stream) = req.stream() {
        discard(&mut std::pin::pin!(stream), 0).await;
    }
}

/// Reads and drops chunks until the stream ends, fails, or [`DRAIN_LIMIT`] bytes (counting
/// `already`) have passed.
async fn discard<S, E>(stream: &mut std::pin::Pin<&mut S>, already: usize)
where
    S: futures_util::Stream<Item = Result<Vec<u8>, E>>,
{
    let mut seen = already;
    while seen <= DRAIN_LIMIT {
        match stream.next().await {
            Some(Ok(chunk)) => seen += chunk.len(),
            _ => return,
        }
    }
}

/// Bytes collected up to a limit.
struct Limited {
    limit: usize,
    bytes: Vec<u8>,
}

impl Limited {
    fn new(limit: usize) -> Self {
        Self {
            limit,
            bytes: Vec::new(),
        }
    }

    /// Adds a chunk, or refuses (413) once the body is over the limit.
    fn push(&mut self, chunk: &[u8]) -> Result<(), ApiError> {
        if self.bytes.len() + chunk.len() > self.limit {
            return Err(ApiError::PayloadTooLarge { limit: self.limit });
        }
        self.bytes.extend_from_slice(chunk);
        Ok(())
    }
}

/// The checks after the bytes are in: 415, then 400.
fn parse(content_type: &str, bytes: &[u8]) -> Result<Value, ApiError> {
    if !is_json_media_type(content_type) {
        return Err(ApiError::UnsupportedMediaType("application/json".into()));
    }
    let mut value = serde_json::from_slice(bytes)
        .map_err(|_| ApiError::BadRequest("Der Inhalt ist kein gültiges JSON.".into()))?;
    whole_numbers(&mut value);
    Ok(value)
}

/// Writes every number that has no fraction as an integer (`2015.0` → `2015`), so that serde
/// reads it where an integer is expected. Larger ones than 2^53 stay as they are: a double
/// cannot say which integer they were.
fn whole_numbers(value: &mut Value) {
    const EXACT: f64 = 9_007_199_254_740_992.0; // 2^53
    match value {
        Value::Number(number) if number.is_f64() => {
            let float = number.as_f64().unwrap_or(f64::NAN);
            if float.fract() == 0.0 && float.abs() <= EXACT {
                // Exact: a double with no fraction and at most 2^53 is that integer.
                *value = Value::from(float as i64);
            }
        }
        Value::Array(items) => items.iter_mut().for_each(whole_numbers),
        Value::Object(fields) => fields.values_mut().for_each(whole_numbers),
        _ => {}
    }
}

/// `application/json`, with or without parameters such as `charset=utf-8`.
pub fn is_json_media_type(content_type: &str) -> bool {
    content_type
        .split(';')
        .next()
        .is_some_and(|media| media.trim().eq_ignore_ascii_case("application/json"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn media_types() {
        assert!(is_json_media_type("application/json"));
        assert!(is_json_media_type("Application/JSON; charset=utf-8"));
        assert!(!is_json_media_type("text/plain"));
        assert!(!is_json_media_type("application/x-www-form-urlencoded"));
        assert!(!is_json_media_type("application/jsonx"));
        assert!(!is_json_media_type(""));
    }

    #[test]
    fn a_declared_length_over_the_limit_is_refused_before_reading() {
        assert!(declared_too_large(Some("16385"), 16384));
        assert!(!declared_too_large(Some("16384"), 16384));
        assert!(!declared_too_large(Some(" 12 "), 16384));
        assert!(
            !declared_too_large(None, 16384),
            "no length: the reader counts"
        );
        assert!(!declared_too_large(Some("viel"), 16384));
    }

    #[test]
    fn reading_stops_at_the_first_chunk_past_the_limit() {
        let mut body = Limited::new(10);
        assert!(body.push(b"0123").is_ok());
        assert!(body.push(b"456789").is_ok(), "exactly the limit is fine");
        let over = body.push(b"x");
        assert!(matches!(over, Err(ApiError::PayloadTooLarge { limit: 10 })));
        assert_eq!(body.bytes, b"0123456789");
    }

    #[test]
    fn the_media_type_comes_before_the_syntax() {
        let status = |content_type: &str, body: &[u8]| match parse(content_type, body) {
            Ok(_) => 200,
            Err(error) => error.status(),
        };
        assert_eq!(status("text/plain", b"{"), 415);
        assert_eq!(status("application/json", b"{"), 400);
        assert_eq!(status("application/json", b""), 400);
        assert_eq!(status("application/json", &[0x7b, 0xff, 0x7d]), 400);
        assert_eq!(status("application/json; charset=utf-8", b"[1]"), 200);
    }

    #[test]
    fn whole_numbers_are_integers_whatever_their_spelling() {
        let value = parse(
            "application/json",
            br#"{"stand": 2015.0, "x": [1.5, -0.0, 1e3]}"#,
        );
        let value = value.unwrap();
        assert_eq!(
            value,
            serde_json::json!({"stand": 2015, "x": [1.5, 0, 1000]})
        );
        let stand: u16 = serde_json::from_value(value["stand"].clone()).unwrap();
        assert_eq!(stand, 2015);
        let almost = parse("application/json", br#"{"district": 111.00000000000001}"#).unwrap();
        assert!(
            almost["district"].is_f64(),
            "not a whole number, however close"
        );
        let huge = parse("application/json", b"[1e300]").unwrap();
        assert!(huge[0].is_f64(), "beyond 2^53 nothing is exact");
    }
}
