//! The figure analysis never panics and every range it returns is valid: within the text
//! and on char boundaries, whatever the input.

use proptest::prelude::*;
use vigie_core::figures::{analyze, unsourced, FigureOptions, Sourcing};
use vigie_core::lang::Lang;
use vigie_core::markers;
use vigie_core::sentences;

fn check(text: &str) {
    for durations in [false, true] {
        let opts = FigureOptions {
            durations,
            ..FigureOptions::default()
        };
        for f in analyze(text, &opts) {
            for r in [&f.range, &f.sentence] {
                assert!(r.start <= r.end && r.end <= text.len(), "{r:?} out of {}", text.len());
                assert!(text.is_char_boundary(r.start) && text.is_char_boundary(r.end), "{r:?}");
            }
            assert!(f.sentence.start <= f.range.start && f.range.end <= f.sentence.end);
        }
        for f in unsourced(text, &opts) {
            assert!(f.sourcing.is_reported() && f.sourcing != Sourcing::Ignored);
            assert!(f.fix_insert_at <= text.len() && text.is_char_boundary(f.fix_insert_at));
            assert!(f.sentence.start <= f.fix_insert_at && f.fix_insert_at <= f.sentence.end);
            let _ = (f.message(Lang::Fr), f.message(Lang::En));
        }
    }
    for s in sentences::split(text) {
        assert!(s.range.start < s.range.end && s.range.end <= text.len());
        assert!(text.is_char_boundary(s.range.start) && text.is_char_boundary(s.range.end));
        let e = markers::ignore_figure_edit(&s, markers::DocKind::Markdown);
        assert!(text.is_char_boundary(e.offset));
    }
    let masked = vigie_core::markup::mask(text);
    assert_eq!(masked.len(), text.len());
    let e = markers::ignore_file_edit(text, markers::DocKind::Markdown);
    assert!(text.is_char_boundary(e.offset));
}

#[test]
fn adversarial_inputs() {
    let long_digits = "7".repeat(10_000);
    let grouped = "1 000 ".repeat(3_000);
    let cases: Vec<String> = vec![
        String::new(),
        "10^400".into(),
        format!("Il y a {long_digits} morts."),
        format!("Selon l'ONU, {grouped}."),
        "« Guillemets jamais fermés. Et encore « et « et".into(),
        "» » » ” ” \" \" \"".into(),
        "Pas de fin de phrase et 300 morts".into(),
        "\u{a0}\u{a0}\u{202f}\u{a0}".repeat(50),
        "Ligne 1\r\n\r\n300 morts.\r\nSuite 4 000.\r\n".into(),
        "\u{0}\u{1}\u{7f}\u{fffd}\u{feff}300\u{202f}000\u{0}".into(),
        "---\n---\n---".into(),
        "<!-- vigie-ignore".into(),
        "<!-- vigie-ignore -->".into(),
        "[vigie-ignore".into(),
        "```\n300".into(),
        "`300".into(),
        "https://".into(),
        "1.".into(),
        "1. ".into(),
        "1,".into(),
        "1,5,".into(),
        "€".into(),
        "€5".into(),
        "US$".into(),
        "près de".into(),
        "entre 4 000 et".into(),
        "de moitié".into(),
        "le double".into(),
        "deux Français sur".into(),
        "a-t-".into(),
        "# ".into(),
        "#".into(),
        "- ".into(),
        "24.02.".into(),
        "15 h".into(),
        "n° ".into(),
        "Il y a 1\u{202f}".into(),
        "🇺🇦 300 🇺🇦 000 ‰ ²".into(),
        "\u{202e}300\u{202d} morts".into(),
    ];
    for c in &cases {
        check(c);
    }
}

/// Strings drawn from the characters that matter to the analysis.
fn news_like() -> impl Strategy<Value = String> {
    let pieces = prop::sample::select(vec![
        "300",
        "1",
        "000",
        "2022",
        "4,5",
        "1.5",
        " ",
        "\u{a0}",
        "\u{202f}",
        "\n",
        "\r\n",
        "\n\n",
        ".",
        ",",
        "!",
        "?",
        "…",
        "«",
        "»",
        "“",
        "”",
        "\"",
        "'",
        "’",
        "-",
        ":",
        "%",
        "€",
        "$",
        "²",
        "(",
        ")",
        "[",
        "]",
        "#",
        "<!--",
        "-->",
        "vigie-ignore",
        "[vigie-ignore]",
        "```",
        "`",
        "https://x.org/2",
        "M.",
        "Mme",
        "selon",
        "a",
        "déclaré",
        "said",
        "atteindrait",
        "est",
        "estimé",
        "à",
        "de",
        "des",
        "milliers",
        "dizaines",
        "moitié",
        "tiers",
        "sur",
        "trois",
        "cents",
        "fois",
        "plus",
        "twice",
        "as",
        "many",
        "entre",
        "et",
        "près",
        "Il",
        "le",
        "mars",
        "h",
        "e",
        "F",
        "article",
        "n°",
        "ans",
        "Md$",
        "M€",
        "bn",
        "1.",
        "- ",
        "---",
        "date",
        "é",
        "🇺🇦",
    ]);
    prop::collection::vec(pieces, 0..60).prop_map(|v| v.concat())
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(512))]

    #[test]
    fn arbitrary_strings_never_panic(s in any::<String>()) {
        check(&s);
    }

    #[test]
    fn news_like_strings_never_panic(s in news_like()) {
        check(&s);
    }
}
