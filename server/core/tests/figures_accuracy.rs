//! Precision and recall of the unsourced-figure check on the labelled corpus in
//! `tests/fixtures/figures/` (see its README for the notation).
//!
//! A reported range that overlaps a `[[...]]` label is a true positive; any other reported
//! range is a false positive; a `[[...]]` label that no report overlaps is a false negative.
//! The test prints both scores and every miss, and fails below its floors (0.97 each on this corpus, see the tests for the others).

use std::ops::Range;
use std::path::PathBuf;
use vigie_core::figures::{unsourced, FigureOptions};

/// Misses the analysis still gets wrong, by file and figure text. They are documentation:
/// precision and recall are computed on everything, these included. An entry that stops
/// being a miss fails the test, so that the list never goes stale.
/// Each entry: file, figure text as labelled or reported, why it fails.
const KNOWN_HARD: &[(&str, &str, &str)] = &[
    (
        "38-zaporizhzhia-front.en.md",
        "about 30 kilometres",
        "labelled before tests/fixtures/figures-real/GUIDELINE.md, whose `location` leaves unmarked a distance that only locates a place (\"à 15 km de Lyon\"), here in apposition to the city; the corpora written to it leave \"about 30 km from the Russian border\" unmarked; the label stays, the disagreement is listed",
    ),
    (
        "01-kharkiv-frappes.fr.md",
        "une trentaine de kilomètres",
        "same disagreement (\"se trouve à une trentaine de kilomètres de la frontière\")",
    ),
    (
        "15-drones.fr.md",
        "plus de 1 000 km",
        "same disagreement (\"au Tatarstan, à plus de 1 000 km du front\")",
    ),
    (
        "14-budget-defense.fr.md",
        "413 milliards d'euros",
        "labelled before tests/fixtures/figures-real/GUIDELINE.md, which makes a law that sets a figure no source (\"la loi abaisse le seuil\"); the held-out corpus labels a budget that \"prévoit\" the same way; the label stays, the disagreement is listed",
    ),
    (
        "14-displacement-iom.en.md",
        "more than 6 million",
        "labelled before tests/fixtures/figures-real/GUIDELINE.md, whose continued attribution covers an explicit continuation of the figure just attributed (\"C'est moins que l'an dernier, quand elle atteignait 40 %\"): here its earlier value (\"That is down from\"); the label stays, the disagreement is listed",
    ),
    (
        "07-cereales.fr.md",
        "22\u{a0}%",
        "same disagreement (\"C'est 22 % de moins qu'à la même période\", a comparison with the figure just attributed, which the corpora written to the guideline label sourced seven times out of seven)",
    ),
    (
        "09-plafond-petrole.fr.md",
        "près d'un tiers des exportations",
        "labelled before tests/fixtures/figures-real/GUIDELINE.md, whose continued attribution takes a pronoun as the subject of a reporting verb only (\"Il a ajouté que…\"); \"Ils transportent…\" is a new assertion, as the corpora written to the guideline label \"They account for roughly a quarter\" and \"They came from 88 clubs\"; the label stays, the disagreement is listed",
    ),
    (
        "39-energy-grid.en.md",
        "more than 3 million households",
        "same disagreement (\"They produce electricity for…\" after an attributed sentence)",
    ),
    (
        "46-salon-bourget.fr.md",
        "des milliers",
        "same disagreement (\"Il a promis d'en commander…\": a pledge, an act in the corpora written to the guideline)",
    ),
    (
        "03-sondage-soutien.fr.md",
        "1 012 personnes",
        "labelled before tests/fixtures/figures-real/GUIDELINE.md, which does not cover a figure in an apposition that describes the source itself; the twenty-ninth corpus, written to the guideline, flags a poll's sample in the same place (\"Un sondage…, réalisé auprès de 1 004 réfugiés…, montre que\"); the label stays, the disagreement is listed",
    ),
    (
        "10-cereales.fr.md",
        "trois reprises",
        "labelled before tests/fixtures/figures-real/GUIDELINE.md; the corpora written to it count events the way they count \"met Putin five times\" (\"à neuf reprises cet été\" flagged in the thirty-sixth, and in the twelfth and thirty-fifth); the label stays, the disagreement is listed",
    ),
    (
        "36-refugees-poland.en.md",
        "800 zlotys",
        "labelled before tests/fixtures/figures-real/GUIDELINE.md, which says \"under the law\" is a rule, not a source; the label stays, the disagreement is listed",
    ),
    (
        "06-otan-budgets.fr.txt",
        "64 milliards d'euros",
        "same disagreement as above (\"selon la loi de programmation militaire\")",
    ),
];

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Label {
    /// `[[...]]`: must be flagged.
    Flag,
    /// `{{...}}`: a figure that must not be flagged.
    Sourced,
}

struct Article {
    name: String,
    text: String,
    labels: Vec<(Range<usize>, Label)>,
}

/// Strips the marks and returns the labels' ranges in the stripped text.
fn parse(name: &str, raw: &str) -> Article {
    let mut text = String::with_capacity(raw.len());
    let mut labels = Vec::new();
    let mut open: Option<(usize, Label)> = None;
    let mut rest = raw;
    while !rest.is_empty() {
        let (mark, label) = if rest.starts_with("[[") {
            ("[[", Some(Label::Flag))
        } else if rest.starts_with("{{") {
            ("{{", Some(Label::Sourced))
        } else if rest.starts_with("]]") || rest.starts_with("}}") {
            (&rest[..2], None)
        } else {
            let c = rest.chars().next().unwrap();
            text.push(c);
            rest = &rest[c.len_utf8()..];
            continue;
        };
        match (label, open) {
            (Some(l), None) => open = Some((text.len(), l)),
            (None, Some((start, l))) => {
                let expected = if l == Label::Flag { "]]" } else { "}}" };
                assert_eq!(mark, expected, "{name}: mismatched label near {:?}", &text[start..]);
                labels.push((start..text.len(), l));
                open = None;
            }
            _ => panic!("{name}: nested or unbalanced label near byte {}", text.len()),
        }
        rest = &rest[2..];
    }
    assert!(open.is_none(), "{name}: unclosed label");
    Article {
        name: name.to_owned(),
        text,
        labels,
    }
}

fn corpus() -> Vec<Article> {
    corpus_in("figures")
}

/// The labelled articles of tests/fixtures/DIR.
fn corpus_in(dir: &str) -> Vec<Article> {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR"))
        .join("../../tests/fixtures")
        .join(dir);
    articles_in(&dir, |n| n.starts_with(|c: char| c.is_ascii_digit()))
}

/// The labelled articles of `dir` whose file name passes `keep`.
fn articles_in(dir: &std::path::Path, keep: impl Fn(&str) -> bool) -> Vec<Article> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(dir)
        .expect("corpus directory")
        .map(|e| e.expect("entry").path())
        .filter(|p| p.file_name().and_then(|n| n.to_str()).is_some_and(&keep))
        .collect();
    files.sort();
    files
        .iter()
        .map(|p| {
            let raw = std::fs::read_to_string(p).expect("article");
            parse(p.file_name().unwrap().to_str().unwrap(), &raw)
        })
        .collect()
}

fn overlaps(a: &Range<usize>, b: &Range<usize>) -> bool {
    a.start < b.end && b.start < a.end
}

#[test]
fn corpus_is_big_enough() {
    let articles = corpus();
    let labels: usize = articles.iter().map(|a| a.labels.len()).sum();
    let french = articles.iter().filter(|a| a.name.contains(".fr.")).count();
    assert!(articles.len() >= 40, "{} articles", articles.len());
    assert!(labels >= 200, "{labels} labels");
    assert!(french * 10 >= articles.len() * 5, "{french} French articles");
    for a in &articles {
        assert!(
            a.name.contains(".fr.") || a.name.contains(".en."),
            "{}: language in the name",
            a.name
        );
    }
}

/// Precision and recall of `unsourced-figure` on labelled articles, printed with every
/// miss (tagged when it is a listed known hard case).
fn score(title: &str, articles: &[Article]) -> (f64, f64) {
    score_with(title, articles, true)
}

/// [`score`], printing the misses only when `print_misses` (an overall score repeats the
/// misses its parts printed).
fn score_with(title: &str, articles: &[Article], print_misses: bool) -> (f64, f64) {
    let opts = FigureOptions::default();
    let (mut reported, mut correct) = (0usize, 0usize);
    let (mut to_flag, mut flagged) = (0usize, 0usize);
    let mut misses = Vec::new();
    for a in articles {
        let findings = unsourced(&a.text, &opts);
        for f in &findings {
            reported += 1;
            let hit = a.labels.iter().any(|(r, l)| *l == Label::Flag && overlaps(r, &f.range));
            if hit {
                correct += 1;
            } else {
                let why = if a.labels.iter().any(|(r, _)| overlaps(r, &f.range)) {
                    "labelled sourced"
                } else {
                    "not a figure"
                };
                misses.push((
                    a.name.clone(),
                    "false positive",
                    f.figure.clone(),
                    format!("{:?}, {why}", f.sourcing),
                ));
            }
        }
        for (r, l) in &a.labels {
            if *l != Label::Flag {
                continue;
            }
            to_flag += 1;
            if findings.iter().any(|f| overlaps(r, &f.range)) {
                flagged += 1;
            } else {
                misses.push((
                    a.name.clone(),
                    "false negative",
                    a.text[r.clone()].to_owned(),
                    String::new(),
                ));
            }
        }
    }
    let precision = correct as f64 / reported.max(1) as f64;
    let recall = flagged as f64 / to_flag.max(1) as f64;
    println!(
        "unsourced-figure on {title}: {reported} reported, {correct} correct; {to_flag} to flag, {flagged} flagged"
    );
    println!("precision {precision:.3}  recall {recall:.3}");
    if !print_misses {
        return (precision, recall);
    }
    println!("misses ({}):", misses.len());
    for (file, kind, fig, why) in &misses {
        let known = KNOWN_HARD.iter().any(|(f, t, _)| f == file && t == fig);
        let tag = if known { " [known hard]" } else { "" };
        println!("  {file}: {kind}: {fig:?} {why}{tag}");
    }
    println!("known hard cases ({}):", KNOWN_HARD.len());
    let mut now_pass = Vec::new();
    for (file, fig, why) in KNOWN_HARD {
        if !articles.iter().any(|a| a.name == *file) {
            continue;
        }
        let still = misses.iter().any(|(f, _, t, _)| f == file && t == fig);
        let state = if still {
            ""
        } else {
            now_pass.push(format!("{file}: {fig:?}"));
            " (now passes: remove from the list)"
        };
        println!("  {file}: {fig:?}: {why}{state}");
    }
    assert!(
        now_pass.is_empty(),
        "known hard cases that now pass on {title}: {}; move them out of KNOWN_HARD in {}",
        now_pass.join(", "),
        file!()
    );
    (precision, recall)
}

/// Every known hard case names an article of one of the corpora: an entry whose file is
/// gone would never be checked.
#[test]
fn known_hard_cases_name_articles() {
    let names: Vec<String> = [
        "figures",
        "figures-dev",
        "figures-holdout",
        "figures-holdout3",
        "figures-holdout4",
        "figures-holdout31",
    ]
    .into_iter()
    .flat_map(corpus_in)
    .map(|a| a.name)
    .collect();
    for (file, fig, _) in KNOWN_HARD {
        assert!(names.iter().any(|n| n == file), "{file}: {fig:?}: no such article");
    }
}

#[test]
fn precision_and_recall() {
    let (precision, recall) = score("the corpus", &corpus());
    assert!(
        precision >= CORPUS_FLOOR.0,
        "precision {precision:.3} < {}",
        CORPUS_FLOOR.0
    );
    assert!(recall >= CORPUS_FLOOR.1, "recall {recall:.3} < {}", CORPUS_FLOOR.1);
}

/// Floors for the first corpus: 0.974 / 0.974 until 7 December, when continued attribution
/// by a pronoun came to follow the guideline (a pronoun continues as the subject of a
/// reporting verb only): recall 0.987 (two hard cases of "Ils" standing for trade flows
/// solved), precision 0.955, every one of the three new false alarms a label written before
/// the guideline and listed in `KNOWN_HARD`; then 0.949 when a participle describing the
/// subject came to be read as the guideline's apposition (one more label written before
/// it, listed too); 0.943 once "à trois reprises" came to count events as the corpora
/// written to the guideline do (listed).
const CORPUS_FLOOR: (f64, f64) = (0.94, 0.98);

/// The development corpus (tests/fixtures/figures-dev) was the first held-out corpus, written
/// by someone who never saw the code; its misses were then studied and fixed, so it now
/// guards against regressions and no longer estimates anything.
#[test]
fn precision_and_recall_dev() {
    let articles = corpus_in("figures-dev");
    assert!(articles.len() >= 16, "{} dev articles", articles.len());
    let (precision, recall) = score("the development corpus", &articles);
    assert!(
        precision >= DEV_FLOOR.0,
        "dev precision {precision:.3} < {}",
        DEV_FLOOR.0
    );
    assert!(recall >= DEV_FLOOR.1, "dev recall {recall:.3} < {}", DEV_FLOOR.1);
}

/// Floors for the development corpus, just under its score (0.989, 0.989; 0.966, 0.966
/// before the real-copy rules of the second round).
const DEV_FLOOR: (f64, f64) = (0.98, 0.98);

/// The second held-out corpus (tests/fixtures/figures-holdout) was written by someone who
/// never saw the analysis code nor the other corpora. It was measured unseen at 0.970 /
/// 0.924, then 0.980 / 0.905 after the second real-copy round; on 6 December its misses were
/// studied and their classes fixed as rules (a fraction after an approximation, a part of a
/// set, "selon" + a criterion, a text that provides a figure, a weak verb with a figure for
/// object, a relative clause before the verb, wire month abbreviations, a quoted programme
/// number): it is a development corpus since, like `figures-dev`, and the honest estimate
/// on new copy is `figures-holdout3`.
#[test]
fn precision_and_recall_held_out() {
    let articles = corpus_in("figures-holdout");
    assert!(articles.len() >= 14, "{} held-out articles", articles.len());
    let (precision, recall) = score("the held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_FLOOR.0,
        "held-out precision {precision:.3} < {}",
        HELD_OUT_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_FLOOR.1,
        "held-out recall {recall:.3} < {}",
        HELD_OUT_FLOOR.1
    );
}

/// Floors for the second held-out corpus, just under its score (1.000 / 0.971). Of its three
/// misses, two are labels that contradict tests/fixtures/figures-real/GUIDELINE.md, the
/// product's definition, written after this corpus: an unnamed poll as the subject of
/// "showed" is a weak source there ("a recent poll found" is `sourced`), and "That is down
/// from…" right after a sourced figure is the explicit continuation of the same figure the
/// guideline's section 4.2 calls sourced. The corpus itself is unchanged (never edit
/// labels); the disagreement is reported.
const HELD_OUT_FLOOR: (f64, f64) = (0.99, 0.96);

/// The third held-out corpus (tests/fixtures/figures-holdout3), written on 6 December by a
/// helper who read only the guideline, the notation and the domain notes, never the code,
/// the tests or the other corpora, with a second pass on its own labels. Measured once
/// unseen: 0.867 / 0.913 (beat and general news: sport, obituary, weather, local news,
/// courts, results). Its misses were then studied the same day and their classes fixed as
/// rules (levels and roads, a player's tally and a team's standing, the size of an
/// institution, ordinals in words, a group named by its number, an hour after a share,
/// a relative clause before the verb with its auxiliary, "fixe" as an adjective, "relever"
/// a measured value, a distance that places a town, trade speakers before "expected"): a
/// development corpus since. The honest estimate is `figures-holdout4`.
#[test]
fn precision_and_recall_held_out_3() {
    let articles = corpus_in("figures-holdout3");
    assert!(articles.len() >= 16, "{} held-out articles", articles.len());
    let (precision, recall) = score("the third held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_3_FLOOR.0,
        "held-out 3 precision {precision:.3} < {}",
        HELD_OUT_3_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_3_FLOOR.1,
        "held-out 3 recall {recall:.3} < {}",
        HELD_OUT_3_FLOOR.1
    );
}

/// Floors for the third held-out corpus, just under its score since it was studied (1.000 /
/// 0.992; 0.867 / 0.913 unseen).
const HELD_OUT_3_FLOOR: (f64, f64) = (1.0, 1.0);

/// The fourth held-out corpus (tests/fixtures/figures-holdout4), written on 6 December by a
/// helper who read only the guideline, the notation and the domain notes, never the code,
/// the tests or the other corpora, with a second pass on its own labels (beat and general
/// news: local council, strike, flood, court, football, cycling, results, obituary,
/// hospital). Measured once unseen: 0.811 / 0.884. Its misses were then studied the same day
/// and their classes fixed as rules (standings and a winner's speed, race distances to the
/// line, a subject's description found at the sentence's start, reflexive incises, a text
/// that provides through a relative, departments' numbers, glued wire units, parts of the
/// counted, rates per hour): a development corpus since. The honest estimate is
/// `figures-holdout5`.
#[test]
fn precision_and_recall_held_out_4() {
    let articles = corpus_in("figures-holdout4");
    assert!(articles.len() >= 16, "{} held-out articles", articles.len());
    let (precision, recall) = score("the fourth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_4_FLOOR.0,
        "held-out 4 precision {precision:.3} < {}",
        HELD_OUT_4_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_4_FLOOR.1,
        "held-out 4 recall {recall:.3} < {}",
        HELD_OUT_4_FLOOR.1
    );
}

/// Floors for the fourth held-out corpus, just under its score since it was studied (0.985 /
/// 0.977; 0.811 / 0.884 unseen, lower than the third corpus unseen, 0.867 / 0.913: the
/// rules studied on one corpus's classes carried over little to the next one's news).
const HELD_OUT_4_FLOOR: (f64, f64) = (0.99, 0.99);

/// The fifth held-out corpus (tests/fixtures/figures-holdout5), written on 6 December by a
/// helper who read only the guideline, the notation and the domain notes, never the code,
/// the tests or the other corpora, with a second pass on its own labels (beat, and exam
/// results, property prices, a harvest, a trial, a municipal budget, a factory closure, a
/// marathon, a bird survey, tourism, a tennis career). Measured once unseen: 0.895 / 0.897.
/// Its misses were then studied the same day and their classes fixed as rules (questions
/// that assert nothing, a credit after a quotation, a plan "prévoit de", a text opening the
/// sentence, a body before an ambiguous English form, a document subject in the passive,
/// one casualty, parts "of them"/"of his", a course's mark, tennis tallies and records,
/// ages after "turns", a description past an apposed name, a named noun that goes on
/// doing rather than speaking, rules "en vigueur"): a development corpus since. The honest
/// estimate is `figures-holdout6`.
#[test]
fn precision_and_recall_held_out_5() {
    let articles = corpus_in("figures-holdout5");
    assert!(articles.len() >= 16, "{} held-out articles", articles.len());
    let (precision, recall) = score("the fifth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_5_FLOOR.0,
        "held-out 5 precision {precision:.3} < {}",
        HELD_OUT_5_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_5_FLOOR.1,
        "held-out 5 recall {recall:.3} < {}",
        HELD_OUT_5_FLOOR.1
    );
}

/// Floors for the fifth held-out corpus, just under its score since it was studied (0.977 /
/// 0.968; unseen 0.895 / 0.897, where the third and fourth scored 0.867 / 0.913 and 0.811 /
/// 0.884).
const HELD_OUT_5_FLOOR: (f64, f64) = (1.0, 1.0);

/// The sixth held-out corpus (tests/fixtures/figures-holdout6), written on 6 December by a
/// helper who read only the guideline, the notation and the domain notes, never the code,
/// the tests or the other corpora, with a second pass on its own labels (beat; four English
/// agency wires in the style of the 1980s, with their abbreviations, fractions and results
/// tables; a wiki-news page; local news, results, an obituary, basketball, football, courts).
/// Measured once unseen: 0.878 / 0.907. Its misses were then studied the same day and their
/// classes fixed as rules (an agent after a rule is another participle's, a body of work
/// published, documents in the passive, measured values with their agent, reflexive incises
/// with their auxiliary, appositions "fort de", codes that provide, a match's margins and
/// tallies listed after one verb, standings "from 33 games", "beaten 1-0", shares in words
/// in "pct", "called for", "was told"): a development corpus since. The honest estimate is
/// `figures-holdout7`.
#[test]
fn precision_and_recall_held_out_6() {
    let articles = corpus_in("figures-holdout6");
    assert!(articles.len() >= 16, "{} held-out articles", articles.len());
    let (precision, recall) = score("the sixth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_6_FLOOR.0,
        "held-out 6 precision {precision:.3} < {}",
        HELD_OUT_6_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_6_FLOOR.1,
        "held-out 6 recall {recall:.3} < {}",
        HELD_OUT_6_FLOOR.1
    );
}

/// Floors for the sixth held-out corpus, just under its score since it was studied (0.969 /
/// 0.992; 0.878 / 0.907 unseen).
const HELD_OUT_6_FLOOR: (f64, f64) = (0.98, 0.99);

/// The seventh held-out corpus (tests/fixtures/figures-holdout7), written on 6 December by
/// a helper who read only the guideline, the notation and the domain notes, never the code,
/// the tests or the other corpora, with a second pass on its own labels (the front, a Q&A
/// interview, a summit, a Congress vote, a drone factory, a convoy; local election results,
/// road safety, hospital waits, a farm protest, cycling, a school strike, a storm, a museum,
/// an appeal, a takeover, an obituary, a column of brief items). Measured once unseen:
/// 0.877 / 0.927. Its misses were then studied the same day and their classes fixed as
/// rules (conditional questions, enumerated counts, a rank band "top 10", a share of a
/// sentence, ages "aged 17 to 24", "à l'est", participles before "at", "dites" as
/// so-called, "values … at", wire units glued, calibres only beside a weapon, numbers that
/// name after "le"/"la", counted nouns of countries, jobs, lives, races): a development corpus
/// since. The honest estimate is `figures-holdout8`.
#[test]
fn precision_and_recall_held_out_7() {
    let articles = corpus_in("figures-holdout7");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the seventh held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_7_FLOOR.0,
        "held-out 7 precision {precision:.3} < {}",
        HELD_OUT_7_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_7_FLOOR.1,
        "held-out 7 recall {recall:.3} < {}",
        HELD_OUT_7_FLOOR.1
    );
}

/// Floors for the seventh held-out corpus, just under its score since it was studied (0.950 /
/// 0.987; 0.877 / 0.927 unseen).
const HELD_OUT_7_FLOOR: (f64, f64) = (0.98, 0.99);

/// The eighth held-out corpus (tests/fixtures/figures-holdout8), written on 6 December by
/// a helper who read only the guideline, the notation and the domain notes, never the code,
/// the tests or the other corpora, with a second pass on its own labels (an air-raid night,
/// a Russian budget, NATO spending, EU accession, US sanctions, a refugee camp; local crime
/// and a sea rescue, water prices, an emergency-room strike, a ski season, a transfer, a
/// cycling classic, retail sales, a glacier, a festival, a court, a UK council budget, a
/// musician's obituary). Measured once unseen: 0.890 / 0.958. Its misses were then studied
/// the same day and their classes fixed as rules (speakers before a singular-looking form,
/// a place just named, nautical miles, conditional questions anywhere, "dont quatre", a
/// title in quotation marks, ages at a life's event, career totals, race finishes, member
/// councillors, tours counted by dates): a development corpus since. The honest estimate is
/// `figures-holdout9`.
#[test]
fn precision_and_recall_held_out_8() {
    let articles = corpus_in("figures-holdout8");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the eighth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_8_FLOOR.0,
        "held-out 8 precision {precision:.3} < {}",
        HELD_OUT_8_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_8_FLOOR.1,
        "held-out 8 recall {recall:.3} < {}",
        HELD_OUT_8_FLOOR.1
    );
}

/// Floors for the eighth held-out corpus, just under its score since it was studied (0.962 /
/// 0.986; 0.890 / 0.958 unseen, recall at the 0.95 target on unseen copy for the first
/// time, precision not).
const HELD_OUT_8_FLOOR: (f64, f64) = (0.98, 0.99);

/// The ninth held-out corpus (tests/fixtures/figures-holdout9), written on 6 December by a
/// helper who read only the guideline, the notation and the domain notes, never the code,
/// the tests or the other corpora, with a second pass on its own labels (prisoners' accounts,
/// a port strike, an IMF review, a Baltic border, a European Parliament vote, a hedged
/// analysis; a fair, a referendum, canteen prices, road works, swimming, rugby, a
/// bankruptcy, a pharmacy shortage, a heat record, demography, a restaurant guide, a
/// centenarian). Measured once unseen: 0.826 / 0.911. Its misses were then studied the same
/// day and some of their classes fixed as rules (swimming events and a pool's length, a
/// deficit at half-time and a match's tallies against the other side's, "entre deux"
/// as an idiom, a rank band in words, "la moitié au moins des", "demande que", incises
/// not in the future, a text's noun does not go on speaking): a development corpus since.
/// The honest estimate is `figures-holdout10`.
#[test]
fn precision_and_recall_held_out_9() {
    let articles = corpus_in("figures-holdout9");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the ninth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_9_FLOOR.0,
        "held-out 9 precision {precision:.3} < {}",
        HELD_OUT_9_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_9_FLOOR.1,
        "held-out 9 recall {recall:.3} < {}",
        HELD_OUT_9_FLOOR.1
    );
}

/// Floors for the ninth held-out corpus, just under its score since it was studied (0.899 /
/// 0.948; 0.826 / 0.911 unseen).
const HELD_OUT_9_FLOOR: (f64, f64) = (0.95, 0.97);

/// The tenth held-out corpus (tests/fixtures/figures-holdout10), written on 6 December by
/// a helper who read only the guideline, the notation and the domain notes, never the code,
/// the tests or the other corpora, with a second pass on its own labels (strikes, energy,
/// sanctions, Geneva talks, refugees in Moldova, ammunition plants, an ambassador's
/// interview; a regional budget, a wildfire, a hospital, a transport strike, handball,
/// tennis, a brewer's results, a fraud trial, a bakery, an obituary, a jazz festival).
/// Measured once unseen: 0.890 / 0.956. Some of its misses were then studied the same day
/// (bold interview questions, the inverted incise "», a-t-il lancé", a goalkeeper's saves,
/// speakers further back, "situé à 30 km", ages at a clause's end): a development corpus
/// since.
#[test]
fn precision_and_recall_held_out_10() {
    let articles = corpus_in("figures-holdout10");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the tenth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_10_FLOOR.0,
        "held-out 10 precision {precision:.3} < {}",
        HELD_OUT_10_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_10_FLOOR.1,
        "held-out 10 recall {recall:.3} < {}",
        HELD_OUT_10_FLOOR.1
    );
}

/// Floors for the tenth held-out corpus, just under its score since it was studied (0.949 /
/// 0.963; 0.890 / 0.956 unseen).
const HELD_OUT_10_FLOOR: (f64, f64) = (0.98, 0.97);

/// The eleventh held-out corpus (tests/fixtures/figures-holdout11), written on 6 December
/// by a helper who read only the guideline, the notation and the domain notes, never the
/// code, the tests or the other corpora, with a second pass on its own labels (strikes, a
/// front town, an EU summit, the oil price cap, a prisoner exchange, a defence budget, an
/// appeal; a city budget, a flood, a factory strike, basketball, a marathon, a court, results,
/// tourism, an obituary, an election, housing). Measured once unseen: 0.879 / 0.900. Its
/// misses were studied on 6 December (a score before the day, a team's record of wins for
/// losses, tallies in words after a verb of the match, the match clock "1 min 12", ages of
/// the youngest and oldest, "10K" races, counts as subjects of what befell people, "five
/// others", seats, enumerated names with initials, an earlier value of an attributed figure,
/// a law as no source): a development corpus since. The honest estimate is
/// `figures-holdout12`.
#[test]
fn precision_and_recall_held_out_11() {
    let articles = corpus_in("figures-holdout11");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the eleventh held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_11_FLOOR.0,
        "held-out 11 precision {precision:.3} < {}",
        HELD_OUT_11_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_11_FLOOR.1,
        "held-out 11 recall {recall:.3} < {}",
        HELD_OUT_11_FLOOR.1
    );
}

/// Floors for the eleventh held-out corpus, just under its score since it was studied (0.965 /
/// 0.936; 0.879 / 0.900 unseen: 149 reported, 131 correct; 140 to flag, 126 flagged). In
/// the ninth session it flags an offered share ("The company has offered a 3.5% pay rise")
/// that nine later corpora label sourced: recall 0.957 → 0.950, a listed disagreement.
const HELD_OUT_11_FLOOR: (f64, f64) = (0.97, 0.95);

