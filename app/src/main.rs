//! Entry point of the browser app: renders [`app::App`] into the static page's `<main>`.

fn main() {
    app::mount_into_main(app::App);
}
