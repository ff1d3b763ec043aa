//! Language detection over every fixture file (French and English copy of every kind): the
//! verdict of the detection as first written (`vigie_core::fuzzing::language_detection`).

use std::path::Path;

fn walk(dir: &Path, seen: &mut usize) {
    for entry in std::fs::read_dir(dir).unwrap().flatten() {
        let path = entry.path();
        if path.is_dir() {
            walk(&path, seen);
        } else if let Ok(text) = std::fs::read_to_string(&path) {
            vigie_core::fuzzing::language_detection(&text);
            *seen += 1;
        }
    }
}

#[test]
fn the_same_verdict_as_first_written_on_every_fixture() {
    let mut seen = 0;
    walk(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures"),
        &mut seen,
    );
    walk(&Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures"), &mut seen);
    assert!(seen > 50, "{seen} fixture files");
}
