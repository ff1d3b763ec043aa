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
    // Floors just under the measured scores (see the README's numbers).
    assert!(
        roles.precision() >= 0.975,
        "role phrases precision {:.3}",
        roles.precision()
    );
    assert!(roles.recall() >= 0.975, "role phrases recall {:.3}", roles.recall());
    assert!(titles.precision() >= 0.99, "titles precision {:.3}", titles.precision());
    assert!(titles.recall() >= 0.81, "titles recall {:.3}", titles.recall());
}
