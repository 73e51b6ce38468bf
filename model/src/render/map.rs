//! The map of the 12 Stadtbezirke (SVG with every district a real link) and the same
//! districts as a list of links.

use super::{t, Words};
use crate::district::MAP_VIEWBOX;
use crate::html::Html;
use crate::District;
use crate::{html, push_html};

/// The label lines of a district name: long names break at hyphens and spaces.
pub fn label_lines(name: &str) -> Vec<String> {
    let mut lines: Vec<String> = Vec::new();
    for word in name.split_inclusive(['-', ' ']) {
        match lines.last_mut() {
            Some(last) if last.chars().count() + word.chars().count() <= 11 => last.push_str(word),
            _ => lines.push(word.to_string()),
        }
    }
    lines
        .into_iter()
        .map(|line| line.trim_end().to_string())
        .collect()
}

/// "1 Netzwerk", "2 Netzwerke": the count as the map and the list say it.
pub fn networks_label(words: &dyn Words, count: u32) -> String {
    words.text("network-count", &[("count", &count.to_string())])
}

/// "3 Netzwerke, 1 Gesuch": what a district holds, as its link and list entry say it (the
/// needs only when there are any).
pub fn counts_label(words: &dyn Words, district: &District) -> String {
    let networks = networks_label(words, district.network_count);
    match district.need_count {
        0 => networks,
        needs => format!(
            "{networks}, {}",
            words.text("need-count", &[("count", &needs.to_string())])
        ),
    }
}

/// ` selected` for the chosen district.
fn selected_class(selected: Option<u16>, number: u16) -> &'static str {
    if selected == Some(number) {
        " selected"
    } else {
        ""
    }
}

/// The SVG map: each district an `<a href="/bezirk/N">` reachable by Tab, its accessible
/// name beginning with the district's name; the labels beside, hidden from screen readers.
pub fn map_svg(words: &dyn Words, districts: &[District], selected: Option<u16>) -> Html {
    let (width, height) = MAP_VIEWBOX;
    let mut svg = html!(
        "<svg class=\"district-map\" viewBox=\"0 0 {width} {height}\" role=\"group\" aria-label=\"{label}\"><g class=\"districts\">",
        width = width,
        height = height,
        label = t(words, "map-label"),
    );
    for district in districts {
        let number = district.number;
        let current = if selected == Some(number) {
            html!(" aria-current=\"page\"")
        } else {
            Html::new()
        };
        push_html!(
            svg,
            "<a href=\"/bezirk/{number}\" class=\"district{class}\" aria-label=\"{name}, {counts}\"{current}><path d=\"{path}\"></path></a>",
            number = number,
            class = selected_class(selected, number),
            name = district.name,
            counts = counts_label(words, district),
            current = current,
            path = district.path,
        );
    }
    push_html!(svg, "</g><g class=\"labels\" aria-hidden=\"true\">");
    for district in districts {
        let (x, y) = (district.label.x, district.label.y);
        push_html!(
            svg,
            "<g class=\"district-label{class}\" {attribute}=\"{number}\"><circle cx=\"{x}\" cy=\"{y}\" r=\"24\"></circle><text class=\"count\" x=\"{x}\" y=\"{count_y}\">{count}</text><text class=\"name\" x=\"{x}\" y=\"{name_y}\">",
            class = selected_class(selected, district.number),
            attribute = crate::shell::DISTRICT,
            number = district.number,
            x = x,
            y = y,
            count_y = y + 9,
            count = district.network_count,
            name_y = y + 44,
        );
        for (i, line) in label_lines(&district.name).iter().enumerate() {
            let dy = if i == 0 { "0" } else { "1.1em" };
            push_html!(
                svg,
                "<tspan x=\"{x}\" dy=\"{dy}\">{line}</tspan>",
                x = x,
                dy = dy,
                line = line
            );
        }
        push_html!(svg, "</text>");
        if district.need_count > 0 {
            // The needs' badge sits on the circle's upper edge, inside the label's width.
            let (bx, by) = (x + 20, y - 20);
            push_html!(
                svg,
                "<g class=\"need-badge\"><circle cx=\"{bx}\" cy=\"{by}\" r=\"14\"></circle><text x=\"{bx}\" y=\"{text_y}\">{count}</text></g>",
                bx = bx,
                by = by,
                text_y = by + 7,
                count = district.need_count,
            );
        }
        push_html!(svg, "</g>");
    }
    push_html!(svg, "</g></svg>");
    svg
}

/// The map's region: the SVG and its attribution.
pub fn map_area(words: &dyn Words, svg: &Html) -> Html {
    html!(
        "<section class=\"map-area\" aria-label=\"{region}\">{svg}<p class=\"attribution\">{attribution}</p></section>",
        region = t(words, "map-region"),
        svg = svg,
        attribution = t(words, "map-attribution"),
    )
}

