//! Data-driven matcher tests. Each case is a line of text in which `«…»` marks an expected
//! mention; `«…@id1,id2»` also names the entries it must resolve to (an ambiguous mention
//! lists them all). The test strips the marks, runs the matcher, writes the marks back where
//! it found mentions, and compares the two lines.

use vigie_core::{Dictionary, Lexicon};

const DICT: &str = r#"
[[entry]]
id = "vladimir-poutine"
name = "Vladimir Poutine"
kind = "person"
description = "Président russe."
aliases = ["Poutine", "Putin", "Vladimir Putin"]

[[entry]]
id = "vladimir"
name = "Vladimir"
kind = "city"
description = "Ville de Russie."

[[entry]]
id = "ukraine"
name = "Ukraine"
kind = "country"
description = "Pays."

[[entry]]
id = "allemagne"
name = "Allemagne"
kind = "country"
description = "Pays."
aliases = ["Germany"]

[[entry]]
id = "etats-unis"
name = "États-Unis"
kind = "country"
description = "Pays."
aliases = ["USA", "United States"]

[[entry]]
id = "opep-plus"
name = "OPEP+"
kind = "organisation"
description = "Cartel pétrolier élargi."
aliases = ["U.S. OPEC+", "OPEP +", "« Opep élargie »", "Opep. Plus."]

[[entry]]
id = "kiev"
name = "Kiev"
kind = "city"
description = "Capitale."
aliases = ["Kyiv", "Kyïv"]

[[entry]]
id = "cote-d-ivoire"
name = "Côte d'Ivoire"
kind = "country"
description = "Pays."

[[entry]]
id = "isw"
name = "Institute for the Study of War"
kind = "think-tank"
description = "Centre de recherche."
aliases = ["ISW", "Institut pour l'étude de la guerre", "Institut américain pour l'étude de la guerre"]

[[entry]]
id = "ue"
name = "Union européenne"
kind = "organisation"
description = "Union."
aliases = ["UE", "EU"]

[[entry]]
id = "afp"
name = "Agence France-Presse"
kind = "media"
description = "Agence."
aliases = ["AFP"]

[[entry]]
id = "iris"
name = "Institut de relations internationales et stratégiques"
kind = "think-tank"
description = "Centre de recherche."
aliases = ["IRIS", { form = "Iris", case = "exact" }]

[[entry]]
id = "nice"
name = "Nice"
kind = "city"
description = "Ville."
aliases = [{ form = "Nice", case = "exact" }]

[[entry]]
id = "otan"
name = "Organisation du traité de l'Atlantique nord"
kind = "organisation"
description = "Alliance."
aliases = ["OTAN", "NATO"]

[[entry]]
id = "g7"
name = "G7"
kind = "organisation"
description = "Groupe."

[[entry]]
id = "georgie"
name = "Géorgie"
kind = "country"
description = "Pays du Caucase."
aliases = [{ form = "Géorgie", ambiguous = true }, { form = "Georgia", ambiguous = true }]

[[entry]]
id = "georgie-us"
name = "État de Géorgie"
kind = "region"
description = "État américain."
aliases = [{ form = "Géorgie", ambiguous = true }, { form = "Georgia", ambiguous = true }]

[[entry]]
id = "elysee"
name = "palais de l'Élysée"
kind = "building"
description = "Présidence française."
aliases = [{ form = "Élysée", accents = "exact" }]
"#;

