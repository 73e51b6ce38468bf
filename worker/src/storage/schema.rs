//! For tests of the SQL itself: an SQLite database in memory with the Worker's own schema
//! (every migration, in order), so a clause is tested against the tables it runs on.

/// A database with every migration applied.
pub fn database() -> rusqlite::Connection {
    let db = rusqlite::Connection::open_in_memory().expect("SQLite in memory");
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
    let mut files: Vec<_> = std::fs::read_dir(&folder)
        .expect("worker/migrations")
        .map(|entry| entry.expect("an entry").path())
        .collect();
    files.sort();
    for file in files {
        let sql = std::fs::read_to_string(&file).expect("a migration");
        db.execute_batch(&sql)
            .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
    }
    db
}
