//! SHA-256 and HMAC-SHA-256 from the platform's WebCrypto (`crypto.subtle`), so the Worker's
//! wasm carries no hash code of its own. Native builds (the unit tests) use the `sha2` and
//! `hmac` crates, which give the same bytes; they never reach the wasm.

use crate::error::ApiError;

/// The SHA-256 of `bytes`.
pub async fn sha256(bytes: &[u8]) -> Result<[u8; 32], ApiError> {
    platform::sha256(bytes).await
}

/// The HMAC-SHA-256 of `message` under `key` (any length).
pub async fn hmac_sha256(key: &[u8], message: &[u8]) -> Result<[u8; 32], ApiError> {
    platform::hmac_sha256(key, message).await
}

#[cfg(target_arch = "wasm32")]
mod platform {
    use crate::error::ApiError;
    use wasm_bindgen::prelude::*;
    use worker::js_sys::{Array, Object, Promise, Reflect, Uint8Array};
    use worker::wasm_bindgen_futures::JsFuture;

    #[wasm_bindgen]
    extern "C" {
        #[wasm_bindgen(js_namespace = ["crypto", "subtle"], js_name = digest)]
        fn subtle_digest(algorithm: &str, data: &Uint8Array) -> Promise;
        #[wasm_bindgen(js_namespace = ["crypto", "subtle"], js_name = importKey)]
        fn subtle_import_key(
            format: &str,
            key: &Uint8Array,
            algorithm: &Object,
            extractable: bool,
            usages: &Array,
        ) -> Promise;
        #[wasm_bindgen(js_namespace = ["crypto", "subtle"], js_name = sign)]
        fn subtle_sign(algorithm: &str, key: &JsValue, data: &Uint8Array) -> Promise;
    }

    async fn bytes_of(promise: Promise) -> Result<[u8; 32], ApiError> {
        let buffer = JsFuture::from(promise)
            .await
            .map_err(|e| ApiError::Internal(format!("WebCrypto: {e:?}")))?;
        let mut out = [0u8; 32];
        Uint8Array::new(&buffer).copy_to(&mut out);
        Ok(out)
    }

    pub async fn sha256(bytes: &[u8]) -> Result<[u8; 32], ApiError> {
        bytes_of(subtle_digest("SHA-256", &Uint8Array::from(bytes))).await
    }

    pub async fn hmac_sha256(key: &[u8], message: &[u8]) -> Result<[u8; 32], ApiError> {
        let algorithm = Object::new();
        let set = |name: &str, value: &str| Reflect::set(&algorithm, &name.into(), &value.into());
        set("name", "HMAC")
            .and_then(|_| set("hash", "SHA-256"))
            .map_err(|e| ApiError::Internal(format!("WebCrypto: {e:?}")))?;
        let usages = Array::of1(&"sign".into());
        let key = JsFuture::from(subtle_import_key(
            "raw",
            &Uint8Array::from(key),
            &algorithm,
            false,
            &usages,
        ))
        .await
        .map_err(|e| ApiError::Internal(format!("WebCrypto: {e:?}")))?;
        bytes_of(subtle_sign("HMAC", &key, &Uint8Array::from(message))).await
    }
}

#[cfg(not(target_arch = "wasm32"))]
mod platform {
    use crate::error::ApiError;
    use hmac::{Hmac, Mac};
    use sha2::{Digest, Sha256};

    pub async fn sha256(bytes: &[u8]) -> Result<[u8; 32], ApiError> {
        Ok(Sha256::digest(bytes).into())
    }

    pub async fn hmac_sha256(key: &[u8], message: &[u8]) -> Result<[u8; 32], ApiError> {
        let mut mac = Hmac::<Sha256>::new_from_slice(key)
            .map_err(|e| ApiError::Internal(format!("HMAC: {e}")))?;
        mac.update(message);
        Ok(mac.finalize().into_bytes().into())
    }
}

/// Runs one of this module's futures to its end in a native test (they never wait there).
#[cfg(test)]
pub fn ready<T>(future: impl std::future::Future<Output = T>) -> T {
    use futures_util::FutureExt;
    future
        .now_or_never()
        .expect("native hashing is synchronous")
}

#[cfg(test)]
mod tests {
    use super::*;
    use model::hex::hex;

    #[test]
    fn known_answers() {
        // FIPS 180-2 and RFC 4231 test case 2.
        assert_eq!(
            hex(&ready(sha256(b"abc")).unwrap()),
            "ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"
        );
        assert_eq!(
            hex(&ready(hmac_sha256(b"Jefe", b"what do ya want for nothing?")).unwrap()),
            "5bdcc146bf60754e6a042426089575c75a003f089d2739839dec58b964ec3843"
        );
    }
}
