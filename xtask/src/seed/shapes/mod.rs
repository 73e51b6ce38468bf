//! District shapes for the browser: projected, simplified, as compact SVG paths.
//!
//! Neighbouring districts share long borders. Simplifying each polygon on its own would move
//! the two copies of a border differently and open gaps, so the outlines are first cut into
//! border arcs at every point where the set of districts on either side changes; each arc is
//! simplified once (geo's Ramer–Douglas–Peucker, which keeps the arc's end points), and the
//! polygons are rebuilt from the simplified arcs. Both sides of a border are then the same points.

use anyhow::{bail, Context, Result};
use geo::Simplify;
use std::collections::{BTreeSet, HashMap};

/// Blank space around the city in the viewBox.
const PAD: f64 = 10.0;
/// The viewBox width; the height follows from the city's proportions.
const WIDTH: f64 = 1000.0;

/// One district ready for the map.
#[derive(Debug, Clone)]
pub struct Shape {
    pub number: u16,
    pub name: String,
    /// The simplified outline as SVG path data, in viewBox units.
    pub path: String,
    pub label: (i32, i32),
}

#[derive(Debug, Clone)]
pub struct Shapes {
    pub view_box: (u32, u32),
    pub districts: Vec<Shape>,
}

/// A district as read from the GeoJSON: lon/lat ring without the closing point.
struct Source {
    number: u16,
    name: String,
    ring: Vec<(f64, f64)>,
}

/// Projects WGS84 lon/lat onto the viewBox (equirectangular at the city's mid latitude:
/// at this size the difference to a proper projection is far below a pixel).
#[derive(Debug, Clone, Copy)]
struct Projection {
    lon_min: f64,
    lat_max: f64,
    x_factor: f64,
    scale: f64,
    height: f64,
}

impl Projection {
    fn fit(points: impl Iterator<Item = (f64, f64)> + Clone) -> Self {
        let fold = |f: fn(f64, f64) -> f64, init: f64, pick: fn(&(f64, f64)) -> f64| {
            points.clone().map(|p| pick(&p)).fold(init, f)
        };
        let lon_min = fold(f64::min, f64::MAX, |p| p.0);
        let lon_max = fold(f64::max, f64::MIN, |p| p.0);
        let lat_min = fold(f64::min, f64::MAX, |p| p.1);
        let lat_max = fold(f64::max, f64::MIN, |p| p.1);
        let x_factor = ((lat_min + lat_max) / 2.0).to_radians().cos();
        let scale = (WIDTH - 2.0 * PAD) / ((lon_max - lon_min) * x_factor);
        let height = (2.0 * PAD + (lat_max - lat_min) * scale).ceil();
        Self {
            lon_min,
            lat_max,
            x_factor,
            scale,
            height,
        }
    }

    fn project(&self, (lon, lat): (f64, f64)) -> (f64, f64) {
        (
            PAD + (lon - self.lon_min) * self.x_factor * self.scale,
            PAD + (self.lat_max - lat) * self.scale,
        )
    }
}

/// Reads the districts and their label points and builds the simplified shapes.
/// `epsilon` is the simplification tolerance in viewBox units.
pub fn build(geojson: &str, centroids_csv: &str, epsilon: f64) -> Result<Shapes> {
    let sources = read_geojson(geojson)?;
    let labels = read_centroids(centroids_csv)?;
    let projection = Projection::fit(sources.iter().flat_map(|s| s.ring.iter().copied()));
    let rings = simplify_shared(&sources, |p| projection.project(p), epsilon);
    let mut districts = Vec::new();
    for (source, ring) in sources.iter().zip(rings) {
        let (lon, lat) = *labels
            .get(&source.number)
            .with_context(|| format!("no label point for district {}", source.number))?;
        let (x, y) = projection.project((lon, lat));
        districts.push(Shape {
            number: source.number,
            name: source.name.clone(),
            path: svg_path(&ring),
            label: (x.round() as i32, y.round() as i32),
        });
    }
    districts.sort_by_key(|d| d.number);
    Ok(Shapes {
        view_box: (WIDTH as u32, projection.height as u32),
        districts,
    })
}