/// The twelfth held-out corpus (tests/fixtures/figures-holdout12), written on 6 December by a
/// helper who read only the guideline, the notation and the domain notes, never the code, the
/// tests or the other corpora, with a second pass on its own labels (power cuts in Kharkiv,
/// LNG sanctions, Baltic air policing, a UN vote, Moldova's energy, a reconstruction
/// conference, refugees' return; rugby, a heatwave, an emergency department, exam results, the
/// grape harvest, box office, a rail strike, quarterly results on a wire, housing prices, a
/// court's damages, road deaths). The honest estimate of the check on new copy: measured
/// once, after every rule of that day; left unstudied; never tune against it.
#[test]
fn precision_and_recall_held_out_12() {
    let articles = corpus_in("figures-holdout12");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the twelfth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_12_FLOOR.0,
        "held-out 12 precision {precision:.3} < {}",
        HELD_OUT_12_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_12_FLOOR.1,
        "held-out 12 recall {recall:.3} < {}",
        HELD_OUT_12_FLOOR.1
    );
}

/// Floors for the twelfth held-out corpus. Measured once unseen when it was added: 0.932 /
/// 0.890 (133 reported, 124 correct; 136 to flag, 121 flagged). Studied on the night of 6
/// December, once the fourteenth was written and measured (two classes fixed: "les" as the
/// object pronoun before a singular reporting verb, "l'évaluation les chiffre à"; "under the
/// terms of" a lease or contract as a source): 0.954 / 0.890 (130 reported, 124 correct). A
/// development corpus since.
const HELD_OUT_12_FLOOR: (f64, f64) = (0.98, 0.97);

/// The thirteenth held-out corpus (tests/fixtures/figures-holdout13), written on 6 December by
/// a helper who read only the guideline, the notation and the domain notes, never the code,
/// the tests, the other corpora or git, with a second pass on its own labels (drones on Black
/// Sea shipping, G7 finance, an IAEA mission, EU accession, Russia's key rate, the Polish
/// border, demining with a Q&A; handball, a ski season, school closures, a warehouse fire, a
/// town budget, a grocer's results on a wire, a tramway poll, a medical study, tourism, a
/// fraud sentence, a brief-items column). Measured once, unseen, after every rule of that
/// day (the twelfth was measured before the last of them); studied since (see its floors).
#[test]
fn precision_and_recall_held_out_13() {
    let articles = corpus_in("figures-holdout13");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the thirteenth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_13_FLOOR.0,
        "held-out 13 precision {precision:.3} < {}",
        HELD_OUT_13_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_13_FLOOR.1,
        "held-out 13 recall {recall:.3} < {}",
        HELD_OUT_13_FLOOR.1
    );
}

/// Floors for the thirteenth held-out corpus. Measured once unseen when it was added:
/// 0.886 / 0.926 (149 reported, 132 correct; 136 to flag, 126 flagged). Studied on the night
/// of 6 December (two classes fixed: a Q&A whose questions are set in bold and whose answers
/// open with the speaker's label, with the piece's closing paragraph after them; a score
/// named with an article, "un 5-0 emmené par"; a number in the subject's name, "L'Umih 66,
/// qui représente…"; hearsay, "dit-on", "où l'on rappelle que"; "an official said"; a
/// body after a name, "Ukraine's energy ministry puts… at"; a keeper's tally, "a signé 14
/// arrêts"): 0.950 / 0.941 (141 reported, 134 correct; 128 flagged).
/// A development corpus since; the fourteenth is the next unseen one.
const HELD_OUT_13_FLOOR: (f64, f64) = (0.97, 0.97);

/// The fourteenth held-out corpus (tests/fixtures/figures-holdout14), written on the night
/// of 6 December by a helper who read only the guideline, the notation and the domain
/// notes, never the code, the tests, the other corpora or git, with a second pass on its own
/// labels (a prisoner exchange, air defence, the grain corridor, the shadow fleet, a NATO
/// ministerial, the power grid; a council vote, emergency waiting times, a cycling race, a
/// tennis final, a fair, quarterly results, a river pollution ruling, a heat record, school
/// enrolment, brief items, a Q&A, a bus strike). Measured once, unseen, after every rule of
/// that night; studied since (see its floors).
#[test]
fn precision_and_recall_held_out_14() {
    let articles = corpus_in("figures-holdout14");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the fourteenth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_14_FLOOR.0,
        "held-out 14 precision {precision:.3} < {}",
        HELD_OUT_14_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_14_FLOOR.1,
        "held-out 14 recall {recall:.3} < {}",
        HELD_OUT_14_FLOOR.1
    );
}

/// Floors for the fourteenth held-out corpus. Measured once unseen when it was added:
/// 0.832 / 0.871 (143 reported, 119 correct; 132 to flag, 115 flagged). Studied on 7
/// December, once the fifteenth was written and measured (classes fixed, each with its own
/// cases: a Q&A's prompts set in bold without a question mark and an editor's note between
/// answers; pull quotes in Markdown block quotes; times with a leading zero and street
/// numbers; captions; a tennis match's tallies and a ranking's points and places; nautical
/// miles; claims before an infinitive and "tabler sur"; negated reporting verbs; a reporting
/// verb's audience and its speaker's description; a vote's tally and English counts of
/// pupils, buses, shows; a project that "prévoit"; a unit then another noun; a participle
/// with its agent; enumerations that list other things; the divisions of a territory and
/// sets named again): 0.985 / 0.962; 0.985 / 0.977 after the rules drawn from the fifteenth;
/// 1.000 / 0.985 after those drawn from the twenty-sixth. A development corpus since.
const HELD_OUT_14_FLOOR: (f64, f64) = (1.0, 1.0);

/// The fifteenth held-out corpus (tests/fixtures/figures-holdout15), written on 7 December
/// by a helper who read only the guideline, the notation and the domain notes, never the
/// code, the tests, the other corpora or git, with a second pass on its own labels (drones
/// over Kharkiv, the shadow fleet, grid blackouts, refugees in Moldova, Patriot deliveries,
/// a Rubio-Lavrov call; an obituary, a municipal election, a rugby match, a fraud trial,
/// housing prices, an agency-style wire brief, a wiki news page, a speed radar, a medical
/// study, a festival, airport traffic, layoffs). Measured once, unseen, before any rule of
/// that session; studied since (see its floors).
#[test]
fn precision_and_recall_held_out_15() {
    let articles = corpus_in("figures-holdout15");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the fifteenth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_15_FLOOR.0,
        "held-out 15 precision {precision:.3} < {}",
        HELD_OUT_15_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_15_FLOOR.1,
        "held-out 15 recall {recall:.3} < {}",
        HELD_OUT_15_FLOOR.1
    );
}

/// Floors for the fifteenth held-out corpus. Measured once unseen when it was added, before
/// any rule of 7 December: 0.885 / 0.902 (130 reported, 115 correct; 122 to flag, 110
/// flagged); every rule drawn from the fourteenth left it unchanged. Studied the same day,
/// once the sixteenth was written and measured (a source phrase after a relative clause;
/// Markdown images as captions; phone numbers; a classification after "selon"; French
/// present participles; a standing in a pool, missed tackles, seasons; a fraction off a
/// value, a feminine ordinal; a document that is funded; a phrase's verb and its own
/// subject; gas volumes; "rapporter" a sum; an enumeration with a complement; a distance
/// after the noun it places; a bond's coupon; a measure in words): 0.976 / 0.959. A
/// development corpus since; the sixteenth is the next unseen one.
const HELD_OUT_15_FLOOR: (f64, f64) = (0.99, 0.96);

/// The sixteenth held-out corpus (tests/fixtures/figures-holdout16), written on 7 December
/// by a helper who read only the guideline, the notation and the domain notes, never the
/// code, the tests, the other corpora or git, with a second pass on its own labels (a
/// Danube port, an EU loan summit, a UN vote, a prisoner exchange, Russian regional
/// elections, US bank sanctions; a ski resort, a grape harvest, a marathon live blog, a
/// press review, a police column, a Q/R interview, a pollution trial, a museum, a start-up
/// round, a letter to the editor, a long feature, a swimming championship). Measured once,
/// unseen, after the rules of that session drawn from the fourteenth (the same score after
/// those drawn from the fifteenth); studied since (see its floors).
#[test]
fn precision_and_recall_held_out_16() {
    let articles = corpus_in("figures-holdout16");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the sixteenth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_16_FLOOR.0,
        "held-out 16 precision {precision:.3} < {}",
        HELD_OUT_16_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_16_FLOOR.1,
        "held-out 16 recall {recall:.3} < {}",
        HELD_OUT_16_FLOOR.1
    );
}

/// Floors for the sixteenth held-out corpus. Measured once unseen when it was added:
/// 0.785 / 0.923 (144 reported, 113 correct; 117 to flag, 108 flagged). Studied on 7
/// December, once the seventeenth was written and measured (calculations someone made;
/// speech with a tone and a quotation right after a weak verb; "requis", "recommended";
/// phone numbers after a country code or a word that asks to call; ages of the youngest
/// and the oldest, in the first person, after kin; a family after a possessive; trains
/// named by their time; a quotation after a verb in a relative clause; the newsroom's own
/// imperative, "I am told"; a pronoun after a short adverbial; a count standing alone;
/// medals in a medal table): 0.935 / 0.940. A development corpus since; the seventeenth is
/// the next unseen one.
const HELD_OUT_16_FLOOR: (f64, f64) = (0.98, 0.98);

/// The seventeenth held-out corpus (tests/fixtures/figures-holdout17), written on 7
/// December by a helper who read only the guideline, the notation and the domain notes,
/// never the code, the tests, the other corpora or git, with a second pass on its own labels
/// (an energy conference, the Russian budget, Moldova's gas, a refinery strike, an
/// enlargement report, grain exports; a transfer, a forest fire, a price survey, a parking
/// referendum, a bridge, a hospital merger, a chess open, fares, basketball, a flood, a
/// market close, a cruise ship fire; key-figure boxes, sidebars, corrections). Measured
/// once, unseen, after the rules of that session drawn from the fourteenth and the
/// fifteenth (the same score after those drawn from the sixteenth, checked at each step);
/// studied since (see its floors).
#[test]
fn precision_and_recall_held_out_17() {
    let articles = corpus_in("figures-holdout17");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the seventeenth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_17_FLOOR.0,
        "held-out 17 precision {precision:.3} < {}",
        HELD_OUT_17_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_17_FLOOR.1,
        "held-out 17 recall {recall:.3} < {}",
        HELD_OUT_17_FLOOR.1
    );
}

/// Floors for the seventeenth held-out corpus. Measured once unseen when it was added:
/// 0.912 / 0.904 (148 reported, 135 correct; 136 to flag, 123 flagged). Studied on 7
/// December, once the eighteenth was written (a fraction of a change in a headline or
/// with an approximation; draws in a record; a scorer's tally, a lead in a match, a chess
/// game's length and a tournament's points; "au 12 de la rue"; "after", "before" opening a
/// subordinate clause; a negated compound passive; "dit non"; "selon les magasins"; boats):
/// 0.979 / 0.963; 0.980 / 0.971 after the rules drawn from the twenty-sixth. A development
/// corpus since.
const HELD_OUT_17_FLOOR: (f64, f64) = (0.99, 0.97);

/// The eighteenth held-out corpus (tests/fixtures/figures-holdout18), written on 7 December
/// by a helper who read only the guideline, the notation and the domain notes, never the
/// code, the tests, the other corpora or git, with a second pass on its own labels (the
/// power grid in winter, a prisoner exchange, the shadow fleet, refugees in Poland, the
/// Black Sea corridor, European munitions; a volleyball final, a dairy co-operative, a
/// hailstorm, prison overcrowding, a football round-up, a bakery chain in administration, a
/// tram line, a pharmacy shortage, the box office, a road toll, a library, an editorial).
/// Measured once, unseen, after every rule of that session; studied since (see its floors).
#[test]
fn precision_and_recall_held_out_18() {
    let articles = corpus_in("figures-holdout18");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the eighteenth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_18_FLOOR.0,
        "held-out 18 precision {precision:.3} < {}",
        HELD_OUT_18_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_18_FLOOR.1,
        "held-out 18 recall {recall:.3} < {}",
        HELD_OUT_18_FLOOR.1
    );
}

/// Floors for the eighteenth held-out corpus. Measured once unseen when it was added:
/// 0.719 / 0.902 (153 reported, 110 correct; 122 to flag, 110 flagged). Studied on 7
/// December, once the nineteenth was written (a league table written out; a source line
/// under a table or a list and a key figure's source in brackets; a bold lead-in; "Q." /
/// "A." answers; a large count in words in a verb's subject; a name with a comma before its
/// description; "souffle", "formule", a perfect, "expect", accounts, "that" opening a
/// relative; a speaker's appositions; MSPs; "des 312 détenus" and "les 41 victimes" named
/// again; hardware counted in words; runs; an incise before "and"; "il faudrait"; a verb
/// form after a determiner and an adjective): 0.975 / 0.975. A development corpus since.
const HELD_OUT_18_FLOOR: (f64, f64) = (0.97, 0.99);

/// The nineteenth held-out corpus (tests/fixtures/figures-holdout19), written on 7 December
/// by a helper who read only the guideline, the notation and the domain notes, never the
/// code, the tests, the other corpora or git, with a second pass on its own labels (strikes
/// on Kharkiv, gas storage, tanker sanctions, temporary protection, a timeline of talks,
/// German defence; a fraud trial, quarterly results, an obituary, a flood, a bushfire wire,
/// rugby, a by-election, a fact-check, a strike live blog, an interview with an emergency
/// doctor, an "En bref" page, a Christmas basket of prices). Measured once, unseen, after
/// the rules drawn that day from the eighteenth; studied since (see its floors).
#[test]
fn precision_and_recall_held_out_19() {
    let articles = corpus_in("figures-holdout19");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the nineteenth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_19_FLOOR.0,
        "held-out 19 precision {precision:.3} < {}",
        HELD_OUT_19_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_19_FLOOR.1,
        "held-out 19 recall {recall:.3} < {}",
        HELD_OUT_19_FLOOR.1
    );
}

/// Floors for the nineteenth held-out corpus. Measured once unseen when it was added:
/// 0.788 / 0.919 (146 reported, 115 correct; 123 to flag, 113 flagged). Studied on 7
/// December, once the twentieth was written (a Q&A by initials; phone numbers in long
/// groups and a free number; "mn" after a sum; a participle before "to" that hedges; an
/// agent before "à" and ", soit …"; a list's lead-in with its source in brackets; a match's
/// tally beside a season's; the numbers of a draw; a relative after a demonstrative; a
/// thing's description under a source at the end; "Soit"; a colon's enumeration): 0.992 /
/// 0.951. A development corpus since.
const HELD_OUT_19_FLOOR: (f64, f64) = (0.99, 0.96);

/// The twentieth held-out corpus (tests/fixtures/figures-holdout20), written on 7 December
/// by a helper who read only the guideline, the notation and the domain notes, never the
/// code, the tests, the other corpora or git, with a second pass on its own labels (a
/// reconstruction conference, the LNG phase-out, a drone joint venture, refugees in
/// Czechia, Ukraine's financing, gas storage; an employment tribunal, a foundry strike, a
/// town budget, a marathon, chestnut prices, a sleep study, a lighthouse auction, a week in
/// figures, readers' letters, a storm, train timetables, a museum's record year). Measured
/// once, unseen, after the rules drawn that day from the eighteenth and the nineteenth;
/// studied since (see its floors).
#[test]
fn precision_and_recall_held_out_20() {
    let articles = corpus_in("figures-holdout20");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the twentieth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_20_FLOOR.0,
        "held-out 20 precision {precision:.3} < {}",
        HELD_OUT_20_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_20_FLOOR.1,
        "held-out 20 recall {recall:.3} < {}",
        HELD_OUT_20_FLOOR.1
    );
}

/// Floors for the twentieth held-out corpus. Measured once unseen when it was added: 0.877
/// / 0.924 (130 reported, 114 correct; 119 to flag, 110 flagged). Studied on 7 December,
/// once the twenty-first was written (an age after a person's noun; an era's years;
/// "valued"; insurers, critics; "lâche", "assume"; "Il était de"; a signed letter; a key
/// figure before what it is; a participle with its agent; a conditional that does not go
/// on; a speaker's description with "whose"; "nine of whom"; runners; "note that"): 0.975 /
/// 0.958. A development corpus since.
const HELD_OUT_20_FLOOR: (f64, f64) = (0.98, 0.95);

/// The twenty-first held-out corpus (tests/fixtures/figures-holdout21), written on 7
/// December by a helper who read only the guideline, the notation and the domain notes,
/// never the code, the tests, the other corpora or git, with a second pass on its own
/// labels (frozen assets, an air-defence raid, mobilisation contracts, Central Asian
/// sanctions, Danube grain, gas stocks; cyclo-cross, a court of appeal, a waiting list, a
/// merger referendum, a mackerel quota, layoffs, a festival, an airport, crime figures, a
/// centenarian, a level-crossing collision, a week in review; corrections). Measured once,
/// unseen, after the rules drawn that day from the eighteenth to the twentieth; studied
/// since (see its floors).
#[test]
fn precision_and_recall_held_out_21() {
    let articles = corpus_in("figures-holdout21");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the twenty-first held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_21_FLOOR.0,
        "held-out 21 precision {precision:.3} < {}",
        HELD_OUT_21_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_21_FLOOR.1,
        "held-out 21 recall {recall:.3} < {}",
        HELD_OUT_21_FLOOR.1
    );
}

/// Floors for the twenty-first held-out corpus. Measured once unseen when it was added:
/// 0.864 / 0.934 (162 reported, 140 correct; 137 to flag, 128 flagged). Studied on 7
/// December, once the twenty-second was written (a bold list item's number; a name of two
/// numbers in quotes; each of a known set; a family after "has"; games played; "At 100,";
/// an age band after people; "by her own count"; "a revendiqué"; a unit of time before a
/// plural noun; a second number dialled; board papers; a subject named in quotes; a
/// source's description after "according to the"): 0.993 / 0.956. A development corpus
/// since.
const HELD_OUT_21_FLOOR: (f64, f64) = (0.99, 0.98);

/// The twenty-second held-out corpus (tests/fixtures/figures-holdout22), written on 7
/// December by a helper who read only the guideline, the notation and the domain notes,
/// never the code, the tests, the other corpora or git, with a second pass on its own
/// labels (talks in Geneva, LNG sanctions, a humanitarian convoy, drones over Lviv, a loan on
/// frozen assets, visas for Ukrainians; handball, a drug recall, a wine auction, bank
/// results, a warehouse fire, a property-tax vote, a teachers' strike, a giraffe's birth, a
/// ferry, doctor shortages, a hospital cyber-attack, a fraud sentencing). Measured once,
/// unseen, after the rules drawn that day from the eighteenth to the twenty-first; studied
/// since (see its floors).
#[test]
fn precision_and_recall_held_out_22() {
    let articles = corpus_in("figures-holdout22");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the twenty-second held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_22_FLOOR.0,
        "held-out 22 precision {precision:.3} < {}",
        HELD_OUT_22_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_22_FLOOR.1,
        "held-out 22 recall {recall:.3} < {}",
        HELD_OUT_22_FLOOR.1
    );
}

/// Floors for the twenty-second held-out corpus. Measured once unseen when it was added:
/// 0.933 / 0.960 (134 reported, 125 correct; 125 to flag, 120 flagged). Studied on 7
/// December, once the twenty-third was written ("revendique" in a main clause; rates after
/// "par"; "court heard"; a team's record; a rating in stars; the 27 heads of state; charges
/// counted; members in brackets; an apposition that a relative clause goes on; a place at a
/// distance): 1.000 / 0.984. A development corpus since.
const HELD_OUT_22_FLOOR: (f64, f64) = (1.0, 0.99);

/// The twenty-third held-out corpus (tests/fixtures/figures-holdout23), written on 7
/// December by a helper who read only the guideline, the notation and the domain notes,
/// never the code, the tests, the other corpora or git, with a second pass on its own
/// labels (demining, a port cyberattack, the LNG ban, the German defence budget, frozen
/// assets, evacuations in Donetsk; basketball, a farmers' protest, a price war, a recount,
/// a flood rescue, a fraud trial, a funding round, a pensions Q&A by the newsroom, a theatre
/// season, a fishing port, a drought, an opinion column). Measured once, unseen, after
/// the rules drawn that day from the eighteenth to the twenty-second; studied since (see
/// its floors).
#[test]
fn precision_and_recall_held_out_23() {
    let articles = corpus_in("figures-holdout23");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the twenty-third held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_23_FLOOR.0,
        "held-out 23 precision {precision:.3} < {}",
        HELD_OUT_23_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_23_FLOOR.1,
        "held-out 23 recall {recall:.3} < {}",
        HELD_OUT_23_FLOOR.1
    );
}

/// Floors for the twenty-third held-out corpus. Measured once unseen when it was added:
/// 0.915 / 0.870 (129 reported, 118 correct; 131 to flag, 114 flagged). Studied on 7
/// December, once the twenty-fourth was written (a source phrase in a relative clause;
/// members in brackets with commas alone; numbered questions make an explainer, not an
/// interview; "all ten of"; "That compares with"; "trimestres"; "12 of 19 shots"; "a
/// réagi"; "que" after a noun; a body by its kind and name): 0.970 / 0.947. A development
/// corpus since.
const HELD_OUT_23_FLOOR: (f64, f64) = (0.97, 0.95);

/// The twenty-fourth held-out corpus (tests/fixtures/figures-holdout24), written on 7
/// December by a helper who read only the guideline, the notation and the domain notes,
/// never the code, the tests, the other corpora or git, with a second pass on its own
/// labels (a power cut at Zaporizhzhia, reconstruction contracts, a NATO exercise, Danube
/// grain, gas storage, temporary protection; a one-class school, a regatta, a solvent plant
/// fire, an emergency strike, a lottery jackpot, the paper's own survey, a noise ruling,
/// heat-pump aid, a bridge closure, a crane count, concert refunds, a charging network's
/// AGM). Measured once, unseen, after the rules drawn that day from the eighteenth to the
/// twenty-third; studied since (see its floors).
#[test]
fn precision_and_recall_held_out_24() {
    let articles = corpus_in("figures-holdout24");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the twenty-fourth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_24_FLOOR.0,
        "held-out 24 precision {precision:.3} < {}",
        HELD_OUT_24_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_24_FLOOR.1,
        "held-out 24 recall {recall:.3} < {}",
        HELD_OUT_24_FLOOR.1
    );
}

/// Floors for the twenty-fourth held-out corpus. Measured once unseen when it was added:
/// 0.905 / 0.910 (126 reported, 114 correct; 122 to flag, 111 flagged). Studied on 7
/// December, once the twenty-fifth was written (a phrase after its verb; an age closing a
/// sentence; "selon le protocole"; "complained", "arguing"; an adjective before the
/// subject's noun; a title in capitals; a hyphenated adjective; "question 7"; a label
/// naming a document before a colon): 0.952 / 0.943. A development corpus since.
const HELD_OUT_24_FLOOR: (f64, f64) = (0.95, 0.95);

/// The twenty-fifth held-out corpus (tests/fixtures/figures-holdout25), written on 7
/// December by a helper who read only the guideline, the notation and the domain notes,
/// never the code, the tests, the other corpora or git, with a second pass on its own
/// labels (war-crimes investigations, enlargement, arms deliveries, Russian LNG, Black Sea
/// insurance, Ukraine's gas in winter; a cup upset, store closures, a pool, a maternity
/// ward, rent control, a museum theft, judo, a cold snap, a science prize, a prison escape,
/// a fire brigade's year, news in brief). Measured once, unseen, after the rules drawn that
/// day from the eighteenth to the twenty-fourth; studied since (see its floors).
#[test]
fn precision_and_recall_held_out_25() {
    let articles = corpus_in("figures-holdout25");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the twenty-fifth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_25_FLOOR.0,
        "held-out 25 precision {precision:.3} < {}",
        HELD_OUT_25_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_25_FLOOR.1,
        "held-out 25 recall {recall:.3} < {}",
        HELD_OUT_25_FLOOR.1
    );
}

/// Floors for the twenty-fifth held-out corpus. Measured once unseen when it was added:
/// 0.919 / 0.910 (136 reported, 125 correct; 134 to flag, 122 flagged). Studied on 7
/// December, once the twenty-sixth was written (service numbers; the chapters of a
/// negotiation; inmates; brokers; a name's short description; a weight class; "selon le
/// règlement"): 0.962 / 0.933. A development corpus since.
const HELD_OUT_25_FLOOR: (f64, f64) = (0.97, 0.95);

/// The twenty-sixth held-out corpus (tests/fixtures/figures-holdout26), written on 7
/// December by a helper who read only the guideline, the notation and the domain notes,
/// never the code, the tests, the other corpora or git, with a second pass on its own
/// labels (strikes on Kharkiv, an EU summit, the Russian economy, gas stocks, missing
/// soldiers, temporary protection; a rugby derby, bank branches, a festival budget, river
/// pollution, a bypass poll, a university ranking, an inheritance case, a ski resort, a port
/// strike, an administration, waiting times, the week in brief). Measured once, unseen,
/// after every rule of that day; left unstudied: the honest estimate; never tune against
/// it.
#[test]
fn precision_and_recall_held_out_26() {
    let articles = corpus_in("figures-holdout26");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the twenty-sixth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_26_FLOOR.0,
        "held-out 26 precision {precision:.3} < {}",
        HELD_OUT_26_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_26_FLOOR.1,
        "held-out 26 recall {recall:.3} < {}",
        HELD_OUT_26_FLOOR.1
    );
}

/// Floors for the twenty-sixth held-out corpus, just under the score measured when it was
/// added, unseen: 0.953 / 0.921 (127 reported, 121 correct; 127 to flag, 117 flagged).
/// Studied on 7 December, once the twenty-seventh was written ("par" before a bare noun is a
/// rate; a body's description after an incise; a verb after a semicolon with its own
/// subject; conceding a tally; a margin's points; a proposal or an offer voiced; a quotation
/// after a clause naming its speaker; a passive set by a text; "contester" as a weak verb;
/// the imperfect's plural persons): 0.992 / 0.992. A development corpus since.
const HELD_OUT_26_FLOOR: (f64, f64) = (0.99, 0.99);

/// The twenty-seventh held-out corpus (tests/fixtures/figures-holdout27), written on 7
/// December by a helper who read only the guideline, the notation and the domain notes,
/// never the code, the tests, the other corpora or git, with a second pass on its own
/// labels (power cuts in Kyiv, the shadow fleet in the Baltic, a live blog, a deminer's
/// interview, a UN vote, Russian enlistment bonuses; an obituary, a marathon, a fraud trial,
/// company results, a shopping basket, a storm, urban foxes, flu vaccination, a bus network's
/// explainer, a school, a chestnut harvest, a letters page). Measured once, unseen, after
/// every rule of the day before; left unstudied: the honest estimate; never tune against it.
#[test]
fn precision_and_recall_held_out_27() {
    let articles = corpus_in("figures-holdout27");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the twenty-seventh held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_27_FLOOR.0,
        "held-out 27 precision {precision:.3} < {}",
        HELD_OUT_27_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_27_FLOOR.1,
        "held-out 27 recall {recall:.3} < {}",
        HELD_OUT_27_FLOOR.1
    );
}

/// Floors for the twenty-seventh held-out corpus, just under the score measured when it was
/// added, unseen: 0.892 / 0.910 (130 reported, 116 correct; 122 to flag, 111 flagged).
/// Studied on 7 December, once the twenty-ninth was written (a letter signed on its own
/// line; crashes and warships counted; a label before a colon; "from" in apposition; "Pour
/// l'économiste"; "relever des rafales"; a grid that fixes; an incise before a new clause; a
/// pronoun continues as the subject of a reporting verb only; a phone cue right before its
/// number; a rule past its owner; metres; "en conserve quatorze"): 0.977 / 1.000. A
/// development corpus since.
const HELD_OUT_27_FLOOR: (f64, f64) = (0.97, 1.0);

/// The twenty-eighth held-out corpus (tests/fixtures/figures-holdout28), written on 7
/// December by a helper who read only the guideline, the notation and the domain notes,
/// never the code, the tests, the other corpora or git, with a second pass on its own
/// labels (grain exports, Moldova's gas, Ukrainian pupils, a live blog, an interview on
/// Russian oil, the Finnish border; a town council, a landlord in court, a fatal fire, job
/// cuts, a transfer, heating oil, glaciers, the box office, medicine shortages, house prices,
/// the beet harvest, briefs). Measured once, unseen, after every rule drawn from the
/// twenty-sixth; left unstudied: the honest estimate; never tune against it.
#[test]
fn precision_and_recall_held_out_28() {
    let articles = corpus_in("figures-holdout28");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the twenty-eighth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_28_FLOOR.0,
        "held-out 28 precision {precision:.3} < {}",
        HELD_OUT_28_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_28_FLOOR.1,
        "held-out 28 recall {recall:.3} < {}",
        HELD_OUT_28_FLOOR.1
    );
}