const CASES: &[(&str, &str)] = &[
    // Elision and apostrophes.
    (
        "elision",
        "l’«Ukraine», d'«Ukraine», qu’«Ukraine», L’«Allemagne», jusqu'à l'«Allemagne»",
    ),
    (
        "apostrophe styles",
        "la «Côte d’Ivoire» et la «Côte d'Ivoire» et la «Côte dʼIvoire»",
    ),
    ("possessive", "«Putin»'s war, «Germany»’s chancellor"),
    // Accents, hyphens, spaces.
    (
        "accents",
        "les «Etats-Unis», les «États-Unis», «Kyiv», «Kyïv», «Kyi\u{308}v»",
    ),
    ("hyphens", "les «États‑Unis» et les «États–Unis» et les «ETATS-UNIS»"),
    ("nbsp", "«Vladimir\u{A0}Poutine» et «Vladimir\u{202F}Poutine»"),
    (
        "wrapped line",
        "le président «Vladimir\n  Poutine» a parlé, puis «Vladimir\r\nPutin»",
    ),
    // Longest match.
    (
        "longest",
        "«Vladimir Poutine@vladimir-poutine» visite «Vladimir@vladimir»",
    ),
    (
        "long form",
        "selon l’«Institut américain pour l'étude de la guerre@isw» («ISW@isw»)",
    ),
    ("long form 2", "l’«Institut pour l’étude de la guerre»"),
    // Word boundaries.
    (
        "inside words",
        "les Ukrainiens, Kievan Rus, le poutinisme, Kiev2, NATOs, UEFA",
    ),
    (
        "punctuation",
        "(«Kiev»). «Kiev», «Kiev»! anti-«OTAN», «Kiev»-centric, «G7», G70",
    ),
    ("emoji", "😀«Kiev»🇺🇦 «Ukraine»😀"),
    // The case rule.
    (
        "lowercase heading",
        "les défis de l’«ukraine», trois ans après «poutine»",
    ),
    (
        "acronyms need capitals",
        "la «UE» et l'«OTAN» mais pas la ue, ni l'Otan, ni Afp, ni afp: «AFP»",
    ),
    (
        "common words",
        "à «Nice», pas dans la ville de nice ni NICE; «IRIS» et «Iris», pas un bouquet d'iris",
    ),
    ("accents exact", "à l’«Élysée», pas à l'Elysee"),
    // Ambiguity.
    (
        "ambiguous",
        "en «Géorgie@georgie,georgie-us», in «Georgia@georgie,georgie-us»",
    ),
    ("ambiguous loses to longer", "l’«État de Géorgie@georgie-us»"),
];

fn lexicon() -> Lexicon {
    let (dict, findings) = Dictionary::load(&[("test.toml", DICT)]).expect("test dictionary loads");
    assert!(findings.is_empty(), "{findings:?}");
    Lexicon::new(dict)
}

/// Strips `«…»` and `@ids` from a case; returns the plain text and whether ids are given.
fn strip(case: &str) -> (String, bool) {
    let mut plain = String::new();
    let mut with_ids = false;
    let mut in_ids = false;
    for c in case.chars() {
        match c {
            '«' => {}
            '»' => in_ids = false,
            '@' => {
                in_ids = true;
                with_ids = true;
            }
            _ if in_ids => {}
            _ => plain.push(c),
        }
    }
    (plain, with_ids)
}

fn annotate(lex: &Lexicon, text: &str, with_ids: bool) -> String {
    let mut out = String::new();
    let mut last = 0;
    for m in lex.find(text) {
        out.push_str(&text[last..m.range.start]);
        out.push('«');
        out.push_str(&text[m.range.clone()]);
        if with_ids {
            let ids: Vec<&str> = m.entries.iter().map(|&i| lex.dict.entries[i].id.as_str()).collect();
            out.push('@');
            out.push_str(&ids.join(","));
        }
        out.push('»');
        last = m.range.end;
    }
    out.push_str(&text[last..]);
    out
}

