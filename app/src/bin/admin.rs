//! Entry point of the coordinators' area (admin.html): renders [`app::admin::AdminApp`], or
//! the networks' editors' area under `/mein-netzwerk` ([`app::editor::EditorApp`]).

fn main() {
    let path = web_sys::window()
        .and_then(|w| w.location().pathname().ok())
        .unwrap_or_default();
    // The networks' editors' area shares this wasm: it is never part of the public first view.
    if path.starts_with("/mein-netzwerk") {
        app::mount_into_main(app::editor::EditorApp);
    } else {
        app::mount_into_main(app::admin::AdminApp);
    }
}
