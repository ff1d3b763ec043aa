//! A quotation followed by an incise that names its speaker: `« … », lance la ministre`,
//! `"…," said Smith`; not a quoted term (« à sens unique »).

use super::verbs::Verdict;
use crate::figures::classes as cl;
use crate::figures::lexicon::attribution as cues;
use crate::figures::tokens::{Kind, Tok};

/// A quotation followed by an incise names its speaker: `« … », lance la ministre`,
/// `"…," said Smith`.
pub(super) fn attributes(toks: &[Tok<'_>]) -> bool {
    introduced_by_a_name(toks) || followed_by_incise(toks)
}

/// A quotation after a colon that ends a clause naming its speaker: "Volodymyr Zelensky a
/// remercié les Européens, avant de durcir le ton : « Chaque mois de retard nous coûte des
/// milliers de vies. »". The clause holds a name (two capitalised words, then a word in
/// lower case: its verb) and at least four words, so that a label ("Guerre en Ukraine :
/// « … »") is not read as a speaker.
fn introduced_by_a_name(toks: &[Tok<'_>]) -> bool {
    let Some(colon) = toks
        .windows(2)
        .position(|w| w[0].is_sym(':') && matches!(w[1].kind, Kind::Sym('«' | '“' | '"')))
    else {
        return false;
    };
    let clause = &toks[..colon];
    let words = clause.iter().filter(|t| t.is_word()).count();
    let quoted = toks[colon + 2..]
        .iter()
        .take_while(|t| !matches!(t.kind, Kind::Sym('»' | '”' | '"')))
        .filter(|t| t.is_word())
        .count();
    let named = clause.windows(3).any(|w| {
        w[0].is_word()
            && w[0].is_capitalized()
            && w[1].is_word()
            && w[1].is_capitalized()
            && w[2].is_word()
            && !w[2].is_capitalized()
            && !cues::DETERMINERS_FR.contains(&w[0].lower.as_ref())
            && !cues::DETERMINERS_EN.contains(&w[0].lower.as_ref())
    });
    // Or the speaker's name alone before the colon, as a headline gives it: "Anne Perrin :
    // « Un bénéficiaire sur trois a un emploi »" (two or three capitalised words).
    let name_alone = (2..=3).contains(&clause.len())
        && clause.iter().all(|t| t.is_word() && t.is_capitalized())
        && !cues::DETERMINERS_FR.contains(&clause[0].lower.as_ref())
        && !cues::DETERMINERS_EN.contains(&clause[0].lower.as_ref());
    quoted >= 4 && ((words >= 4 && named) || name_alone)
}

/// A quotation inside a sentence whose subject names a person before it: "Le directeur du
/// tournoi, Éric Castan, vise la catégorie supérieure « avec un budget de 900 000 euros
/// d'ici deux ans »". The quotation (four words or more) is that person's words, whatever
/// the verb; what the sentence says outside it is not covered. The range of the quotation.
pub(super) fn named_subject_quote(toks: &[Tok<'_>]) -> Option<std::ops::Range<usize>> {
    let (open, close) = first_quotation(toks)?;
    let close = close?;
    let words = toks[open + 1..close].iter().filter(|t| t.is_word()).count();
    // A person's name in the subject: two capitalised words, the first not a determiner,
    // set between commas or before the verb ("Le directeur, Éric Castan, vise…").
    let named = toks[..open].windows(3).any(|w| {
        w[0].is_word()
            && w[0].is_capitalized()
            && w[1].is_word()
            && w[1].is_capitalized()
            // (Or a party's label in brackets after it: "Philippe Garnier (divers droite)".)
            && (w[2].is_sym(',') || w[2].is_sym('(') || (w[2].is_word() && !w[2].is_capitalized()))
            && !cues::DETERMINERS_FR.contains(&w[0].lower.as_ref())
            && !cues::DETERMINERS_EN.contains(&w[0].lower.as_ref())
    });
    // The subject opens the sentence: no verb of its own inside a subordinate clause.
    let first_is_subject = toks.first().is_some_and(|t| t.is_word());
    (open > 2 && words >= 4 && named && first_is_subject).then(|| toks[open].start..toks[close].end)
}

/// A quotation after a colon, the sentence's subject a pronoun or a person by a definite
/// noun phrase, the speaker the paragraph named: "Le technicien rappelle aussi le contexte :
/// « Avec 900 000 euros de budget, nous jouons contre des clubs qui ont deux fois plus. »"
/// The range of the quotation (four words or more).
pub(super) fn colon_quote(toks: &[Tok<'_>]) -> Option<std::ops::Range<usize>> {
    // (The quotation after the colon, past a quoted word before it: "a plaidé la bonne foi
    // d'un entrepreneur « débordé » : « Mon client a payé… »".)
    let after_colon = toks
        .iter()
        .enumerate()
        .position(|(k, t)| matches!(t.kind, Kind::Sym('«' | '“')) && k >= 3 && toks[k - 1].is_sym(':'))?;
    let (open, close) =
        first_quotation(&toks[after_colon..]).map(|(o, c)| (o + after_colon, c.map(|c| c + after_colon)))?;
    // (It may close in a later sentence: to this one's end; it may open on the sentence's
    // last token, "Il a dit : «".)
    let close = close.unwrap_or(toks.len() - 1).max(open + 1);
    let words = toks[open + 1..close].iter().filter(|t| t.is_word()).count();
    let first = toks[0].lower.as_ref();
    let pronoun = matches!(first, "il" | "elle" | "ils" | "elles" | "he" | "she" | "they");
    // (A person by a definite article and a noun in lower case: not a thing named, "Le
    // Bilan", nor a place.)
    // (Or by a possessive: "Son avocate, Me Sophie Ardant, a plaidé…".)
    let person = matches!(first, "le" | "la" | "l'" | "the" | "son" | "sa" | "his" | "her" | "their")
        && toks
            .get(1)
            .is_some_and(|t| t.is_word() && !t.is_capitalized() && !cues::DOC_NOUNS.contains(&t.lower.as_ref()))
        && toks[2..open - 1].iter().any(|t| t.is_word())
        // (Which speaks: not "Le bilan est lourd :".)
        && !toks[2..open - 1].iter().any(|t| cues::BE_FORMS.contains(&t.lower.as_ref()));
    ((pronoun || person) && words >= 4).then(|| toks[open].start..toks[close].end)
}

/// The first quotation opened in the sentence: its opening mark, and its closing mark if
/// the sentence holds it.
fn first_quotation(toks: &[Tok<'_>]) -> Option<(usize, Option<usize>)> {
    let open = toks.iter().position(|t| matches!(t.kind, Kind::Sym('«' | '“')))?;
    let close = toks[open + 1..]
        .iter()
        .position(|t| matches!(t.kind, Kind::Sym('»' | '”')))
        .map(|p| open + 1 + p);
    Some((open, close))
}

/// A quotation followed by an incise that names its speaker.
fn followed_by_incise(toks: &[Tok<'_>]) -> bool {
    followed_by_incise_from(toks, false)
}

/// The sentence at `toks` starts inside a quotation opened by an earlier sentence and
/// closes it before an incise that names its speaker: "… Aujourd'hui, un habitant sur quatre
/// n'a plus de médecin », a rappelé Gérard Poncet". The whole quotation is the speaker's.
pub(crate) fn closes_with_incise(toks: &[Tok<'_>]) -> bool {
    followed_by_incise_from(toks, true)
}

fn followed_by_incise_from(toks: &[Tok<'_>], open: bool) -> bool {
    let mut opened = open;
    // (A quotation opened earlier has its words there: no quoted-term test at its close.)
    let mut words = if open { 4 } else { 0 };
    for (k, t) in toks.iter().enumerate() {
        match t.kind {
            Kind::Sym('«') | Kind::Sym('“') => {
                opened = true;
                words = 0;
            }
            Kind::Sym('"') if !opened => {
                opened = true;
                words = 0;
            }
            Kind::Word if opened => words += 1,
            // A quoted term (« à sens unique ») is not a quotation with a speaker.
            Kind::Sym('»') | Kind::Sym('”') | Kind::Sym('"') if opened && words < 4 => opened = false,
            Kind::Sym('»') | Kind::Sym('”') | Kind::Sym('"') if opened => {
                let comma_inside =
                    k > 0 && (toks[k - 1].is_sym(',') || toks[k - 1].is_sym('!') || toks[k - 1].is_sym('?'));
                let comma_after = toks.get(k + 1).is_some_and(|n| n.is_sym(','));
                // The incise speaks: a reporting verb or a source phrase within its first
                // three words ("lance la ministre", "Smith recalled", "a déclaré X"), not
                // the sentence going on ("« le roi du placement miracle », a récolté…").
                let from = k + if comma_after { 2 } else { 1 };
                let speaks = (from..toks.len().min(from + 3)).any(|j| {
                    toks[j].is_word()
                        && (super::phrases::attributes(toks, j).is_some()
                            // "», se souvient son ancien adjoint": a reflexive verb of speech.
                            || (matches!(toks[j].lower.as_ref(), "se" | "s'") && {
                                // "s'est félicité": the auxiliary comes between.
                                let aux = matches!(toks.get(j + 1).map(|t| t.lower.as_ref()), Some("est" | "sont"));
                                let v = if aux { j + 2 } else { j + 1 };
                                toks.get(v).is_some_and(|v| cues::REFLEXIVE_SPEECH_FR.contains(&v.lower.as_ref()))
                            })
                            || (toks[j].is(cl::VERB)
                                && matches!(super::verbs::verdict(toks, j), Verdict::Attributes | Verdict::Agent)))
                });
                if (comma_inside || comma_after) && speaks {
                    return true;
                }
                // A credit after the quotation: "» — Me Pauline Martin, avocate".
                let credit = toks.get(k + 1).is_some_and(|t| t.is_sym('—') || t.is_sym('–'))
                    && toks.get(k + 2).is_some_and(|t| t.is_word() && t.is_capitalized());
                if credit {
                    return true;
                }
                opened = false;
            }
            _ => {}
        }
    }
    false
}

/// Whether a sentence's tokens open with a quotation mark, and whether a quotation is
/// still open after them, given whether one was open before: « opens and » closes, ”
/// closes, " and “ open when none is open and close otherwise (“ also ends quotations in
/// careless copy).
pub(crate) fn state(toks: &[Tok<'_>], mut open: bool) -> (bool, bool) {
    // A block quote's marker ("> « … »") comes before the sentence.
    let opens = toks
        .iter()
        .find(|t| !t.is_sym('>'))
        .is_some_and(|t| matches!(t.kind, Kind::Sym('«' | '“')) || (t.is_sym('"') && !open));
    for t in toks {
        match t.kind {
            Kind::Sym('«') => open = true,
            Kind::Sym('»' | '”') => open = false,
            Kind::Sym('"' | '“') => open = !open,
            _ => {}
        }
    }
    (opens, open)
}

#[cfg(test)]
mod tests {
    use super::super::testing::{check, Expect::*};

    /// Sentence, then what its cues make of its figures.
    const CASES: &[(&str, super::super::testing::Expect)] = &[
        (
            "« Nous avons perdu 300 hommes en un mois », lance la ministre.",
            Attributed,
        ),
        ("\"We lost 300 men in a single month,\" Smith recalled.", Attributed),
        (
            "« Il connaissait les 210 marins du port », se souvient son ancien adjoint.",
            Attributed,
        ),
        (
            "« Sur les 9 millions d'euros versés, près d'un tiers n'aurait jamais dû l'être. » — Me Pauline Martin, avocate",
            Attributed,
        ),
        (
            "« Le prix payé à nos 5 800 adhérents a augmenté de 3 % », s'est félicité le directeur général.",
            Attributed,
        ),
        ("Un accord « à sens unique », avec 300 clauses.", Unsourced),
        ("\"It was a single month,\" she said, and 300 men.", Attributed),
        ("« Nous avons perdu 300 hommes », a déclaré le ministre.", Attributed),
        (
            "« Cent cinquante emplois seront créés », promet dans nos colonnes son directeur.",
            Attributed,
        ),
        ("Berlin promet deux nouveaux systèmes à Kiev.", Unsourced),
        // A quotation after a colon ending a clause that names its speaker; not after a
        // label.
        (
            "Volodymyr Zelensky a remercié les Européens, avant de durcir le ton : « Chaque mois de retard nous coûte des milliers de vies. »",
            Attributed,
        ),
        (
            "Guerre en Ukraine : « 40 000 soldats ont quitté le front en un an »",
            Unsourced,
        ),
        (
            "Le chiffre du jour : « plus de 300 plaintes déposées depuis lundi »",
            Unsourced,
        ),
        // A headline: the speaker's name alone, then the quotation.
        ("Anne Perrin : « Un bénéficiaire sur trois a un emploi »", Attributed),
        ("Le Monde : « Un bénéficiaire sur trois a un emploi »", Unsourced),
        // A quotation mark after a colon as the sentence's last token (the property test's
        // find): no panic, nothing quoted.
        ("Le technicien a compté 300 tracteurs : «", Unsourced),
        // A quoted nickname before the sentence goes on is no speech.
        (
            "Dupré, surnommé « le roi du placement miracle », a récolté 4 millions d'euros.",
            Unsourced,
        ),
    ];

    #[test]
    fn cases() {
        check(CASES);
    }

    /// Sentence, whether a quotation was open before it, then whether it opens with a
    /// quotation mark and whether a quotation is open after it.
    const STATES: &[(&str, bool, (bool, bool))] = &[
        ("\"We lost 300 men.", false, (true, true)),
        ("They were ours.\"", true, (false, false)),
        ("« Nous avons perdu 300 hommes », dit-il.", false, (true, false)),
        ("Il ajoute : « Et 40 chars.", false, (false, true)),
        ("Today is an affront to thousands.“", true, (false, false)),
        ("No quotation here.", false, (false, false)),
    ];

    /// A quotation inside a sentence whose subject names a person: the quotation only.
    #[test]
    fn quotations_of_a_named_subject() {
        let cases: &[(&str, Option<&str>)] = &[
            (
                "Le directeur du tournoi, Éric Castan, vise la catégorie supérieure « avec un budget de 900 000 euros d'ici deux ans ».",
                Some("« avec un budget de 900 000 euros d'ici deux ans »"),
            ),
            (
                "Le maire Jean Dupont a ouvert 300 places « pour tous les sans-abri du canton ».",
                Some("« pour tous les sans-abri du canton »"),
            ),
            (
                "Le maire, Philippe Garnier (divers droite), a défendu un équipement qui « rapportera 2,5 millions d'euros par an ».",
                Some("« rapportera 2,5 millions d'euros par an »"),
            ),
            // No name, or a quoted term.
            ("Le directeur vise « un budget de 900 000 euros d'ici deux ans ».", None),
            ("Jean Dupont a vu « Les 400 coups ».", None),
        ];
        for (s, expected) in cases {
            let toks = crate::figures::tokens::tokenize(s, 0..s.len());
            assert_eq!(super::named_subject_quote(&toks).map(|r| &s[r]), *expected, "{s}");
        }
    }

    #[test]
    fn states() {
        for (s, before, expected) in STATES {
            let toks = crate::figures::tokens::tokenize(s, 0..s.len());
            assert_eq!(super::state(&toks, *before), *expected, "{s}");
        }
    }
}
