//! The 12 Stadtbezirke of Braunschweig (since 1 November 2021).

use serde::{Deserialize, Serialize};

/// Official numbers and names, from the city's list of Stadtbezirksräte.
pub const STADTBEZIRKE: [(u16, &str); 12] = [
    (111, "Hondelage-Volkmarode"),
    (112, "Wabe-Schunter-Beberbach"),
    (120, "Östliches Ringgebiet"),
    (130, "Mitte"),
    (211, "Braunschweig-Süd"),
    (212, "Südstadt-Rautheim-Mascherode"),
    (221, "Weststadt"),
    (222, "Südwest"),
    (310, "Westliches Ringgebiet"),
    (321, "Lehndorf-Watenbüttel"),
    (322, "Nördliche Schunter-/Okeraue"),
    (330, "Nordstadt-Schunteraue"),
];

pub fn name_of(number: u16) -> Option<&'static str> {
    STADTBEZIRKE
        .iter()
        .find(|(n, _)| *n == number)
        .map(|(_, name)| *name)
}

/// A point in the map's viewBox, in whole units (1 unit ≈ 16 m; the app then needs no
/// floating-point parsing or formatting).
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize, Deserialize)]
pub struct Point {
    pub x: i32,
    pub y: i32,
}

/// One district as `GET /api/districts` sends it.
#[cfg_attr(feature = "openapi", derive(utoipa::ToSchema))]
#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct District {
    /// The official Stadtbezirk number, e.g. 130.
    pub number: u16,
    pub name: String,
    /// SVG path data in the map's viewBox ([`MAP_VIEWBOX`]).
    pub path: String,
    /// Where the label goes.
    pub label: Point,
    /// Networks in this district (city-wide ones not counted).
    pub network_count: u32,
    /// Open needs in this district today (city-wide ones not counted).
    #[serde(default)]
    pub need_count: u32,
}

/// The SVG viewBox the district paths are drawn in: `0 0 width height`.
pub const MAP_VIEWBOX: (u32, u32) = (1000, 1196);

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn twelve_distinct_districts() {
        let mut numbers: Vec<u16> = STADTBEZIRKE.iter().map(|(n, _)| *n).collect();
        numbers.dedup();
        assert_eq!(numbers.len(), 12);
        assert_eq!(name_of(130), Some("Mitte"));
        assert_eq!(name_of(131), None);
    }
}