#[test]
fn matcher_cases() {
    let lex = lexicon();
    let mut failures = Vec::new();
    for (name, case) in CASES {
        let (plain, with_ids) = strip(case);
        let got = annotate(&lex, &plain, with_ids);
        if got != *case {
            failures.push(format!("{name}\n  expected: {case}\n  got:      {got}"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} case(s) failed:\n{}",
        failures.len(),
        failures.join("\n")
    );
}

#[test]
fn mention_at_agrees_with_a_full_scan() {
    let lex = lexicon();
    let text = "x ".repeat(3000) + "le président Vladimir Poutine à Kiev " + &"y ".repeat(3000);
    let full = lex.find(&text);
    assert_eq!(full.len(), 2);
    for m in &full {
        for offset in m.range.clone() {
            assert_eq!(lex.mention_at(&text, offset).as_ref(), Some(m), "offset {offset}");
        }
        assert_eq!(lex.mention_at(&text, m.range.end), None);
    }
    assert_eq!(lex.mention_at(&text, 0), None);
    assert_eq!(lex.mention_at(&text, text.len()), None);
    assert_eq!(lex.mention_at(&text, text.len() + 10), None);
}

/// Found by the matcher fuzzer (6 December): invisible characters longer than the window
/// between two words fold them into one, so a window that started among them saw a word
/// start that a scan of the whole text does not.
#[test]
fn mention_at_agrees_across_invisible_characters() {
    let lex = lexicon();
    for (sep, n) in [("\u{200B}", 400), ("\u{00AD}", 600), ("-", 1200), ("e", 1200)] {
        let text = format!("Vladimir Poutine{}Vladimir Poutine.", sep.repeat(n));
        let full = lex.find(&text);
        for m in &full {
            assert_eq!(lex.mention_at(&text, m.range.start).as_ref(), Some(m), "{sep:?}");
        }
        let last = text.rfind("Vladimir").unwrap();
        let covering = full.iter().find(|m| m.range.contains(&last));
        assert_eq!(lex.mention_at(&text, last).as_ref(), covering, "{sep:?}");
    }
}

mod engines {
    use proptest::prelude::*;
    use vigie_core::matcher::Engine;
    use vigie_core::{Dictionary, Matcher};

    fn pieces() -> Vec<&'static str> {
        vec![
            "Vladimir Poutine",
            "vladimir",
            "POUTINE",
            "Kyïv",
            "Kiev2",
            "l’Ukraine",
            "d'Allemagne",
            "États‑Unis",
            "UE",
            "ue",
            "Nice",
            "nice",
            "IRIS",
            "Iris",
            "Géorgie",
            "État de Géorgie",
            "G7",
            "G70",
            "Côte d’Ivoire",
            "l'Élysée",
            "Elysee",
            "Institut américain pour l'étude de la guerre",
            "ISW",
            "OTAN",
            "anti-OTAN",
            "OPEP+",
            "OPEP",
            "OPEP +",
            "+",
            ".",
            "«",
            "»",
            "« Opep élargie »",
            "Opep élargie",
            "Opep. Plus.",
            "Plus",
            "U.S. OPEC+",
            "U.S",
            "OPEC",
            " ",
            "  ",
            "\n",
            ", ",
            ". ",
            "😀",
            "(",
            ")",
            "-",
            "’",
            "a",
            "le",
            "x",
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 300, ..ProptestConfig::default() })]

        /// The word table finds exactly what the automaton finds.
        #[test]
        fn word_tables_agree_with_automata(parts in prop::collection::vec(prop::sample::select(pieces()), 0..40)) {
            let (dict, _) = Dictionary::load(&[("t.toml", super::DICT)]).unwrap();
            let text = parts.concat();
            let a = Matcher::with_engine(&dict, Engine::Automaton).find(&text);
            let w = Matcher::with_engine(&dict, Engine::WordTable).find(&text);
            prop_assert_eq!(a, w, "{:?}", text);
        }
    }

    #[test]
    fn both_engines_agree_on_the_sample_articles() {
        let dict = Dictionary::embedded().unwrap().0;
        let automaton = Matcher::with_engine(&dict, Engine::Automaton);
        let words = Matcher::with_engine(&dict, Engine::WordTable);
        let dir = concat!(env!("CARGO_MANIFEST_DIR"), "/../../examples");
        for entry in std::fs::read_dir(dir).unwrap() {
            let text = std::fs::read_to_string(entry.unwrap().path()).unwrap();
            let found = automaton.find(&text);
            assert!(!found.is_empty());
            assert_eq!(found, words.find(&text));
        }
    }
}