/// Floors for the twenty-eighth held-out corpus, just under the score measured when it was
/// added, unseen: 0.948 / 0.911 (135 reported, 128 correct; 135 to flag, 123 flagged).
/// Studied on 7 December, once the twenty-ninth was measured (admitted offences; a change by
/// a fraction before "for"; compound nouns before a counted one; a currency's code; a rank
/// before "avec 24 points"; "In a survey…,"; a speaker's age before a description; a
/// dimension is no location; "poursuivre" as a weak verb; an audience opening the sentence;
/// a time zone's offset; "une arracheuse six rangs"): 0.979 / 0.978. A development corpus
/// since.
const HELD_OUT_28_FLOOR: (f64, f64) = (0.98, 0.97);

/// The twenty-ninth held-out corpus (tests/fixtures/figures-holdout29), written on 7
/// December by a helper who read only the guideline, the notation and the domain notes,
/// never the code, the tests, the other corpora or git, with a second pass on its own
/// labels (Irpin's reconstruction, defence budgets, refugees in Poland, sanctions through
/// Central Asia, a live blog, a drone start-up's interview; cognac tariffs, a sea rescue, an
/// eel-trafficking trial, Christmas trees, basketball, an autumn's weather, a manuscript's
/// sale, teachers' absences, a by-election, measles, student rents, letters). Measured
/// once, unseen, after every rule drawn from the twenty-seventh; left unstudied: the honest
/// estimate; never tune against it.
#[test]
fn precision_and_recall_held_out_29() {
    let articles = corpus_in("figures-holdout29");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the twenty-ninth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_29_FLOOR.0,
        "held-out 29 precision {precision:.3} < {}",
        HELD_OUT_29_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_29_FLOOR.1,
        "held-out 29 recall {recall:.3} < {}",
        HELD_OUT_29_FLOOR.1
    );
}

/// Floors for the twenty-ninth held-out corpus, just under the score measured when it was
/// added, unseen: 0.925 / 0.928 (134 reported, 124 correct; 125 to flag, 116 flagged).
/// Studied on 7 December, once the thirtieth was measured (a subject's apposition with
/// what it counts, or a participle saying how it was made; research bodies that speak;
/// "Deux d'entre eux"; a pronoun continues only when a verb reports there; "avancer un
/// taux"; "table par ailleurs sur"; age bands; a player's age after their position; the
/// last games of a record): 0.963 / 0.976. A development corpus since.
const HELD_OUT_29_FLOOR: (f64, f64) = (0.97, 0.97);

/// The thirtieth held-out corpus (tests/fixtures/figures-holdout30), written on 7 December
/// by a helper who read only the guideline, the notation and the domain notes, never the
/// code, the tests, the other corpora or git, with a second pass on its own labels (a
/// prisoner exchange, a live blog, Georgia's early vote, Russian diamonds, Zaporizhzhia; a
/// tennis final, a shoe chain's liquidation, scallops, airline results, a winegrower's
/// interview, canteen prices, an obituary, a drink-driving trial, cyclo-cross, a student
/// satellite, letters, bronchiolitis, empty offices). Measured once, unseen, after every
/// rule drawn from the twenty-eighth; left unstudied: the honest estimate; never tune
/// against it.
#[test]
fn precision_and_recall_held_out_30() {
    let articles = corpus_in("figures-holdout30");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the thirtieth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_30_FLOOR.0,
        "held-out 30 precision {precision:.3} < {}",
        HELD_OUT_30_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_30_FLOOR.1,
        "held-out 30 recall {recall:.3} < {}",
        HELD_OUT_30_FLOOR.1
    );
}

/// Floors for the thirtieth held-out corpus, just under the score measured when it was
/// added, unseen: 0.873 / 0.881 (126 reported, 110 correct; 118 to flag, 104 flagged).
/// Studied on 7 December, once the thirty-first was measured (an explainer's impersonal
/// questions; "Sur notre photo :"; "en a ouvert six de plus"; a season so far after a
/// tally; "s'est inclinée"; the rank among a set; a player's record of wins; the whole of a
/// known set by its owner; a restatement in the conditional; "Note de la rédaction"; the
/// other day of a span): 0.952 / 0.966. A development corpus since.
const HELD_OUT_30_FLOOR: (f64, f64) = (0.96, 0.97);

/// The thirty-first held-out corpus (tests/fixtures/figures-holdout31), written on 7
/// December by a helper who read only the guideline, the notation and the domain notes,
/// never the code, the tests, the other corpora or git, with a second pass on its own
/// labels (strikes on Ukraine's railways, refugees in Chad, an interview at a shell plant;
/// a ransomware attack, handball, swimming, bluetongue, a rail strike's live blog, trotting,
/// a bakery takeover, an electric-car plant, letters, a pollution trial, road deaths, an
/// obituary, a week in pictures, album charts, a health centre). Measured once, unseen,
/// after every rule drawn from the twenty-ninth; left unstudied: the honest estimate; never
/// tune against it.
#[test]
fn precision_and_recall_held_out_31() {
    let articles = corpus_in("figures-holdout31");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the thirty-first held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_31_FLOOR.0,
        "held-out 31 precision {precision:.3} < {}",
        HELD_OUT_31_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_31_FLOOR.1,
        "held-out 31 recall {recall:.3} < {}",
        HELD_OUT_31_FLOOR.1
    );
}

/// Floors for the thirty-first held-out corpus, just under the score measured when it was
/// added, unseen: 0.898 / 0.918 (127 reported, 114 correct; 122 to flag, 112 flagged).
/// Studied on 7 December, once the thirty-second was measured (a speaker named by its noun,
/// an adjective and its name; a relative clause that reports; an average age; a figure's
/// noun given by an agent in apposition; cameras; "s'élève à"; a race time in minutes and
/// seconds; a time in a results list): 0.936 / 0.943. A development corpus since. Recall
/// floor 0.94 in the fifth session of 7 December, when its caption's approximate count
/// ("Une centaine de tracteurs"), flagged here, was left unmarked by two later corpora and
/// listed as a hard case; back to 0.95 in the sixth, when the fifty-eighth showed the line
/// between them (a caption's later sentence that tells a past event is no part of the
/// picture): 0.952 / 0.951.
const HELD_OUT_31_FLOOR: (f64, f64) = (0.95, 0.95);

/// The thirty-second held-out corpus (tests/fixtures/figures-holdout32), written on 7
/// December by a helper who read only the guideline, the notation and the domain notes,
/// never the code, the tests, the other corpora or git, with a second pass on its own
/// labels (Brazilian voters abroad, armoured vehicles, Russian fertiliser, a live blog, an
/// enlargement interview, the Northern Sea Route; copper thefts, a mayor's trial, rowing, a
/// rally, a ferry listing, a toy maker in administration, coffee prices, a hearing study,
/// letters on the opera, chapel frescoes, briefs, an autumn's review). Measured once,
/// unseen, after every rule drawn from the thirtieth; left unstudied: the honest estimate;
/// never tune against it.
#[test]
fn precision_and_recall_held_out_32() {
    let articles = corpus_in("figures-holdout32");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the thirty-second held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_32_FLOOR.0,
        "held-out 32 precision {precision:.3} < {}",
        HELD_OUT_32_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_32_FLOOR.1,
        "held-out 32 recall {recall:.3} < {}",
        HELD_OUT_32_FLOOR.1
    );
}

/// Floors for the thirty-second held-out corpus, just under the score measured when it was
/// added, unseen: 0.901 / 0.940 (131 reported, 118 correct; 117 to flag, 110 flagged).
/// Studied on 7 December, once the thirty-third was measured (a poll's sample in its
/// source phrase; a signature with the writer's age; days of a month named in the
/// sentence; a combined age; "dont la moitié"; "n'en reste que cinq"; a forecast with
/// "attendre"; a figure's noun owned by a body): 0.953 / 0.966. A development corpus since.
const HELD_OUT_32_FLOOR: (f64, f64) = (0.97, 0.96);

/// The thirty-third held-out corpus (tests/fixtures/figures-holdout33), written on 7
/// December by a helper who read only the guideline, the notation and the domain notes,
/// never the code, the tests, the other corpora or git, with a second pass on its own
/// labels (talks in Geneva, bank sanctions, Sudanese families in Aswan, reconstruction
/// finance, US midterm polls; biathlon, a dairy co-op's interview, the energy price cap, a
/// hunting trial, sport briefs, mushroom poisonings, rugby league, a boxer's obituary, a
/// sailing record, culture briefs, letters, a drought, a fact-check). Measured once,
/// unseen, after every rule drawn from the thirty-first; left unstudied: the honest
/// estimate; never tune against it.
#[test]
fn precision_and_recall_held_out_33() {
    let articles = corpus_in("figures-holdout33");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the thirty-third held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_33_FLOOR.0,
        "held-out 33 precision {precision:.3} < {}",
        HELD_OUT_33_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_33_FLOOR.1,
        "held-out 33 recall {recall:.3} < {}",
        HELD_OUT_33_FLOOR.1
    );
}

/// Floors for the thirty-third held-out corpus, just under the score measured when it was
/// added, unseen: 0.904 / 0.932 (125 reported, 113 correct; 118 to flag, 110 flagged).
/// Studied on 7 December, once the thirty-fourth was measured (a reporting verb as a
/// headline's label; platforms counted; a body's own count; a dated census; "the fifth of
/// seven"; a relay's "4 x 6 km"; adding past what it is added to): 0.943 / 0.958. A
/// development corpus since.
const HELD_OUT_33_FLOOR: (f64, f64) = (0.95, 0.98);

/// The thirty-fourth held-out corpus (tests/fixtures/figures-holdout34), written on 7
/// December by a helper who read only the guideline, the notation and the domain notes,
/// never the code, the tests, the other corpora or git, with a second pass on its own
/// labels (hostages freed, a summit's live blog, a school in Kherson, reservists, an
/// air-defence deal, the Latvian election, an export-control fact-check; a puppy-trafficking
/// trial, a supermarket takeover, a theatre director's interview, bluefin tuna, a wolf
/// explainer, sport briefs, a tram line, ice hockey, a crypto exchange, a jazz obituary,
/// heat pumps). Measured once, unseen, after every rule drawn from the thirty-second; left
/// unstudied: the honest estimate; never tune against it.
#[test]
fn precision_and_recall_held_out_34() {
    let articles = corpus_in("figures-holdout34");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the thirty-fourth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_34_FLOOR.0,
        "held-out 34 precision {precision:.3} < {}",
        HELD_OUT_34_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_34_FLOOR.1,
        "held-out 34 recall {recall:.3} < {}",
        HELD_OUT_34_FLOOR.1
    );
}

/// Floors for the thirty-fourth held-out corpus, just under the score measured when it was
/// added, unseen: 0.860 / 0.911 (136 reported, 117 correct; 123 to flag, 112 flagged).
/// Studied on 7 December, once the thirty-fifth was measured (where the speaker was,
/// opening the sentence; a poll's sample further on; "by the reckoning of"; engineers
/// counted; a participle opening the sentence before a rule; "a third country"; a claim put
/// to the test; "tous trois"; "selon son grade", "selon l'arrêté"): 0.892 / 0.967. A
/// development corpus since.
const HELD_OUT_34_FLOOR: (f64, f64) = (0.93, 0.97);

/// The thirty-fifth held-out corpus (tests/fixtures/figures-holdout35), written on 7
/// December by a helper who read only the guideline, the notation and the domain notes,
/// never the code, the tests, the other corpora or git, with a second pass on its own
/// labels (a monitoring mission, an aid convoy, strikes on Dnipro, a pork dispute, Bosnia's
/// election, refugees in Suceava, a sanctions fact-check; a volleyball derby, a snooker
/// final, a hail insurer, a warehouse merger, a circus interview, October's inflation,
/// library letters, cancer screening, a lake study, briefs, a bicycle trial). Measured
/// once, unseen, after every rule drawn from the thirty-third; studied since (see its
/// floors).
#[test]
fn precision_and_recall_held_out_35() {
    let articles = corpus_in("figures-holdout35");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the thirty-fifth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_35_FLOOR.0,
        "held-out 35 precision {precision:.3} < {}",
        HELD_OUT_35_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_35_FLOOR.1,
        "held-out 35 recall {recall:.3} < {}",
        HELD_OUT_35_FLOOR.1
    );
}

/// Floors for the thirty-fifth held-out corpus, just under the score measured when it was
/// added, unseen: 0.855 / 0.875 (138 reported, 118 correct; 128 to flag, 112 flagged).
/// Studied on 7 December, once the thirty-sixth was measured (an explainer's own verdict,
/// "Notre verdict"; a block headed by its source in brackets; a letter under "X writes:"):
/// 0.920 / 0.945. A development corpus since.
const HELD_OUT_35_FLOOR: (f64, f64) = (0.93, 0.98);

/// The thirty-sixth held-out corpus (tests/fixtures/figures-holdout36), written on 7
/// December by a helper who read only the guideline, the notation and the domain notes,
/// never the code, the tests, the other corpora or git, with a second pass on its own
/// labels. Unlike the thirty before it, whose writers were asked for subjects and layouts
/// unlike the previous corpora's, it was asked for ordinary copy as a daily prints it every
/// day (strikes on Odessa, the front, inflation, a council budget, results, a crash, rugby,
/// football, briefs, a hospital interview, US jobs, an embezzlement trial, a storm, school
/// closures, EU aid, floods, an obituary, the EU budget). Measured once, unseen, after every
/// rule drawn from the thirty-fourth; studied since (see its floors).
#[test]
fn precision_and_recall_held_out_36() {
    let articles = corpus_in("figures-holdout36");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the thirty-sixth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_36_FLOOR.0,
        "held-out 36 precision {precision:.3} < {}",
        HELD_OUT_36_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_36_FLOOR.1,
        "held-out 36 recall {recall:.3} < {}",
        HELD_OUT_36_FLOOR.1
    );
}

/// Floors for the thirty-sixth held-out corpus, just under the score measured when it was
/// added, unseen: 0.930 / 0.941 (128 reported, 119 correct; 119 to flag, 112 flagged).
/// Studied on 7 December, once the thirty-seventh was written (appositions with an
/// approximation; a hyphenated name; what the speaker was doing after the verb; "à neuf
/// reprises"): 0.932 / 0.975. A development corpus since.
const HELD_OUT_36_FLOOR: (f64, f64) = (0.97, 0.97);

/// The thirty-seventh held-out corpus (tests/fixtures/figures-holdout37), written on 7
/// December by a helper who read only the guideline, the notation and the domain notes,
/// never the code, the tests, the other corpora or git, with a second pass on its own
/// labels; like the thirty-sixth, ordinary daily copy asked for as such (power cuts in
/// Chernihiv, housing starts, a cardboard plant, fuel prices, a pool, a fire, a trial,
/// social housing, tennis, a cold snap, a food bank's interview, cinema attendance, the
/// shadow fleet, early voting, a bus strike, an obituary, briefs, a landlord fined).
/// Measured once, unseen, after every rule drawn from the thirty-sixth.
#[test]
fn precision_and_recall_held_out_37() {
    let articles = corpus_in("figures-holdout37");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the thirty-seventh held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_37_FLOOR.0,
        "held-out 37 precision {precision:.3} < {}",
        HELD_OUT_37_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_37_FLOOR.1,
        "held-out 37 recall {recall:.3} < {}",
        HELD_OUT_37_FLOOR.1
    );
}

/// Floors for the thirty-seventh held-out corpus, just under the score measured when it
/// was added, unseen: 0.866 / 0.881 (127 reported, 110 correct; 118 to flag, 104 flagged).
/// Studied on 7 December, once the thirty-eighth was written (a list of ages, an age at the
/// last of a series, a service number named after its département, a fuel's grade, a
/// count of events after a name, French subjects counting part of a set, a set named again
/// behind no-break spaces, a tie-break, ranking points, a height that places, a payer's
/// share, a participle after a comma, an apposition after a speaker's relative clause, a
/// quotation inside a named subject's sentence, a headline's speaker alone, a poll's
/// margin of error): 0.967 / 0.949. A development corpus since.
const HELD_OUT_37_FLOOR: (f64, f64) = (0.99, 0.95);

/// The thirty-eighth held-out corpus (tests/fixtures/figures-holdout38), written on 7
/// December by a helper who read only the guideline, the notation and the domain notes,
/// never the code, the tests, the other corpora or git, with a second pass on its own
/// labels; copy as three kinds of outlet print it, six articles each: a French regional
/// daily's local pages, an English agency wire, a wiki-news site (an enlargement report, a
/// viaduct, a UN appeal, a necropolis, a nature reserve, a power line to Moldova, snow in
/// the Haut-Doubs, paid parking, a brewery, basketball, a fraud trial, an obituary, Danube
/// grain, European stocks, alpine skiing, NATO spending, euro-zone jobless, demining).
/// Measured once, unseen, after every rule drawn from the thirty-seventh.
#[test]
fn precision_and_recall_held_out_38() {
    let articles = corpus_in("figures-holdout38");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the thirty-eighth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_38_FLOOR.0,
        "held-out 38 precision {precision:.3} < {}",
        HELD_OUT_38_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_38_FLOOR.1,
        "held-out 38 recall {recall:.3} < {}",
        HELD_OUT_38_FLOOR.1
    );
}

/// Floors for the thirty-eighth held-out corpus, just under the score measured when it
/// was added, unseen: 0.864 / 0.907 (132 reported, 114 correct; 118 to flag, 107 flagged).
/// Studied on 7 December, once the thirty-ninth was written (a council's act, a count
/// before a verb's "et", "montrer" with a thing for subject, a document described, an
/// assessment as a document, a gap to the winner, points for a win, a scorer named by his
/// tally, a union by its nations, a distance past its conversion, occasions counted, a wire
/// headline's dashed source, an owner's own forecast, a listed value in words, plural
/// documents): 0.984 / 0.992. A development corpus since.
const HELD_OUT_38_FLOOR: (f64, f64) = (0.98, 0.99);

/// The thirty-ninth held-out corpus (tests/fixtures/figures-holdout39), written on 7
/// December by a helper who read only the guideline, the notation and the domain notes,
/// never the code, the tests, the other corpora or git, with a second pass on its own
/// labels; like the thirty-eighth, copy as three kinds of outlet print it: a regional
/// daily (carbon monoxide, street lighting, weekend sport, fake roofers, a walnut fair, a
/// fifty-years-ago column), an agency wire (Treasuries, golf scores, cocoa futures, gas
/// storage, a cable maker's quarter, the Russian key rate), a wiki-news site (drones over
/// Bremen airport, children returned to Ukraine, flu, COP31, a landslide, a bushfire).
/// Measured once, unseen, after every rule drawn from the thirty-eighth.
#[test]
fn precision_and_recall_held_out_39() {
    let articles = corpus_in("figures-holdout39");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the thirty-ninth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_39_FLOOR.0,
        "held-out 39 precision {precision:.3} < {}",
        HELD_OUT_39_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_39_FLOOR.1,
        "held-out 39 recall {recall:.3} < {}",
        HELD_OUT_39_FLOOR.1
    );
}

/// Floors for the thirty-ninth held-out corpus, just under the score measured when it
/// was added, unseen: 0.776 / 0.878 (161 reported, 125 correct; 123 to flag, 108 flagged).
/// Studied on 7 December, once the fortieth was written (a wire's results line by line, a
/// share's period of comparison, a compound's end, a verb joined by "and" to what its
/// subject did, a sum lent to a name, an italic caption, a qualified regulation's number, a
/// superlative that picks, a name after a headline's dash, an owner's revised estimate, a
/// grade or a week by its number, a speaker after a place and a title, a part of the years
/// just given): 0.971 / 0.951. A development corpus since.
const HELD_OUT_39_FLOOR: (f64, f64) = (0.97, 0.98);

/// The fortieth held-out corpus (tests/fixtures/figures-holdout40), written on 7 December
/// by a helper who read only the guideline, the notation and the domain notes, never the
/// code, the tests, the other corpora or git, with a second pass on its own labels; like the
/// thirty-eighth and thirty-ninth, copy as three kinds of outlet print it: a regional daily
/// (a media library, a hunting accident, a sawmill, a trail race, a bowls club's treasurer,
/// the walnut harvest), an agency wire (a company's results, the Ukrainian central bank,
/// German trade, grains, Asian markets, expulsions between Russia and Finland), a wiki-news
/// site (a wreck off Groix, Swiss glaciers, the port of Odesa, visas for Russians, an
/// eruption at Reykjanes, a Baltic cable). Measured once, unseen, after every rule drawn from
/// the thirty-ninth.
#[test]
fn precision_and_recall_held_out_40() {
    let articles = corpus_in("figures-holdout40");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the fortieth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_40_FLOOR.0,
        "held-out 40 precision {precision:.3} < {}",
        HELD_OUT_40_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_40_FLOOR.1,
        "held-out 40 recall {recall:.3} < {}",
        HELD_OUT_40_FLOOR.1
    );
}

/// Floors for the fortieth held-out corpus, just under the score measured when it was
/// added, unseen: 0.874 / 0.916 (143 reported, 125 correct; 119 to flag, 109 flagged).
/// Studied on 7 December, once the forty-first was written (a table under a sourced
/// lead-in, a course named by its length, "to the north", members after a colon, a
/// nationality before a counted noun, a source in an incise inside a relative clause, a
/// payer's share, a new clause after ", and", a live blog's time stamp, wire prices):
/// 0.970 / 0.950. A development corpus since.
const HELD_OUT_40_FLOOR: (f64, f64) = (0.98, 0.95);

/// The forty-first held-out corpus (tests/fixtures/figures-holdout41), written on 7
/// December by a helper who read only the guideline, the notation and the domain notes,
/// never the code, the tests, the other corpora or git, with a second pass on its own
/// labels; copy as three kinds of outlet print it: a regional daily (a wedding poisoning, a
/// village hall, an abattoir, a cross-country race, glass eels, a comics festival), an
/// agency wire (a company's results, oil, payrolls, the Finnish border, a marathon, a copper
/// strike), a wiki-news site (evacuations from Sumy, a wind-farm consultation,
/// legionnaires' disease, cranes at the lac du Der, measles in Ohio, a by-election).
/// Measured once, unseen, after every rule drawn from the fortieth.
#[test]
fn precision_and_recall_held_out_41() {
    let articles = corpus_in("figures-holdout41");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the forty-first held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_41_FLOOR.0,
        "held-out 41 precision {precision:.3} < {}",
        HELD_OUT_41_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_41_FLOOR.1,
        "held-out 41 recall {recall:.3} < {}",
        HELD_OUT_41_FLOOR.1
    );
}

/// Floors for the forty-first held-out corpus, just under the score measured when it was
/// added, unseen: 0.831 / 0.954 (172 reported, 143 correct; 130 to flag, 124 flagged).
/// Studied on 7 December, once the forty-second was written ("as declared by", a degree
/// sign's unit ending a sentence, an agent's own count, "reporting", an agent past a sum's
/// qualifier, a relative clause or a reduced passive covering the figure it qualifies, an
/// apposition's count with "of", a page's sources, a race's bracketed course, a radius, a
/// race's last stretch, "consider", "l'" as an object pronoun, data revised to show, a
/// number in a title): 0.986 / 0.977 (148 reported, 146 correct; 130 to flag, 127
/// flagged). A development corpus since.
const HELD_OUT_41_FLOOR: (f64, f64) = (0.99, 0.99);

/// The forty-second held-out corpus (tests/fixtures/figures-holdout42), written on 7
/// December by a helper who read only the guideline, the notation and the domain notes,
/// never the code, the tests, the other corpora or git, with a second pass on its own
/// labels; copy as three kinds of outlet print it: a regional daily (cable thefts, a health
/// centre, a foundry in receivership, a judo tournament, diesel thefts, a truffle market),
/// an agency wire (a company's results, the dollar and the yen, retail sales, ammunition for
/// Ukraine, precious metals, car registrations), a wiki-news site (an earthquake in the
/// Pyrenees, a satellite launch, an auction, a transatlantic race, a tunnel, a border
/// crossing). Measured once, unseen, after every rule drawn from the forty-first.
#[test]
fn precision_and_recall_held_out_42() {
    let articles = corpus_in("figures-holdout42");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the forty-second held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_42_FLOOR.0,
        "held-out 42 precision {precision:.3} < {}",
        HELD_OUT_42_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_42_FLOOR.1,
        "held-out 42 recall {recall:.3} < {}",
        HELD_OUT_42_FLOOR.1
    );
}

/// Floors for the forty-second held-out corpus, just under the score measured when it was
/// added, unseen: 0.884 / 0.960 (155 reported, 137 correct; 125 to flag, 120 flagged).
/// Studied on 7 December, once the forty-third was written (a quotation over sentences
/// closed by its incise, an article after the speaker's name, lines of values under a
/// sourced lead-in, a body that observes records a count, weight classes, the audience in
/// an incise, a race's days, generations, a count alone as a subject, "ils étaient neuf
/// à"): 0.959 / 0.976 (145 reported, 139 correct; 125 to flag, 122 flagged). A development
/// corpus since.
const HELD_OUT_42_FLOOR: (f64, f64) = (0.95, 0.97);

/// The forty-third held-out corpus (tests/fixtures/figures-holdout43), written on 7
/// December by a helper who read only the guideline, the notation and the domain notes,
/// never the code, the tests, the other corpora or git, with a second pass on its own
/// labels; copy as three kinds of outlet print it: a regional daily (a pharmacy robbery, a
/// diversion, a cheese dairy, pétanque, an embezzlement, an Armistice ceremony), an agency
/// wire (a company's results, a bond auction, the Czech rate, freight rates, LNG imports,
/// an EU training mission), a wiki-news site (dengue in Guadeloupe, the Ukraine Facility,
/// skating in Grenoble, a mining museum, a mine collapse in Chile, a whale stranding).
/// Measured once, unseen, after every rule drawn from the forty-second.
#[test]
fn precision_and_recall_held_out_43() {
    let articles = corpus_in("figures-holdout43");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the forty-third held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_43_FLOOR.0,
        "held-out 43 precision {precision:.3} < {}",
        HELD_OUT_43_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_43_FLOOR.1,
        "held-out 43 recall {recall:.3} < {}",
        HELD_OUT_43_FLOOR.1
    );
}

/// Floors for the forty-third held-out corpus, just under the score measured when it was
/// added, unseen: 0.875 / 0.948 (136 reported, 119 correct; 115 to flag, 109 flagged).
/// Studied on 7 December, once the forty-fourth was written (English counts from ten on, a
/// record of wins out of its games, a court that fixes a sum, "savoure", an estimate as a
/// document, a bond named by its coupon, a competitor's points in brackets, a single ranked
/// result, the winner's total, games won out of a match's): 0.953 / 0.983 (129 reported,
/// 123 correct; 115 to flag, 113 flagged). A development corpus since.
const HELD_OUT_43_FLOOR: (f64, f64) = (0.96, 0.99);

/// The forty-fourth held-out corpus (tests/fixtures/figures-holdout44), written on 7
/// December by a helper who read only the guideline, the notation and the domain notes,
/// never the code, the tests, the other corpora or git, with a second pass on its own
/// labels; copy as three kinds of outlet print it: a regional daily (rodeos, household
/// waste, badminton, a hardware shop, a dog breeder in court, a centenarian), an agency wire
/// (European shares, a company's results, the contact group, sugar, Euroclear and Russian
/// assets, curling), a wiki-news site (a cable car, avian flu, a vote on crèches, Roman
/// coins, youth games in Dakar, a bumblebee study). Measured once, unseen, after every rule
/// drawn from the forty-third.
#[test]
fn precision_and_recall_held_out_44() {
    let articles = corpus_in("figures-holdout44");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the forty-fourth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_44_FLOOR.0,
        "held-out 44 precision {precision:.3} < {}",
        HELD_OUT_44_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_44_FLOOR.1,
        "held-out 44 recall {recall:.3} < {}",
        HELD_OUT_44_FLOOR.1
    );
}

