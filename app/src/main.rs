//! Entry point of the browser app: mounts [`app::App`] on `<body>`.

fn main() {
    leptos::mount::mount_to_body(app::App);
}
