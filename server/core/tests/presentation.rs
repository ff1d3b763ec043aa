//! What a journalist reads, as snapshots (expect-test; `UPDATE_EXPECT=1` rewrites them after
//! a deliberate change): the diagnostics of an article, its quick fixes, its symbols, the
//! workspace-symbol list and the corpus part of a hover card, in French and English.

use expect_test::{expect, Expect};
use vigie_core::analysis::analyze;
use vigie_core::corpus::search_entries;
use vigie_core::date::Date;
use vigie_core::figures::{placeholder, FigureOptions};
use vigie_core::hover::{card, HoverContext};
use vigie_core::lang::Lang;
use vigie_core::markers::{ignore_figure_edit, ignore_file_edit, DocKind};
use vigie_core::present::{counts_label, symbol_groups, CorpusFacts, QuickFix, RecentArticle};
use vigie_core::sentences::Sentence;
use vigie_core::{Dictionary, Lexicon};

fn lexicon() -> Lexicon {
    Lexicon::new(Dictionary::embedded().expect("shipped dictionaries load").0)
}

const FR: &str = "---\ndate: 2025-06-12\n---\n\
# Frappes sur Kharkiv\n\n\
Vladimir Poutine a reçu Dmitri Peskov au Kremlin. Plus de 40 drones ont visé Kharkiv dans la nuit.\n\n\
Selon l'armée de l'air ukrainienne, 35 drones ont été abattus. Moscou affirme que 12 000 soldats sont prêts.\n\n\
Environ 30 % des foyers de Kharkiv étaient privés d'électricité, a déclaré le maire.\n";

const EN: &str = "Vladimir Putin met NATO envoys in Moscow. More than 2,000 soldiers crossed the border.\n";

/// Each finding as `text of its range: message`, then where its fix inserts.
fn diagnostics(text: &str, lex: &Lexicon) -> String {
    let a = analyze(text, lex, &FigureOptions::default());
    a.figures
        .iter()
        .map(|f| {
            format!(
                "{:?} «{}» {}\n  fix at {:?}",
                f.range,
                &text[f.range.clone()],
                f.message(a.lang),
                &text[f.sentence.start..f.fix_insert_at]
                    .chars()
                    .rev()
                    .take(12)
                    .collect::<String>()
                    .chars()
                    .rev()
                    .collect::<String>()
            )
        })
        .collect::<Vec<_>>()
        .join("\n")
}

fn check(actual: String, expect: Expect) {
    expect.assert_eq(&actual);
}