fn read_geojson(text: &str) -> Result<Vec<Source>> {
    let json: serde_json::Value = serde_json::from_str(text).context("parsing the GeoJSON")?;
    let features = json["features"].as_array().context("no features")?;
    features
        .iter()
        .map(|feature| {
            let number = feature["properties"]["nummer"]
                .as_u64()
                .context("no nummer")? as u16;
            let name = feature["properties"]["name"]
                .as_str()
                .context("no name")?
                .to_string();
            if feature["geometry"]["type"] != "Polygon" {
                bail!("district {number} is not a simple polygon");
            }
            let exterior = feature["geometry"]["coordinates"][0]
                .as_array()
                .context("no ring")?;
            let mut ring: Vec<(f64, f64)> = exterior
                .iter()
                .map(|p| Some((p[0].as_f64()?, p[1].as_f64()?)))
                .collect::<Option<_>>()
                .context("bad coordinates")?;
            if ring.first() == ring.last() {
                ring.pop();
            }
            Ok(Source { number, name, ring })
        })
        .collect()
}

fn read_centroids(text: &str) -> Result<HashMap<u16, (f64, f64)>> {
    let mut lines = text.lines();
    let header: Vec<&str> = lines.next().context("empty CSV")?.split(',').collect();
    let column = |name: &str| {
        header
            .iter()
            .position(|h| *h == name)
            .context(format!("no column {name}"))
    };
    let (number, lat, lon) = (
        column("nummer")?,
        column("lat_approx")?,
        column("lon_approx")?,
    );
    lines
        .filter(|line| !line.trim().is_empty())
        .map(|line| {
            let cells: Vec<&str> = line.split(',').collect();
            Ok((
                cells[number].parse()?,
                (cells[lon].parse()?, cells[lat].parse()?),
            ))
        })
        .collect()
}

