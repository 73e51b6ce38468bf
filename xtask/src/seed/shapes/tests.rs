use super::*;
use crate::seed::{self, SHAPE_EPSILON};
use std::collections::HashMap;

fn shapes() -> Shapes {
    let (geojson, centroids) = seed::district_sources().unwrap();
    build(&geojson, &centroids, SHAPE_EPSILON).unwrap()
}

#[test]
fn twelve_districts_with_official_numbers_and_names() {
    let shapes = shapes();
    let found: Vec<(u16, &str)> = shapes
        .districts
        .iter()
        .map(|d| (d.number, d.name.as_str()))
        .collect();
    assert_eq!(found, model::district::STADTBEZIRKE.to_vec());
    assert_eq!(shapes.view_box, model::district::MAP_VIEWBOX);
}

#[test]
fn all_twelve_paths_fit_in_15_kib_gzip() {
    let all: String = shapes()
        .districts
        .iter()
        .map(|d| d.path.as_str())
        .collect::<Vec<_>>()
        .join("\n");
    let size = crate::sizes::gzip_len(all.as_bytes());
    println!("district paths: {} B, {size} B gzip -9", all.len());
    assert!(size < 15 * 1024, "{size} B");
    assert!(size > 1024, "too coarse to be a map: {size} B");
}

#[test]
fn paths_read_back_to_the_same_points() {
    for district in shapes().districts {
        let ring = parse_svg_path(&district.path);
        assert!(ring.len() >= 8, "{} keeps its shape", district.name);
        assert_eq!(svg_path(&ring), district.path, "{}", district.name);
    }
}

/// Directed edges of every outline: between neighbours each must appear once in each
/// direction. What has no partner is where no district lies on the other side: the city's
/// outer boundary and the holes the source has (the dropped Querumer Forst). Those edges must
/// form closed loops; returns (shared edges, number of loops).
fn border_loops<P: Copy + Eq + std::hash::Hash + std::fmt::Debug>(
    rings: &[Vec<P>],
) -> Result<(usize, usize), String> {
    let mut edges: HashMap<(P, P), usize> = HashMap::new();
    for ring in rings {
        for i in 0..ring.len() {
            *edges
                .entry((ring[i], ring[(i + 1) % ring.len()]))
                .or_default() += 1;
        }
    }
    let mut shared = 0;
    let mut unmatched: HashMap<P, P> = HashMap::new();
    for (&(a, b), &count) in &edges {
        if count != 1 {
            return Err(format!("edge {a:?}→{b:?} drawn {count} times"));
        }
        if edges.contains_key(&(b, a)) {
            shared += 1;
        } else if unmatched.insert(a, b).is_some() {
            return Err(format!("the boundary forks at {a:?}"));
        }
    }
    let mut loops = 0;
    let mut seen = std::collections::HashSet::new();
    for &start in unmatched.keys() {
        if !seen.insert(start) {
            continue;
        }
        loops += 1;
        let mut at = start;
        loop {
            at = *unmatched
                .get(&at)
                .ok_or(format!("a border breaks off at {at:?}"))?;
            if at == start {
                break;
            }
            seen.insert(at);
        }
    }
    Ok((shared / 2, loops))
}

/// The loops of the unsimplified source, point for point.
fn source_loops() -> usize {
    let (geojson, _) = seed::district_sources().unwrap();
    let rings: Vec<Vec<(u64, u64)>> = read_geojson(&geojson)
        .unwrap()
        .iter()
        .map(|s| {
            s.ring
                .iter()
                .map(|(x, y)| (x.to_bits(), y.to_bits()))
                .collect()
        })
        .collect();
    border_loops(&rings).unwrap().1
}

#[test]
fn neighbours_share_identical_borders() {
    let rings: Vec<Vec<(i32, i32)>> = shapes()
        .districts
        .iter()
        .map(|d| parse_svg_path(&d.path))
        .collect();
    let (shared, loops) = border_loops(&rings).unwrap();
    assert!(shared > 100, "the districts share borders ({shared} edges)");
    // A gap between neighbours would be a new loop; a tiny hole of the source may close.
    assert!(
        loops >= 1 && loops <= source_loops(),
        "no gap opened between neighbours ({loops} loops)"
    );
}

#[test]
fn simplifying_each_polygon_alone_would_open_gaps() {
    // The check above can fail: simplifying every outline on its own breaks it.
    let (geojson, _) = seed::district_sources().unwrap();
    let sources = read_geojson(&geojson).unwrap();
    let projection = Projection::fit(sources.iter().flat_map(|s| s.ring.iter().copied()));
    let rings: Vec<Vec<(i32, i32)>> = sources
        .iter()
        .map(|source| {
            let mut closed: Vec<(f64, f64)> =
                source.ring.iter().map(|&p| projection.project(p)).collect();
            closed.push(closed[0]);
            let line: geo::LineString<f64> = closed.into();
            let mut ring: Vec<(i32, i32)> = line
                .simplify(SHAPE_EPSILON)
                .points()
                .map(|p| (p.x().round() as i32, p.y().round() as i32))
                .collect();
            ring.dedup();
            ring.pop();
            ring
        })
        .collect();
    // An error (forks or dangling borders) is a gap too.
    if let Ok((_, loops)) = border_loops(&rings) {
        assert!(loops > source_loops(), "gaps open: {loops} loops");
    }
}

#[test]
fn every_label_point_lies_inside_its_district() {
    use geo::Contains;
    for district in shapes().districts {
        let outline: Vec<(f64, f64)> = parse_svg_path(&district.path)
            .iter()
            .map(|&(x, y)| (x as f64, y as f64))
            .collect();
        let polygon = geo::Polygon::new(outline.into(), vec![]);
        let (x, y) = district.label;
        assert!(
            polygon.contains(&geo::Point::new(x as f64, y as f64)),
            "label of {} at {x},{y}",
            district.name
        );
    }
}

#[test]
fn svg_path_is_compact_and_relative() {
    let path = svg_path(&[(10, 20), (13, 18), (9, 25)]);
    assert_eq!(path, "M10 20l3-2-4 7z");
    assert_eq!(parse_svg_path(&path), [(10, 20), (13, 18), (9, 25)]);
}
