//! Random bytes for tokens and local secrets.

use anyhow::Result;

/// `N` bytes from the operating system's random source (getrandom: Linux, macOS and Windows
/// alike).
pub fn bytes<const N: usize>() -> Result<[u8; N]> {
    let mut bytes = [0u8; N];
    getrandom::fill(&mut bytes)
        .map_err(|error| anyhow::anyhow!("the system's random source failed: {error}"))?;
    Ok(bytes)
}
