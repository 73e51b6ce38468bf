//! Entry point of the coordinators' area (admin.html): renders [`app::admin::AdminApp`].

fn main() {
    app::mount_into_main(app::admin::AdminApp);
}
