//! Ratios and multiples: "quatre à cinq fois plus de soldats", "2,8 fois le PIB", "twice
//! as many", "a threefold rise", "le double de", "a plus que doublé", "devrait tripler",
//! "more than doubled", "is expected to triple"; not an adjective ("un diplomate doublé
//! d'un homme d'affaires", "a double standard").

use super::{FigureKind, Outcome, Scan, EMPTY};
use crate::figures::classes as cl;
use crate::figures::lexicon::attribution as cues;
use crate::figures::lexicon::detect as lex;

impl Scan<'_, '_> {
    /// "fois plus de", "times more", "times as many".
    pub(super) fn ratio_tail(&self, e: usize) -> Option<usize> {
        // (Or last year's level, a possessive: not "met Putin five times last year".)
        let last_level =
            self.lw(e + 1) == "last" && (self.is_sym(e + 3, '\'') || self.is_sym(e + 3, '’')) && self.lw(e + 4) == "s";
        if matches!(self.lw(e), "fois" | "times") && (lex::RATIO_HEADS.contains(&self.lw(e + 1)) || last_level) {
            let mut end = e + 2;
            if self.lw(e + 1) == "as" && lex::AS_ADJECTIVES.contains(&self.lw(end)) {
                end += 1;
            }
            // The level's words: "three times last year's level", "three times its size".
            if matches!(self.lw(e + 1), "last" | "its" | "their") {
                while end < e + 6
                    && (self.is_word(end) && !self.has(end, cl::STOP)
                        || self.is_sym(end, '\'')
                        || self.is_sym(end, '’'))
                {
                    end += 1;
                }
            }
            return Some(end);
        }
        None
    }

    /// Verbs of multiplication: "a doublé", "a plus que doublé", "devrait tripler",
    /// "doubled", "has more than tripled", "is expected to double".
    pub(super) fn multiply_verb(&self, j: usize) -> Option<Outcome> {
        let w = self.lw(j);
        let fr = lex::MULTIPLY_FR_STEMS.iter().any(|stem| {
            w.strip_prefix(stem)
                .is_some_and(|end| lex::MULTIPLY_FR_ENDINGS.contains(&end))
        });
        let en_past = lex::MULTIPLY_EN_PAST.contains(&w);
        let en_base = lex::MULTIPLES.contains(&w);
        if !(fr || en_past || en_base) {
            return None;
        }
        // "plus que doublé", "presque triplé", "more than doubled", "nearly tripled".
        let mut start = j;
        loop {
            let back = |n: usize| start.checked_sub(n).map_or(EMPTY, |q| self.lw(q));
            if (back(2) == "plus" && back(1) == "que") || (back(2) == "more" && back(1) == "than") {
                start -= 2;
            } else if lex::MULTIPLY_APPROX.contains(&back(1)) {
                start -= 1;
            } else {
                break;
            }
        }
        let prev = start.checked_sub(1).map_or(EMPTY, |q| self.lw(q));
        if fr {
            if lex::NOT_A_VERB_AFTER_FR.contains(&prev) {
                return None;
            }
            // A participle is a verb after avoir ("a doublé", "ont déjà triplé"), not an
            // adjective ("un diplomate doublé d'un homme d'affaires").
            let participle = w.ends_with('é') || w.ends_with("ée") || w.ends_with("és") || w.ends_with("ées");
            if participle {
                let mut q = start;
                let mut after_avoir = false;
                for _ in 0..3 {
                    let Some(r) = q.checked_sub(1) else { break };
                    q = r;
                    if cues::AVOIR.contains(&self.lw(q)) {
                        after_avoir = true;
                        break;
                    }
                    if !lex::VERB_ADVERBS_FR.contains(&self.lw(q)) {
                        break;
                    }
                }
                if !after_avoir {
                    return None;
                }
            }
        } else if en_past {
            if lex::ARTICLES_EN.contains(&prev) {
                return None;
            }
        } else if !lex::BEFORE_INFINITIVE_EN.contains(&prev) {
            return None;
        }
        // A score, not a quantity: "doubled the lead", "double la mise", "a doublé la
        // marque".
        let object = if matches!(
            self.lw(j + 1),
            "the" | "his" | "her" | "their" | "its" | "la" | "le" | "l'" | "sa" | "son"
        ) {
            j + 2
        } else {
            j + 1
        };
        if lex::SCORE_OBJECTS.contains(&self.lw(object)) {
            return None;
        }
        Some(Outcome::Figure {
            start,
            end: j + 1,
            kind: FigureKind::Ratio,
        })
    }

    /// "twice as many", "a threefold rise".
    pub(super) fn ratio_word(&self, j: usize) -> Option<Outcome> {
        let w = self.lw(j);
        if w == "twice" && lex::AFTER_TWICE.contains(&self.lw(j + 1)) {
            let mut e = j + 2;
            if lex::AS_ADJECTIVES.contains(&self.lw(e)) {
                e += 1;
            }
            return Some(Outcome::Figure {
                start: j,
                end: self.noun(e),
                kind: FigureKind::Ratio,
            });
        }
        let start = if w == "a" { j + 1 } else { j };
        let fw = self.lw(start);
        if fw.len() > 4 && fw.ends_with("fold") && lex::number_word(&fw[..fw.len() - 4]).is_some() {
            return Some(Outcome::Figure {
                start: j,
                end: self.noun(start + 1),
                kind: FigureKind::Ratio,
            });
        }
        None
    }
}

#[cfg(test)]
mod tests {
    use super::super::testing::check;

    /// Sentence, then the figures expected in it.
    const CASES: &[(&str, &[&str])] = &[
        (
            "Il y a quatre à cinq fois plus de soldats.",
            &["quatre à cinq fois plus de soldats"],
        ),
        ("Il y en a deux fois moins.", &["deux fois moins"]),
        ("Twice as many troops.", &["Twice as many troops"]),
        ("A threefold rise in attacks.", &["A threefold rise"]),
        ("Le budget a plus que doublé.", &["plus que doublé"]),
        ("Les livraisons ont presque triplé.", &["presque triplé"]),
        ("Le budget devrait plus que doubler d'ici 2029.", &["plus que doubler"]),
        ("Exports more than doubled last year.", &["more than doubled"]),
        ("Spending is expected to triple.", &["triple"]),
        ("Un diplomate doublé d'un homme d'affaires.", &[]),
        ("A doubled dose, a double standard, le double jeu.", &[]),
        ("Soit 2,8 fois le PIB.", &["2,8 fois le PIB"]),
        ("Le budget atteint le double de celui de 2020.", &["le double"]),
        // Sport: doubling a lead is scoring again.
        ("Ten minutes later, Okonkwo doubled the lead for the visitors.", &[]),
        ("Mbappé a doublé la mise à la 70e minute.", &[]),
    ];

    #[test]
    fn cases() {
        check(CASES);
    }
}
