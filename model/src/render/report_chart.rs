//! The report's charts: inline SVG drawn where the page is written (no chart library in the
//! page), readable without colour: every bar and every district carries its number. They are
//! `aria-hidden`; the table beside each says the same to a screen reader.

use crate::district::{District, MAP_VIEWBOX};
use crate::html::Html;
use crate::report::figures::{Figure, Withheld};
use crate::{html, push_html};

/// A figure as text: the count, "< 3" or "•".
pub fn figure_text(figure: Figure, threshold: Option<u64>) -> String {
    match figure {
        Figure::Count(n) => n.to_string(),
        Figure::Withheld(Withheld::Small) => format!("< {}", threshold.unwrap_or(3)),
        Figure::Withheld(Withheld::Hidden) => "•".to_string(),
    }
}

const BAR_HEIGHT: u32 = 22;
const LABEL_WIDTH: u32 = 190;
const BAR_SPACE: u32 = 330;
const NUMBER_SPACE: u32 = 60;

/// Horizontal bars, one per row (label, figure); a withheld figure has no bar, only its mark.
pub fn bars(rows: &[(String, Figure)], threshold: Option<u64>) -> Html {
    let width = LABEL_WIDTH + BAR_SPACE + NUMBER_SPACE;
    let height = BAR_HEIGHT * rows.len().max(1) as u32 + 4;
    let max = rows
        .iter()
        .filter_map(|(_, f)| f.count())
        .max()
        .unwrap_or(0)
        .max(1);
    let mut svg = html!(
        "<svg class=\"report-bars\" viewBox=\"0 0 {width} {height}\" aria-hidden=\"true\" focusable=\"false\">",
        width = width,
        height = height,
    );
    for (i, (label, figure)) in rows.iter().enumerate() {
        let y = i as u32 * BAR_HEIGHT + 2;
        let length = figure
            .count()
            .map_or(0, |n| (n * u64::from(BAR_SPACE) / max) as u32);
        push_html!(
            svg,
            "<text class=\"bar-label\" x=\"{x}\" y=\"{ty}\">{label}</text><rect class=\"bar\" x=\"{bx}\" y=\"{y}\" width=\"{length}\" height=\"{h}\"></rect><text class=\"bar-number\" x=\"{nx}\" y=\"{ty}\">{number}</text>",
            x = LABEL_WIDTH - 8,
            ty = y + 15,
            label = crate::render::short(label, 28),
            bx = LABEL_WIDTH,
            y = y,
            length = length,
            h = BAR_HEIGHT - 6,
            nx = LABEL_WIDTH + length + 6,
            number = figure_text(*figure, threshold),
        );
    }
    push_html!(svg, "</svg>");
    svg
}

/// The districts shaded by their figure (five steps of the largest), each with its number
/// printed on it; withheld ones unshaded with their mark.
pub fn district_map(
    districts: &[District],
    figure_of: &dyn Fn(u16) -> Figure,
    threshold: Option<u64>,
) -> Html {
    let (width, height) = MAP_VIEWBOX;
    let max = districts
        .iter()
        .filter_map(|d| figure_of(d.number).count())
        .max()
        .unwrap_or(0)
        .max(1);
    let mut svg = html!(
        "<svg class=\"report-map\" viewBox=\"0 0 {width} {height}\" aria-hidden=\"true\" focusable=\"false\">",
        width = width,
        height = height,
    );
    for district in districts {
        let shade = figure_of(district.number).count().map_or(0, |n| {
            if n == 0 {
                0
            } else {
                1 + (n * 4).div_ceil(max).min(4)
            }
        });
        push_html!(
            svg,
            "<path class=\"shade-{shade}\" d=\"{path}\"></path>",
            shade = shade,
            path = district.path,
        );
    }
    for district in districts {
        let (x, y) = (district.label.x, district.label.y);
        push_html!(
            svg,
            "<g class=\"map-number\"><circle cx=\"{x}\" cy=\"{y}\" r=\"26\"></circle><text x=\"{x}\" y=\"{ty}\">{number}</text></g>",
            x = x,
            y = y,
            ty = y + 9,
            number = figure_text(figure_of(district.number), threshold),
        );
    }
    push_html!(svg, "</svg>");
    svg
}
