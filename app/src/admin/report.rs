//! "Bericht": the figures for the Steuerungskreis INTEGRATION and the Runde Tisch. The Worker
//! draws the document (tables and SVG charts, `model::render::report`); the area picks the
//! period, shows exact figures or the protected ones that may leave it, offers the tables as
//! CSV, prints the handout with a remark, and publishes a year or a quarter.

use super::client;
use super::report_period::{csv_path, document_path, not_publishable, period, Pick};
use super::session::Session;
use leptos::prelude::*;
use leptos::task::spawn_local;
use model::report::figures::TableId;
use model::report::publication::{Publication, PublishInput};
use model::report::{Month, Period};
use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;

/// This month in Braunschweig, as the browser's clock says.
fn this_month() -> Month {
    Month::of(model::day::Day::in_berlin(js_sys::Date::now()))
}

async fn fetch_document(period: Period, protected: bool) -> Result<String, client::Failure> {
    let response = client::send("GET", &document_path(period, protected), None::<&()>).await?;
    let text = response.text().map_err(|_| client::Failure::Unreachable)?;
    let text = JsFuture::from(text)
        .await
        .map_err(|_| client::Failure::Unreachable)?;
    Ok(text.as_string().unwrap_or_default())
}

#[component]
pub fn Report() -> impl IntoView {
    let now = this_month();
    let pick = RwSignal::new(Pick::Year);
    let year = RwSignal::new((now.year() - u16::from(now.number() == 1)).to_string());
    let quarter = RwSignal::new(((now.quarter() + 2) % 4 + 1).to_string());
    let from = RwSignal::new(format!("{}-01", now.year()));
    let to = RwSignal::new(now.to_string());
    let protected = RwSignal::new(false);
    let remark = RwSignal::new(String::new());
    let document = RwSignal::new(None::<String>);
    let message = RwSignal::new(None::<String>);
    let done = RwSignal::new(None::<String>);
    let confirming = RwSignal::new(false);
    let session = Session::get();
    let chosen = move || {
        period(
            pick.get(),
            &year.get(),
            &quarter.get(),
            &from.get(),
            &to.get(),
        )
    };
    let show = move |printing: bool| {
        let Some(chosen) = chosen() else {
            message.set(Some("Bitte einen gültigen Zeitraum wählen.".into()));
            return;
        };
        let protected = printing || protected.get_untracked();
        spawn_local(async move {
            match fetch_document(chosen, protected).await {
                Ok(html) => {
                    message.set(None);
                    document.set(Some(html));
                    if printing {
                        // Printed once the browser has laid out the new figures.
                        let print = wasm_bindgen::closure::Closure::once_into_js(|| {
                            if let Some(w) = web_sys::window() {
                                let _ = w.print();
                            }
                        });
                        if let Some(w) = web_sys::window() {
                            let _ = w.request_animation_frame(print.unchecked_ref());
                        }
                    }
                }
                Err(failure) => session.handle(failure, message),
            }
        });
    };
    let publish = move || {
        let Some(chosen) = chosen() else { return };
        let input = PublishInput {
            period: chosen,
            remark: Some(remark.get_untracked()).filter(|r| !r.trim().is_empty()),
        };
        spawn_local(async move {
            match client::call::<Publication>("POST", "/api/admin/report/publish", Some(&input))
                .await
            {
                Ok(published) => {
                    confirming.set(false);
                    message.set(None);
                    done.set(Some(format!(
                        "Veröffentlicht (Fassung {}): /zahlen/{}",
                        published.version, published.report.period
                    )));
                }
                Err(failure) => {
                    confirming.set(false);
                    session.handle(failure, message)
                }
            }
        });
    };
    show(false);
    let today =
        model::render::german_date(&model::day::Day::in_berlin(js_sys::Date::now()).to_string());
    view! {
        <section aria-labelledby="bericht" class="report-area">
            <h2 id="bericht" class="no-print">"Bericht"</h2>
            <form class="report-controls no-print" on:submit=move |e| { e.prevent_default(); show(false); }>
                <fieldset>
                    <legend>"Zeitraum"</legend>
                    <label>"Art "
                        <select on:change=move |e| pick.set(Pick::from_key(&event_target_value(&e)))>
                            <option value="year">"Jahr"</option>
                            <option value="quarter">"Quartal"</option>
                            <option value="months">"Monate"</option>
                        </select>
                    </label>
                    <Show when=move || pick.get() != Pick::Months>
                        <label>"Jahr " <input type="number" min="2016" max="2100" prop:value=move || year.get()
                            on:input=move |e| year.set(event_target_value(&e))/></label>
                    </Show>
                    <Show when=move || pick.get() == Pick::Quarter>
                        <label>"Quartal "
                            <select prop:value=move || quarter.get() on:change=move |e| quarter.set(event_target_value(&e))>
                                <option value="1">"1. Quartal"</option>
                                <option value="2">"2. Quartal"</option>
                                <option value="3">"3. Quartal"</option>
                                <option value="4">"4. Quartal"</option>
                            </select>
                        </label>
                    </Show>
                    <Show when=move || pick.get() == Pick::Months>
                        <label>"von " <input type="month" prop:value=move || from.get() on:input=move |e| from.set(event_target_value(&e))/></label>
                        <label>"bis " <input type="month" prop:value=move || to.get() on:input=move |e| to.set(event_target_value(&e))/></label>
                    </Show>
                </fieldset>
                <label class="check"><input type="checkbox" prop:checked=move || protected.get()
                    on:change=move |e| { protected.set(event_target_checked(&e)); show(false); }/>
                    " So zeigen, wie er die Koordinierungsstelle verlässt (kleine Zahlen als „< 3“)"</label>
                <button type="submit">"Anzeigen"</button>
                <label class="remark">"Bemerkung für Ausdruck und Veröffentlichung"
                    <textarea maxlength="600" prop:value=move || remark.get() on:input=move |e| remark.set(event_target_value(&e))></textarea></label>
                <div class="actions">
                    <button type="button" on:click=move |_| show(true)>"Drucken"</button>
                    {move || match chosen().and_then(|p| not_publishable(p, this_month()).map(|why| (p, why))) {
                        Some((_, why)) => view! { <p class="hint">{why}</p> }.into_any(),
                        None if confirming.get() => view! {
                            <span>"Danach ist er für alle unter /zahlen zu lesen und ändert sich nicht mehr. "
                            <button type="button" on:click=move |_| publish()>"Ja, veröffentlichen"</button>
                            <button type="button" on:click=move |_| confirming.set(false)>"Abbrechen"</button></span>
                        }.into_any(),
                        None => view! { <button type="button" on:click=move |_| confirming.set(true)>"Veröffentlichen …"</button> }.into_any(),
                    }}
                </div>
            </form>
            {move || message.get().map(|m| view! { <p class="error no-print" role="alert">{m}</p> })}
            {move || done.get().map(|m| view! { <p class="done no-print" role="status">{m}</p> })}
            <header class="print-only report-print-head">
                <p>"Stadt Braunschweig · Koordinierungsstelle „Ehrenamt zur Integration von Flüchtlingen“"</p>
                <p>{format!("Stand: {today}")}</p>
                {move || (!remark.get().trim().is_empty()).then(|| view! { <p class="report-print-remark">{remark.get()}</p> })}
            </header>
            <div class="report-document" inner_html=move || document.get().unwrap_or_default()></div>
            <nav class="report-csv no-print" aria-label="Tabellen als CSV">
                <h3>"Tabellen als CSV (geschützt, wie sie die Koordinierungsstelle verlassen)"</h3>
                <ul>
                    {move || chosen().map(|p| TableId::ALL.iter().map(|t| view! {
                        <li><a href=csv_path(p, t.key()) download>{t.key()}</a></li>
                    }).collect_view())}
                </ul>
            </nav>
        </section>
    }
}