/// Floors for the forty-fourth held-out corpus, just under the score measured when it was
/// added, unseen: 0.821 / 0.938 (145 reported, 119 correct; 112 to flag, 105 flagged).
/// Studied on 7 December, once the forty-fifth was written (a plural noun before its own
/// verb, an owner's forecast past a compound, a match's result lines, idioms, a portrait's
/// family, a speaker named by a noun and an age, incise verbs, a poll's sample after its
/// noun): 0.933 / 0.982 (134 reported, 125 correct; 112 to flag, 110 flagged). A
/// development corpus since.
const HELD_OUT_44_FLOOR: (f64, f64) = (0.96, 0.98);

/// The forty-fifth held-out corpus (tests/fixtures/figures-holdout45), written on 7
/// December by a helper who read only the guideline, the notation and the domain notes,
/// never the code, the tests, the other corpora or git, with a second pass on its own
/// labels; copy as three kinds of outlet print it: a regional daily (a customs seizure, a
/// merged commune, a biscuit factory, archery, a fraud, an organ), an agency wire (a
/// company's results, Wall Street, crude stocks, the front line, airspace, Japanese trade),
/// a wiki-news site (a painted cave, the Piton de la Fournaise, generators for Ukraine, an
/// oil spill, an avalanche, a damage register). Measured once, unseen, after every rule
/// drawn from the forty-fourth.
#[test]
fn precision_and_recall_held_out_45() {
    let articles = corpus_in("figures-holdout45");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the forty-fifth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_45_FLOOR.0,
        "held-out 45 precision {precision:.3} < {}",
        HELD_OUT_45_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_45_FLOOR.1,
        "held-out 45 recall {recall:.3} < {}",
        HELD_OUT_45_FLOOR.1
    );
}

/// Floors for the forty-fifth held-out corpus, just under the score measured when it was
/// added, unseen: 0.906 / 0.922 (139 reported, 126 correct; 116 to flag, 107 flagged).
/// Studied on 7 December, once the forty-sixth was written (an English subject past its
/// adjectives, a study as work to be done, a figure's earlier value after "It followed", a
/// median forecast as a noun, carbon 14, a town in apposition to a speaker by title, a
/// place under the level of the sea): 0.950 / 0.966 (139 reported, 132 correct; 116 to
/// flag, 112 flagged). A development corpus since.
const HELD_OUT_45_FLOOR: (f64, f64) = (0.95, 0.96);

/// The forty-sixth held-out corpus (tests/fixtures/figures-holdout46), written on 7
/// December by a helper who read only the guideline, the notation and the domain notes,
/// never the code, the tests, the other corpora or git, with a second pass on its own
/// labels; copy as three kinds of outlet print it: a regional daily (a school coach crash,
/// the price of water, a joinery, table tennis, a drink-driving trial, chestnuts), an agency
/// wire (a company's results, sterling and gilts, aluminium, a prisoner swap, martial law,
/// euro-zone jobless), a wiki-news site (a bat count, a maternity ward, red pandas,
/// bronchiolitis, an algal bloom, a chess congress). Measured once, unseen, after every rule
/// drawn from the forty-fifth.
#[test]
fn precision_and_recall_held_out_46() {
    let articles = corpus_in("figures-holdout46");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the forty-sixth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_46_FLOOR.0,
        "held-out 46 precision {precision:.3} < {}",
        HELD_OUT_46_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_46_FLOOR.1,
        "held-out 46 recall {recall:.3} < {}",
        HELD_OUT_46_FLOOR.1
    );
}

/// Floors for the forty-sixth held-out corpus, just under the score measured when it was
/// added, unseen: 0.871 / 0.898 (139 reported, 121 correct; 118 to flag, 106 flagged).
/// Studied on 7 December, once the forty-seventh was written (a subject's description needs
/// a subject, a new clause with no figure after its verb, "what X say", "verified", a figure
/// owned by a name in the predicate, a source phrase after the covering cue, calculations
/// owned by a title, counted nouns): 0.915 / 0.975 (142 reported, 130 correct; 118 to flag,
/// 115 flagged). A development corpus since; again in the fifth session (a wiki page's
/// headings, a team's record, a match's length, marks out of a scale, a tournament's points,
/// half a month): 0.977 / 0.975 (133 reported, 130 correct; 118 to flag, 115 flagged).
const HELD_OUT_46_FLOOR: (f64, f64) = (0.97, 0.97);

/// The forty-seventh held-out corpus (tests/fixtures/figures-holdout47), written on 7
/// December by a helper who read only the guideline, the notation and the domain notes,
/// never the code, the tests, the other corpora or git, with a second pass on its own
/// labels; copy as three kinds of outlet print it: a regional daily (a circus tent, a market
/// hall, a cutlery maker, canoe-kayak, fake police officers, an emergency ward), an agency
/// wire (a company's results, euro-zone bonds, Czech output, coffee, a refinery strike,
/// mortgage approvals), a wiki-news site (a typhoon, Ukrainian children, a record
/// exhibition, bears in the Pyrenees, a UN vote on Crimea, an airline's collapse). Measured
/// once, unseen, after every rule drawn from the forty-sixth.
#[test]
fn precision_and_recall_held_out_47() {
    let articles = corpus_in("figures-holdout47");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the forty-seventh held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_47_FLOOR.0,
        "held-out 47 precision {precision:.3} < {}",
        HELD_OUT_47_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_47_FLOOR.1,
        "held-out 47 recall {recall:.3} < {}",
        HELD_OUT_47_FLOOR.1
    );
}

/// Floors for the forty-seventh held-out corpus, just under the score measured when it was
/// added, unseen: 0.948 / 0.943 (154 reported, 146 correct; 123 to flag, 116 flagged).
/// Studied on 7 December, once the forty-eighth was written (a share sent one way, a body's
/// calculations after "du", "accuser un déficit", "expecting", the subject's next act after
/// a report, a dateline's date, a conversion after a distance that places): 0.968 / 0.976
/// (155 reported, 150 correct; 123 to flag, 120 flagged). A development corpus since.
const HELD_OUT_47_FLOOR: (f64, f64) = (0.96, 0.97);

/// The forty-eighth held-out corpus (tests/fixtures/figures-holdout48), written on 7
/// December by a helper who read only the guideline, the notation and the domain notes,
/// never the code, the tests, the other corpora or git, with a second pass on its own
/// labels; copy as three kinds of outlet print it: a regional daily (burglaries, a school
/// group, a printer, fencing, a property manager in court, a ring road), an agency wire (a
/// company's results, emerging markets, wheat exports, TTF gas, repatriated bodies, weapons
/// for Ukraine), a wiki-news site (a sauropod, a university merger, medicine shortages, a
/// collapse in a port, a formula recall, a ransomware attack). Measured once, unseen, after
/// every rule drawn from the forty-seventh; studied since (see its floors).
#[test]
fn precision_and_recall_held_out_48() {
    let articles = corpus_in("figures-holdout48");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the forty-eighth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_48_FLOOR.0,
        "held-out 48 precision {precision:.3} < {}",
        HELD_OUT_48_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_48_FLOOR.1,
        "held-out 48 recall {recall:.3} < {}",
        HELD_OUT_48_FLOOR.1
    );
}

/// Floors for the forty-eighth held-out corpus, just under the score measured when it was
/// added, unseen: 0.977 / 0.975 (130 reported, 127 correct; 118 to flag, 115 flagged).
/// Studied in the fifth session of 7 December (a court's sentence, a road's interchanges):
/// 0.992 / 0.975 (128 reported, 127 correct; 118 to flag, 115 flagged). A development
/// corpus since.
const HELD_OUT_48_FLOOR: (f64, f64) = (0.99, 0.98);

/// The forty-ninth held-out corpus (tests/fixtures/figures-holdout49), written on 7
/// December (the fifth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (pharmacies
/// on duty, a swimming pool, a cattle fair, a youth football tournament, a drink-driving
/// bus driver, a fire at a sorting centre), an agency wire (a retailer's results, euro-zone
/// bond yields, soybeans and corn, Ukraine's power imports, Russia's seaborne oil, an EU
/// sanctions package), a wiki-news site (a Roman villa, train timetables, avian flu, a tram
/// strike, an Icelandic eruption alert, a university data leak). Measured once, unseen,
/// after every rule drawn from the corpora before it and from the fiftieth (written at the
/// same time, measured first).
#[test]
fn precision_and_recall_held_out_49() {
    let articles = corpus_in("figures-holdout49");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the forty-ninth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_49_FLOOR.0,
        "held-out 49 precision {precision:.3} < {}",
        HELD_OUT_49_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_49_FLOOR.1,
        "held-out 49 recall {recall:.3} < {}",
        HELD_OUT_49_FLOOR.1
    );
}

/// Floors for the forty-ninth held-out corpus, just under the score measured when it was
/// added, unseen: 0.937 / 0.947 (127 reported, 119 correct; 113 to flag, 107 flagged).
/// Studied the same day ("Selon la Région", a rule a body published, a grain's protein
/// grade, a distance in apposition to a place, a source's apposition past a compound):
/// 0.976 / 0.956 (123 reported, 120 correct; 113 to flag, 108 flagged).
const HELD_OUT_49_FLOOR: (f64, f64) = (0.99, 0.96);

/// The fiftieth held-out corpus (tests/fixtures/figures-holdout50), written on 7 December
/// (the fifth session) by a helper who read only the guideline, the notation and the domain
/// notes, never the code, the tests, the other corpora or git, with a second pass on its own
/// labels; copy as three kinds of outlet print it: a regional daily (an organ festival, a
/// roundabout, hunting accidents, a rugby club's meeting, an unlicensed taxi in court,
/// snowfall), an agency wire (an airline's traffic, Asian currencies, cocoa and sugar, a
/// prisoner exchange, NATO air policing, US gas storage), a wiki-news site (a mountain
/// rescue, a hospital merger vote, a bell's restoration, a wolf census, a ferry grounding, a
/// measles outbreak). Measured once, unseen, after every rule drawn from the corpora before
/// it. Studied once the forty-ninth was measured.
#[test]
fn precision_and_recall_held_out_50() {
    let articles = corpus_in("figures-holdout50");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the fiftieth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_50_FLOOR.0,
        "held-out 50 precision {precision:.3} < {}",
        HELD_OUT_50_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_50_FLOOR.1,
        "held-out 50 recall {recall:.3} < {}",
        HELD_OUT_50_FLOOR.1
    );
}

/// Floors for the fiftieth held-out corpus, just under the score measured when it was
/// added, unseen: 0.895 / 0.961 (153 reported, 137 correct; 128 to flag, 123 flagged).
/// Studied the same day (wire prices with fractions, a block's title naming its source, a
/// participle of recording with its agent, "That compared with", snow's altitude, a
/// document voted on, a source described by a relative clause): 0.993 / 0.977 (141
/// reported, 140 correct; 128 to flag, 125 flagged).
const HELD_OUT_50_FLOOR: (f64, f64) = (0.99, 0.97);

/// The fifty-first held-out corpus (tests/fixtures/figures-holdout51), written on 7
/// December (the fifth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a baguette
/// contest, a bus network, a village school, handball, car thefts in court, a burst water
/// main), an agency wire (a carmaker's sales, euro-zone inflation, Paris wheat and rapeseed,
/// drone strikes on refineries, Moldova's gas, Russian assets), a wiki-news site (an organ
/// fire, a recount, lynx, a heat network, a cable-car accident, a library's digitisation).
/// Measured once, unseen, after every rule drawn from the corpora before it (the
/// forty-ninth and the fiftieth studied).
#[test]
fn precision_and_recall_held_out_51() {
    let articles = corpus_in("figures-holdout51");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the fifty-first held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_51_FLOOR.0,
        "held-out 51 precision {precision:.3} < {}",
        HELD_OUT_51_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_51_FLOOR.1,
        "held-out 51 recall {recall:.3} < {}",
        HELD_OUT_51_FLOOR.1
    );
}

/// Floors for the fifty-first held-out corpus, just under the score measured when it was
/// added, unseen: 0.891 / 0.912 (129 reported, 115 correct; 114 to flag, 104 flagged).
/// Studied the same day, once the fifty-second was being written (marks out of 20 in
/// words, an absolute participle clause, a network's lines, a duration's other value, a
/// headline's credit with its kind, "In their joint statement", "rapporter" money, a
/// source's description after its phrase): 0.976 / 0.956 (123 reported, 120 correct; 114
/// to flag, 109 flagged).
const HELD_OUT_51_FLOOR: (f64, f64) = (0.98, 0.96);

/// The fifty-second held-out corpus (tests/fixtures/figures-holdout52), written on 7
/// December (the fifth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a Christmas
/// market, a town budget, a dairy farm fire, cyclo-cross, an assault trial, canteen prices),
/// an agency wire (a bank's results, gilts and sterling, palm oil and soyoil, an attack on
/// Ukraine's grid, Turkish inflation, a US-Russia call), a wiki-news site (a museum's
/// reopening, a dam inspection, a storm and power cuts, a university strike vote, a volcano
/// in the Canaries, a shipwreck). Measured once, unseen, after every rule drawn from the
/// corpora before it (the forty-ninth to the fifty-first studied); studied once the
/// fifty-third was being written.
#[test]
fn precision_and_recall_held_out_52() {
    let articles = corpus_in("figures-holdout52");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the fifty-second held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_52_FLOOR.0,
        "held-out 52 precision {precision:.3} < {}",
        HELD_OUT_52_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_52_FLOOR.1,
        "held-out 52 recall {recall:.3} < {}",
        HELD_OUT_52_FLOOR.1
    );
}

/// Floors for the fifty-second held-out corpus, just under the score measured when it was
/// added, unseen: 0.928 / 0.926 (138 reported, 128 correct; 121 to flag, 112 flagged).
/// Studied the same day (columns under a credited lead-in, a table under what an agent
/// measured, seconds with two apostrophes, a label of figures is no document, a record's
/// participle after the day, a subject's name with its acronym): 1.000 / 0.959 (132
/// reported, 132 correct; 121 to flag, 116 flagged).
const HELD_OUT_52_FLOOR: (f64, f64) = (1.0, 0.97);

/// The fifty-third held-out corpus (tests/fixtures/figures-holdout53), written on 7
/// December (the fifth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a flea
/// market, road works, a retirement home, a trail race, poaching in court, a library's
/// closure), an agency wire (an insurer's results, JGB yields and the yen, coffee and cocoa,
/// a counteroffensive's claims, Polish output, EU gas storage), a wiki-news site (a hoard, a
/// local referendum, a flood warning, a zoo birth, an Australian bushfire, a port
/// cyberattack). Measured once, unseen, after every rule drawn from the corpora before it
/// (the forty-ninth to the fifty-second studied); studied once the fifty-fourth was being
/// written.
#[test]
fn precision_and_recall_held_out_53() {
    let articles = corpus_in("figures-holdout53");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the fifty-third held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_53_FLOOR.0,
        "held-out 53 precision {precision:.3} < {}",
        HELD_OUT_53_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_53_FLOOR.1,
        "held-out 53 recall {recall:.3} < {}",
        HELD_OUT_53_FLOOR.1
    );
}

/// Floors for the fifty-third held-out corpus, just under the score measured when it was
/// added, unseen: 0.929 / 0.934 (140 reported, 130 correct; 121 to flag, 113 flagged).
/// Studied the same day (a source in brackets after the units, a committee that counts,
/// "a relevé", "added to", a new clause whose subject names speakers, members listed after
/// a colon, a relative clause of place, winters, a poll's sample in a phrase): 0.971 / 0.959
/// (138 reported, 134 correct; 121 to flag, 116 flagged).
const HELD_OUT_53_FLOOR: (f64, f64) = (0.97, 0.96);

/// The fifty-fourth held-out corpus (tests/fixtures/figures-holdout54), written on 7
/// December (the fifth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a wine fair,
/// hospital parking fees, wolves and sheep, a judo club, a builder's tax fraud, a heating
/// subsidy), an agency wire (a steelmaker's results, the rupee and Indian bonds, wheat and
/// barley tenders, the shelling of Kherson, the Czech trade balance, Black Sea insurance), a
/// wiki-news site (a cathedral, a by-election, a Pyrenean earthquake, a seal count, a
/// derailment in Canada, a heatwave in Argentina). Measured once, unseen, after every rule
/// drawn from the corpora before it (the forty-ninth to the fifty-third studied); studied
/// once the fifty-fifth was being written.
#[test]
fn precision_and_recall_held_out_54() {
    let articles = corpus_in("figures-holdout54");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the fifty-fourth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_54_FLOOR.0,
        "held-out 54 precision {precision:.3} < {}",
        HELD_OUT_54_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_54_FLOOR.1,
        "held-out 54 recall {recall:.3} < {}",
        HELD_OUT_54_FLOOR.1
    );
}

/// Floors for the fifty-fourth held-out corpus, just under the score measured when it was
/// added, unseen: 0.916 / 0.932 (131 reported, 120 correct; 117 to flag, 109 flagged).
/// Studied the same day (a bond's coupon and year, wire credits by a governor or traders,
/// an ordinal before a unit of time, candles, a caption's approximate count): 0.984 / 0.932
/// (122 reported, 120 correct; 117 to flag, 109 flagged).
const HELD_OUT_54_FLOOR: (f64, f64) = (1.0, 0.94);

/// The fifty-fifth held-out corpus (tests/fixtures/figures-holdout55), written on 7
/// December (the fifth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a chestnut
/// festival, a cycle lane, a sawmill fire, a basketball derby, threats to a mayor in court,
/// a youth jobs scheme), an agency wire (a telecom operator's results, the real and
/// Brazilian bonds, sugar and ethanol, drones over Odesa's port, Hungarian inflation, an
/// EU loan to Ukraine), a wiki-news site (a medieval manuscript, a ferry line's closure, a
/// drought, an observatory, a mine rescue in Chile, a bridge collapse inquiry). Measured
/// once, unseen, after every rule drawn from the corpora before it (the forty-ninth to the
/// fifty-fourth studied); studied in the sixth session, once the fifty-sixth to the
/// fifty-eighth were being written.
#[test]
fn precision_and_recall_held_out_55() {
    let articles = corpus_in("figures-holdout55");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the fifty-fifth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_55_FLOOR.0,
        "held-out 55 precision {precision:.3} < {}",
        HELD_OUT_55_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_55_FLOOR.1,
        "held-out 55 recall {recall:.3} < {}",
        HELD_OUT_55_FLOOR.1
    );
}

/// Floors for the fifty-fifth held-out corpus, just under the score measured when it was
/// added, unseen: 0.879 / 0.942 (140 reported, 123 correct; 120 to flag, 113 flagged).
/// Studied in the sixth session (a basketball game's tallies and half-time score, a
/// head-to-head record, an apposition naming a figure with its source, a wire's guidance,
/// a key-figures table over its source line, days of a kind in a year, a designation's
/// letter ending a sentence, a depth that places, "réclamer" a thing): 0.984 / 0.975 (129
/// reported, 127 correct; 120 to flag, 117 flagged).
const HELD_OUT_55_FLOOR: (f64, f64) = (0.98, 0.97);

/// The fifty-sixth held-out corpus (tests/fixtures/figures-holdout56), written on 7
/// December (the sixth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a blood drive, a maternity ward's closure, a ploughing contest, burglaries, the price of water, a car rally), an agency wire (an airline group's traffic, the Swiss franc, cattle and hog futures, the Zaporizhzhia plant's power line, Romania's deficit, US sanctions on Russian banks), a wiki-news site (a Merovingian necropolis, a youth council's election, a hurricane in the Antilles, an Alpine road tunnel, a comet, a data centre's power failure). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth studied);
/// studied while the fifty-eighth waited, unseen.
#[test]
fn precision_and_recall_held_out_56() {
    let articles = corpus_in("figures-holdout56");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the fifty-sixth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_56_FLOOR.0,
        "held-out 56 precision {precision:.3} < {}",
        HELD_OUT_56_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_56_FLOOR.1,
        "held-out 56 recall {recall:.3} < {}",
        HELD_OUT_56_FLOOR.1
    );
}

/// Floors for the fifty-sixth held-out corpus, just under the score measured when it was
/// added, unseen: 0.878 / 0.975 (147 reported, 129 correct; 118 to flag, 115 flagged).
/// Studied the same day (a rally's times in tenths, a jury's marks and their scale, a gap
/// in a standing, a schedule "six jours sur sept", a spread over years, "All six reactors",
/// "glisser" things, a breakdown before a source phrase, trades that forecast): 0.977 /
/// 0.983 (133 reported, 130 correct; 118 to flag, 116 flagged). Left as they are: a pledge
/// ("Elle promet … deux sages-femmes", flagged by an earlier corpus), the definite count of
/// an intercommunality's towns (labelled both ways), a range inside a target.
const HELD_OUT_56_FLOOR: (f64, f64) = (0.97, 0.98);

/// The fifty-seventh held-out corpus (tests/fixtures/figures-holdout57), written on 7
/// December (the sixth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a swimming pool's reopening, a cattle fair, a fraudulent builder in court, school-bus timetables, a youth football tournament, a forest fire), an agency wire (a brewer's half-year results, Nordic crowns and Baltic bonds, cotton and orange juice, a counter-drone operation near Kharkiv, Slovak unemployment, an EU ban on Russian LNG), a wiki-news site (a shipwreck off Brittany, a referendum on merging two communes, a Garonne flood, a Romanesque abbey, a marathon record, bird flu on a poultry farm). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth studied);
/// studied while the fifty-eighth waited, unseen.
#[test]
fn precision_and_recall_held_out_57() {
    let articles = corpus_in("figures-holdout57");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the fifty-seventh held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_57_FLOOR.0,
        "held-out 57 precision {precision:.3} < {}",
        HELD_OUT_57_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_57_FLOOR.1,
        "held-out 57 recall {recall:.3} < {}",
        HELD_OUT_57_FLOOR.1
    );
}

/// Floors for the fifty-seventh held-out corpus, just under the score measured when it was
/// added, unseen: 0.908 / 0.966 (142 reported, 129 correct; 119 to flag, 115 flagged).
/// Studied the same day (a speaker's incise "tempère", prices recorded "sur le foirail par",
/// a wire bullet's credit "- think tank", a shoot-out's score, a tournament's total, a count
/// in apposition to the names before it, a table's rank column, a subject described before
/// "le sait", a number that ends a speaker's name): 1.000 / 0.983 (131 reported, 131
/// correct; 119 to flag, 117 flagged).
const HELD_OUT_57_FLOOR: (f64, f64) = (1.0, 0.98);

/// The fifty-eighth held-out corpus (tests/fixtures/figures-holdout58), written on 7
/// December (the sixth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (Christmas lights, a fire brigade's year, a cycling club, a drink-driving crackdown, an emergency ward, a village post office), an agency wire (a carmaker's deliveries, the zloty and the forint, coffee and cocoa, a missile strike on Lviv's grid, Bulgarian inflation, the G7 and the oil price cap), a wiki-news site (dinosaur footprints in a quarry, a rack railway reopened, a Mediterranean storm, school canteen prices, an eclipse expedition, ransomware at a hospital network). Written with the
/// fifty-sixth and fifty-seventh, kept unread until every rule drawn from them was in;
/// measured once, unseen, then (the fifty-fifth to the fifty-seventh studied); studied
/// while the fifty-ninth and sixtieth were written.
#[test]
fn precision_and_recall_held_out_58() {
    let articles = corpus_in("figures-holdout58");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the fifty-eighth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_58_FLOOR.0,
        "held-out 58 precision {precision:.3} < {}",
        HELD_OUT_58_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_58_FLOOR.1,
        "held-out 58 recall {recall:.3} < {}",
        HELD_OUT_58_FLOOR.1
    );
}

/// Floors for the fifty-eighth held-out corpus, just under the score measured when it was
/// added, unseen: 0.963 / 0.941 (136 reported, 131 correct; 119 to flag, 112 flagged).
/// Studied the same day (a key-figures block titled with its agency's acronym, an audit's
/// sample closing the sentence, a subject described past a dateline, mornings as a length
/// of time, a caption's later sentence that tells a past event): 0.993 / 0.966.
const HELD_OUT_58_FLOOR: (f64, f64) = (0.99, 0.96);

/// The fifty-ninth held-out corpus (tests/fixtures/figures-holdout59), written on 7
/// December (the sixth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a wine cooperative's harvest, baccalauréat results, a fireworks accident, a pharmacy break-in in court, a rugby club's assembly, heating aid for the elderly), an agency wire (a miner's production, the Czech crown and the leu, Egyptian and Algerian wheat tenders, a drone strike on an oil depot, Turkey's current account, NATO defence spending), a wiki-news site (a Roman villa's dig, a ski resort closed for want of snow, a landslide, a town's census, a lunar landing, a telecoms outage). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// fifty-eighth studied); studied once the sixty-first and sixty-second were being written.
#[test]
fn precision_and_recall_held_out_59() {
    let articles = corpus_in("figures-holdout59");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the fifty-ninth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_59_FLOOR.0,
        "held-out 59 precision {precision:.3} < {}",
        HELD_OUT_59_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_59_FLOOR.1,
        "held-out 59 recall {recall:.3} < {}",
        HELD_OUT_59_FLOOR.1
    );
}

/// Floors for the fifty-ninth held-out corpus, just under the score measured when it was
/// added, unseen: 0.940 / 0.983 (133 reported, 125 correct; 117 to flag, 115 flagged).
/// Studied the same day (analysts' consensus, "sees … at" a forecast, coordinates, a thing
/// named by a name that is no body, satellite pictures by a named author, a participle
/// clause describing the speaker before it, "a payé trois fois"): 0.984 / 0.991 (128
/// reported, 126 correct; 117 to flag, 116 flagged).
const HELD_OUT_59_FLOOR: (f64, f64) = (0.98, 0.99);

/// The sixtieth held-out corpus (tests/fixtures/figures-holdout60), written on 7
/// December (the sixth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a Christmas market, a dairy farm fire, a handball cup run, fake electricians in court, a budget vote and its tax rates, a cinema reopened), an agency wire (a supermarket chain's Christmas trading, the rouble and the tenge, sugar and coffee, a glide-bomb attack on Zaporizhzhia, German factory orders, sanctions on Belarusian potash), a wiki-news site (a concert hall, a train timetable, a Pyrenean avalanche, a marsh bird census, an Aegean earthquake, a university strike). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// fifty-eighth studied); studied once the sixty-first and sixty-second were being written.
#[test]
fn precision_and_recall_held_out_60() {
    let articles = corpus_in("figures-holdout60");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the sixtieth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_60_FLOOR.0,
        "held-out 60 precision {precision:.3} < {}",
        HELD_OUT_60_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_60_FLOOR.1,
        "held-out 60 recall {recall:.3} < {}",
        HELD_OUT_60_FLOOR.1
    );
}

/// Floors for the sixtieth held-out corpus, just under the score measured when it was
/// added, unseen: 0.869 / 0.967 (153 reported, 133 correct; 120 to flag, 116 flagged).
/// Studied the same day (a handball results line and its shoot-out, a part of a tally with
/// its noun left out, a picture's definition "4K", "à 30 kilomètres à la ronde", "Selon la
/// région," opening a sentence, a forecast by economists after a figure's noun phrase, a
/// pronoun and an adverb before "forecasts", a body named with its acronym in brackets, a
/// poll's forecast after "vs", a name's possessive apposition): 0.971 / 0.975; 0.978 /
/// 0.983 after the fifty-ninth's rules ("sees … of", "a payé trois fois").
const HELD_OUT_60_FLOOR: (f64, f64) = (0.98, 0.99);

/// The sixty-first held-out corpus (tests/fixtures/figures-holdout61), written on 7
/// December (the sixth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a small town's marathon, hospital parking fees, sheep worried by stray dogs, a theft in a care home in court, a by-election, a bakery's closure), an agency wire (a chemicals group's nine months, the yen and JGB auctions, soybeans and palm oil, a prisoner exchange, Polish retail sales, the IEA's oil report), a wiki-news site (a medieval bridge, a Corsican wildfire, a dam's drawdown, a natural park, an Indonesian eruption, a port cyberattack). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// sixtieth studied); studied while the sixty-third and sixty-fourth were written.
#[test]
fn precision_and_recall_held_out_61() {
    let articles = corpus_in("figures-holdout61");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the sixty-first held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_61_FLOOR.0,
        "held-out 61 precision {precision:.3} < {}",
        HELD_OUT_61_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_61_FLOOR.1,
        "held-out 61 recall {recall:.3} < {}",
        HELD_OUT_61_FLOOR.1
    );
}

/// Floors for the sixty-first held-out corpus, just under the score measured when it was
/// added, unseen: 0.891 / 0.922 (137 reported, 122 correct; 115 to flag, 106 flagged).
/// Studied the same day (a results block under a bold title with its source, "Gulf
/// states", "puis" after a year, "en aval", "confier" a thing, "fulminer", a headline's
/// "forecast cut to", a reflexive "S'y ajoutent", "describes itself as", a quotation after
/// a sourced list): 0.984 / 0.957.
const HELD_OUT_61_FLOOR: (f64, f64) = (0.98, 0.97);

