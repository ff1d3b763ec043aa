//! Accuracy of role phrases and of the `role-date` title check on the labelled articles of
//! `tests/fixtures/roles` (notation and counting rules in its README): `⟦phrase|id⟧` must
//! resolve to `id`, `⟦phrase|?Name⟧` and `⟦phrase|-⟧` must not resolve, `⟨title name|wrong⟩`
//! must be flagged and `⟨title name|ok⟩` must not.

use std::ops::Range;
use std::path::Path;

use vigie_core::date::article_date;
use vigie_core::{Dictionary, Lexicon};

#[derive(Debug)]
struct Label {
    range: Range<usize>,
    value: String,
    role: bool,
}

/// The text without its labels, and the labels' ranges in it.
fn strip(labelled: &str) -> (String, Vec<Label>) {
    let mut text = String::with_capacity(labelled.len());
    let mut labels = Vec::new();
    let mut rest = labelled;
    while let Some(i) = rest.find(['⟦', '⟨']) {
        let open = rest[i..].chars().next().unwrap();
        let close = if open == '⟦' { '⟧' } else { '⟩' };
        text.push_str(&rest[..i]);
        let body_start = i + open.len_utf8();
        let end = body_start + rest[body_start..].find(close).expect("closed label");
        let body = &rest[body_start..end];
        let bar = body.rfind('|').expect("label value");
        let start = text.len();
        text.push_str(&body[..bar]);
        labels.push(Label {
            range: start..text.len(),
            value: body[bar + 1..].to_string(),
            role: open == '⟦',
        });
        rest = &rest[end + close.len_utf8()..];
    }
    text.push_str(rest);
    (text, labels)
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

#[derive(Default, Debug)]
struct Score {
    tp: usize,
    errors: usize,
    fp: usize,
    expected: usize,
    misses: Vec<String>,
}

impl Score {
    fn precision(&self) -> f64 {
        self.tp as f64 / (self.tp + self.errors + self.fp).max(1) as f64
    }
    fn recall(&self) -> f64 {
        self.tp as f64 / self.expected.max(1) as f64
    }
}

fn score() -> (Score, Score) {
    let lexicon = Lexicon::new(Dictionary::embedded().unwrap().0);
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("../../tests/fixtures/roles");
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.to_string_lossy().ends_with(".fr.md") || p.to_string_lossy().ends_with(".en.md"))
        .collect();
    files.sort();
    assert_eq!(files.len(), 47);
    let (mut roles, mut titles) = (Score::default(), Score::default());
    for path in files {
        let name = path.file_name().unwrap().to_string_lossy().to_string();
        let (text, labels) = strip(&std::fs::read_to_string(&path).unwrap());
        let date = article_date(&text);
        assert!(date.is_some(), "{name} has a date");
        let (mentions, flagged) = lexicon.find_with_titles(&text, date);
        let via: Vec<_> = mentions.iter().filter(|m| m.via_role.is_some()).collect();
        for l in labels.iter().filter(|l| l.role) {
            let hits: Vec<_> = via.iter().filter(|m| overlaps(&m.range, &l.range)).collect();
            let phrase = &text[l.range.clone()];
            if l.value.starts_with('?') || l.value == "-" {
                for m in hits {
                    roles.fp += 1;
                    let id = &lexicon.dict.entries[m.entries[0]].id;
                    roles
                        .misses
                        .push(format!("{name}: «{phrase}» must not resolve ({}), got {id}", l.value));
                }
                continue;
            }
            roles.expected += 1;
            let ids: Vec<&str> = hits
                .iter()
                .map(|m| lexicon.dict.entries[m.entries[0]].id.as_str())
                .collect();
            if ids.contains(&l.value.as_str()) {
                roles.tp += 1;
            } else if !ids.is_empty() {
                roles.errors += 1;
                roles
                    .misses
                    .push(format!("{name}: «{phrase}» → {} expected, got {ids:?}", l.value));
            } else {
                roles
                    .misses
                    .push(format!("{name}: «{phrase}» → {} not resolved", l.value));
            }
        }
        for m in &via {
            if !labels.iter().any(|l| l.role && overlaps(&m.range, &l.range)) {
                roles.fp += 1;
                let id = &lexicon.dict.entries[m.entries[0]].id;
                roles.misses.push(format!(
                    "{name}: «{}» resolved to {id} without a label",
                    &text[m.range.clone()]
                ));
            }
        }
        for l in labels.iter().filter(|l| !l.role) {
            let flagged_here = flagged.iter().any(|f| overlaps(&f.range, &l.range));
            let pair = &text[l.range.clone()];
            match (l.value.as_str(), flagged_here) {
                ("wrong", true) => titles.tp += 1,
                ("wrong", false) => titles.misses.push(format!("{name}: «{pair}» not flagged")),
                (_, true) => {
                    titles.fp += 1;
                    titles.misses.push(format!("{name}: «{pair}» flagged but ok"));
                }
                _ => {}
            }
            if l.value == "wrong" {
                titles.expected += 1;
            }
        }
        for f in &flagged {
            if !labels.iter().any(|l| !l.role && overlaps(&f.range, &l.range)) {
                titles.fp += 1;
                titles
                    .misses
                    .push(format!("{name}: «{}» flagged without a label", &text[f.range.clone()]));
            }
        }
    }
    (roles, titles)
}

