//! The Worker's wasm without its `name` section. worker-build keeps the function names (for
//! readable stack traces), and they were 62 KB of the Worker's gzip, more than the mail's MIME
//! code (`mail-builder`) needed. A panic still logs its message and source location (they are
//! in the code, not in this section); only a JavaScript stack trace through the wasm shows
//! `wasm-function[N]` in place of a Rust name. The section is dropped byte for byte: nothing
//! else of the module is touched.

use anyhow::{bail, Context, Result};
use std::path::Path;

/// Removes the custom section `name` from the wasm module at `path`, in place.
pub fn strip(path: &Path) -> Result<()> {
    let module = std::fs::read(path).with_context(|| format!("reading {}", path.display()))?;
    let stripped = without_names(&module)?;
    if stripped.len() != module.len() {
        std::fs::write(path, stripped).with_context(|| format!("writing {}", path.display()))?;
    }
    Ok(())
}

/// An unsigned LEB128 number at `at`: its value and the position after it.
fn leb128(bytes: &[u8], mut at: usize) -> Result<(usize, usize)> {
    let (mut value, mut shift) = (0usize, 0);
    loop {
        let Some(&byte) = bytes.get(at) else {
            bail!("a wasm section ends early");
        };
        at += 1;
        value |= usize::from(byte & 0x7f) << shift;
        if byte & 0x80 == 0 {
            return Ok((value, at));
        }
        shift += 7;
        if shift > 35 {
            bail!("a wasm section's size is too long");
        }
    }
}

fn without_names(module: &[u8]) -> Result<Vec<u8>> {
    if module.get(0..4) != Some(b"\0asm") {
        bail!("not a wasm module");
    }
    let mut out = module[..8].to_vec();
    let mut at = 8;
    while at < module.len() {
        let start = at;
        let id = module[at];
        let (size, body) = leb128(module, at + 1)?;
        let end = body + size;
        if end > module.len() {
            bail!("a wasm section runs past the module's end");
        }
        let is_names = id == 0 && {
            let (length, name) = leb128(module, body)?;
            module.get(name..name + length) == Some(b"name")
        };
        if !is_names {
            out.extend_from_slice(&module[start..end]);
        }
        at = end;
    }
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn section(id: u8, body: &[u8]) -> Vec<u8> {
        let mut bytes = vec![id, body.len() as u8];
        bytes.extend_from_slice(body);
        bytes
    }

    #[test]
    fn only_the_name_section_goes() {
        let mut module = b"\0asm\x01\0\0\0".to_vec();
        let types = section(1, &[1, 0x60, 0, 0]);
        let names = section(0, b"\x04name\x01\x02\x03");
        let producers = section(0, b"\x09producers\x00");
        module.extend(&types);
        module.extend(&names);
        module.extend(&producers);
        let mut expected = b"\0asm\x01\0\0\0".to_vec();
        expected.extend(&types);
        expected.extend(&producers);
        assert_eq!(without_names(&module).unwrap(), expected);
        assert!(without_names(b"not wasm").is_err());
        assert!(
            without_names(b"\0asm\x01\0\0\0\x01\x09").is_err(),
            "a section past the end"
        );
    }
}