/// The map beside (wide screens) or above (phones) the page's own content.
pub fn map_layout(words: &dyn Words, svg: &Html, side: &Html) -> Html {
    html!(
        "<div class=\"map-layout\">{area}<div class=\"side\">{side}</div></div>",
        area = map_area(words, svg),
        side = side,
    )
}

/// The districts as a plain list of links: the accessible alternative to the map.
pub fn district_list(words: &dyn Words, districts: &[District], selected: Option<u16>) -> Html {
    let mut list = html!(
        "<nav class=\"district-list\" aria-labelledby=\"district-list-title\"><h2 id=\"district-list-title\">{title}</h2><ul>",
        title = t(words, "all-districts"),
    );
    for district in districts {
        let number = district.number;
        let class = if selected == Some(number) {
            html!(" class=\"selected\"")
        } else {
            Html::new()
        };
        push_html!(
            list,
            "<li><a href=\"/bezirk/{number}\"{class}><span class=\"district-name\" lang=\"de\">{name}</span><span class=\"district-count\">{counts}</span></a></li>",
            number = number,
            class = class,
            name = district.name,
            counts = counts_label(words, district),
        );
    }
    push_html!(list, "</ul></nav>");
    list
}

/// The start page's text beside the map.
pub fn intro(words: &dyn Words) -> Html {
    html!(
        "<div class=\"intro\"><h1>{heading}</h1><p>{text}</p></div>",
        heading = t(words, "map-heading"),
        text = t(words, "map-intro"),
    )
}

/// The start page: the map, the intro, "Gerade gesucht" (`needs`: today's public ones, the
/// newest first) and the list of districts.
pub fn start_page(words: &dyn Words, districts: &[District], needs: &[crate::Need]) -> Html {
    let side = intro(words)
        + super::need::recent_needs(words, needs)
        + district_list(words, districts, None);
    map_layout(words, &map_svg(words, districts, None), &side)
}

/// The page's title for the district `name`: "Mitte – Netzwerkkarte …".
pub fn titled(words: &dyn Words, name: &str) -> String {
    format!("{name} – {}", t(words, "site-title"))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::render::german;
    use crate::Point;

    fn districts() -> Vec<District> {
        vec![
            District {
                number: 130,
                name: "Mitte".into(),
                path: "M0 0 l10 0 0 10 z".into(),
                label: Point { x: 5, y: 5 },
                network_count: 1,
                need_count: 0,
            },
            District {
                number: 112,
                name: "Wabe-Schunter-Beberbach".into(),
                path: "M20 0 l10 0 0 10 z".into(),
                label: Point { x: 25, y: 5 },
                network_count: 3,
                need_count: 2,
            },
        ]
    }

    #[test]
    fn long_names_break_into_short_lines() {
        assert_eq!(label_lines("Mitte"), ["Mitte"]);
        assert_eq!(
            label_lines("Wabe-Schunter-Beberbach"),
            ["Wabe-", "Schunter-", "Beberbach"]
        );
        assert_eq!(
            label_lines("Östliches Ringgebiet"),
            ["Östliches", "Ringgebiet"]
        );
        assert_eq!(
            label_lines("Nördliche Schunter-/Okeraue"),
            ["Nördliche", "Schunter-", "/Okeraue"]
        );
    }

    #[test]
    fn every_district_is_a_link_and_the_selected_one_is_marked() {
        german::with(|words| {
            let svg = map_svg(words, &districts(), Some(130)).into_string();
            assert!(svg.contains("<a href=\"/bezirk/130\" class=\"district selected\" aria-label=\"Mitte, 1 Netzwerk\" aria-current=\"page\">"));
            assert!(svg.contains("<a href=\"/bezirk/112\" class=\"district\" aria-label=\"Wabe-Schunter-Beberbach, 3 Netzwerke, 2 Gesuche\">"));
            assert_eq!(svg.matches("class=\"need-badge\"").count(), 1);
            assert!(svg.contains("<text x=\"45\" y=\"-8\">2</text>"));
            assert!(svg.contains("<tspan x=\"25\" dy=\"1.1em\">Schunter-</tspan>"));
            assert_eq!(svg.matches("<a href").count(), 2);
        });
    }

    #[test]
    fn the_list_names_each_district_in_german() {
        german::with(|words| {
            let list = district_list(words, &districts(), None).into_string();
            assert!(list.contains("<span class=\"district-name\" lang=\"de\">Mitte</span><span class=\"district-count\">1 Netzwerk</span>"));
            assert!(start_page(words, &districts(), &[])
                .as_str()
                .contains("<h1>Ehrenamt für Geflüchtete in Braunschweig</h1>"));
        });
    }
}