/// The sixty-second held-out corpus (tests/fixtures/figures-holdout62), written on 7
/// December (the sixth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a farmers' tractor protest, canteen prices, a boxing club's titles, a drowning, a housing plan, a book festival), an agency wire (an airline's quarter, the Swedish and Norwegian crowns, copper and aluminium, the shelling of Kharkiv's energy sites, Spanish unemployment, US-Russia ceasefire talks), a wiki-news site (a painted cave opened, a bus strike, hail on vineyards, a mayor's resignation, a meteorite fall, a ferry strike). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// sixtieth studied); studied while the sixty-third and sixty-fourth were written.
#[test]
fn precision_and_recall_held_out_62() {
    let articles = corpus_in("figures-holdout62");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the sixty-second held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_62_FLOOR.0,
        "held-out 62 precision {precision:.3} < {}",
        HELD_OUT_62_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_62_FLOOR.1,
        "held-out 62 recall {recall:.3} < {}",
        HELD_OUT_62_FLOOR.1
    );
}

/// Floors for the sixty-second held-out corpus, just under the score measured when it was
/// added, unseen: 0.891 / 0.991 (147 reported, 131 correct; 113 to flag, 112 flagged).
/// Studied the same day (weight classes opening a results list's items, a reflexive verb
/// of speech in an incise, a wire credit "- air force", 24-hour times before their zone,
/// "plus du tiers de", a lead-in that publishes data, "avance pour sa part le chiffre
/// de"): 0.971 / 1.000.
const HELD_OUT_62_FLOOR: (f64, f64) = (1.0, 1.0);

/// The sixty-third held-out corpus (tests/fixtures/figures-holdout63), written on 7
/// December (the sixth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a mushroom-poisoning alert, a wind farm, a table-tennis season, a bicycle-theft ring, a school closed for asbestos, a livestock show), an agency wire (a telecom group's subscribers, the Swiss franc and Polish bonds, Chicago corn and wheat, a drone attack on Odesa's port, Czech inflation, an EU summit on reconstruction), a wiki-news site (a castle after a fire, a regional airport, a flash flood, a wolf's return, a glacier collapse, a tram line). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// sixty-second studied); studied while the sixty-fifth and sixty-sixth were written.
#[test]
fn precision_and_recall_held_out_63() {
    let articles = corpus_in("figures-holdout63");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the sixty-third held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_63_FLOOR.0,
        "held-out 63 precision {precision:.3} < {}",
        HELD_OUT_63_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_63_FLOOR.1,
        "held-out 63 recall {recall:.3} < {}",
        HELD_OUT_63_FLOOR.1
    );
}

/// Floors for the sixty-third held-out corpus, just under the score measured when it was
/// added, unseen: 0.898 / 0.946 (128 reported, 115 correct; 111 to flag, 105 flagged).
/// Studied the same day (a caption's "Légende photo :", "assure pour sa part avoir
/// examiné", a figure "avancé par" a consultancy, analysts' consensus after "vs", a summit's
/// "conclusions showed"): 0.935 / 0.946.
const HELD_OUT_63_FLOOR: (f64, f64) = (0.96, 0.95);

/// The sixty-fourth held-out corpus (tests/fixtures/figures-holdout64), written on 7
/// December (the sixth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a food bank, a traffic-calming plan, a volleyball promotion, fake holiday rentals in court, swimming lessons, an apartment-block fire), an agency wire (an oil major's quarter, the forint and Romanian bonds, cocoa and cotton, a strike on a Crimean airfield, UK retail sales, the G20 on debt relief), a wiki-news site (a Carolingian manuscript, coastal erosion, a hailstorm, a cantonal by-election, a space telescope's first images, a marathon cancelled for heat). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// sixty-second studied); studied while the sixty-fifth and sixty-sixth were written.
#[test]
fn precision_and_recall_held_out_64() {
    let articles = corpus_in("figures-holdout64");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the sixty-fourth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_64_FLOOR.0,
        "held-out 64 precision {precision:.3} < {}",
        HELD_OUT_64_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_64_FLOOR.1,
        "held-out 64 recall {recall:.3} < {}",
        HELD_OUT_64_FLOOR.1
    );
}

/// Floors for the sixty-fourth held-out corpus, just under the score measured when it was
/// added, unseen: 0.847 / 0.975 (157 reported, 133 correct; 118 to flag, 115 flagged).
/// Studied the same day (a volleyball match's sets in brackets after "s'incliner", match
/// points saved by each side, a plain-text page's "Sources" line, names listed between
/// dashes, "over the quarter", a timetable's sessions, "the Group of 20", a located
/// distance's conversion in brackets, "revised"): 0.957 / 0.975.
const HELD_OUT_64_FLOOR: (f64, f64) = (0.96, 0.98);

/// The sixty-fifth held-out corpus (tests/fixtures/figures-holdout65), written on 7
/// December (the sixth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a carnival parade, a nursing shortage, a petanque championship, a road-rage trial, a water-quality alert, a covered market), an agency wire (a luxury group's sales, the rand and the lira, Asian rice and wheat, drones over Moscow's airports, Irish GDP, OPEC+ talks), a wiki-news site (a Gallo-Roman theatre, a maternity ward's closure, a tornado in Normandy, a library network, a comet flyby, a blackout). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// sixty-fourth studied); studied while the sixty-seventh and sixty-eighth were written.
#[test]
fn precision_and_recall_held_out_65() {
    let articles = corpus_in("figures-holdout65");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the sixty-fifth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_65_FLOOR.0,
        "held-out 65 precision {precision:.3} < {}",
        HELD_OUT_65_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_65_FLOOR.1,
        "held-out 65 recall {recall:.3} < {}",
        HELD_OUT_65_FLOOR.1
    );
}

/// Floors for the sixty-fifth held-out corpus, just under the score measured when it was
/// added, unseen: 0.931 / 0.950 (130 reported, 121 correct; 120 to flag, 114 flagged).
/// Studied in the sixth session, once the sixty-seventh and sixty-eighth were being written
/// (a pétanque final after the clubs, rice's "5% broken" grade, a team's points in a
/// cross-country, a tide's coefficient, departures a day, a figure's noun vouched for in an
/// incise, "demanding" a figure): 0.984 / 0.950; 0.984 / 0.958 with Swiss grouping
/// ("380'000").
const HELD_OUT_65_FLOOR: (f64, f64) = (0.98, 0.97);

/// The sixty-sixth held-out corpus (tests/fixtures/figures-holdout66), written on 7
/// December (the sixth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a harvest festival, broadband, a cross-country meeting, a burglary ring in court, a hospital's scanner, a ferry's winter timetable), an agency wire (a shipping group's volumes, the rupee and Indonesian bonds, palm oil and rubber, a strike on Dnipro, Italian output, EU-Ukraine trade quotas), a wiki-news site (a Neolithic site, a ski lift's inspection, a storm surge, a recount, a discovery on Mars, a dockworkers' strike). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// sixty-fourth studied); studied while the sixty-seventh and sixty-eighth were written.
#[test]
fn precision_and_recall_held_out_66() {
    let articles = corpus_in("figures-holdout66");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the sixty-sixth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_66_FLOOR.0,
        "held-out 66 precision {precision:.3} < {}",
        HELD_OUT_66_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_66_FLOOR.1,
        "held-out 66 recall {recall:.3} < {}",
        HELD_OUT_66_FLOOR.1
    );
}

/// Floors for the sixty-sixth held-out corpus, just under the score measured when it was
/// added, unseen: 0.955 / 0.958 (134 reported, 128 correct; 119 to flag, 114 flagged).
/// Studied in the sixth session, once the sixty-seventh and sixty-eighth were being written
/// (a pétanque final after the clubs, rice's "5% broken" grade, a team's points in a
/// cross-country, a tide's coefficient, departures a day, a figure's noun vouched for in an
/// incise, "demanding" a figure): 0.977 / 0.958.
const HELD_OUT_66_FLOOR: (f64, f64) = (0.98, 0.96);

/// The sixty-seventh held-out corpus (tests/fixtures/figures-holdout67), written on 7
/// December (the sixth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a skate park, flu in a care home, a badminton tournament, a fake charity in court, a village's shops counted, a dyke reinforced), an agency wire (a brewer's volumes, the peso and the real, soybean meal and oil, a missile strike on Kryvyi Rih, Dutch inflation, a tariff on Russian fertiliser), a wiki-news site (a Renaissance fresco, a thermal spa reopened, a wildfire in the Landes, a merger of intercommunalities, an asteroid sample, a bridge closed). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// sixty-sixth studied); studied while the sixty-ninth and seventieth were written.
#[test]
fn precision_and_recall_held_out_67() {
    let articles = corpus_in("figures-holdout67");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the sixty-seventh held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_67_FLOOR.0,
        "held-out 67 precision {precision:.3} < {}",
        HELD_OUT_67_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_67_FLOOR.1,
        "held-out 67 recall {recall:.3} < {}",
        HELD_OUT_67_FLOOR.1
    );
}

/// Floors for the sixty-seventh held-out corpus, just under the score measured when it was
/// added, unseen: 0.902 / 0.904 (133 reported, 120 correct; 125 to flag, 113 flagged).
/// Studied in the sixth session, once the sixty-ninth and seventieth were being written (a
/// badminton match's sets after the first, match points saved, "une semaine sur deux", a
/// wire's lead-in naming its data or an exchange's acronym before the colon): 0.976 / 0.904.
const HELD_OUT_67_FLOOR: (f64, f64) = (0.98, 0.92);

/// The sixty-eighth held-out corpus (tests/fixtures/figures-holdout68), written on 7
/// December (the sixth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a riding centre's closure, waste collection and its tonnages, a judo gala, a cattle theft in court, summer camps, a church bell restored), an agency wire (a steel group's output, the Danish crown and Swedish bonds, canola and Canadian wheat, a strike on a Russian refinery, Belgian unemployment, NATO ministers on air defence), a wiki-news site (a shipwreck in a lake, snow cannons, a heat record, a rail strike, a solar storm's aurora, a zoo's elephant). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// sixty-sixth studied); studied while the sixty-ninth and seventieth were written.
#[test]
fn precision_and_recall_held_out_68() {
    let articles = corpus_in("figures-holdout68");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the sixty-eighth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_68_FLOOR.0,
        "held-out 68 precision {precision:.3} < {}",
        HELD_OUT_68_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_68_FLOOR.1,
        "held-out 68 recall {recall:.3} < {}",
        HELD_OUT_68_FLOOR.1
    );
}

/// Floors for the sixty-eighth held-out corpus, just under the score measured when it was
/// added, unseen: 0.893 / 0.920 (122 reported, 109 correct; 112 to flag, 103 flagged).
/// Studied in the sixth session, once the sixty-ninth and seventieth were being written (a
/// badminton match's sets after the first, match points saved, "une semaine sur deux", a
/// wire's lead-in naming its data or an exchange's acronym before the colon): 0.924 / 0.920;
/// 0.940 / 0.920 with years before their era ("entre 80 et 140 après J.-C.") and names listed
/// past a hyphenated club ("trois plongeurs du club Aqua-Bourget, Marc Fillon, …").
const HELD_OUT_68_FLOOR: (f64, f64) = (0.97, 0.92);

/// The sixty-ninth held-out corpus (tests/fixtures/figures-holdout69), written on 7
/// December (the sixth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a cheese fair, an antibiotics shortage, a basketball cup upset, an illegal dump in court, a school canteen, a storm's fallen trees), an agency wire (a defence group's orders, the Chilean peso and Colombian bonds, sugar and cotton, drones over Kharkiv's trams, Austrian inflation, a gas price cap), a wiki-news site (a Roman road, a dam's renovation, hail over Lyon, a parking referendum, a Venus flyby, a nurses' strike). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// sixty-eighth studied); studied while the seventy-first and seventy-second were written.
#[test]
fn precision_and_recall_held_out_69() {
    let articles = corpus_in("figures-holdout69");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the sixty-ninth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_69_FLOOR.0,
        "held-out 69 precision {precision:.3} < {}",
        HELD_OUT_69_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_69_FLOOR.1,
        "held-out 69 recall {recall:.3} < {}",
        HELD_OUT_69_FLOOR.1
    );
}

/// Floors for the sixty-ninth held-out corpus, just under the score measured when it was
/// added, unseen: 0.913 / 0.985 (150 reported, 137 correct; 130 to flag, 128 flagged).
/// Studied in the seventh session, once the seventy-first and seventy-second were being
/// written (a score after extra time, "(84-79 a.p.)"; a relative clause after an incise's
/// speaker that reports, "…, qui fait état de trois blessés"; a table's header row under a
/// sourced title; an acronym with a lower-case letter, "(OeNB) forecasts"; a meeting's
/// minutes as a document; "proposed last month to cap…"; a reason after "citing"; a
/// subject's description past a list of names; a schedule's events as many as its dates):
/// 0.986 / 1.000.
const HELD_OUT_69_FLOOR: (f64, f64) = (0.98, 1.0);

/// The seventieth held-out corpus (tests/fixtures/figures-holdout70), written on 7
/// December (the sixth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a ski club's opening, a sewage plant's upgrade, a regatta, a tractor-theft ring in court, a cultural centre, a bus timetable), an agency wire (a fertiliser maker's quarter, the won and the Taiwan dollar, arabica and robusta, a strike on a Russian airbase, Portuguese GDP, the G7 on Russian assets), a wiki-news site (a Bronze Age hoard, a cable car closed, a river's drought, a regional budget vote, a deep-sea expedition, a heat plan). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// sixty-eighth studied); studied while the seventy-first and seventy-second were written.
#[test]
fn precision_and_recall_held_out_70() {
    let articles = corpus_in("figures-holdout70");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the seventieth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_70_FLOOR.0,
        "held-out 70 precision {precision:.3} < {}",
        HELD_OUT_70_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_70_FLOOR.1,
        "held-out 70 recall {recall:.3} < {}",
        HELD_OUT_70_FLOOR.1
    );
}

/// Floors for the seventieth held-out corpus, just under the score measured when it was
/// added, unseen: 0.936 / 0.942 (140 reported, 131 correct; 121 to flag, 114 flagged).
/// Studied in the seventh session, once the seventy-first and seventy-second were being
/// written (an event's name over its winner's line, "- Huit barré seniors hommes : 1."; a
/// source closing the sentence after a relative clause, the source's name after it; the
/// parts of what was said after "dont" past an incise; "au lieu de" after a duration; an
/// agent past "on average"; one person whom the event befell, "One person was taken to
/// hospital"; a new clause's own subject after ", and"; "a relevé un déficit de pluie de
/// 45 %"; a depth under the surface; "under the plan" no longer a source; a run of days, a
/// stretch of time; a poll's median forecast as the subject; a subject's own forecast in
/// its description): 1.000 / 0.975.
const HELD_OUT_70_FLOOR: (f64, f64) = (1.0, 0.98);

/// The seventy-first held-out corpus (tests/fixtures/figures-holdout71), written on 7
/// December (the seventh session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a honey harvest, a pool reopened, a time trial, a scrap-metal ring in court, a blood drive, a flooded campsite), an agency wire (a shipping group's volumes, the forint and Polish bonds, soybeans and corn, a missile strike on Odesa's port, Swedish unemployment, OPEC+ talks), a wiki-news site (a medieval wreck, a coal plant closed, a fire in the Landes, a tram vote, an asteroid sample, a metro strike). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// seventieth studied); studied while the seventy-third and seventy-fourth were written.
#[test]
fn precision_and_recall_held_out_71() {
    let articles = corpus_in("figures-holdout71");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the seventy-first held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_71_FLOOR.0,
        "held-out 71 precision {precision:.3} < {}",
        HELD_OUT_71_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_71_FLOOR.1,
        "held-out 71 recall {recall:.3} < {}",
        HELD_OUT_71_FLOOR.1
    );
}

/// Floors for the seventy-first held-out corpus, just under the score measured when it was
/// added, unseen: 0.882 / 0.966 (144 reported, 127 correct; 116 to flag, 112 flagged).
/// Studied in the seventh session, once the seventy-third and seventy-fourth were being
/// written (a set named again past an approximation, "les quelque 310 adhérents"; "lâche"
/// in an incise, past the speaker's age; a figure forecast in a poll after "vs"; "CEO sees
/// demand growing 2-3 pct"; "cents" alone; lines of values under a sourced lead-in of their
/// paragraph; "which it says have risen 18%"; the speaker's employer after the name; a gap
/// in seconds after a straight double quotation mark; an average speed held in a race; a
/// rating in stars): 0.985 / 0.974.
const HELD_OUT_71_FLOOR: (f64, f64) = (0.98, 0.97);

/// The seventy-second held-out corpus (tests/fixtures/figures-holdout72), written on 7
/// December (the seventh session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a toy collection, a bakery closed, swimming records, a poaching case, a library's loans, a heatwave in a care home), an agency wire (a steelmaker's year, the lira and the rand, cocoa and palm oil, a drone strike on a refinery, Irish inflation, sanctions on Russian LNG), a wiki-news site (a Gallo-Roman necropolis, a reactor's restart, an avalanche, a train line reopened, a comet, a fees protest). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// seventieth studied); studied while the seventy-third and seventy-fourth were written.
#[test]
fn precision_and_recall_held_out_72() {
    let articles = corpus_in("figures-holdout72");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the seventy-second held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_72_FLOOR.0,
        "held-out 72 precision {precision:.3} < {}",
        HELD_OUT_72_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_72_FLOOR.1,
        "held-out 72 recall {recall:.3} < {}",
        HELD_OUT_72_FLOOR.1
    );
}

/// Floors for the seventy-second held-out corpus, just under the score measured when it was
/// added, unseen: 0.913 / 0.925 (127 reported, 116 correct; 120 to flag, 111 flagged).
/// Studied in the seventh session, once the seventy-third and seventy-fourth were being
/// written ("selon ses calculs"; ", selon la région." closing a sentence where nothing
/// varies; "au dernier recensement"; "a relevé trois événements"; "quatre nages"; the
/// retracted value of a wire's correction line; "sees the currency trading between…"; a
/// French form in "-es" as a plural noun unless "tu" says it, "Les travaux en chiffres :";
/// a lead-in naming "chiffres de la Mutuelle" in brackets, its lines glued to it; "300
/// square metres" no street; "- exporters" as a headline's credit): 0.976 / 0.958.
const HELD_OUT_72_FLOOR: (f64, f64) = (0.98, 0.95);

/// The seventy-third held-out corpus (tests/fixtures/figures-holdout73), written on 7
/// December (the seventh session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a mushroom fair, a town hall's energy savings, a junior tennis tournament, a fake plumber in court, a maternity ward closed, hail on vineyards), an agency wire (a carmaker's sales, the Czech crown and Romanian bonds, coffee and sugar, glide bombs on Zaporizhzhia, Danish inflation, air defence for Ukraine), a wiki-news site (a Merovingian cemetery, hydrogen buses, a heat record in Perpignan, a car ban in an old town, a Mars rover, a dockworkers' strike). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// seventy-second studied); studied while the seventy-fifth and seventy-sixth were written.
#[test]
fn precision_and_recall_held_out_73() {
    let articles = corpus_in("figures-holdout73");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the seventy-third held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_73_FLOOR.0,
        "held-out 73 precision {precision:.3} < {}",
        HELD_OUT_73_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_73_FLOOR.1,
        "held-out 73 recall {recall:.3} < {}",
        HELD_OUT_73_FLOOR.1
    );
}

/// Floors for the seventy-third held-out corpus, just under the score measured when it was
/// added, unseen: 0.894 / 0.957 (142 reported, 127 correct; 115 to flag, 110 flagged).
/// Studied in the seventh session, once the seventy-fifth and seventy-sixth were being
/// written (a French tennis ranking, "classés 15/1", "(4/6)", and names listed past it; an
/// incise's speaker with an indefinite article, "», assure un bénévole"; a clause after a
/// semicolon with a bare subject, "…; police put the crowd at about 400"; a quoted term in
/// a speaker's description, "who has a \"hold\" rating"; a figure's earlier value after ",
/// against"; "wrote off"; "before" a gerund no audience; a Martian sol): 0.949 / 0.983.
const HELD_OUT_73_FLOOR: (f64, f64) = (0.97, 0.98);

/// The seventy-fourth held-out corpus (tests/fixtures/figures-holdout74), written on 7
/// December (the seventh session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a charity raffle, a post office's hours cut, a rugby sevens tournament, a counterfeit-wine ring in court, a care home's garden, a lorry crash), an agency wire (a bank's quarter, the zloty and Hungarian bonds, wheat and rapeseed, a drone strike on an ammunition depot, Norwegian GDP, frozen Russian assets), a wiki-news site (a Roman aqueduct, an offshore wind farm, a flash flood in the Cévennes, school bus fees, a satellite's re-entry, a teachers' strike). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// seventy-second studied); studied while the seventy-fifth and seventy-sixth were written.
#[test]
fn precision_and_recall_held_out_74() {
    let articles = corpus_in("figures-holdout74");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the seventy-fourth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_74_FLOOR.0,
        "held-out 74 precision {precision:.3} < {}",
        HELD_OUT_74_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_74_FLOOR.1,
        "held-out 74 recall {recall:.3} < {}",
        HELD_OUT_74_FLOOR.1
    );
}

/// Floors for the seventy-fourth held-out corpus, just under the score measured when it was
/// added, unseen: 0.896 / 0.966 (135 reported, 121 correct; 117 to flag, 113 flagged).
/// Studied in the seventh session, once the seventy-fifth and seventy-sixth were being
/// written (a participle with its agent past a time, "lancée au printemps par le conseil";
/// "fait aussi valoir que"; an earlier value taken up with "en", "il en recevait plus de
/// 60"; "Rugby à 7"; a score "grâce à" its try; a part of a match's tally, "dont deux";
/// "a relevé jusqu'à six kilomètres"; "sees … above"; a subject's description with its
/// article, "Euroclear, the depository that holds…"; a set named again under a generic
/// noun, "Les 62 machines"; a block's title naming its source over its rows): 0.976 /
/// 0.991.
const HELD_OUT_74_FLOOR: (f64, f64) = (0.99, 0.99);

/// The seventy-fifth held-out corpus (tests/fixtures/figures-holdout75), written on 7
/// December (the seventh session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a chestnut festival, parking fines, a football academy, a fake taxi in court, a health centre's doctors, a barn fire), an agency wire (an airline's traffic, the dinar and Croatian bonds, barley and oats, drones on Kyiv's grid, Finnish output, the oil price cap), a wiki-news site (a Celtic torque, a geothermal plant, a storm surge, a stadium vote, a space telescope, a bus strike). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// seventy-fourth studied); studied while the seventy-seventh and seventy-eighth were written.
#[test]
fn precision_and_recall_held_out_75() {
    let articles = corpus_in("figures-holdout75");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the seventy-fifth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_75_FLOOR.0,
        "held-out 75 precision {precision:.3} < {}",
        HELD_OUT_75_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_75_FLOOR.1,
        "held-out 75 recall {recall:.3} < {}",
        HELD_OUT_75_FLOOR.1
    );
}

/// Floors for the seventy-fifth held-out corpus, just under the score measured when it was
/// added, unseen: 0.921 / 0.959 (139 reported, 128 correct; 123 to flag, 118 flagged).
/// Studied in the seventh session, once the seventy-seventh and seventy-eighth were being
/// written (a league's level and an airport's terminal, "régional 1", "terminal 2"; points
/// after a rank on a table's line, "2es, 51 points"; a body's members in its description,
/// "selon le comité des fêtes, qui compte une soixantaine de bénévoles"; "Une personne est
/// portée disparue"; "- emergency service" as a credit; a census in brackets, "(recensement
/// de 2023)"; a named subject's quotation past a party label in brackets): 0.985 / 0.976.
const HELD_OUT_75_FLOOR: (f64, f64) = (1.0, 0.97);

/// The seventy-sixth held-out corpus (tests/fixtures/figures-holdout76), written on 7
/// December (the seventh session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a Christmas concert, a class closed, a cross-country ski race, a rigged contract in court, a cinema's attendance, a burst water main), an agency wire (a chemicals group's quarter, the leu and Bulgarian bonds, canola and soyoil, a strike on an oil terminal, Belgian inflation, a tariff on Russian steel), a wiki-news site (a Neolithic village, a tidal power project, a snowstorm in the Alps, a ferry line vote, an eclipse expedition, a port pay dispute). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// seventy-fourth studied); studied while the seventy-seventh and seventy-eighth were written.
#[test]
fn precision_and_recall_held_out_76() {
    let articles = corpus_in("figures-holdout76");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the seventy-sixth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_76_FLOOR.0,
        "held-out 76 precision {precision:.3} < {}",
        HELD_OUT_76_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_76_FLOOR.1,
        "held-out 76 recall {recall:.3} < {}",
        HELD_OUT_76_FLOOR.1
    );
}

/// Floors for the seventy-sixth held-out corpus, just under the score measured when it was
/// added, unseen: 0.893 / 0.944 (140 reported, 125 correct; 124 to flag, 117 flagged).
/// Studied in the seventh session, once the seventy-seventh and seventy-eighth were being
/// written ("», a défendu le président"; "as listed in the preprint:"; "The … Bureau now
/// forecasts"; "Local businesses estimate the strike is costing…"; the top of a scale,
/// "sur une échelle de 5"; rounding, "arrondi au millier d'euros"; a place at a distance
/// by a road; an event's name over its winner's line past a category, "42 km libre
/// (raccourci), hommes : 1."; "selon l'ordonnance de renvoi"; a new clause opened by a
/// count after a source's incise; a speaker's title at a body before a description; a
/// fronted phrase is no subject, "En cause, …"): 0.977 / 0.960.
const HELD_OUT_76_FLOOR: (f64, f64) = (0.97, 0.96);

/// The seventy-seventh held-out corpus (tests/fixtures/figures-holdout77), written on 7
/// December (the seventh session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a flea market, a sports hall's roof, a handball promotion, catalytic-converter thefts in court, a doctor's surgery, a chimney fire), an agency wire (a telecoms operator's subscribers, the hryvnia and the tenge, cotton and orange juice, a missile strike on Dnipro, Spanish unemployment, gas storage targets), a wiki-news site (a Roman milestone, a biomass plant, a tornado in the Somme, a bypass referendum, a lunar lander, a nurses' strike). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// seventy-sixth studied); studied while the seventy-ninth and eightieth were written.
#[test]
fn precision_and_recall_held_out_77() {
    let articles = corpus_in("figures-holdout77");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the seventy-seventh held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_77_FLOOR.0,
        "held-out 77 precision {precision:.3} < {}",
        HELD_OUT_77_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_77_FLOOR.1,
        "held-out 77 recall {recall:.3} < {}",
        HELD_OUT_77_FLOOR.1
    );
}

/// Floors for the seventy-seventh held-out corpus, just under the score measured when it was
/// added, unseen: 0.924 / 0.958 (132 reported, 122 correct; 119 to flag, 114 flagged).
/// Studied in the seventh session, once the seventy-ninth and eightieth were being written
/// (a goalkeeper's saves in a match's sentence; one firefighter hurt, "Un pompier a été
/// légèrement blessé"; a bond by its maturity's year, "2034 dollar bond"; "l'an 43 ou 44";
/// "12 Earth days"; "USDA cuts U.S. crop forecast to…"; "raised its estimate … to about 35
/// pct"; "posted the largest fall"; a body's demands under its lead-in, "The union lists
/// three main demands:"): 0.984 / 0.975.
const HELD_OUT_77_FLOOR: (f64, f64) = (0.98, 0.97);

/// The seventy-eighth held-out corpus (tests/fixtures/figures-holdout78), written on 7
/// December (the seventh session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a book fair, a crèche's waiting list, judo medals, forged paintings in court, a supermarket closed, a landslide), an agency wire (a miner's copper output, the peso and the real, wheat and soybean meal, a strike on a Crimean air base, Dutch GDP, a reconstruction fund), a wiki-news site (a Viking hoard, nuclear waste storage, snow in the Vosges, a low-emission zone, a comet's tail, a rail strike). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// seventy-sixth studied); studied while the seventy-ninth and eightieth were written.
#[test]
fn precision_and_recall_held_out_78() {
    let articles = corpus_in("figures-holdout78");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the seventy-eighth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_78_FLOOR.0,
        "held-out 78 precision {precision:.3} < {}",
        HELD_OUT_78_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_78_FLOOR.1,
        "held-out 78 recall {recall:.3} < {}",
        HELD_OUT_78_FLOOR.1
    );
}