/// What the analysis gets wrong today, each a known hard case: a bare title without its
/// country whose holder the article does not name, a modifier inside a genitive phrase
/// ("Ukraine's new commander-in-chief"), people the dictionary does not list (Reznikov,
/// Obama, Lindner, Morawiecki, Shapps, Cameron) and titles it has no office for (senator,
/// Ground Forces commander). The test fails when one starts passing, so the list stays true.
const HARD_CASES: &[&str] = &[
    "23-messe-leon-xiv.fr.md: «conseiller à la sécurité nationale» → marco-rubio not resolved",
    "27-alaska.fr.md: «le secrétaire d'État» → marco-rubio not resolved",
    "28-armees-mandon.fr.md: «Le chef de l'État» → emmanuel-macron not resolved",
    "30-syrskyi-first-day.en.md: «Ukraine's new commander-in-chief» → oleksandr-syrsky not resolved",
    "31-healey-odesa.en.md: «Britain's new defence secretary» → john-healey not resolved",
    "32-rutte-kyiv.en.md: «NATO's new secretary-general» → mark-rutte not resolved",
    "01-zaloujny-sursis.fr.md: «le ministre de la Défense Oleksiï Reznikov» not flagged",
    "13-investiture.fr.md: «Le président Barack Obama» not flagged",
    "20-election-merz.fr.md: «Le ministre des Finances Christian Lindner» not flagged",
    "26-nawrocki-investi.fr.md: «Le Premier ministre Mateusz Morawiecki» not flagged",
    "30-syrskyi-first-day.en.md: «Ground Forces commander Oleksandr Syrskyi» not flagged",
    "31-healey-odesa.en.md: «Defence Secretary Grant Shapps» not flagged",
    "31-healey-odesa.en.md: «Foreign Secretary David Cameron» not flagged",
    "35-rubio-sworn-in.en.md: «Senator Marco Rubio» not flagged",
];

#[test]
fn role_phrases_and_titles_on_the_labelled_articles() {
    let (roles, titles) = score();
    eprintln!(
        "role phrases: precision {:.3} recall {:.3} (tp {}, errors {}, fp {}, expected {})",
        roles.precision(),
        roles.recall(),
        roles.tp,
        roles.errors,
        roles.fp,
        roles.expected
    );
    eprintln!(
        "titles: precision {:.3} recall {:.3} (tp {}, fp {}, expected {})",
        titles.precision(),
        titles.recall(),
        titles.tp,
        titles.fp,
        titles.expected
    );
    for m in roles.misses.iter().chain(&titles.misses) {
        eprintln!("  {m}");
    }
    // Floors just under the measured scores (see the README's numbers): role phrases
    // 1.000 / 0.986, titles 1.000 / 0.930.
    assert!(
        roles.precision() >= 0.995,
        "role phrases precision {:.3}",
        roles.precision()
    );
    assert!(roles.recall() >= 0.98, "role phrases recall {:.3}", roles.recall());
    assert!(
        titles.precision() >= 0.995,
        "titles precision {:.3}",
        titles.precision()
    );
    assert!(titles.recall() >= 0.925, "titles recall {:.3}", titles.recall());
    let misses: Vec<&str> = roles.misses.iter().chain(&titles.misses).map(String::as_str).collect();
    let new: Vec<&&str> = misses.iter().filter(|m| !HARD_CASES.contains(m)).collect();
    let fixed: Vec<&&str> = HARD_CASES.iter().filter(|h| !misses.contains(h)).collect();
    assert!(new.is_empty(), "new misses: {new:#?}");
    assert!(
        fixed.is_empty(),
        "hard cases that now pass (remove them from HARD_CASES): {fixed:#?}"
    );
}
