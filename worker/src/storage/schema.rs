//! For tests of the SQL itself: an SQLite database in memory with the Worker's own schema
//! (every migration, in order), so a clause is tested against the tables it runs on.

use std::path::PathBuf;

fn migrations() -> Vec<PathBuf> {
    let folder = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("migrations");
    let mut files: Vec<_> = std::fs::read_dir(&folder)
        .expect("worker/migrations")
        .map(|entry| entry.expect("an entry").path())
        .collect();
    files.sort();
    files
}

/// Runs the migration file `file` on `db`.
pub fn apply(db: &rusqlite::Connection, file: &std::path::Path) {
    let sql = std::fs::read_to_string(file).expect("a migration");
    db.execute_batch(&sql)
        .unwrap_or_else(|e| panic!("{}: {e}", file.display()));
}

/// A database with every migration applied.
pub fn database() -> rusqlite::Connection {
    let (db, rest) = database_before("");
    for file in rest {
        apply(&db, &file);
    }
    db
}

/// A database with the migrations before the one whose name starts with `name` (all where
/// `name` is empty), and the files of the rest, to apply after rows were written.
pub fn database_before(name: &str) -> (rusqlite::Connection, Vec<PathBuf>) {
    let db = rusqlite::Connection::open_in_memory().expect("SQLite in memory");
    let files = migrations();
    let at = files
        .iter()
        .position(|f| {
            !name.is_empty()
                && f.file_name()
                    .is_some_and(|n| n.to_string_lossy().starts_with(name))
        })
        .unwrap_or(files.len());
    for file in &files[..at] {
        apply(&db, file);
    }
    (db, files[at..].to_vec())
}