/// Floors for the seventy-eighth held-out corpus, just under the score measured when it was
/// added, unseen: 0.910 / 0.947 (122 reported, 111 correct; 113 to flag, 107 flagged).
/// Studied in the seventh session, once the seventy-ninth and eightieth were being written
/// (a set named again as "les 120 invités"; a part of a judoka's bouts, "dont quatre par
/// ippon"; "a-t-on appris"; a company's full-year target, not a policy's; satellite images
/// by a provider in apposition; "des années 980-990"; "9e sur 212"; retirement ages; a
/// subject with a verb in any tense is no subject to describe): 0.982 / 0.947.
const HELD_OUT_78_FLOOR: (f64, f64) = (0.99, 0.94);

/// The seventy-ninth held-out corpus (tests/fixtures/figures-holdout79), written on 7
/// December (the seventh session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (Christmas lights, a rural bus line, a basketball cup run, a fake insurer in court, a nursery's new building, a gas explosion), an agency wire (a brewer's volumes, the Czech crown and Polish bonds, cattle and hogs, drones on Odesa's grid, Austrian GDP, a 20th sanctions package), a wiki-news site (a Roman mosaic, a dam's relicensing, a heat record in Bordeaux, school meals, a Jupiter flyby, a refuse strike). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// seventy-eighth studied); studied while the eighty-first and eighty-second were written.
#[test]
fn precision_and_recall_held_out_79() {
    let articles = corpus_in("figures-holdout79");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the seventy-ninth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_79_FLOOR.0,
        "held-out 79 precision {precision:.3} < {}",
        HELD_OUT_79_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_79_FLOOR.1,
        "held-out 79 recall {recall:.3} < {}",
        HELD_OUT_79_FLOOR.1
    );
}

/// Floors for the seventy-ninth held-out corpus, just under the score measured when it was
/// added, unseen: 0.952 / 0.973 (125 reported, 119 correct; 113 to flag, 110 flagged).
/// Studied in the seventh session, once the eighty-first and eighty-second were being
/// written ("- diplomats" as a headline's credit): 0.960 / 0.973.
const HELD_OUT_79_FLOOR: (f64, f64) = (0.95, 0.97);

/// The eightieth held-out corpus (tests/fixtures/figures-holdout80), written on 7
/// December (the seventh session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a wine auction, speed cameras, track records, a bicycle-theft ring in court, a care home's staff, a village flood), an agency wire (an insurer's nine months, the leu and Hungarian bonds, sugar and cocoa, a drone strike on an oil depot, Greek unemployment, NATO on munitions), a wiki-news site (medieval frescoes, a solar farm, hail in Alsace, water prices, a meteor shower, a junior doctors' strike). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// seventy-eighth studied); studied while the eighty-first and eighty-second were written.
#[test]
fn precision_and_recall_held_out_80() {
    let articles = corpus_in("figures-holdout80");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the eightieth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_80_FLOOR.0,
        "held-out 80 precision {precision:.3} < {}",
        HELD_OUT_80_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_80_FLOOR.1,
        "held-out 80 recall {recall:.3} < {}",
        HELD_OUT_80_FLOOR.1
    );
}

/// Floors for the eightieth held-out corpus, just under the score measured when it was
/// added, unseen: 0.932 / 0.966 (133 reported, 124 correct; 119 to flag, 115 flagged).
/// Studied in the seventh session, once the eighty-first and eighty-second were being
/// written (track cycling's "200 m lancé" and an average speed "a couvert … soit une
/// moyenne de"; "21 centièmes" a gap; records listed one by one past "de la piste"; what a
/// completive reports goes on past ", and produced"): 0.976 / 0.966.
const HELD_OUT_80_FLOOR: (f64, f64) = (0.97, 0.97);

/// The eighty-first held-out corpus (tests/fixtures/figures-holdout81), written on 7
/// December (the seventh session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (an apple festival, car park fees, a volleyball promotion, a fake charity in court, a pharmacy closed, a church roof), an agency wire (a supermarket group's sales, the zloty and Czech bonds, Paris wheat and corn, drones on a Kharkiv power plant, Portuguese inflation, defence procurement), a wiki-news site (a Bronze Age canoe, a wind farm repowered, a Loire flood, a cycling plan, a space station resupply, an air traffic strike). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// eightieth studied); studied while the eighty-third and eighty-fourth were written.
#[test]
fn precision_and_recall_held_out_81() {
    let articles = corpus_in("figures-holdout81");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the eighty-first held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_81_FLOOR.0,
        "held-out 81 precision {precision:.3} < {}",
        HELD_OUT_81_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_81_FLOOR.1,
        "held-out 81 recall {recall:.3} < {}",
        HELD_OUT_81_FLOOR.1
    );
}

/// Floors for the eighty-first held-out corpus, just under the score measured when it was
/// added, unseen: 0.899 / 0.940 (138 reported, 124 correct; 117 to flag, 110 flagged).
/// Studied in the seventh session, once the eighty-third and eighty-fourth were being
/// written (an analyst's own price target, "raised his price target … to 62 euros"; a
/// document's list past its publisher, "The cargo manifest published by the agency lists:";
/// a depth where a thing lies, "par 6 mètres de fond"): 0.947 / 0.940.
const HELD_OUT_81_FLOOR: (f64, f64) = (0.94, 0.94);

/// The eighty-second held-out corpus (tests/fixtures/figures-holdout82), written on 7
/// December (the seventh session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a rugby club's budget, a school canteen, a trail race, farm diesel thefts in court, emergency waiting times, a recycling centre fire), an agency wire (a defence contractor's orders, the forint and Romanian bonds, cocoa and coffee, a strike on a fuel train, Czech GDP, sanctions enforcement), a wiki-news site (a Carolingian hoard, a hydrogen plant, a cold snap in Alsace, rail fares, a Mars orbiter, a postal strike). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// eightieth studied); its misses were listed beside the eighty-first's, no rule drawn from
/// them.
#[test]
fn precision_and_recall_held_out_82() {
    let articles = corpus_in("figures-holdout82");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the eighty-second held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_82_FLOOR.0,
        "held-out 82 precision {precision:.3} < {}",
        HELD_OUT_82_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_82_FLOOR.1,
        "held-out 82 recall {recall:.3} < {}",
        HELD_OUT_82_FLOOR.1
    );
}

/// Floors for the eighty-second held-out corpus, just under the score measured when it was
/// added, unseen: 0.972 / 0.977 (142 reported, 138 correct; 129 to flag, 126 flagged).
/// No rule drawn from it.
const HELD_OUT_82_FLOOR: (f64, f64) = (0.97, 0.97);

/// The eighty-third held-out corpus (tests/fixtures/figures-holdout83), written on 7
/// December (the seventh session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a pumpkin weigh-in, bike sharing, a women's cup run, a fake antique dealer in court, a dental practice, a school gym fire), an agency wire (a cement maker's volumes, the Czech crown and Hungarian bonds, Asian rice and wheat, strikes on Zaporizhzhia's substations, Slovak inflation, a Ukraine loan), a wiki-news site (a Merovingian sarcophagus, a heat network, a Breton storm, a tram extension, auroras, a teachers' strike). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// eighty-first studied); studied in the eighth session while the eighty-fifth and
/// eighty-sixth were written.
#[test]
fn precision_and_recall_held_out_83() {
    let articles = corpus_in("figures-holdout83");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the eighty-third held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_83_FLOOR.0,
        "held-out 83 precision {precision:.3} < {}",
        HELD_OUT_83_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_83_FLOOR.1,
        "held-out 83 recall {recall:.3} < {}",
        HELD_OUT_83_FLOOR.1
    );
}

/// Floors for the eighty-third held-out corpus, just under the score measured when it was
/// added, unseen: 0.892 / 0.966 (139 reported, 124 correct; 118 to flag, 114 flagged).
/// Studied in the eighth session, once the eighty-fifth and eighty-sixth were being written
/// (ranks after a results line's colon, "Courge la plus lourde : 1. Gérard Pintaud, 612 kg ;
/// 2. …", no longer end a sentence; a block title's source in websites; "37 degrees north";
/// "grade 4", "secteur 1"; a place at a distance, "la plus proche à 9 kilomètres"; a
/// figure before a poll's median forecast; a subject's description after "A satellite
/// operator, Name,"): 0.977 / 0.975.
const HELD_OUT_83_FLOOR: (f64, f64) = (0.99, 0.98);

/// The eighty-fourth held-out corpus (tests/fixtures/figures-holdout84), written on 7
/// December (the seventh session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a Christmas market, water pipes, relay records, a cattle-feed fraud in court, a library's hours, a roof under snow), an agency wire (a paper maker's year, the leu and Polish bonds, palm oil and soybeans, a drone attack on an airfield, Finnish unemployment, Russian oil exports), a wiki-news site (a Gallo-Roman well, a battery factory, a flood in the Var, rural buses, a comet's breakup, a dockers' strike). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// eighty-first studied); studied in the eighth session while the eighty-fifth and
/// eighty-sixth were written.
#[test]
fn precision_and_recall_held_out_84() {
    let articles = corpus_in("figures-holdout84");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the eighty-fourth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_84_FLOOR.0,
        "held-out 84 precision {precision:.3} < {}",
        HELD_OUT_84_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_84_FLOOR.1,
        "held-out 84 recall {recall:.3} < {}",
        HELD_OUT_84_FLOOR.1
    );
}

/// Floors for the eighty-fourth held-out corpus, just under the score measured when it was
/// added, unseen: 0.957 / 0.958 (141 reported, 135 correct; 120 to flag, 115 flagged).
/// Studied in the eighth session, once the eighty-fifth and eighty-sixth were being written
/// (", down from 3.4 pct" in a clause a cue covers; "from 271,000 a year earlier" is no
/// rate, and a change to a new level is no earlier value; a count's verb before a new
/// clause with its own counted subject, "…, et près de 700 spectateurs ont assisté"; a
/// club's training sessions and a line's few round trips a day): 0.979 / 0.975.
const HELD_OUT_84_FLOOR: (f64, f64) = (0.99, 0.97);

/// The eighty-fifth held-out corpus (tests/fixtures/figures-holdout85), written on 7
/// December (the eighth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a ploughing contest, a covered market, a rugby promotion, a fake-plumber scam in court, a retirement home's extension, a lorry fire), an agency wire (a steelmaker's shipments, the forint and Czech bonds, cocoa and coffee, a missile strike on Odesa's port, Lithuanian output, air-defence funding for Ukraine), a wiki-news site (a Neolithic grave, a hospital wing, a hailstorm in the Gers, school canteens, a meteor shower, a bus drivers' strike). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// eighty-fourth studied); studied in the eighth session while the eighty-seventh and
/// eighty-eighth were written.
#[test]
fn precision_and_recall_held_out_85() {
    let articles = corpus_in("figures-holdout85");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the eighty-fifth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_85_FLOOR.0,
        "held-out 85 precision {precision:.3} < {}",
        HELD_OUT_85_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_85_FLOOR.1,
        "held-out 85 recall {recall:.3} < {}",
        HELD_OUT_85_FLOOR.1
    );
}

/// Floors for the eighty-fifth held-out corpus, just under the score measured when it was
/// added, unseen: 0.923 / 0.941 (130 reported, 120 correct; 118 to flag, 111 flagged).
/// Studied in the eighth session, once the eighty-seventh and eighty-eighth were being
/// written (a speaker named with an apposition, "Marcos Ribeiro, an analyst at Safrapar,
/// puts…"; "selon la surface" as "depending on"; a source's acronym in brackets before its
/// description; "counts" as a noun; points in a ranked results line; a list of ages closed
/// by "ans", the eldest's age; no audience inside a quotation; "traders see … at", "Company
/// sees"; "échelons 5 et 6"): 1.000 / 0.966.
const HELD_OUT_85_FLOOR: (f64, f64) = (1.0, 0.96);

/// The eighty-sixth held-out corpus (tests/fixtures/figures-holdout86), written on 7
/// December (the eighth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a cider fair, a village's fibre, a handball derby, a pension-fraud ring in court, a cinema's reopening, a chimney fire), an agency wire (a car-parts maker's half year, the zloty and Romanian bonds, sugar and cotton, a drone strike on a refinery, Estonian retail sales, frozen Russian assets), a wiki-news site (a Roman mosaic, a wind farm, a drought in the Pyrénées-Orientales, a car-free centre, a lunar eclipse campaign, a nurses' strike). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// eighty-fourth studied); studied in the eighth session while the eighty-seventh and
/// eighty-eighth were written.
#[test]
fn precision_and_recall_held_out_86() {
    let articles = corpus_in("figures-holdout86");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the eighty-sixth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_86_FLOOR.0,
        "held-out 86 precision {precision:.3} < {}",
        HELD_OUT_86_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_86_FLOOR.1,
        "held-out 86 recall {recall:.3} < {}",
        HELD_OUT_86_FLOOR.1
    );
}

/// Floors for the eighty-sixth held-out corpus, just under the score measured when it was
/// added, unseen: 0.929 / 0.943 (141 reported, 131 correct; 122 to flag, 115 flagged).
/// Studied in the eighth session, once the eighty-seventh and eighty-eighth were being
/// written (a relative clause set off by commas reports its own clause; a noun after a
/// possessive, "its full-year margin forecast"; an own forecast does not cover the event
/// that explains it after "after"; a named poll by an indefinite article; a goalkeeper's
/// saves and a team's exclusions; as many showings as their times; the frequency a rule
/// sets): 0.964 / 0.959.
const HELD_OUT_86_FLOOR: (f64, f64) = (0.97, 0.96);

/// The eighty-seventh held-out corpus (tests/fixtures/figures-holdout87), written on 7
/// December (the eighth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a chestnut fair, a skate park, a volleyball cup exit, a fake charity in court, a bakery's award, a gas leak), an agency wire (a brewer's nine months, the dinar and Hungarian bonds, Chicago wheat and corn, drones on Kharkiv's grid, Latvian inflation, a reconstruction fund), a wiki-news site (a medieval coin hoard, a bridge's reopening, a fire in the Landes, parking fees, a supernova, a train drivers' strike). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// eighty-sixth studied); studied in the eighth session while the eighty-ninth and
/// ninetieth were written.
#[test]
fn precision_and_recall_held_out_87() {
    let articles = corpus_in("figures-holdout87");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the eighty-seventh held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_87_FLOOR.0,
        "held-out 87 precision {precision:.3} < {}",
        HELD_OUT_87_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_87_FLOOR.1,
        "held-out 87 recall {recall:.3} < {}",
        HELD_OUT_87_FLOOR.1
    );
}

/// Floors for the eighty-seventh held-out corpus, just under the score measured when it was
/// added, unseen: 0.927 / 0.935 (137 reported, 127 correct; 123 to flag, 115 flagged).
/// Studied in the eighth session, once the eighty-ninth and ninetieth were being written
/// (a result after "battues"; a tally over the match named after it; a poll named before
/// its forecast, "vs poll -0.5 pct"; a conversion line's unit, "($1 = …)"; a body's own
/// estimate; a depth where a thing lies; a subject described by what it is made of):
/// 0.992 / 0.959.
const HELD_OUT_87_FLOOR: (f64, f64) = (0.99, 0.97);

/// The eighty-eighth held-out corpus (tests/fixtures/figures-holdout88), written on 7
/// December (the eighth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a walnut market, a school canteen, a cyclo-cross race, a puppy-trafficking ring in court, a pharmacy's closure, a barn fire), an agency wire (a chemicals maker's quarter, the crown and Polish bonds, London coffee and cocoa, a strike on an ammunition depot, Slovenian output, an oil price cap), a wiki-news site (a Bronze Age axe, a ring road, a cold snap in the Vosges, school transport, an asteroid's pass, a postal strike). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// eighty-sixth studied); studied in the eighth session while the eighty-ninth and
/// ninetieth were written.
#[test]
fn precision_and_recall_held_out_88() {
    let articles = corpus_in("figures-holdout88");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the eighty-eighth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_88_FLOOR.0,
        "held-out 88 precision {precision:.3} < {}",
        HELD_OUT_88_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_88_FLOOR.1,
        "held-out 88 recall {recall:.3} < {}",
        HELD_OUT_88_FLOOR.1
    );
}

/// Floors for the eighty-eighth held-out corpus, just under the score measured when it was
/// added, unseen: 0.933 / 0.958 (135 reported, 126 correct; 120 to flag, 115 flagged).
/// Studied in the eighth session, once the eighty-ninth and ninetieth were being written
/// ("they see … at"; a body's document in an incise before "put … at"; a public inquiry
/// that "a recueilli" contributions; "breakdown" as a document; "Une fois les travaux…";
/// a foundation's name; a participle after a unit is no noun; a poll's sample past its
/// outlet; a counting verb's second verb acting on its own count): 0.970 / 0.975.
const HELD_OUT_88_FLOOR: (f64, f64) = (0.97, 0.98);

/// The eighty-ninth held-out corpus (tests/fixtures/figures-holdout89), written on 7
/// December (the eighth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a honey fair, a swimming pool, a basketball away win, a fake-diploma ring in court, a garage's bankruptcy, a storm on a campsite), an agency wire (a tyre maker's quarter, the leu and Hungarian bonds, Chicago soybeans and wheat, glide bombs on Zaporizhzhia, Croatian tourism, a sanctions package), a wiki-news site (a Gallic coin, a tramway depot, floods in the Ardèche, a wind-farm vote, a comet's return, a dock workers' strike). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// eighty-eighth studied); studied in the eighth session while the ninety-first and ninety-second were
/// written.
#[test]
fn precision_and_recall_held_out_89() {
    let articles = corpus_in("figures-holdout89");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the eighty-ninth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_89_FLOOR.0,
        "held-out 89 precision {precision:.3} < {}",
        HELD_OUT_89_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_89_FLOOR.1,
        "held-out 89 recall {recall:.3} < {}",
        HELD_OUT_89_FLOOR.1
    );
}

/// Floors for the eighty-ninth held-out corpus, just under the score measured when it was
/// added, unseen: 0.920 / 0.975 (137 reported, 126 correct; 118 to flag, 115 flagged).
/// Studied in the eighth session, once the ninety-first and ninety-second were being
/// written (a quotation after a colon, its speaker the sentence's subject; "Une personne
/// est toujours portée disparue"; a compound noun counted, "Quatre mobile-homes", "deux
/// sans-abri"; a list under who listed it): 0.955 / 0.992.
const HELD_OUT_89_FLOOR: (f64, f64) = (0.97, 0.99);

/// The ninetieth held-out corpus (tests/fixtures/figures-holdout90), written on 7
/// December (the eighth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a pumpkin-soup contest, a medical centre, a regatta, a stolen-tractor ring in court, a hotel's reopening, a flooded cellar restaurant), an agency wire (a cement maker's nine months, the zloty and Czech bonds, palm oil and rubber, a drone strike on an oil depot, Bulgarian inflation, Ukraine's energy grid), a wiki-news site (a Viking sword, a bypass, an early frost in Burgundy, high-school laptops, a radio blackout, a teachers' pay strike). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// eighty-eighth studied); studied in the eighth session while the ninety-first and ninety-second were
/// written.
#[test]
fn precision_and_recall_held_out_90() {
    let articles = corpus_in("figures-holdout90");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the ninetieth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_90_FLOOR.0,
        "held-out 90 precision {precision:.3} < {}",
        HELD_OUT_90_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_90_FLOOR.1,
        "held-out 90 recall {recall:.3} < {}",
        HELD_OUT_90_FLOOR.1
    );
}

/// Floors for the ninetieth held-out corpus, just under the score measured when it was
/// added, unseen: 0.872 / 0.958 (141 reported, 123 correct; 118 to flag, 113 flagged).
/// Studied in the eighth session, once the ninety-first and ninety-second were being
/// written (a list under who listed it, "Main pledges, as listed by the French
/// presidency:"; a named survey's sample stays the newsroom's): 0.905 / 0.966. Tried and
/// dropped: a clause of context after a reporting incise ("…, the presidency said, as
/// Russian strikes left millions…"), which the forty-seventh labels sourced after
/// "while".
const HELD_OUT_90_FLOOR: (f64, f64) = (0.93, 0.96);

/// The ninety-first held-out corpus (tests/fixtures/figures-holdout91), written on 7
/// December (the eighth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a mushroom warning, a post office counter, judo medals, a fake-insurance scam in court, a cheese dairy, a recycling centre fire), an agency wire (a bank's quarter, the crown and Romanian bonds, rapeseed and barley, a missile strike on Lviv's power station, Slovak output, Baltic air policing), a wiki-news site (a Roman villa, a dam's renovation, a heat record in Provence, a cycle-lane vote, a meteorite fall, a refuse strike). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// ninetieth studied); studied in the eighth session while the ninety-third and
/// ninety-fourth were written.
#[test]
fn precision_and_recall_held_out_91() {
    let articles = corpus_in("figures-holdout91");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the ninety-first held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_91_FLOOR.0,
        "held-out 91 precision {precision:.3} < {}",
        HELD_OUT_91_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_91_FLOOR.1,
        "held-out 91 recall {recall:.3} < {}",
        HELD_OUT_91_FLOOR.1
    );
}

/// Floors for the ninety-first held-out corpus, just under the score measured when it was
/// added, unseen: 0.945 / 0.965 (128 reported, 121 correct; 115 to flag, 111 flagged).
/// Studied in the eighth session, once the ninety-third and ninety-fourth were being
/// written ("selon la puissance du véhicule"; "le prévenu" is no verb; an inquiry that
/// "avait démarré" does not speak; "the statement showed", "A draft … puts … at"; "Pour
/// l'union des commerçants,"): 0.976 / 0.983.
const HELD_OUT_91_FLOOR: (f64, f64) = (0.97, 0.99);

/// The ninety-second held-out corpus (tests/fixtures/figures-holdout92), written on 7
/// December (the eighth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a toy collection, a library, a tennis tournament, a copper-theft ring in court, a sawmill's closure, a landslide), an agency wire (an airline's traffic, the forint and Polish bonds, cotton and sugar, a drone strike on a Russian port, Lithuanian inflation, accession chapters), a wiki-news site (a Merovingian necropolis, a solar farm, hail on Alsace vineyards, rural broadband, a conjunction, a firefighters' strike). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// ninetieth studied); studied in the eighth session while the ninety-third and
/// ninety-fourth were written.
#[test]
fn precision_and_recall_held_out_92() {
    let articles = corpus_in("figures-holdout92");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the ninety-second held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_92_FLOOR.0,
        "held-out 92 precision {precision:.3} < {}",
        HELD_OUT_92_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_92_FLOOR.1,
        "held-out 92 recall {recall:.3} < {}",
        HELD_OUT_92_FLOOR.1
    );
}

/// Floors for the ninety-second held-out corpus, just under the score measured when it was
/// added, unseen: 0.902 / 0.956 (132 reported, 119 correct; 113 to flag, 108 flagged).
/// Studied in the eighth session, once the ninety-third and ninety-fourth were being
/// written (a tennis ranking after the player's club, "(Chambéry, -2/6)"; "selon les
/// parcelles"): 0.968 / 0.965.
const HELD_OUT_92_FLOOR: (f64, f64) = (0.96, 0.96);

/// The ninety-third held-out corpus (tests/fixtures/figures-holdout93), written on 7
/// December (the eighth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (an oyster farm's sales, a bakery, a football cup run, a fake-contractor scam in court, a maternity ward, a house fire), an agency wire (a shipbuilder's order book, the zloty and Hungarian bonds, corn and soybeans, drones on Odesa's grid, Estonian inflation, gas storage targets), a wiki-news site (a Gallo-Roman kiln, a tram line, a snowstorm in the Massif central, a school merger vote, a lunar occultation, a nurses' strike). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// ninety-second studied); studied in the eighth session while the ninety-fifth and
/// ninety-sixth were written.
#[test]
fn precision_and_recall_held_out_93() {
    let articles = corpus_in("figures-holdout93");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the ninety-third held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_93_FLOOR.0,
        "held-out 93 precision {precision:.3} < {}",
        HELD_OUT_93_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_93_FLOOR.1,
        "held-out 93 recall {recall:.3} < {}",
        HELD_OUT_93_FLOOR.1
    );
}

/// Floors for the ninety-third held-out corpus, just under the score measured when it was
/// added, unseen: 0.906 / 0.966 (138 reported, 125 correct; 117 to flag, 113 flagged).
/// Studied in the eighth session, once the ninety-fifth and ninety-sixth were being written
/// (a cup's results, "éliminé … 2-1", "- 5e tour : A - B, 3-0"; "* One person killed, five
/// injured"; "its website showed", "A paper … proposes"): 0.947 / 0.974.
const HELD_OUT_93_FLOOR: (f64, f64) = (0.96, 0.97);

/// The ninety-fourth held-out corpus (tests/fixtures/figures-holdout94), written on 7
/// December (the eighth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a Christmas market's footfall, swimming lessons, a time trial, a dog-fighting ring in court, a printing works' closure, a flood in a market town), an agency wire (a defence firm's half year, the crown and Romanian bonds, Paris wheat and barley, a strike on a Russian air base, Slovenian inflation, ammunition stocks), a wiki-news site (a medieval well, a biogas plant, a drought in the Charente, a bus network vote, an eclipse expedition, a railway strike). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// ninety-second studied); studied in the eighth session while the ninety-fifth and
/// ninety-sixth were written.
#[test]
fn precision_and_recall_held_out_94() {
    let articles = corpus_in("figures-holdout94");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the ninety-fourth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_94_FLOOR.0,
        "held-out 94 precision {precision:.3} < {}",
        HELD_OUT_94_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_94_FLOOR.1,
        "held-out 94 recall {recall:.3} < {}",
        HELD_OUT_94_FLOOR.1
    );
}

/// Floors for the ninety-fourth held-out corpus, just under the score measured when it was
/// added, unseen: 0.941 / 0.966 (136 reported, 128 correct; 117 to flag, 113 flagged).
/// Studied in the eighth session, once the ninety-fifth and ninety-sixth were being written
/// (a day after a count is no noun, "210 jeudi"; "NATO chief puts … at"; the last time a
/// measure stood there, "Un niveau jamais vu depuis 1982, quand elle était montée
/// jusqu'à 4,58 mètres"): 0.955 / 0.966.
const HELD_OUT_94_FLOOR: (f64, f64) = (0.96, 0.96);

/// The ninety-fifth held-out corpus (tests/fixtures/figures-holdout95), written on 7
/// December (the eighth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a truffle market, bus shelters, a women's rugby derby, a fake-solar-panel scam in court, snowmaking, a chimney fire in a listed building), an agency wire (a steel-pipe maker's nine months, the dinar and Czech bonds, London cocoa and sugar, a missile strike on Dnipro, Latvian retail sales, Russian LNG imports), a wiki-news site (a Carolingian charter, a helipad, a storm surge in the Vendée, a tourist tax vote, a meteor outburst, a cleaners' strike). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// ninety-fourth studied); studied in the ninth session while the ninety-seventh and ninety-eighth were written.
#[test]
fn precision_and_recall_held_out_95() {
    let articles = corpus_in("figures-holdout95");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the ninety-fifth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_95_FLOOR.0,
        "held-out 95 precision {precision:.3} < {}",
        HELD_OUT_95_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_95_FLOOR.1,
        "held-out 95 recall {recall:.3} < {}",
        HELD_OUT_95_FLOOR.1
    );
}

/// Floors for the ninety-fifth held-out corpus, just under the score measured when it was
/// added, unseen: 0.964 / 0.960 (138 reported, 133 correct; 126 to flag, 121 flagged).
/// Studied in the ninth session, once the ninety-seventh and ninety-eighth were being written
/// (a temperature's minus sign and degrees; "a poll of five brokerages"; "trois salles, baptisées …"; "- surveyor"; "as listed on its website"; a document's course, "a dormi … dans ce village de 812 habitants"): 0.985 / 0.976.
const HELD_OUT_95_FLOOR: (f64, f64) = (0.98, 0.97);

/// The ninety-sixth held-out corpus (tests/fixtures/figures-holdout96), written on 7
/// December (the eighth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a wine fair's medals, cinema screens, a hockey promotion, a car-export fraud in court, a dairy's closure, a bakery explosion), an agency wire (a paper maker's quarter, the leu and Polish bonds, soybean and palm oil, a drone strike on a southern refinery, Croatian output, Ukraine's debt), a wiki-news site (a Bronze Age necklace, a new ferry, frost on Loire vineyards, school canteens, an aurora, a junior doctors' strike). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// ninety-fourth studied); studied in the ninth session while the ninety-seventh and ninety-eighth were written.
#[test]
fn precision_and_recall_held_out_96() {
    let articles = corpus_in("figures-holdout96");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the ninety-sixth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_96_FLOOR.0,
        "held-out 96 precision {precision:.3} < {}",
        HELD_OUT_96_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_96_FLOOR.1,
        "held-out 96 recall {recall:.3} < {}",
        HELD_OUT_96_FLOOR.1
    );
}

