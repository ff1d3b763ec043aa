//! What the corpus index answers, pinned: `vigie mentions ENTRY --format json` over the
//! fixture corpus and a generated one, hashed and compared with the answers the index gave
//! before its compact layout (taken with the build of main before that change). Any change
//! in what is found, where, or in which order fails here.

use std::path::Path;
use std::process::Command;

use vigie_core::corpus::synth::Generator;
use vigie_core::hash::stable_hash;
use vigie_core::Dictionary;

/// Entries asked for: the six most mentioned of the generated corpus, both sides of
/// ambiguous forms (Sénat, Mexico, Gaza), and those of the fixture corpus.
const ENTRIES: &[&str] = &[
    "alexus-grynkewich",
    "mi5",
    "raion-de-kramatorsk",
    "alexandre-loukachenko",
    "argentine",
    "forces-armees-russes",
    "senat-americain",
    "senat-francais",
    "mexique",
    "mexico",
    "bande-de-gaza",
    "kiev",
    "pokrovsk",
    "moscou",
    "volodymyr-zelensky",
    "vladimir-poutine",
];

/// `(lines, hash)` of the JSON output for each entry, in `dir` (paths relative to it).
fn answers(dir: &Path, cache: &Path) -> Vec<(String, usize, u64)> {
    ENTRIES
        .iter()
        .map(|entry| {
            let out = Command::new(env!("CARGO_BIN_EXE_vigie"))
                .args(["mentions", "--format", "json", entry, "."])
                .current_dir(dir)
                .env("VIGIE_CACHE_DIR", cache)
                .output()
                .expect("run vigie");
            let stdout = String::from_utf8(out.stdout).unwrap();
            (
                entry.to_string(),
                stdout.lines().count(),
                stable_hash(&[stdout.as_bytes()]),
            )
        })
        .collect()
}

fn generated(dir: &Path) {
    let dict = Dictionary::embedded().unwrap().0;
    let generator = Generator::new(&dict, 7);
    for i in 0..400 {
        let folder = dir.join(format!("{:02}", i % 13));
        std::fs::create_dir_all(&folder).unwrap();
        std::fs::write(folder.join(format!("{i:04}.md")), generator.article(i, 3_000)).unwrap();
    }
}

fn check(dir: &Path, expected: &[(&str, usize, u64)]) {
    let cache = tempfile::tempdir().unwrap();
    // Cold, then warm from the cache: the same answers.
    for run in ["cold", "warm"] {
        let got = answers(dir, cache.path());
        let got: Vec<(&str, usize, u64)> = got.iter().map(|(e, n, h)| (e.as_str(), *n, *h)).collect();
        assert_eq!(got, expected, "{run} run over {}", dir.display());
    }
}

#[test]
fn fixture_corpus_answers_are_unchanged() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../tests/fixtures/corpus");
    check(&dir, FIXTURE);
}

#[test]
fn generated_corpus_answers_are_unchanged() {
    let dir = tempfile::tempdir().unwrap();
    generated(dir.path());
    check(dir.path(), GENERATED);
}

/// Taken with main at cf1b337 (before the compact index).
const FIXTURE: &[(&str, usize, u64)] = &[
    ("alexus-grynkewich", 0, 10578787859588857658),
    ("mi5", 0, 10578787859588857658),
    ("raion-de-kramatorsk", 0, 10578787859588857658),
    ("alexandre-loukachenko", 0, 10578787859588857658),
    ("argentine", 0, 10578787859588857658),
    ("forces-armees-russes", 2, 10191506315805797040),
    ("senat-americain", 0, 10578787859588857658),
    ("senat-francais", 0, 10578787859588857658),
    ("mexique", 0, 10578787859588857658),
    ("mexico", 0, 10578787859588857658),
    ("bande-de-gaza", 0, 10578787859588857658),
    ("kiev", 2, 17766588340825251692),
    ("pokrovsk", 10, 1148370438704085148),
    ("moscou", 4, 10920030428890777249),
    ("volodymyr-zelensky", 1, 4182552304375915931),
    ("vladimir-poutine", 1, 11135426743655949872),
];
/// Taken with the same build, 400 articles of seed 7.
const GENERATED: &[(&str, usize, u64)] = &[
    ("alexus-grynkewich", 645, 14445306857850492558),
    ("mi5", 412, 7265682971574783466),
    ("raion-de-kramatorsk", 398, 12140510995542188399),
    ("alexandre-loukachenko", 305, 8181382675330391118),
    ("argentine", 273, 14736107854748317622),
    ("forces-armees-russes", 243, 7797409158631026960),
    ("senat-americain", 4, 15009902258513464414),
    ("senat-francais", 3, 3695222196569916184),
    ("mexique", 5, 8272294971385011514),
    ("mexico", 5, 17241675460422821999),
    ("bande-de-gaza", 2, 13868949153919482701),
    ("kiev", 1, 4283895063699892074),
    ("pokrovsk", 1, 17926741697369257695),
    ("moscou", 2, 7872778703649883963),
    ("volodymyr-zelensky", 8, 15561023747608680389),
    ("vladimir-poutine", 20, 7006084465232649742),
];
