//! The picture a shared link's preview shows (`og:image`): the 12 district shapes on the
//! site's colours, 1200×630 PNG, drawn here from the same shapes as the map (no browser or
//! image crate needed: an even-odd scanline fill, and PNG's few chunks by hand).

use super::shapes::{parse_svg_path, Shape};
use flate2::{write::ZlibEncoder, Compression, Crc};
use std::io::Write;

pub const WIDTH: usize = 1200;
pub const HEIGHT: usize = 630;
const BACKGROUND: [u8; 3] = [0xf3, 0xf6, 0xf9];
const BAND: [u8; 3] = [0x00, 0x4f, 0x8a];
const FILLS: [[u8; 3]; 2] = [[0xd6, 0xe4, 0xf0], [0xbf, 0xd5, 0xea]];
const BORDER: [u8; 3] = [0xff, 0xff, 0xff];

/// The picture as PNG bytes.
pub fn png(districts: &[Shape], view_box: (u32, u32)) -> Vec<u8> {
    let mut pixels = vec![BACKGROUND; WIDTH * HEIGHT];
    // A band in the site's blue along the left edge, like the header.
    for y in 0..HEIGHT {
        for pixel in &mut pixels[y * WIDTH..y * WIDTH + 40] {
            *pixel = BAND;
        }
    }
    let margin = 30.0;
    let scale = (HEIGHT as f64 - 2.0 * margin) / f64::from(view_box.1);
    let left = (WIDTH as f64 - f64::from(view_box.0) * scale) / 2.0;
    let project = |(x, y): (i32, i32)| (left + f64::from(x) * scale, margin + f64::from(y) * scale);
    for (i, district) in districts.iter().enumerate() {
        let ring: Vec<(f64, f64)> = parse_svg_path(&district.path)
            .into_iter()
            .map(project)
            .collect();
        fill(&mut pixels, &ring, FILLS[i % 2]);
        outline(&mut pixels, &ring, BORDER);
    }
    encode(&pixels)
}

/// Fills the polygon `ring` (even-odd), sampling each pixel's centre.
fn fill(pixels: &mut [[u8; 3]], ring: &[(f64, f64)], colour: [u8; 3]) {
    for y in 0..HEIGHT {
        let centre = y as f64 + 0.5;
        let mut crossings: Vec<f64> = Vec::new();
        for (i, &(x0, y0)) in ring.iter().enumerate() {
            let (x1, y1) = ring[(i + 1) % ring.len()];
            if (y0 <= centre) != (y1 <= centre) {
                crossings.push(x0 + (centre - y0) / (y1 - y0) * (x1 - x0));
            }
        }
        crossings.sort_by(f64::total_cmp);
        for pair in crossings.chunks(2) {
            if let [from, to] = pair {
                let from = (from - 0.5).ceil().max(0.0) as usize;
                let to = ((to - 0.5).floor() as usize).min(WIDTH - 1);
                for pixel in pixels[y * WIDTH + from..=y * WIDTH + to.max(from)].iter_mut() {
                    *pixel = colour;
                }
            }
        }
    }
}

/// Draws the polygon's edges two pixels wide.
fn outline(pixels: &mut [[u8; 3]], ring: &[(f64, f64)], colour: [u8; 3]) {
    for (i, &(x0, y0)) in ring.iter().enumerate() {
        let (x1, y1) = ring[(i + 1) % ring.len()];
        let steps = ((x1 - x0).abs().max((y1 - y0).abs()) * 2.0).ceil().max(1.0) as usize;
        for step in 0..=steps {
            let t = step as f64 / steps as f64;
            let (x, y) = (x0 + t * (x1 - x0), y0 + t * (y1 - y0));
            for (dx, dy) in [(0.0, 0.0), (1.0, 0.0), (0.0, 1.0), (1.0, 1.0)] {
                let (px, py) = ((x - 0.5 + dx) as usize, (y - 0.5 + dy) as usize);
                if px < WIDTH && py < HEIGHT {
                    pixels[py * WIDTH + px] = colour;
                }
            }
        }
    }
}

/// An 8-bit RGB PNG: signature, IHDR, one IDAT, IEND.
fn encode(pixels: &[[u8; 3]]) -> Vec<u8> {
    let mut raw = Vec::with_capacity(HEIGHT * (1 + WIDTH * 3));
    for row in pixels.chunks(WIDTH) {
        raw.push(0); // no filter
        for pixel in row {
            raw.extend_from_slice(pixel);
        }
    }
    let mut zlib = ZlibEncoder::new(Vec::new(), Compression::best());
    // Writing into a Vec cannot fail.
    let _ = zlib.write_all(&raw);
    let data = zlib.finish().unwrap_or_default();
    let mut header = Vec::new();
    header.extend_from_slice(&(WIDTH as u32).to_be_bytes());
    header.extend_from_slice(&(HEIGHT as u32).to_be_bytes());
    header.extend_from_slice(&[8, 2, 0, 0, 0]);
    let mut png = b"\x89PNG\r\n\x1a\n".to_vec();
    for (kind, body) in [(b"IHDR", header), (b"IDAT", data), (b"IEND", Vec::new())] {
        png.extend_from_slice(&(body.len() as u32).to_be_bytes());
        let mut crc = Crc::new();
        crc.update(kind);
        crc.update(&body);
        png.extend_from_slice(kind);
        png.extend_from_slice(&body);
        png.extend_from_slice(&crc.sum().to_be_bytes());
    }
    png
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_square_is_filled_inside_and_framed() {
        let square = Shape {
            number: 1,
            name: "A".into(),
            path: "M0 0 l100 0 0 100 -100 0z".into(),
            label: (50, 50),
        };
        let png = png(&[square], (100, 100));
        assert!(png.starts_with(b"\x89PNG\r\n\x1a\n"));
        assert_eq!(&png[12..16], b"IHDR");
        assert!(png.ends_with(&[0xae, 0x42, 0x60, 0x82]), "IEND's CRC");
    }
}