/// Floors for the ninety-sixth held-out corpus, just under the score measured when it was
/// added, unseen: 0.946 / 0.935 (148 reported, 140 correct; 123 to flag, 115 flagged).
/// Studied in the ninth session, once the ninety-seventh and ninety-eighth were being written
/// ("auteur de 11 buts"; a wire's dateline before a described speaker; "propriétaire de … et qui exploite"; "A poll of 2,104 adults … found"; "on Rosneft and Lukoil, Russia's two largest"; "paragraph 5 to 9.1 mln tonnes"): 0.986 / 0.984.
const HELD_OUT_96_FLOOR: (f64, f64) = (1.0, 0.98);

/// The ninety-eighth held-out corpus (tests/fixtures/figures-holdout98), written on 7
/// December (the ninth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a chestnut fair's turnout, a village's medical centre, a basketball club's relegation fight, a stolen-tractor trial, a printing works' closure, a campsite flood), an agency wire (a cement maker's output, the lira and Hungarian bonds, coffee and cotton, a sea-drone attack near Novorossiysk, Lithuanian inflation, NATO air-defence talks), a wiki-news site (a medieval seal, an airport's new route, drought on olive groves, a vote on a swimming pool, an eclipse seen from Spain, a signallers' strike). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// ninety-sixth studied); studied in the ninth session while the ninety-ninth to the hundred-and-second were written.
#[test]
fn precision_and_recall_held_out_98() {
    let articles = corpus_in("figures-holdout98");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the ninety-eighth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_98_FLOOR.0,
        "held-out 98 precision {precision:.3} < {}",
        HELD_OUT_98_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_98_FLOOR.1,
        "held-out 98 recall {recall:.3} < {}",
        HELD_OUT_98_FLOOR.1
    );
}

/// Floors for the ninety-eighth held-out corpus, just under the score measured when it was
/// added, unseen: 0.941 / 0.966 (136 reported, 128 correct; 116 to flag, 112 flagged).
/// Studied in the ninth session, once the ninety-ninth to the hundred-and-second were being written
/// ("avec 22 points et 6 passes"; "points d'avance"; "a relevé à Salon-de-Provence, entre mai et octobre, 118 mm"; "which says it has"; "has offered a 3.2% rise"; "réunis dans le collectif …, qui revendique"; "deux fois depuis 2014"): 0.992 / 0.991.
const HELD_OUT_98_FLOOR: (f64, f64) = (0.99, 0.99);

/// The ninety-seventh held-out corpus (tests/fixtures/figures-holdout97), written on 7
/// December (the ninth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (an oyster farm's winter sales, a skate park, a handball cup run, a counterfeit-perfume trial, a sawmill's closure, a storm over a hamlet), an agency wire (a tyre maker's quarter, the forint and Czech bonds, cocoa and sugar, a missile strike on an eastern power plant, Slovak retail sales, EU talks on frozen Russian assets), a wiki-news site (a Roman coin hoard, a tram extension, hail on Alsace orchards, a vote on rural buses, a meteor shower over Scotland, a nurses' pay dispute). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// ninety-sixth studied); studied in the ninth session while the ninety-ninth to the hundred-and-second were written.
#[test]
fn precision_and_recall_held_out_97() {
    let articles = corpus_in("figures-holdout97");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the ninety-seventh held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_97_FLOOR.0,
        "held-out 97 precision {precision:.3} < {}",
        HELD_OUT_97_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_97_FLOOR.1,
        "held-out 97 recall {recall:.3} < {}",
        HELD_OUT_97_FLOOR.1
    );
}

/// Floors for the ninety-seventh held-out corpus, just under the score measured when it was
/// added, unseen: 0.884 / 0.924 (138 reported, 122 correct; 119 to flag, 110 flagged).
/// Studied in the ninth session, once the ninety-ninth to the hundred-and-second were being written
/// ("is asking for"; "apr. J.-C."; "One London-based dealer put …"; a source line under rows set apart by spaces; "Reports by region:"; "table cette année sur"; "aux 14 arrêts du gardien"; "des 210 000 euros" named again; "la douzaine"): 0.992 / 0.975.
const HELD_OUT_97_FLOOR: (f64, f64) = (1.0, 0.97);

/// The ninety-ninth held-out corpus (tests/fixtures/figures-holdout99), written on 7
/// December (the ninth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a cider fair's sales, a covered market, a volleyball promotion, a fake-diploma trial, a glassworks' closure, a landslide on a mountain road), an agency wire (a glass maker's quarter, the leu and the Czech crown, wheat and corn, a drone strike on Odesa port, Estonian GDP, US-Russia ceasefire talks), a wiki-news site (a Gallic torque, a bike-sharing scheme, snow in the Massif Central, a vote on rural broadband, a comet over Ireland, a teachers' strike in Wales). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// ninety-eighth studied); studied in the ninth session while the hundred-and-first to the hundred-and-fourth were written.
#[test]
fn precision_and_recall_held_out_99() {
    let articles = corpus_in("figures-holdout99");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the ninety-ninth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_99_FLOOR.0,
        "held-out 99 precision {precision:.3} < {}",
        HELD_OUT_99_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_99_FLOOR.1,
        "held-out 99 recall {recall:.3} < {}",
        HELD_OUT_99_FLOOR.1
    );
}

/// Floors for the ninety-ninth held-out corpus, just under the score measured when it was
/// added, unseen: 0.961 / 0.983 (129 reported, 124 correct; 116 to flag, 114 flagged).
/// Studied in the ninth session, once the hundred-and-first to the hundred-and-fourth were being written
/// ("The central bank, Eesti Pank, forecasts"; "weather forecasts showed"; "about 15 degrees above the horizon"): 0.984 / 0.983.
const HELD_OUT_99_FLOOR: (f64, f64) = (0.98, 0.98);

/// The hundredth held-out corpus (tests/fixtures/figures-holdout100), written on 7
/// December (the ninth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a honey fair's prizes, a village library, a rowing regatta, a cattle-theft trial, a tannery's closure, a hailstorm over a market town), an agency wire (a steel maker's shipments, the zloty and Romanian bonds, rapeseed and barley, a drone strike on a Russian oil depot, Latvian unemployment, EU sanctions talks), a wiki-news site (a Neolithic axe, a cable car, an October heat record, a vote on school buses, northern lights over Norway, a bus drivers' strike in Dublin). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// ninety-eighth studied); studied in the ninth session while the hundred-and-first to the hundred-and-fourth were written.
#[test]
fn precision_and_recall_held_out_100() {
    let articles = corpus_in("figures-holdout100");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the hundredth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_100_FLOOR.0,
        "held-out 100 precision {precision:.3} < {}",
        HELD_OUT_100_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_100_FLOOR.1,
        "held-out 100 recall {recall:.3} < {}",
        HELD_OUT_100_FLOOR.1
    );
}

/// Floors for the hundredth held-out corpus, just under the score measured when it was
/// added, unseen: 0.926 / 0.984 (148 reported, 137 correct; 122 to flag, 120 flagged).
/// Studied in the ninth session, once the hundred-and-first to the hundred-and-fourth were being written
/// ("syndicat qui revendique … a réclamé"; "le huit vétérans"; "deux millénaires"; "Routes 41, 42 and 102"; "proposes lowering"; "s'enthousiasme"): 0.972 / 0.992.
const HELD_OUT_100_FLOOR: (f64, f64) = (0.97, 0.99);

/// The hundred-and-second held-out corpus (tests/fixtures/figures-holdout102), written on 7
/// December (the ninth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a cheese fair's awards, a bus station, a rugby cup exit, a forged-artwork trial, a furniture factory's closure, a flash flood), an agency wire (a packaging maker's nine months, the forint and the leu, soybeans and wheat, a strike on an ammunition depot, Slovenian output, G7 talks on the oil price cap), a wiki-news site (a Viking-age coin, a night train, fog at an airport, a vote on rural pharmacies, a supermoon over Cornwall, a postal strike in Northern Ireland). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// hundredth studied); studied in the ninth session while the hundred-and-third and hundred-and-fourth were written.
#[test]
fn precision_and_recall_held_out_102() {
    let articles = corpus_in("figures-holdout102");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the hundred-and-second held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_102_FLOOR.0,
        "held-out 102 precision {precision:.3} < {}",
        HELD_OUT_102_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_102_FLOOR.1,
        "held-out 102 recall {recall:.3} < {}",
        HELD_OUT_102_FLOOR.1
    );
}

/// Floors for the hundred-and-second held-out corpus, just under the score measured when it
/// was added, unseen: 0.891 / 0.940 (129 reported, 115 correct; 117 to flag, 110 flagged).
/// Studied in the ninth session, once the hundred-and-third and hundred-and-fourth were being written
/// ("selon le Code civil"; "un sondage commandé … auprès de"; "la direction en propose 10 000"; "BY SECTOR (y/y, SURS):"; "the union's figure is"; a verb inside a quotation before its incise): 0.944 / 0.957.
const HELD_OUT_102_FLOOR: (f64, f64) = (0.95, 0.96);

/// The hundred-and-first held-out corpus (tests/fixtures/figures-holdout101), written on 7
/// December (the ninth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a Christmas market's stall fees, a sports hall, judo medals, a fake-invoice trial, a brewery's closure, a hay-barn fire), an agency wire (a chemicals maker's quarter, the Czech crown and Polish bonds, arabica and sugar, a glide-bomb attack on Zaporizhzhia, Bulgarian inflation, accession chapters), a wiki-news site (a Merovingian brooch, a river shuttle, black ice on Alpine roads, a bypass vote, a fireball over Wales, a firefighters' strike in Scotland). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// hundredth studied, and the rules drawn from the hundred-and-second before it was read); studied in the ninth session while the hundred-and-third and hundred-and-fourth were written.
#[test]
fn precision_and_recall_held_out_101() {
    let articles = corpus_in("figures-holdout101");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the hundred-and-first held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_101_FLOOR.0,
        "held-out 101 precision {precision:.3} < {}",
        HELD_OUT_101_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_101_FLOOR.1,
        "held-out 101 recall {recall:.3} < {}",
        HELD_OUT_101_FLOOR.1
    );
}

/// Floors for the hundred-and-first held-out corpus, just under the score measured when it
/// was added, unseen: 0.927 / 0.908 (137 reported, 127 correct; 120 to flag, 109 flagged).
/// Studied in the ninth session, once the hundred-and-third and hundred-and-fourth were being written
/// ("porte 320 panneaux", "cette saison 212 licenciés"; "a few dozen times"; "remporté 48 à 41 par les visiteurs"; "divided into 35 chapters"; "Le maire de ce village de 412 habitants, Christian Foulon,"; "l'Association des exposants du Ried, qui regroupe"; "rappelle les consignes suivantes :"; "PCT CHG"): 0.971 / 0.975.
const HELD_OUT_101_FLOOR: (f64, f64) = (0.97, 0.97);

/// The hundred-and-third held-out corpus (tests/fixtures/figures-holdout103), written on 7
/// December (the ninth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a Christmas tree market, a playground, a football cup upset, a fake-car-dealer trial, a dairy's takeover, a gas leak that emptied a street), an agency wire (a car-parts maker's quarter, the zloty and Czech bonds, palm oil and soyoil, a missile strike on Kharkiv's grid, Croatian inflation, EU talks on reconstruction funds), a wiki-news site (a Bronze Age helmet, a cycle bridge, early snow in the Pyrenees, a vote on school canteens, a lunar eclipse over Ireland, an ambulance strike in England). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// hundred-and-second studied); studied in the ninth session while the hundred-and-fifth and hundred-and-sixth were written.
#[test]
fn precision_and_recall_held_out_103() {
    let articles = corpus_in("figures-holdout103");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the hundred-and-third held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_103_FLOOR.0,
        "held-out 103 precision {precision:.3} < {}",
        HELD_OUT_103_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_103_FLOOR.1,
        "held-out 103 recall {recall:.3} < {}",
        HELD_OUT_103_FLOOR.1
    );
}

/// Floors for the hundred-and-third held-out corpus, just under the score measured when it
/// was added, unseen: 0.944 / 0.952 (142 reported, 134 correct; 126 to flag, 120 flagged).
/// Studied in the ninth session, once the hundred-and-fifth and hundred-and-sixth were being written
/// ("toutes compétitions confondues"; instalments; "contre 470 euros aujourd'hui"; "à deux rues de là"; "about an eighth of … deposits"): 0.958 / 0.976.
const HELD_OUT_103_FLOOR: (f64, f64) = (0.95, 0.97);

/// The hundred-and-fourth held-out corpus (tests/fixtures/figures-holdout104), written on 7
/// December (the ninth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a pumpkin fair's giant vegetables, a covered pool, a women's handball promotion, a stolen-bicycle ring in court, a shoe factory's closure, a hailstorm over vineyards), an agency wire (a shipping group's quarter, the leu and Hungarian bonds, cocoa and coffee, a drone strike on a Russian refinery, Lithuanian GDP, NATO's eastern flank), a wiki-news site (a Roman milestone, a tram line, a storm on the Channel coast, a vote on rural doctors, a meteor shower over Wales, a train drivers' strike in Scotland). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// hundred-and-second studied); studied in the ninth session while the hundred-and-fifth and hundred-and-sixth were written.
#[test]
fn precision_and_recall_held_out_104() {
    let articles = corpus_in("figures-holdout104");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the hundred-and-fourth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_104_FLOOR.0,
        "held-out 104 precision {precision:.3} < {}",
        HELD_OUT_104_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_104_FLOOR.1,
        "held-out 104 recall {recall:.3} < {}",
        HELD_OUT_104_FLOOR.1
    );
}

/// Floors for the hundred-and-fourth held-out corpus, just under the score measured when it
/// was added, unseen: 0.925 / 0.941 (133 reported, 123 correct; 118 to flag, 111 flagged).
/// Studied in the ninth session, once the hundred-and-fifth and hundred-and-sixth were being written
/// ("La CGT, majoritaire … avec 61 % des voix"; "twice their usual number", "three times last year's level"; "four routes only: A, B, C, and D"; "has reportedly trimmed its crop forecast"; "volumes up 4.2 pct, warns rates to keep sliding"; "has offered a pay rise of 3.6%"): 0.941 / 0.983.
const HELD_OUT_104_FLOOR: (f64, f64) = (0.95, 0.98);

/// The hundred-and-sixth held-out corpus (tests/fixtures/figures-holdout106), written on 7
/// December (the ninth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a mushroom fair, a library, a cyclo-cross race, a fake-charity collection in court, a bakery chain's closure, a flooded campsite), an agency wire (an airline's traffic, the forint and Polish bonds, sugar and cotton, a drone strike on a Russian airfield, Estonian inflation, G7 talks on frozen assets), a wiki-news site (a medieval coin hoard, a cable car, a November heat record, rural bus lines, northern lights over Scotland, a nurses' strike in Northern Ireland). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// hundred-and-fourth studied); studied in the tenth session while the hundred-and-seventh
/// and hundred-and-eighth were written.
#[test]
fn precision_and_recall_held_out_106() {
    let articles = corpus_in("figures-holdout106");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the hundred-and-sixth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_106_FLOOR.0,
        "held-out 106 precision {precision:.3} < {}",
        HELD_OUT_106_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_106_FLOOR.1,
        "held-out 106 recall {recall:.3} < {}",
        HELD_OUT_106_FLOOR.1
    );
}

/// Floors for the hundred-and-sixth held-out corpus, just under the score measured when it
/// was added, unseen: 0.929 / 0.959 (140 reported, 130 correct; 121 to flag, 116 flagged).
/// Studied in the tenth session, once the hundred-and-seventh and hundred-and-eighth were
/// being written (a table's head on two lines; "qui revendique 200 adhérents" after a
/// trailing source; "the 26 other EU member states"; "une recette estimée à 14 000 euros";
/// "nous écrivions que"; "Sourires d'enfants 24"; "le président de l'agglomération"; "is
/// seeking"): 1.000 / 0.983.
const HELD_OUT_106_FLOOR: (f64, f64) = (1.0, 0.98);

/// The hundred-and-fifth held-out corpus (tests/fixtures/figures-holdout105), written on 7
/// December (the ninth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a wine co-operative's harvest, car sharing, a winter tennis tournament, a fake-electrician scam in court, a cannery's closure, a school kitchen fire), an agency wire (a brewer's quarter, the Czech crown and Romanian bonds, Chicago wheat and soybeans, a drone strike on Odesa's grid, Slovak output, gas storage targets), a wiki-news site (a Gallo-Roman villa, a ferry route, a cold snap in the Jura, school transport, a comet over Northern Ireland, a junior doctors' strike in Wales). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// hundred-and-fourth studied); studied in the tenth session while the hundred-and-seventh
/// and hundred-and-eighth were written.
#[test]
fn precision_and_recall_held_out_105() {
    let articles = corpus_in("figures-holdout105");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the hundred-and-fifth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_105_FLOOR.0,
        "held-out 105 precision {precision:.3} < {}",
        HELD_OUT_105_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_105_FLOOR.1,
        "held-out 105 recall {recall:.3} < {}",
        HELD_OUT_105_FLOOR.1
    );
}

/// Floors for the hundred-and-fifth held-out corpus, just under the score measured when it
/// was added, unseen: 0.978 / 0.983 (139 reported, 136 correct; 120 to flag, 118 flagged).
/// (Its writer followed the hard calls the thirty-seventh's README records where the
/// guideline is silent, which it was given for layout.) Studied in the tenth session, once
/// the hundred-and-seventh and hundred-and-eighth were being written ("Manufacturing, which
/// accounts for…"; "80 pct of industrial production"; "a servi 11 aces"; "qui en comptait
/// sept dans les années 1950"; "Pour Me X, avocat de douze parties civiles"): 0.993 / 1.000.
const HELD_OUT_105_FLOOR: (f64, f64) = (0.99, 1.0);

/// The hundred-and-seventh held-out corpus (tests/fixtures/figures-holdout107), written on 7
/// December (the tenth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a honey co-operative's harvest, a bus depot, a volleyball club's European run, a fake-invoice scheme in court, a foundry's job cuts, a riding-stable fire), an agency wire (a glass maker's orders, the dinar and Romanian bonds, rapeseed and wheat, glide bombs on Kharkiv, Estonian wages, an EU reconstruction fund), a wiki-news site (a Gallo-Roman mosaic, a cable car, snow on Jura pastures, rail fares for students, a comet over Ireland, a teaching assistants' strike). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// hundred-and-sixth studied); studied in the tenth session while the hundred-and-ninth and hundred-and-tenth were written.
#[test]
fn precision_and_recall_held_out_107() {
    let articles = corpus_in("figures-holdout107");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the hundred-and-seventh held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_107_FLOOR.0,
        "held-out 107 precision {precision:.3} < {}",
        HELD_OUT_107_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_107_FLOOR.1,
        "held-out 107 recall {recall:.3} < {}",
        HELD_OUT_107_FLOOR.1
    );
}

/// Floors for the hundred-and-seventh held-out corpus, just under the score measured when it was
/// added, unseen: 0.958 / 0.975 (142 reported, 136 correct; 121 to flag, 118 flagged).
/// Studied in the tenth session, once the hundred-and-ninth and hundred-and-tenth were being written
/// (a sum offered to staff; "a égrené les chiffres"; "citing the threat"; "value added tax"): 0.986 / 0.992.
const HELD_OUT_107_FLOOR: (f64, f64) = (0.98, 0.99);

/// The hundred-and-eighth held-out corpus (tests/fixtures/figures-holdout108), written on 7
/// December (the tenth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a walnut harvest's prices, a fire station, a rugby cup final, a stolen-bicycle ring in court, a shoe factory's closure, a landslide on a mountain road), an agency wire (a packaging maker's sales, the Czech crown and Polish bonds, barley and corn, a drone attack on a Russian airfield, Latvian retail sales, OSCE talks on prisoner exchanges), a wiki-news site (a Merovingian grave, a river shuttle, hail on Gers melon fields, a covered market, a supermoon over Wales, an air traffic controllers' strike). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// hundred-and-seventh studied); studied in the tenth session while the hundred-and-ninth and hundred-and-tenth were written.
#[test]
fn precision_and_recall_held_out_108() {
    let articles = corpus_in("figures-holdout108");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the hundred-and-eighth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_108_FLOOR.0,
        "held-out 108 precision {precision:.3} < {}",
        HELD_OUT_108_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_108_FLOOR.1,
        "held-out 108 recall {recall:.3} < {}",
        HELD_OUT_108_FLOOR.1
    );
}

/// Floors for the hundred-and-eighth held-out corpus, just under the score measured when it was
/// added, unseen: 0.879 / 0.983 (141 reported, 124 correct; 119 to flag, 117 flagged).
/// Studied in the tenth session, once the hundred-and-ninth and hundred-and-tenth were being written
/// (a match sheet; "dont quatre femmes"; "interroge"; "the figure given by Eurocontrol"; "demander" a figure; "Adjusted operating profit fell…, the company said"; "analysts' consensus"; "The union's demands include:"; "qui compte 24 clubs"; "four flood alerts"): 1.000 / 1.000.
const HELD_OUT_108_FLOOR: (f64, f64) = (1.0, 1.0);

/// The hundred-and-ninth held-out corpus (tests/fixtures/figures-holdout109), written on 7
/// December (the tenth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a cider fair, an ice rink, a table-tennis promotion, a fake-plumber scam in court, a paper mill's job cuts, a barn fire), an agency wire (a steel maker's shipments, the forint and Romanian bonds, sugar and cocoa, a missile strike on a Ukrainian port, Lithuanian output, Ukraine's gas transit), a wiki-news site (a Neolithic axe, a ferry timetable, frost on Alsace vineyards, rural school buses, a meteor shower over Northern Ireland, a bus drivers' strike). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// hundred-and-eighth studied); studied in the tenth session while the hundred-and-eleventh and hundred-and-twelfth were written.
#[test]
fn precision_and_recall_held_out_109() {
    let articles = corpus_in("figures-holdout109");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the hundred-and-ninth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_109_FLOOR.0,
        "held-out 109 precision {precision:.3} < {}",
        HELD_OUT_109_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_109_FLOOR.1,
        "held-out 109 recall {recall:.3} < {}",
        HELD_OUT_109_FLOOR.1
    );
}

/// Floors for the hundred-and-ninth held-out corpus, just under the score measured when it was
/// added, unseen: 0.960 / 0.955 (124 reported, 119 correct; 110 to flag, 105 flagged).
/// Studied in the tenth session, once the hundred-and-eleventh and hundred-and-twelfth were being written
/// ("is seeking"; "on 4, 7, 9, 14 and 16 December"; "aucune défaite"; "two F-16 jets"; "to top 110 mln tonnes"; "…, il disait que…"): 0.992 / 0.991.
const HELD_OUT_109_FLOOR: (f64, f64) = (0.99, 0.99);

/// The hundred-and-tenth held-out corpus (tests/fixtures/figures-holdout110), written on 7
/// December (the tenth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a chestnut market, a village pharmacy, a basketball derby, a stolen-cattle ring in court, a textile workshop's closure, a flooded school), an agency wire (a chemicals group's quarter, the zloty and Hungarian bonds, coffee and cotton, a drone strike on a Russian oil depot, Slovenian inflation, NATO talks on air defence), a wiki-news site (a Roman road, a tram line, drought on lavender fields, a library vote, a lunar eclipse over Cornwall, a firefighters' strike). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// hundred-and-eighth studied); studied in the tenth session while the hundred-and-eleventh and hundred-and-twelfth were written.
#[test]
fn precision_and_recall_held_out_110() {
    let articles = corpus_in("figures-holdout110");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the hundred-and-tenth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_110_FLOOR.0,
        "held-out 110 precision {precision:.3} < {}",
        HELD_OUT_110_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_110_FLOOR.1,
        "held-out 110 recall {recall:.3} < {}",
        HELD_OUT_110_FLOOR.1
    );
}

/// Floors for the hundred-and-tenth held-out corpus, just under the score measured when it was
/// added, unseen: 0.955 / 0.966 (134 reported, 128 correct; 119 to flag, 115 flagged).
/// Studied in the tenth session, once the hundred-and-eleventh and hundred-and-twelfth were being written
/// ("le club a compté" after a colon; "Trois des prévenus ont reconnu les faits"; "1 600 places"; "s'imposer 81-74"; "(11 paniers à trois points)"; "Calls to 999"; "confirms 2026 outlook"): 0.992 / 0.983.
const HELD_OUT_110_FLOOR: (f64, f64) = (0.99, 0.98);

/// The hundred-and-eleventh held-out corpus (tests/fixtures/figures-holdout111), written on 7
/// December (the tenth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (an oyster market's Christmas prices, a footbridge, a women's football cup run, a fake-roofer scam in court, a sawmill's job cuts, a sports-hall fire), an agency wire (a tyre maker's volumes, the leu and Czech bonds, wheat and rapeseed, a drone attack on a Ukrainian power plant, Croatian retail sales, G7 talks on sanctions enforcement), a wiki-news site (a Carolingian coin, a night train, hail on Burgundy vineyards, school canteen prices, northern lights over the Highlands, a paramedics' strike). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// hundred-and-tenth studied); studied in the tenth session while the hundred-and-thirteenth and hundred-and-fourteenth were written.
#[test]
fn precision_and_recall_held_out_111() {
    let articles = corpus_in("figures-holdout111");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the hundred-and-eleventh held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_111_FLOOR.0,
        "held-out 111 precision {precision:.3} < {}",
        HELD_OUT_111_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_111_FLOOR.1,
        "held-out 111 recall {recall:.3} < {}",
        HELD_OUT_111_FLOOR.1
    );
}

/// Floors for the hundred-and-eleventh held-out corpus, just under the score measured when it was
/// added, unseen: 0.914 / 0.965 (140 reported, 128 correct; 114 to flag, 110 flagged).
/// Studied in the tenth session, once the hundred-and-thirteenth and hundred-and-fourteenth were being written
/// ("A draft statement seen by this agency lists"; "category 1 calls"; "Elle vend… et affirme"; "a arrêté deux tentatives"; ", and Britain said"): 0.956 / 0.982.
const HELD_OUT_111_FLOOR: (f64, f64) = (0.95, 0.98);

/// The hundred-and-twelfth held-out corpus (tests/fixtures/figures-holdout112), written on 7
/// December (the tenth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a Christmas market, a multi-purpose hall, a handball promotion, a counterfeit-wine ring in court, a dairy's closure, a flooded campsite), an agency wire (a shipping line's cargo, the forint and Polish bonds, cocoa and coffee, a drone strike on a Russian ammunition depot, Estonian output, EU talks on energy sanctions), a wiki-news site (a Celtic torque, a cable car's season, frost on Champagne vineyards, rural broadband, a meteor shower over Cornwall, a rail workers' strike). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// hundred-and-tenth studied); studied in the tenth session while the hundred-and-thirteenth and hundred-and-fourteenth were written.
#[test]
fn precision_and_recall_held_out_112() {
    let articles = corpus_in("figures-holdout112");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the hundred-and-twelfth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_112_FLOOR.0,
        "held-out 112 precision {precision:.3} < {}",
        HELD_OUT_112_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_112_FLOOR.1,
        "held-out 112 recall {recall:.3} < {}",
        HELD_OUT_112_FLOOR.1
    );
}

/// Floors for the hundred-and-twelfth held-out corpus, just under the score measured when it was
/// added, unseen: 0.953 / 0.964 (129 reported, 123 correct; 111 to flag, 107 flagged).
/// Studied in the tenth session, once the hundred-and-thirteenth and hundred-and-fourteenth were being written
/// ("il en a inscrit neuf"; "depuis trois exercices"; "a été relevé à 90 euros"; "- Ukraine's General Staff"; "gave … as 1,300"; "Its investor presentation lists"; "September's figure"): 0.992 / 0.982.
const HELD_OUT_112_FLOOR: (f64, f64) = (0.99, 0.98);

