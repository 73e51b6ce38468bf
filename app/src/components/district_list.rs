//! The districts as a plain list of links: the accessible alternative to the map.

use crate::i18n::AppWords;
use leptos::prelude::*;
use model::District;

/// The list (markup from `model::render`, as the Worker sends it).
#[component]
pub fn DistrictList(districts: Vec<District>) -> impl IntoView {
    let html = model::render::map::district_list(&AppWords, &districts, None).into_string();
    view! { <div inner_html=html></div> }
}
