//! Word classes as bits: one table lookup per token at tokenization answers every "is this
//! word in list X" question the detector and the attribution ask afterwards.

use super::lexicon::{attribution as cues, detect as lex};
use super::wordmap::WordMap;
use rustc_hash::FxHashMap as FastMap;
use std::sync::OnceLock;

pub(crate) const NUMWORD: u32 = 1 << 0;
pub(crate) const MULTIPLIER: u32 = 1 << 1;
pub(crate) const UNIT: u32 = 1 << 2;
pub(crate) const MONTH_FR: u32 = 1 << 3;
pub(crate) const MONTH_EN: u32 = 1 << 4;
pub(crate) const DURATION: u32 = 1 << 5;
pub(crate) const REFERENCE: u32 = 1 << 6;
pub(crate) const CAPITAL_STOP: u32 = 1 << 7;
pub(crate) const COUNTED: u32 = 1 << 8;
pub(crate) const APPROX: u32 = 1 << 9;
pub(crate) const ORDINAL: u32 = 1 << 10;
pub(crate) const STOP: u32 = 1 << 11;
pub(crate) const PREFIX_START: u32 = 1 << 12;
pub(crate) const IDIOM_START: u32 = 1 << 13;
pub(crate) const PHRASE_START: u32 = 1 << 14;
pub(crate) const VERB: u32 = 1 << 15;
pub(crate) const FR_PASSIVE: u32 = 1 << 16;
pub(crate) const EN_PASSIVE: u32 = 1 << 17;
/// A word that can start or make a figure: number words, approximate nouns, fractions,
/// multiples.
pub(crate) const FIGURE_WORD: u32 = 1 << 18;
pub(crate) const HEDGE: u32 = 1 << 19;
/// A word that may open a figure before a number word or a fraction: determiners,
/// "de moitié", "by half", "US$".
pub(crate) const FIG_LEAD: u32 = 1 << 20;
/// A word that makes a sentence speak of a result (see `detect/scores.rs`).
pub(crate) const SCORE_CUE: u32 = 1 << 21;
/// A word that may open one of the attribution's single-word cues (see
/// `attribution/per.rs`: "per", "from", "by", "in", a figure's noun, "guidance"…).
pub(crate) const PER_CUE: u32 = 1 << 22;

pub(crate) fn table() -> &'static WordMap<u32> {
    static T: OnceLock<WordMap<u32>> = OnceLock::new();
    T.get_or_init(|| WordMap::new(words()))
}

fn words() -> FastMap<String, u32> {
    {
        let mut m: FastMap<String, u32> = FastMap::default();
        let mut add = |w: &str, c: u32| *m.entry(w.to_owned()).or_default() |= c;
        for (w, _) in lex::NUMBER_WORDS {
            add(w, NUMWORD);
        }
        let lists: &[(&[&str], u32)] = &[
            (lex::MULTIPLIERS, MULTIPLIER),
            (lex::UNITS, UNIT),
            (lex::MONTHS, MONTH_FR),
            (lex::MONTHS_EN, MONTH_EN),
            (lex::DURATIONS, DURATION),
            (lex::REFERENCES, REFERENCE),
            (lex::CAPITAL_STOP, CAPITAL_STOP),
            (lex::COUNTED, COUNTED),
            (lex::APPROX_NOUNS, APPROX),
            (lex::ORDINAL_SUFFIXES, ORDINAL),
            (lex::STOPWORDS, STOP),
            (lex::SCORE_CUES, SCORE_CUE),
        ];
        for (list, c) in lists {
            for w in *list {
                add(w, *c);
            }
        }
        for p in lex::APPROX_PREFIXES {
            add(p.split(' ').next().unwrap_or(p), PREFIX_START);
        }
        for i in lex::IDIOMS {
            add(i[0], IDIOM_START);
        }
        for w in lex::FRACTIONS_FR.iter().chain(lex::FRACTIONS_EN) {
            add(w, FIGURE_WORD);
        }
        for w in lex::MULTIPLE_WORDS {
            add(w, FIGURE_WORD);
        }
        for stem in lex::MULTIPLY_FR_STEMS {
            for end in lex::MULTIPLY_FR_ENDINGS {
                add(&format!("{stem}{end}"), FIGURE_WORD);
            }
        }
        for w in lex::MULTIPLY_EN_PAST {
            add(w, FIGURE_WORD);
        }
        for (w, _) in lex::NUMBER_WORDS {
            add(w, FIGURE_WORD);
        }
        for w in lex::APPROX_NOUNS {
            add(w, FIGURE_WORD);
        }
        for w in lex::FIGURE_LEADS {
            add(w, FIG_LEAD);
        }
        for w in cues::EN_HEDGES {
            add(w, HEDGE);
        }
        for w in cues::PER_CUES.iter().chain(cues::FIGURE_NOUNS_EN) {
            add(w, PER_CUE);
        }
        for (w, c) in cues::class_words() {
            add(&w, c);
        }
        m
    }
}

/// The classes of a lower-case token.
pub(crate) fn classify(lower: &str) -> u32 {
    classify_in(table(), lower)
}

/// [`classify`] with the table at hand: the tokenizer fetches it once per sentence, and
/// the lookup, free of the table's lazy initialisation, needs no saved registers.
#[inline(never)]
pub(crate) fn classify_in(table: &WordMap<u32>, lower: &str) -> u32 {
    match table.get(lower) {
        Some(c) => c,
        // "threefold", "tenfold"
        None if lower.len() > 4 && lower.ends_with("fold") => FIGURE_WORD,
        None => 0,
    }
}