/// The hundred-and-thirteenth held-out corpus (tests/fixtures/figures-holdout113), written on 7
/// December (the tenth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a truffle market, a covered pool, a rugby league promotion, a fake-locksmith scam in court, a brickworks' closure, a grain-silo fire), an agency wire (a paper maker's sales, the Czech crown and Hungarian bonds, sugar and wheat, a missile strike on a Ukrainian rail hub, Slovak output, Ukraine's accession chapters), a wiki-news site (a Bronze Age sword, an airport route, frost on Jura vineyards, a bus line vote, a solar halo over Yorkshire, a junior doctors' strike). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// hundred-and-twelfth studied); studied in the tenth session while the hundred-and-fifteenth and hundred-and-sixteenth
/// were written.
#[test]
fn precision_and_recall_held_out_113() {
    let articles = corpus_in("figures-holdout113");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the hundred-and-thirteenth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_113_FLOOR.0,
        "held-out 113 precision {precision:.3} < {}",
        HELD_OUT_113_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_113_FLOOR.1,
        "held-out 113 recall {recall:.3} < {}",
        HELD_OUT_113_FLOOR.1
    );
}

/// Floors for the hundred-and-thirteenth held-out corpus, just under the score measured when it was
/// added, unseen: 0.963 / 0.966 (136 reported, 131 correct; 119 to flag, 115 flagged).
/// Studied in the tenth session, once the hundred-and-fifteenth and hundred-and-sixteenth
/// were being written ("propose 23 postes de reclassement"; "misses forecast"; "aux 96 parties civiles"): 0.971 / 0.983.
const HELD_OUT_113_FLOOR: (f64, f64) = (0.97, 0.98);

/// The hundred-and-fourteenth held-out corpus (tests/fixtures/figures-holdout114), written on 7
/// December (the tenth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (an apple fair, a bakery co-operative, a volleyball cup run, a stolen-fuel ring in court, a glassworks' job cuts, a landslide on a valley road), an agency wire (an airline's monthly traffic, the leu and Polish bonds, cocoa and cotton, a drone strike on a Russian refinery, Latvian inflation, NATO talks on Black Sea security), a wiki-news site (a Roman milestone, a tram-train line, snow on Pyrenees passes, rural doctors, a comet over Wales, a teachers' strike). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// hundred-and-twelfth studied); studied in the tenth session while the hundred-and-fifteenth and hundred-and-sixteenth
/// were written.
#[test]
fn precision_and_recall_held_out_114() {
    let articles = corpus_in("figures-holdout114");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the hundred-and-fourteenth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_114_FLOOR.0,
        "held-out 114 precision {precision:.3} < {}",
        HELD_OUT_114_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_114_FLOOR.1,
        "held-out 114 recall {recall:.3} < {}",
        HELD_OUT_114_FLOOR.1
    );
}

/// Floors for the hundred-and-fourteenth held-out corpus, just under the score measured when it was
/// added, unseen: 0.949 / 0.992 (136 reported, 129 correct; 120 to flag, 119 flagged).
/// Studied in the tenth session, once the hundred-and-fifteenth and hundred-and-sixteenth
/// were being written ("closed two car parks"): 0.949 / 1.000.
const HELD_OUT_114_FLOOR: (f64, f64) = (0.94, 1.0);

/// The hundred-and-fifteenth held-out corpus (tests/fixtures/figures-holdout115), written on 7
/// December (the tenth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a goat-cheese fair, a climbing wall, a basketball cup upset, a fake-charity calendar scam in court, a tannery's closure, a timber-yard fire), an agency wire (a cement maker's volumes, the zloty and Czech bonds, coffee and sugar, a drone attack on a Ukrainian grain terminal, Lithuanian retail sales, Ukraine's defence loans), a wiki-news site (a Merovingian brooch, a ferry's winter timetable, hail on olive groves, bus fares for pensioners, a fireball over Scotland, a bin collectors' strike). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// hundred-and-fourteenth studied); studied in the tenth session while the hundred-and-seventeenth and hundred-and-eighteenth
/// were written.
#[test]
fn precision_and_recall_held_out_115() {
    let articles = corpus_in("figures-holdout115");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the hundred-and-fifteenth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_115_FLOOR.0,
        "held-out 115 precision {precision:.3} < {}",
        HELD_OUT_115_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_115_FLOOR.1,
        "held-out 115 recall {recall:.3} < {}",
        HELD_OUT_115_FLOOR.1
    );
}

/// Floors for the hundred-and-fifteenth held-out corpus, just under the score measured when it was
/// added, unseen: 0.934 / 0.957 (136 reported, 127 correct; 115 to flag, 110 flagged).
/// Studied in the tenth session, once the hundred-and-seventeenth and hundred-and-eighteenth
/// were being written ("KEY FIGURES (European Commission data, …)"; "(trader quotes, vs previous close)"; an en dash in a results line; "147 points depuis la reprise"; "trois fois supérieures"): 0.970 / 0.965.
const HELD_OUT_115_FLOOR: (f64, f64) = (0.96, 0.96);

/// The hundred-and-sixteenth held-out corpus (tests/fixtures/figures-holdout116), written on 7
/// December (the tenth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a Christmas fir market, a library-café, a handball relegation battle, a catalytic-converter ring in court, a printing works' job cuts, a storm over a greenhouse), an agency wire (a steel pipe maker's nine months, the forint and Romanian bonds, wheat and corn, a drone strike on a Russian substation, Estonian GDP, G7 talks on the oil price cap), a wiki-news site (a Roman villa's mosaic, new cable car cabins, frost on Alsace orchards, a cinema vote, a partial solar eclipse, a train conductors' strike). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// hundred-and-fourteenth studied); studied in the tenth session while the hundred-and-seventeenth and hundred-and-eighteenth
/// were written.
#[test]
fn precision_and_recall_held_out_116() {
    let articles = corpus_in("figures-holdout116");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the hundred-and-sixteenth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_116_FLOOR.0,
        "held-out 116 precision {precision:.3} < {}",
        HELD_OUT_116_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_116_FLOOR.1,
        "held-out 116 recall {recall:.3} < {}",
        HELD_OUT_116_FLOOR.1
    );
}

/// Floors for the hundred-and-sixteenth held-out corpus, just under the score measured when it was
/// added, unseen: 0.969 / 0.975 (130 reported, 126 correct; 122 to flag, 119 flagged).
/// Studied in the tenth session, once the hundred-and-seventeenth and hundred-and-eighteenth
/// were being written; its misses read, none fixed (a statement's "that" clause, an elliptical
/// share, a plan named by a pronoun): 0.969 / 0.975.
const HELD_OUT_116_FLOOR: (f64, f64) = (0.96, 0.97);

/// The hundred-and-seventeenth held-out corpus (tests/fixtures/figures-holdout117), written on 7
/// December (the tenth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a chestnut-and-wine festival, a skatepark extension, a women's volleyball promotion, a fake-pension-adviser scam in court, a cardboard factory's closure, a retirement-home kitchen fire), an agency wire (a packaging group's sales, the Czech crown and Romanian bonds, palm oil and soybeans, a missile strike on a Ukrainian thermal plant, Latvian output, EU talks on extending sanctions), a wiki-news site (an Iron Age coin hoard, a train line's reopening, drought on Corsican chestnut groves, school meal prices, a fireball over Wales, a university staff strike). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// hundred-and-sixteenth studied); studied in the eleventh session while the hundred-and-nineteenth and
/// hundred-and-twentieth were written.
#[test]
fn precision_and_recall_held_out_117() {
    let articles = corpus_in("figures-holdout117");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the hundred-and-seventeenth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_117_FLOOR.0,
        "held-out 117 precision {precision:.3} < {}",
        HELD_OUT_117_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_117_FLOOR.1,
        "held-out 117 recall {recall:.3} < {}",
        HELD_OUT_117_FLOOR.1
    );
}

/// Floors for the hundred-and-seventeenth held-out corpus, just under the score measured when it was
/// added, unseen: 0.936 / 0.975 (140 reported, 131 correct; 120 to flag, 117 flagged).
/// Studied in the eleventh session, once the hundred-and-nineteenth and hundred-and-twentieth
/// were being written (a box of key figures in paragraphs of their own under its sourced title, the people an announcement is made to, a reason a group invokes, cargo surveyors who see a change, a council group's view): 0.992 / 0.983.
const HELD_OUT_117_FLOOR: (f64, f64) = (0.99, 0.98);

/// The hundred-and-eighteenth held-out corpus (tests/fixtures/figures-holdout118), written on 7
/// December (the tenth session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (an organic market, a sports hall, a rugby derby, a stolen-tools ring in court, a furniture maker's job cuts, a flash flood in a mountain village), an agency wire (a truck maker's deliveries, the forint and Polish bonds, wheat and barley, a drone attack on a Russian port, Slovenian retail sales, OSCE talks on a Black Sea grain corridor), a wiki-news site (a medieval well, a funicular, frost on Loire apple orchards, a market hall vote, noctilucent clouds over Scotland, a postal workers' strike). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// hundred-and-sixteenth studied); studied in the eleventh session while the hundred-and-nineteenth and
/// hundred-and-twentieth were written.
#[test]
fn precision_and_recall_held_out_118() {
    let articles = corpus_in("figures-holdout118");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the hundred-and-eighteenth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_118_FLOOR.0,
        "held-out 118 precision {precision:.3} < {}",
        HELD_OUT_118_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_118_FLOOR.1,
        "held-out 118 recall {recall:.3} < {}",
        HELD_OUT_118_FLOOR.1
    );
}

/// Floors for the hundred-and-eighteenth held-out corpus, just under the score measured when it was
/// added, unseen: 0.964 / 0.966 (139 reported, 134 correct; 119 to flag, 115 flagged).
/// Studied in the eleventh session, once the hundred-and-nineteenth and hundred-and-twentieth
/// were being written (a second source's figure after the first, a statistic published by its agent in an apposition, a measure after a noun of reference, a plan described by a relative clause, counts of people befallen or counted by a pronoun): 0.986 / 1.000.
const HELD_OUT_118_FLOOR: (f64, f64) = (0.99, 1.00);

/// The hundred-and-nineteenth held-out corpus (tests/fixtures/figures-holdout119), written on 7
/// December (the eleventh session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (bread prices at a bakery, a rural school losing a class, a handball club, a drink-driving case, a dairy co-operative, a storm on forest roads), an agency wire (a chip-equipment supplier's orders, the leu and Czech bonds, palm oil and rapeseed, repairs to Ukraine's grid, Lithuanian inflation, a G7 review of the oil price cap), a wiki-news site (a Neolithic burial site, a tramway extension, the Ardèche chestnut harvest, a wind-farm consultation, the eclipse of August 2026 in Spain, a bus drivers' strike in Wales). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// hundred-and-eighteenth studied); studied in the eleventh session while the hundred-and-twenty-first to
/// hundred-and-twenty-third were written.
#[test]
fn precision_and_recall_held_out_119() {
    let articles = corpus_in("figures-holdout119");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the hundred-and-nineteenth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_119_FLOOR.0,
        "held-out 119 precision {precision:.3} < {}",
        HELD_OUT_119_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_119_FLOOR.1,
        "held-out 119 recall {recall:.3} < {}",
        HELD_OUT_119_FLOOR.1
    );
}

/// Floors for the hundred-and-nineteenth held-out corpus, just under the score measured when it was
/// added, unseen: 0.882 / 0.940 (178 reported, 157 correct; 134 to flag, 126 flagged).
/// Studied in the eleventh session, once the hundred-and-twenty-first to hundred-and-twenty-third
/// had been written (a source line over the table under it, an exchange's settlement prices, a quotation over two paragraphs, a part of a match's tally, handball's seven-metre throw, bus routes by their numbers, a noun of what the speaker has before the name, all the members of a set, a poll named by a compound): 0.981 / 0.955.
const HELD_OUT_119_FLOOR: (f64, f64) = (0.98, 0.95);

/// The hundred-and-twentieth held-out corpus (tests/fixtures/figures-holdout120), written on 7
/// December (the eleventh session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a Christmas market, a pool reopening, a cyclo-cross race, an assault trial after a fête, a sawmill's investment, snow closing mountain passes), an agency wire (a salmon farmer's quarter, the Swiss franc and Turkish lira, cocoa and sugar, a missile strike on Zaporizhzhia, Estonian GDP, the cost of Baltic grid synchronisation), a wiki-news site (a Roman mosaic, a cycle path, oyster mortality at Arcachon, a participatory budget vote, the Leonid meteor shower, a nurses' strike in northern England). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// hundred-and-eighteenth studied); studied in the eleventh session while the hundred-and-twenty-first to
/// hundred-and-twenty-third were written.
#[test]
fn precision_and_recall_held_out_120() {
    let articles = corpus_in("figures-holdout120");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the hundred-and-twentieth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_120_FLOOR.0,
        "held-out 120 precision {precision:.3} < {}",
        HELD_OUT_120_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_120_FLOOR.1,
        "held-out 120 recall {recall:.3} < {}",
        HELD_OUT_120_FLOOR.1
    );
}

/// Floors for the hundred-and-twentieth held-out corpus, just under the score measured when it was
/// added, unseen: 0.968 / 0.970 (154 reported, 149 correct; 135 to flag, 131 flagged).
/// Studied in the eleventh session, once the hundred-and-twenty-first to hundred-and-twenty-third
/// had been written (a range after 'prévoit de', a view after 'Pour le comité', a sum set by a council): 0.980 / 0.978.
const HELD_OUT_120_FLOOR: (f64, f64) = (0.97, 0.97);

/// The hundred-and-twenty-first held-out corpus (tests/fixtures/figures-holdout121), written on 7
/// December (the eleventh session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (Comté prices, a village library, a women's football club, a fake-plumber scam in court, a printing works' takeover, late-season garrigue fires), an agency wire (a forestry group's quarter, the zloty and Hungarian bonds, Brent and diesel cracks, a strike on a Russian refinery, Latvian output, EU sanctions talks), a wiki-news site (a Merovingian cemetery, an island ferry line, the Provence olive harvest, a vote on school buses, an aurora over Ireland, a train drivers' strike in Scotland). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// hundred-and-twentieth studied); studied in the eleventh session once the hundred-and-twenty-third to
/// hundred-and-twenty-fifth were written.
#[test]
fn precision_and_recall_held_out_121() {
    let articles = corpus_in("figures-holdout121");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the hundred-and-twenty-first held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_121_FLOOR.0,
        "held-out 121 precision {precision:.3} < {}",
        HELD_OUT_121_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_121_FLOOR.1,
        "held-out 121 recall {recall:.3} < {}",
        HELD_OUT_121_FLOOR.1
    );
}

/// Floors for the hundred-and-twenty-first held-out corpus, just under the score measured when it was
/// added, unseen: 0.973 / 0.904 (150 reported, 146 correct; 135 to flag, 122 flagged).
/// Studied in the eleventh session, once the hundred-and-twenty-third to hundred-and-twenty-fifth
/// had been written (a source's description past a hyphenated place in its name, a mark out of a possible maximum): 0.987 / 0.911.
const HELD_OUT_121_FLOOR: (f64, f64) = (0.98, 0.91);

/// The hundred-and-twenty-second held-out corpus (tests/fixtures/figures-holdout122), written on 7
/// December (the eleventh session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a butcher's closing, a medical centre, a judo club, illegal dumping in court, a glassworks' energy bills, a landslide on a mountain road), an agency wire (a shipping group's results, the Czech crown and Romanian bonds, copper and aluminium, a drone attack on Kyiv's power plants, Slovak inflation, NATO spending targets), a wiki-news site (a Bronze Age hoard, a cable car, the Périgord walnut harvest, a pedestrian-centre referendum, a partial lunar eclipse, a refuse strike in the Midlands). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// hundred-and-twentieth studied); studied in the eleventh session once the hundred-and-twenty-third to
/// hundred-and-twenty-fifth were written.
#[test]
fn precision_and_recall_held_out_122() {
    let articles = corpus_in("figures-holdout122");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the hundred-and-twenty-second held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_122_FLOOR.0,
        "held-out 122 precision {precision:.3} < {}",
        HELD_OUT_122_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_122_FLOOR.1,
        "held-out 122 recall {recall:.3} < {}",
        HELD_OUT_122_FLOOR.1
    );
}

/// Floors for the hundred-and-twenty-second held-out corpus, just under the score measured when it was
/// added, unseen: 0.800 / 0.891 (170 reported, 136 correct; 129 to flag, 115 flagged).
/// Studied in the eleventh session, once the hundred-and-twenty-third to hundred-and-twenty-fifth
/// had been written (a body named in full in a block's brackets, a table head with its units in signs, a column gap after a name is no version, a quotation after the colon past a quoted word, observers who count, a commune's population in brackets, medals with their noun left out, the euro area's members, a weight class after 'En'): 0.942 / 0.969.
const HELD_OUT_122_FLOOR: (f64, f64) = (0.94, 0.96);

/// The hundred-and-twenty-third held-out corpus (tests/fixtures/figures-holdout123), written on 7
/// December (the eleventh session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (Christmas log cakes, a post office counter in a shop, a basketball derby, stolen catalytic converters in court, a paper mill's job cuts, a flood in Brittany), an agency wire (a steelmaker's quarter, the Czech crown and Polish bonds, palm oil and soyoil, a drone strike on a Russian oil depot, Croatian retail sales, an IAEA visit to Zaporizhzhia), a wiki-news site (a Gallo-Roman kiln, a bus rapid transit line, Quercy saffron, a merger of two communes, a comet over the UK, a teachers' strike in Northern Ireland). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// hundred-and-twentieth studied); studied in the eleventh session while the hundred-and-twenty-sixth and
/// twenty-seventh were written.
#[test]
fn precision_and_recall_held_out_123() {
    let articles = corpus_in("figures-holdout123");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the hundred-and-twenty-third held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_123_FLOOR.0,
        "held-out 123 precision {precision:.3} < {}",
        HELD_OUT_123_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_123_FLOOR.1,
        "held-out 123 recall {recall:.3} < {}",
        HELD_OUT_123_FLOOR.1
    );
}

/// Floors for the hundred-and-twenty-third held-out corpus, just under the score measured when it was
/// added, unseen: 0.953 / 0.984 (148 reported, 141 correct; 127 to flag, 125 flagged).
/// Studied in the eleventh session, once the hundred-and-twenty-sixth and twenty-seventh were
/// being written (a match's top scorer with his tallies after 'avec', the other part of a set just counted with its noun left out): 0.972 / 0.984.
const HELD_OUT_123_FLOOR: (f64, f64) = (0.97, 0.98);

/// The hundred-and-twenty-fourth held-out corpus (tests/fixtures/figures-holdout124), written on 8
/// December (the eleventh session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a cheesemonger's raclette season, a covered market, a regatta, a fake charity collection in court, a sawmill's kiln, black ice on the roads), an agency wire (an elevator maker's orders, the forint and zloty, Arabica and raw sugar, a drone strike on Odesa's port, Bulgarian inflation, talks on a Russian LNG price cap), a wiki-news site (a medieval shipwreck in a river, a mountain railway reopening, the Lalbenque truffle market, a vote on a secondary school, the Taurid fireballs, a dock strike at an English port). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// hundred-and-twenty-second studied); studied in the eleventh session once the hundred-and-twenty-sixth and
/// twenty-seventh had been measured.
#[test]
fn precision_and_recall_held_out_124() {
    let articles = corpus_in("figures-holdout124");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the hundred-and-twenty-fourth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_124_FLOOR.0,
        "held-out 124 precision {precision:.3} < {}",
        HELD_OUT_124_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_124_FLOOR.1,
        "held-out 124 recall {recall:.3} < {}",
        HELD_OUT_124_FLOOR.1
    );
}

/// Floors for the hundred-and-twenty-fourth held-out corpus, just under the score measured when it was
/// added, unseen: 0.926 / 0.906 (148 reported, 137 correct; 127 to flag, 115 flagged).
/// Studied in the eleventh session, once the hundred-and-twenty-sixth and twenty-seventh had
/// been measured (a bullet credited to a forecaster, an impersonal 'on a relevé'): 0.932 / 0.913.
const HELD_OUT_124_FLOOR: (f64, f64) = (0.93, 0.91);

/// The hundred-and-twenty-fifth held-out corpus (tests/fixtures/figures-holdout125), written on 8
/// December (the eleventh session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a fishmonger's Christmas prices, a maternity ward closing, a table tennis club, a hunting accident in court, a dairy plant's expansion, drought restrictions lifted), an agency wire (a copper miner's quarter, the leu and Turkish bonds, cocoa and coffee, a counter-attack near Kupiansk, Lithuanian GDP, OSCE monitors' ceasefire report), a wiki-news site (a Carolingian chapel, a river shuttle, the Normandy cider apple harvest, a wind-turbine vote, a solar storm that disrupted GPS, a firefighters' strike in Scotland). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// hundred-and-twenty-second studied); studied in the eleventh session once the hundred-and-twenty-sixth and
/// twenty-seventh had been measured.
#[test]
fn precision_and_recall_held_out_125() {
    let articles = corpus_in("figures-holdout125");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the hundred-and-twenty-fifth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_125_FLOOR.0,
        "held-out 125 precision {precision:.3} < {}",
        HELD_OUT_125_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_125_FLOOR.1,
        "held-out 125 recall {recall:.3} < {}",
        HELD_OUT_125_FLOOR.1
    );
}

/// Floors for the hundred-and-twenty-fifth held-out corpus, just under the score measured when it was
/// added, unseen: 0.916 / 0.962 (167 reported, 153 correct; 132 to flag, 127 flagged).
/// Studied in the eleventh session, once the hundred-and-twenty-sixth and twenty-seventh had
/// been measured (a block's title in capitals naming the report its figures come from, an organisation's participating states): 0.950 / 0.962.
const HELD_OUT_125_FLOOR: (f64, f64) = (0.94, 0.96);

/// The hundred-and-twenty-sixth held-out corpus (tests/fixtures/figures-holdout126), written on 8
/// December (the eleventh session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a chocolatier's Christmas orders, a school canteen, a volleyball promotion, a bogus roofing firm in court, a cooperage's export orders, a storm surge in the Vendée), an agency wire (a fertiliser maker's quarter, the Swedish crown and Danish bonds, wheat and corn, a glide-bomb attack on Kharkiv, Slovenian output, EU talks on frozen Russian assets), a wiki-news site (a Neolithic dugout canoe, a tram-train line, Corsican chestnut flour, a sports hall vote, the Orionid meteor shower, a bus drivers' strike in Yorkshire). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// hundred-and-twenty-third studied); left unstudied: the honest estimate; never tune against it.
#[test]
fn precision_and_recall_held_out_126() {
    let articles = corpus_in("figures-holdout126");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the hundred-and-twenty-sixth held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_126_FLOOR.0,
        "held-out 126 precision {precision:.3} < {}",
        HELD_OUT_126_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_126_FLOOR.1,
        "held-out 126 recall {recall:.3} < {}",
        HELD_OUT_126_FLOOR.1
    );
}

/// Floors for the hundred-and-twenty-sixth held-out corpus, just under the score measured when it was
/// added, unseen: 0.961 / 0.919 (152 reported, 146 correct; 136 to flag, 125 flagged).
/// Left unstudied: the honest estimate.
const HELD_OUT_126_FLOOR: (f64, f64) = (0.96, 0.91);

/// The hundred-and-twenty-seventh held-out corpus (tests/fixtures/figures-holdout127), written on 8
/// December (the eleventh session) by a helper who read only the guideline, the notation and
/// the domain notes, never the code, the tests, the other corpora or git, with a second pass
/// on its own labels; copy as three kinds of outlet print it: a regional daily (a market gardener's winter vegetables, a cinema's projector, a rugby league club, a speed-camera vandal in court, a tannery's job cuts, a Corsican wildfire), an agency wire (a telecom equipment maker's orders, the Czech crown and Hungarian bonds, gas and power prices, a drone attack on a Russian airfield, Estonian inflation, G7 talks on a diesel price cap), a wiki-news site (a Roman villa's baths, a cable ferry, the Marennes oyster season, a bypass referendum, auroras over Scotland, a lecturers' strike in Wales). Measured once,
/// unseen, after every rule drawn from the corpora before it (the fifty-fifth to the
/// hundred-and-twenty-third studied); left unstudied: the honest estimate; never tune against it.
#[test]
fn precision_and_recall_held_out_127() {
    let articles = corpus_in("figures-holdout127");
    assert!(articles.len() >= 18, "{} held-out articles", articles.len());
    let (precision, recall) = score("the hundred-and-twenty-seventh held-out corpus", &articles);
    assert!(
        precision >= HELD_OUT_127_FLOOR.0,
        "held-out 127 precision {precision:.3} < {}",
        HELD_OUT_127_FLOOR.0
    );
    assert!(
        recall >= HELD_OUT_127_FLOOR.1,
        "held-out 127 recall {recall:.3} < {}",
        HELD_OUT_127_FLOOR.1
    );
}

/// Floors for the hundred-and-twenty-seventh held-out corpus, just under the score measured when it was
/// added, unseen: 0.939 / 0.927 (131 reported, 123 correct; 124 to flag, 115 flagged).
/// Left unstudied: the honest estimate.
const HELD_OUT_127_FLOOR: (f64, f64) = (0.93, 0.92);

/// Where the real-copy development set is rebuilt (see tests/fixtures/figures-real/README.md):
/// `$VIGIE_FIGURES_REAL`, or `target/figures-real/` at the workspace root. Its text comes from
/// public treebanks and is not in git, so it may be absent.
fn real_copy_dir() -> PathBuf {
    match std::env::var_os("VIGIE_FIGURES_REAL") {
        Some(d) if !d.is_empty() => PathBuf::from(d),
        _ => PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../target/figures-real"),
    }
}

/// The real-copy development set: published French (GSD) and English (GUM, Wikinews) copy
/// labelled by hand with tests/fixtures/figures-real/GUIDELINE.md. Tuned against, like
/// `figures` and `figures-dev`; its floors guard what was reached. Skipped, with one line
/// saying how to rebuild it, when the folder is absent (CI cannot fetch the treebanks).
#[test]
fn precision_and_recall_real_copy() {
    let dir = real_copy_dir();
    if !dir.is_dir() {
        println!(
            "real-copy set skipped: {} is absent; rebuild it with `python3 tests/fixtures/figures-real/rebuild.py --gsd <UD_French-GSD> --gum <UD_English-GUM>` (or set VIGIE_FIGURES_REAL)",
            dir.display()
        );
        return;
    }
    let articles = articles_in(&dir, |n| n.ends_with(".fr.md") || n.ends_with(".en.md"));
    assert!(
        articles.len() >= 38,
        "{} real-copy files in {}",
        articles.len(),
        dir.display()
    );
    let (fr, en): (Vec<Article>, Vec<Article>) = articles.into_iter().partition(|a| a.name.ends_with(".fr.md"));
    let floors = [
        ("real copy, French", &fr, REAL_FLOOR_FR),
        ("real copy, English", &en, REAL_FLOOR_EN),
    ];
    let mut failures = Vec::new();
    for (title, set, floor) in floors {
        let (precision, recall) = score(title, set);
        if precision < floor.0 || recall < floor.1 {
            failures.push(format!("{title}: {precision:.3} / {recall:.3} < {floor:?}"));
        }
    }
    let all: Vec<Article> = fr.into_iter().chain(en).collect();
    let (precision, recall) = score_with("real copy, overall", &all, false);
    if precision < REAL_FLOOR.0 || recall < REAL_FLOOR.1 {
        failures.push(format!("overall: {precision:.3} / {recall:.3} < {REAL_FLOOR:?}"));
    }
    assert!(failures.is_empty(), "real-copy floors: {}", failures.join("; "));
}

/// Floors for the real-copy set (precision, recall), just under the scores reached
/// (French 0.957 / 0.955, English 0.974 / 0.947, overall 0.963 / 0.952 after the fourth
/// round of 6 December; 0.944 / 0.947 and 0.950 / 0.943 after the third round: clause
/// scope of verb phrases, agents that are means, casualty verbs, shares of one percent,
/// measure compounds, irregular plurals after a year-like number, sports "doubled the
/// lead", working days, no continued subject after a possessive, an interview announced by
/// its title, a quotation's incise that speaks, tenths of a second, races named by their
/// distance). Before it: 0.930 / 0.932, 0.901 / 0.816, 0.920 / 0.890. With the
/// labels adjudicated against the second annotator, the first round's rules scored 0.887 /
/// 0.899, 0.692 / 0.792 and 0.811 / 0.860 (before this set was worked on: 0.829 / 0.857,
/// 0.512 / 0.816, 0.683 / 0.842 on the first-pass labels).
const REAL_FLOOR_FR: (f64, f64) = (0.95, 0.95);
const REAL_FLOOR_EN: (f64, f64) = (0.97, 0.94);
const REAL_FLOOR: (f64, f64) = (0.96, 0.95);

#[test]
#[ignore = "prints every finding of the corpus, for review"]
fn dump_findings() {
    for a in corpus() {
        for f in unsourced(&a.text, &FigureOptions::default()) {
            println!("{}\t{:?}\t{}", a.name, f.sourcing, f.figure);
        }
    }
}