#[test]
fn diagnostics_in_french_and_english() {
    let lex = lexicon();
    check(
        diagnostics(FR, &lex),
        expect![[r#"
        99..116 «Plus de 40 drones» Chiffre sans source : « Plus de 40 drones ». Indiquez d'où il vient (selon …, d'après …).
          fix at "dans la nuit""#]],
    );
    check(
        diagnostics(EN, &lex),
        expect![[r#"
        42..66 «More than 2,000 soldiers» Unsourced figure: “More than 2,000 soldiers”. Say where it comes from (according to …, … said).
          fix at "d the border""#]],
    );
}

/// The quick fixes of each finding: title, then the text inserted and where.
fn quick_fixes(text: &str, lex: &Lexicon, kind: DocKind) -> String {
    let a = analyze(text, lex, &FigureOptions::default());
    let mut out = Vec::new();
    for f in &a.figures {
        out.push(format!(
            "{} → insert {:?} at {}",
            QuickFix::AddSource.title(a.lang),
            placeholder(a.lang),
            f.fix_insert_at
        ));
        let ignore = ignore_figure_edit(
            &Sentence {
                range: f.sentence.clone(),
                paragraph: 0,
            },
            kind,
        );
        out.push(format!(
            "{} → insert {:?} at {}",
            QuickFix::IgnoreFigure { marker: &ignore.insert }.title(a.lang),
            ignore.insert,
            ignore.offset
        ));
    }
    let whole = ignore_file_edit(text, kind);
    out.push(format!(
        "{} → insert {:?} at {}",
        QuickFix::IgnoreFile { marker: &whole.insert }.title(a.lang),
        whole.insert,
        whole.offset
    ));
    out.join("\n")
}

#[test]
fn quick_fixes_in_french_and_english() {
    let lex = lexicon();
    check(
        quick_fixes(FR, &lex, DocKind::Markdown),
        expect![[r#"
        Indiquer la source : ajouter « selon [source] » → insert ", selon [source]" at 147
        Ignorer ce chiffre (<!-- vigie-ignore -->) → insert " <!-- vigie-ignore -->" at 148
        Ignorer les chiffres de tout le fichier (<!-- vigie-ignore-file -->) → insert "<!-- vigie-ignore-file -->\n" at 25"#]],
    );
    check(
        quick_fixes(EN, &lex, DocKind::PlainText),
        expect![[r#"
        Add the source: insert “according to [source]” → insert ", according to [source]" at 85
        Ignore this figure ([vigie-ignore]) → insert " [vigie-ignore]" at 86
        Ignore the figures of this whole file ([vigie-ignore-file]) → insert "[vigie-ignore-file]\n" at 0"#]],
    );
}

fn symbols(text: &str, lex: &Lexicon, lang: Lang) -> String {
    let mentions = lex.find(text);
    symbol_groups(&mentions, &lex.dict, lang)
        .iter()
        .map(|g| {
            let items: Vec<String> = g
                .entries
                .iter()
                .map(|e| {
                    format!(
                        "  {} ({}) first «{}»",
                        lex.dict.entries[e.entry].name,
                        e.detail(),
                        &text[e.first.clone()]
                    )
                })
                .collect();
            format!("{} [{}]\n{}", g.label, g.entries.len(), items.join("\n"))
        })
        .collect::<Vec<_>>()
        .join("\n")
}

#[test]
fn document_symbols_grouped_by_kind() {
    let lex = lexicon();
    check(
        symbols(FR, &lex, Lang::Fr),
        expect![[r#"
            Villes [2]
              Kharkiv (3 mentions) first «Kharkiv»
              Moscou (1 mention) first «Moscou»
            Personnalités [2]
              Vladimir Poutine (1 mention) first «Vladimir Poutine»
              Dmitri Peskov (1 mention) first «Dmitri Peskov»
            Bâtiments [1]
              Kremlin (1 mention) first «Kremlin»
            Forces armées [1]
              forces aériennes ukrainiennes (1 mention) first «armée de l'air ukrainienne»"#]],
    );
    check(
        symbols(EN, &lex, Lang::En),
        expect![[r#"
            People [1]
              Vladimir Poutine (1 mention) first «Vladimir Putin»
            Organisations [1]
              Organisation du traité de l'Atlantique Nord (1 mention) first «NATO»
            Cities [1]
              Moscou (1 mention) first «Moscow»"#]],
    );
}

#[test]
fn workspace_symbols_with_counts() {
    let lex = lexicon();
    let list = |query: &str, lang: Lang| {
        search_entries(&lex.dict, query, 5)
            .into_iter()
            .enumerate()
            .map(|(i, (e, q))| {
                let entry = &lex.dict.entries[e];
                // Counts as a corpus would give them: made up, distinct per row.
                format!(
                    "{} ({}) {q:?} — {}",
                    entry.name,
                    entry.id,
                    counts_label(i * 3, i * 7 + 1, lang)
                )
            })
            .collect::<Vec<_>>()
            .join("\n")
    };
    check(
        list("pout", Lang::Fr),
        expect![[r#"
            Poutyvl (poutyvl) Prefix — cité dans 0 article, 1 mention
            Vladimir Poutine (vladimir-poutine) Prefix — cité dans 3 articles, 8 mentions
            Sputnik (sputnik) Substring — cité dans 6 articles, 15 mentions
            Agence des États-Unis pour le développement international (usaid) Fuzzy — cité dans 9 articles, 22 mentions
            Armée populaire de libération (armee-populaire-de-liberation) Fuzzy — cité dans 12 articles, 29 mentions"#]],
    );
    check(
        list("kiev", Lang::En),
        expect![[r#"
            Kiev (kiev) Exact — in 0 article, 1 mention
            oblast de Kiev (oblast-de-kiev) Prefix — in 3 articles, 8 mentions
            Institut international de sociologie de Kiev (kiis) WordPrefix — in 6 articles, 15 mentions
            Kyiv School of Economics (kyiv-school-of-economics) WordPrefix — in 9 articles, 22 mentions
            Ienakiieve (ienakiieve) Substring — in 12 articles, 29 mentions"#]],
    );
}

#[test]
fn the_corpus_part_of_a_card() {
    let lex = lexicon();
    let entry = lex.dict.index_of("vladimir-poutine").expect("Poutine is shipped");
    let recent = vec![
        RecentArticle {
            title: "Le Kremlin répond à Washington",
            path: "/desk/2025/kremlin.md",
            link: Some("file:///desk/2025/kremlin.md".into()),
            date: Some(Date::parse_lenient("2025-06-10").unwrap()),
        },
        RecentArticle {
            title: "",
            path: "/desk/2025/sans-titre.md",
            link: None,
            date: None,
        },
    ];
    let facts = CorpusFacts {
        articles: 2,
        mentions: 5,
        recent,
    };
    for (lang, expect) in [
        (
            Lang::Fr,
            expect![[r#"
                *Cité dans 2 articles, 5 mentions.*

                Articles récents :

                - [Le Kremlin répond à Washington](file:///desk/2025/kremlin.md) (2025-06-10)
                - sans-titre.md"#]],
        ),
        (
            Lang::En,
            expect![[r#"
                *In 2 articles, 5 mentions.*

                Recent articles:

                - [Le Kremlin répond à Washington](file:///desk/2025/kremlin.md) (2025-06-10)
                - sans-titre.md"#]],
        ),
    ] {
        let ctx = HoverContext {
            date: Date::parse_lenient("2025-06-12").unwrap(),
            dated_article: true,
            lang,
            house_style: "default",
        };
        let full = card(&lex.dict, &[entry], &ctx, Some(&facts));
        // The counts (in the card's head) and the recent articles (at its end).
        let counts = full
            .lines()
            .find(|l| l.starts_with('*') && !l.starts_with("**"))
            .unwrap_or("");
        let recent = full.rsplit("\n---\n").next().unwrap_or("");
        let corpus_part = format!("{counts}\n{recent}");
        check(corpus_part, expect);
    }
    // No article: no corpus part.
    let ctx = HoverContext {
        date: Date::parse_lenient("2025-06-12").unwrap(),
        dated_article: true,
        lang: Lang::Fr,
        house_style: "default",
    };
    let none = card(&lex.dict, &[entry], &ctx, Some(&CorpusFacts::default()));
    assert_eq!(none, card(&lex.dict, &[entry], &ctx, None));
}

#[test]
fn what_vigie_check_says_at_the_end() {
    use vigie_core::present::{locale_lang, mentions_total, CheckSummary};
    let cases = [
        CheckSummary {
            articles: 12,
            figures: 3,
            roles: 2,
            decoded: 0,
            skipped: 1,
            style: 2,
            fixed: 0,
        },
        CheckSummary {
            articles: 1,
            figures: 0,
            roles: 1,
            decoded: 1,
            skipped: 0,
            style: 0,
            fixed: 1,
        },
        CheckSummary {
            articles: 0,
            figures: 0,
            roles: 0,
            decoded: 0,
            skipped: 2,
            style: 0,
            fixed: 0,
        },
    ];
    let lines: Vec<String> = [Lang::Fr, Lang::En]
        .into_iter()
        .flat_map(|lang| {
            cases.iter().map(move |c| c.line(lang)).chain([
                mentions_total(0, 0, "Pokrovsk", lang),
                mentions_total(2, 1, "Pokrovsk", lang),
            ])
        })
        .collect();
    check(
        lines.join("\n"),
        expect![[r#"
            12 articles vérifiés, 3 chiffres sans source, 2 titres hors date, 2 graphies à corriger, 1 fichier ignoré (pas en UTF-8)
            1 article vérifié (dont 1 lu en Windows-1252), 0 chiffre sans source, 1 titre hors date, 1 graphie corrigée
            0 article vérifié, 0 chiffre sans source, 2 fichiers ignorés (pas en UTF-8)
            0 mention de Pokrovsk dans 0 article
            2 mentions de Pokrovsk dans 1 article
            12 articles checked, 3 unsourced figures, 2 titles out of date, 2 house-style spellings, 1 file skipped (not UTF-8)
            1 article checked (1 read as Windows-1252), 0 unsourced figures, 1 title out of date, 1 spelling fixed
            0 articles checked, 0 unsourced figures, 2 files skipped (not UTF-8)
            0 mentions of Pokrovsk in 0 articles
            2 mentions of Pokrovsk in 1 article"#]],
    );
    assert_eq!(locale_lang(None, None, Some("fr_FR.UTF-8")), Lang::Fr);
    assert_eq!(locale_lang(Some("en_US.UTF-8"), None, Some("fr_FR.UTF-8")), Lang::En);
    assert_eq!(locale_lang(Some(""), Some("fr_CA"), Some("C")), Lang::Fr);
    assert_eq!(locale_lang(None, None, None), Lang::En);
}

/// House-style findings of an article with the shipped dictionaries: message, then the
/// quick fix's title and edit.
fn house_style(text: &str, lex: &Lexicon, style: &str) -> String {
    let a = analyze(text, lex, &FigureOptions::default());
    let found = vigie_core::house_style::check(text, &a.mentions, &lex.dict, style, a.lang);
    let mut out: Vec<String> = found
        .iter()
        .map(|f| {
            format!(
                "{:?} {}\n  {} → {:?} at {:?}",
                f.range,
                f.message(a.lang),
                QuickFix::HouseStyle {
                    preferred: &f.preferred
                }
                .title(a.lang),
                f.replacement,
                f.edit
            )
        })
        .collect();
    out.push(QuickFix::HouseStyleAll { count: found.len() }.title(a.lang));
    out.join("\n")
}

#[test]
fn house_style_in_french_and_english() {
    let lex = lexicon();
    check(
        house_style(
            "Volodymyr Zelenskyy a reçu à Kyiv l'envoyé de Vladimir Putin. Kharkov a été visée.\n",
            &lex,
            "default",
        ),
        expect![[r#"
            0..19 Graphie maison (default) : « Zelensky » plutôt que « Zelenskyy ».
              Écrire « Zelensky » (graphie maison) → "Zelensky" at 10..19
            31..35 Graphie maison (default) : « Kiev » plutôt que « Kyiv ».
              Écrire « Kiev » (graphie maison) → "Kiev" at 31..35
            49..63 Graphie maison (default) : « Poutine » plutôt que « Putin ».
              Écrire « Poutine » (graphie maison) → "Poutine" at 58..63
            65..72 Graphie maison (default) : « Kharkiv » plutôt que « Kharkov ».
              Écrire « Kharkiv » (graphie maison) → "Kharkiv" at 65..72
            Appliquer la graphie maison dans tout le fichier (4)"#]],
    );
    check(
        house_style(
            "Poutine met Zelensky in Kyiv on Monday, officials said.\n",
            &lex,
            "reuters",
        ),
        expect![[r#"
            0..7 House style (reuters): “Putin” rather than “Poutine”.
              Write “Putin” (house style) → "Putin" at 0..7
            12..20 House style (reuters): “Zelenskiy” rather than “Zelensky”.
              Write “Zelenskiy” (house style) → "Zelenskiy" at 12..20
            Apply the house style throughout the file (2)"#]],
    );
}