/// The topology step: arcs between junctions, each simplified once, rings rebuilt from them.
fn simplify_shared(
    sources: &[Source],
    project: impl Fn((f64, f64)) -> (f64, f64),
    epsilon: f64,
) -> Vec<Vec<(i32, i32)>> {
    // Identical coordinates in the source are the same vertex.
    let mut vertex_ids: HashMap<(u64, u64), usize> = HashMap::new();
    let mut vertices: Vec<(f64, f64)> = Vec::new();
    let rings: Vec<Vec<usize>> = sources
        .iter()
        .map(|source| {
            source
                .ring
                .iter()
                .map(|&(lon, lat)| {
                    *vertex_ids
                        .entry((lon.to_bits(), lat.to_bits()))
                        .or_insert_with(|| {
                            vertices.push((lon, lat));
                            vertices.len() - 1
                        })
                })
                .collect()
        })
        .collect();

    // Which rings use each edge; a junction is where that set changes along a ring.
    let edge = |a: usize, b: usize| (a.min(b), a.max(b));
    let mut owners: HashMap<(usize, usize), BTreeSet<usize>> = HashMap::new();
    for (r, ring) in rings.iter().enumerate() {
        for i in 0..ring.len() {
            owners
                .entry(edge(ring[i], ring[(i + 1) % ring.len()]))
                .or_default()
                .insert(r);
        }
    }
    let mut junctions: BTreeSet<usize> = BTreeSet::new();
    for ring in &rings {
        let n = ring.len();
        for i in 0..n {
            let before = &owners[&edge(ring[(i + n - 1) % n], ring[i])];
            let after = &owners[&edge(ring[i], ring[(i + 1) % n])];
            if before != after {
                junctions.insert(ring[i]);
            }
        }
    }

    // Cut every ring into arcs; an arc shared by two rings is stored once.
    let mut arcs: Vec<Vec<usize>> = Vec::new();
    let mut arc_ids: HashMap<Vec<usize>, usize> = HashMap::new();
    let mut ring_arcs: Vec<Vec<(usize, bool)>> = Vec::new();
    for ring in &rings {
        let n = ring.len();
        let mut cuts: Vec<usize> = (0..n).filter(|&i| junctions.contains(&ring[i])).collect();
        if cuts.len() < 2 {
            // An outline without neighbours: cut it in two so each half has distinct ends.
            cuts = vec![0, n / 2];
        }
        let mut parts = Vec::new();
        for (k, &start) in cuts.iter().enumerate() {
            let end = cuts[(k + 1) % cuts.len()];
            let length = (end + n - start) % n;
            let length = if length == 0 { n } else { length };
            let arc: Vec<usize> = (0..=length).map(|j| ring[(start + j) % n]).collect();
            let reversed: Vec<usize> = arc.iter().rev().copied().collect();
            let (canonical, is_reversed) = if reversed < arc {
                (reversed, true)
            } else {
                (arc, false)
            };
            let id = *arc_ids.entry(canonical.clone()).or_insert_with(|| {
                arcs.push(canonical);
                arcs.len() - 1
            });
            parts.push((id, is_reversed));
        }
        ring_arcs.push(parts);
    }

    let simplified: Vec<Vec<(i32, i32)>> = arcs
        .iter()
        .map(|arc| {
            let line: geo::LineString<f64> = arc
                .iter()
                .map(|&v| project(vertices[v]))
                .collect::<Vec<_>>()
                .into();
            let mut points: Vec<(i32, i32)> = line
                .simplify(epsilon)
                .points()
                .map(|p| (p.x().round() as i32, p.y().round() as i32))
                .collect();
            points.dedup();
            points
        })
        .collect();

    ring_arcs
        .iter()
        .map(|parts| {
            let mut ring: Vec<(i32, i32)> = Vec::new();
            for &(id, reversed) in parts {
                let mut points = simplified[id].clone();
                if reversed {
                    points.reverse();
                }
                // Each arc starts where the previous one ended.
                let skip = usize::from(!ring.is_empty());
                ring.extend(points.into_iter().skip(skip));
            }
            ring.dedup();
            if ring.len() > 1 && ring.first() == ring.last() {
                ring.pop();
            }
            ring
        })
        .collect()
}

/// `M x y l dx dy … z` with integer steps: short, and gzip likes the repetition.
pub fn svg_path(ring: &[(i32, i32)]) -> String {
    let mut path = String::new();
    let numbers = |path: &mut String, values: [i32; 2]| {
        for value in values {
            if value >= 0 && !path.ends_with(['M', 'l']) {
                path.push(' ');
            }
            path.push_str(&value.to_string());
        }
    };
    let Some(&(x0, y0)) = ring.first() else {
        return path;
    };
    path.push('M');
    numbers(&mut path, [x0, y0]);
    path.push('l');
    let mut previous = (x0, y0);
    for &(x, y) in &ring[1..] {
        numbers(&mut path, [x - previous.0, y - previous.1]);
        previous = (x, y);
    }
    path.push('z');
    path
}

/// Reads a path written by [`svg_path`] back into absolute points.
pub fn parse_svg_path(path: &str) -> Vec<(i32, i32)> {
    let body = path.trim_start_matches('M').trim_end_matches('z');
    let mut numbers = Vec::new();
    let mut current = String::new();
    for c in body.chars() {
        if c == ' ' || c == 'l' || (c == '-' && !current.is_empty()) {
            if !current.is_empty() {
                numbers.push(current.parse::<i32>().unwrap_or(0));
            }
            current.clear();
        }
        if c != ' ' && c != 'l' {
            current.push(c);
        }
    }
    if !current.is_empty() {
        numbers.push(current.parse::<i32>().unwrap_or(0));
    }
    let mut points = Vec::new();
    let mut position = (0, 0);
    for (i, pair) in numbers.chunks(2).enumerate() {
        if pair.len() < 2 {
            break;
        }
        position = if i == 0 {
            (pair[0], pair[1])
        } else {
            (position.0 + pair[0], position.1 + pair[1])
        };
        points.push(position);
    }
    points
}

#[cfg(test)]
mod tests;
