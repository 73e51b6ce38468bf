//! The interactive SVG map of the 12 Stadtbezirke: markup from `model::render` (or the
//! Worker's, kept from the first page), the chosen district marked in place.

use crate::i18n::AppWords;
use leptos::prelude::*;
use model::District;
use wasm_bindgen::JsCast;

thread_local! {
    /// The district whose panel was just closed: the map gives its link the focus back.
    static RETURN_FOCUS: std::cell::Cell<Option<u16>> = const { std::cell::Cell::new(None) };
}

/// The panel of district `number` closes: its link on the map gets the focus back.
pub fn return_focus_to(number: u16) {
    RETURN_FOCUS.with(|cell| cell.set(Some(number)));
}

fn document() -> Option<web_sys::Document> {
    web_sys::window()?.document()
}

/// Marks district `selected` (and no other) on every map in the page: its link's class and
/// `aria-current`, its label's class.
fn mark_selected(selected: Option<u16>) {
    let Some(document) = document() else { return };
    let Ok(links) = document
        .query_selector_all("svg.district-map a.district, svg.district-map g.district-label")
    else {
        return;
    };
    for i in 0..links.length() {
        let Some(element) = links
            .item(i)
            .and_then(|n| n.dyn_into::<web_sys::Element>().ok())
        else {
            continue;
        };
        let number = element
            .get_attribute("href")
            .and_then(|href| href.strip_prefix("/bezirk/").map(str::to_string))
            .or_else(|| element.get_attribute(model::shell::DISTRICT))
            .and_then(|n| n.parse::<u16>().ok());
        let chosen = number.is_some() && number == selected;
        let _ = element.class_list().toggle_with_force("selected", chosen);
        if element.tag_name() == "a" {
            let _ = if chosen {
                element.set_attribute("aria-current", "page")
            } else {
                element.remove_attribute("aria-current")
            };
        }
    }
}

/// Back from a district's panel: its link gets the focus again (once).
fn return_focus() {
    let Some(number) = RETURN_FOCUS.with(std::cell::Cell::take) else {
        return;
    };
    request_animation_frame(move || {
        let link = document()
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

/// The map's SVG: rendered from the districts when their shapes are known, else the
/// Worker's markup of this visit's first page.
pub fn map_markup(districts: &[District], kept: Option<String>) -> Option<String> {
    if districts.iter().all(|d| !d.path.is_empty()) && !districts.is_empty() {
        Some(model::render::map::map_svg(&AppWords, districts, None).into_string())
    } else {
        kept
    }
}

/// Every district is a link to `/bezirk/<number>`, reachable by Tab and opened by Enter.
#[component]
pub fn DistrictMap(markup: String, #[prop(into)] selected: Signal<Option<u16>>) -> impl IntoView {
    Effect::new(move |_| mark_selected(selected.get()));
    return_focus();
    view! { <div class="map-svg" inner_html=markup></div> }
}
