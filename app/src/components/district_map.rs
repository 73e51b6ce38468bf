//! The interactive SVG map of the 12 Stadtbezirke.

use super::district_list::networks_label;
use crate::i18n::{map::Map, t};
use leptos::prelude::*;
use model::district::MAP_VIEWBOX;
use model::District;
use wasm_bindgen::JsCast;

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

thread_local! {
    /// The district whose panel was just closed: the map gives its link the focus back.
    static RETURN_FOCUS: std::cell::Cell<Option<u16>> = const { std::cell::Cell::new(None) };
}

/// The panel of district `number` closes: its link on the map gets the focus back.
pub fn return_focus_to(number: u16) {
    RETURN_FOCUS.with(|cell| cell.set(Some(number)));
}

/// Which district link should get the focus back (once).
fn take_return_focus() -> Option<u16> {
    RETURN_FOCUS.with(std::cell::Cell::take)
}

/// Every district is a link to `/bezirk/<number>`, reachable by Tab and opened by Enter;
/// its accessible name begins with the district's name.
#[component]
pub fn DistrictMap(
    districts: Vec<District>,
    #[prop(into)] selected: Signal<Option<u16>>,
) -> impl IntoView {
    let (width, height) = MAP_VIEWBOX;
    // Back from a district's panel: its link gets the focus again.
    if let Some(number) = take_return_focus() {
        request_animation_frame(move || {
            let link = web_sys::window()
                .and_then(|w| w.document())
                .and_then(|d| {
                    d.query_selector(&format!("a.district[href=\"/bezirk/{number}\"]"))
                        .ok()
                        .flatten()
                })
                .and_then(|e| e.dyn_into::<web_sys::SvgElement>().ok());
            if let Some(link) = link {
                let _ = link.focus();
            }
        });
    }
    let shapes = districts
        .iter()
        .map(|district| {
            let number = district.number;
            let href = format!("/bezirk/{number}");
            let label = format!(
                "{}, {}",
                district.name,
                networks_label(district.network_count)
            );
            let is_selected = move || selected.get() == Some(number);
            // The `<g>` tells the view macro that this `<a>` is an SVG link, not an HTML one.
            view! {
                <g>
                <a
                    href=href
                    class="district"
                    class:selected=is_selected
                    aria-label=label
                    aria-current=move || is_selected().then_some("page")
                >
                    <path d=district.path.clone()></path>
                </a>
                </g>
            }
        })
        .collect_view();
    let labels = districts
        .iter()
        .map(|district| {
            let number = district.number;
            let (x, y) = (district.label.x, district.label.y);
            let lines = label_lines(&district.name);
            let first_line_y = y + 44;
            view! {
                <g class="district-label" class:selected=move || selected.get() == Some(number)>
                    <circle cx=x cy=y r="24"></circle>
                    <text class="count" x=x y=y + 9>{district.network_count}</text>
                    <text class="name" x=x y=first_line_y>
                        {lines
                            .into_iter()
                            .enumerate()
                            .map(|(i, line)| {
                                view! { <tspan x=x dy=if i == 0 { "0" } else { "1.1em" }>{line}</tspan> }
                            })
                            .collect_view()}
                    </text>
                </g>
            }
        })
        .collect_view();
    view! {
        <svg
            class="district-map"
            viewBox=format!("0 0 {width} {height}")
            role="group"
            aria-label=t(Map::MapLabel)
        >
            <g class="districts">{shapes}</g>
            <g class="labels" aria-hidden="true">{labels}</g>
        </svg>
    }
}

#[cfg(test)]
mod tests {
    use super::*;

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
}
