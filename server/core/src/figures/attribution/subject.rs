//! The subject that opens a sentence: a pronoun ("Il a ajouté que…", "They said…"; not the
//! impersonal "Il y a", "Il faut") or a source noun ("Le rapport compte aussi…") continues
//! the previous sentence's attribution; a document noun ("L'enquête montre…", "The report
//! found…") attributes on its own.

use super::Cues;
use crate::figures::lexicon::attribution as cues;
use crate::figures::tokens::Tok;

/// A document named as the subject ("Le sondage", "The report") is a source.
pub(super) fn is_document(c: &Cues, toks: &[Tok<'_>]) -> bool {
    let toks = after_label(toks);
    c.subject.as_deref().is_some_and(|n| cues::DOC_NOUNS.contains(&n))
        && !passive_after_subject(toks)
        && !receives_after_subject(toks)
        && !margin_after_subject(toks)
        && !is_after_subject(toks)
        && !modal_after_subject(toks)
        && !starts_after_subject(toks)
}

/// The document's verb tells when it started, not what it says: "L'enquête avait démarré en
/// janvier 2025, après le contrôle de deux automobilistes", "The review began after 300
/// complaints".
/// Or its course as work or as a thing, past an apposition: how long it lasted, whom it
/// took, where it lay ("L'enquête a duré trois ans et mobilisé une quinzaine d'agents",
/// "Le document, vieux de près de 1 200 ans, a dormi des décennies dans ce village de 812
/// habitants").
fn starts_after_subject(toks: &[Tok<'_>]) -> bool {
    // (Past an apposition between the first two commas, the comma within the subject's
    // first words.)
    let skip = toks
        .iter()
        .take(4)
        .position(|t| t.is_sym(','))
        .and_then(|a| toks[a + 1..].iter().position(|t| t.is_sym(',')).map(|b| a + 2 + b))
        .unwrap_or(0);
    let head = toks[..skip.min(toks.len())].iter().take_while(|t| !t.is_sym(','));
    head.chain(toks[skip.min(toks.len())..].iter())
        .filter(|t| t.is_word())
        .take(5)
        .any(|t| {
            matches!(
                t.lower.as_ref(),
                "démarré"
                    | "démarre"
                    | "commencé"
                    | "commence"
                    | "débuté"
                    | "débute"
                    | "started"
                    | "starts"
                    | "began"
                    | "begun"
                    | "begins"
                    | "duré"
                    | "dure"
                    | "durait"
                    | "lasted"
                    | "lasts"
                    | "mobilisé"
                    | "mobilise"
                    | "mobilisait"
                    | "mobilised"
                    | "mobilized"
                    | "dormi"
                    | "dort"
                    | "dormait"
                    | "lain"
            )
        })
}

/// The subject's verb is "être"/"be", maybe past an apposition between commas: "Le rapport
/// consacré à l'Ukraine, long de 212 pages, est le plus favorable": the document is
/// described, it does not speak.
/// The document's verb is a modal before an infinitive that does not report: "L'étude
/// scientifique du site doit durer cinq ans et coûter 1,2 million d'euros" (a study as
/// work to be done, not a text that speaks).
fn modal_after_subject(toks: &[Tok<'_>]) -> bool {
    toks.iter()
        .filter(|t| t.is_word())
        .take(7)
        .collect::<Vec<_>>()
        .windows(2)
        .any(|w| {
            matches!(
                w[0].lower.as_ref(),
                "doit" | "devra" | "devrait" | "va" | "must" | "will" | "should"
            ) && !w[1].is(crate::figures::classes::VERB)
        })
}

fn is_after_subject(toks: &[Tok<'_>]) -> bool {
    let Some(first) = toks.iter().position(|t| t.is_word()) else {
        return false;
    };
    // Past the subject's words and, after a comma, an apposition to the next comma.
    let mut k = first;
    let mut commas = 0;
    while k < toks.len() && k < first + 16 {
        let t = &toks[k];
        if t.is_sym(',') {
            commas += 1;
            if commas == 2 {
                k += 1;
                break;
            }
        } else if commas == 0 && t.is_word() && k > first + 1 && cues::BE_FORMS.contains(&t.lower.as_ref()) {
            break;
        } else if !t.is_word() && t.num().is_none() && !t.is_sym('\'') {
            return false;
        }
        k += 1;
    }
    toks.get(k)
        .is_some_and(|t| matches!(t.lower.as_ref(), "est" | "était" | "sera" | "is" | "was" | "will"))
        && toks.get(k + 1).is_some_and(|t| t.lower != "que")
}

/// The subject has a margin of error: "The survey of 1,850 likely voters has a margin of
/// error of 2.3 points", "Le sondage a une marge d'erreur de 3 points": how the document
/// was made (its sample, its margin), not what it found.
fn margin_after_subject(toks: &[Tok<'_>]) -> bool {
    let words: Vec<&str> = toks
        .iter()
        .filter(|t| t.is_word())
        .take(14)
        .map(|t| t.lower.as_ref())
        .collect();
    words.windows(4).any(|w| {
        matches!(w[0], "has" | "had" | "have" | "a" | "avait" | "comporte")
            && (w[1..].contains(&"margin") || w[1..].contains(&"marge"))
    })
}

/// The subject receives or costs what the sentence counts: "The study received €1.4m in
/// public funding", "L'enquête a coûté 2 millions": the document is funded, it does not
/// speak.
fn receives_after_subject(toks: &[Tok<'_>]) -> bool {
    toks.iter()
        .filter(|t| t.is_word())
        .take(8)
        .any(|t| cues::RECEIVING_VERBS.contains(&t.lower.as_ref()))
}

/// The subject is followed by a passive: "The survey was carried out by 2,900
/// volunteers", "L'enquête a été menée auprès de 1 000 personnes": the document is what
/// was done, not what speaks.
fn passive_after_subject(toks: &[Tok<'_>]) -> bool {
    // (Past an adjective: "Le rapport moral a été adopté par 112 voix contre 9".)
    let words: Vec<&str> = toks
        .iter()
        .filter(|t| t.is_word())
        .take(6)
        .map(|t| t.lower.as_ref())
        .collect();
    let passive = |w: &[&str]| {
        w[0] == "été"
            || matches!(w[0], "was" | "were" | "is" | "are" | "been")
                && (w[1].ends_with("ed")
                    || w[1].ends_with("en")
                    || w[1].ends_with("wn")
                    || matches!(
                        w[1],
                        "out" | "told" | "held" | "built" | "found" | "made" | "led" | "set" | "put"
                    ))
    };
    if words.windows(2).any(passive) {
        return true;
    }
    // Or right after an apposition between commas: "Le rapport moral du président, Michel
    // Pujo, qui entame son troisième mandat, a été adopté…".
    let window = &toks[..toks.len().min(24)];
    let (Some(first), Some(last)) = (
        window.iter().position(|t| t.is_sym(',')),
        window.iter().rposition(|t| t.is_sym(',')),
    ) else {
        return false;
    };
    let after: Vec<&str> = toks[last + 1..]
        .iter()
        .filter(|t| t.is_word())
        .take(3)
        .map(|t| t.lower.as_ref())
        .collect();
    first < last
        && first <= 8
        && after.len() >= 2
        && (matches!(after[0], "a" | "ont" | "avait" | "avaient") && after[1] == "été" || passive(&after[..2]))
}

/// The sentence past a label of one or two words before a colon ("Correction: our report
/// gave…", "Library: the council confirmed…"), where its subject starts.
fn after_label<'a, 't>(toks: &'a [Tok<'t>]) -> &'a [Tok<'t>] {
    match toks.iter().take(3).position(|t| t.is_sym(':')) {
        Some(colon) if colon > 0 && toks[..colon].iter().all(|t| t.is_word()) => &toks[colon + 1..],
        _ => toks,
    }
}

/// The pronoun subject does something rather than speak (guideline: a pronoun continues an
/// attribution as the subject of a reporting verb): "Elle a organisé deux séances sur
/// place" after a quotation is a new assertion. It speaks when the sentence holds a verb of
/// the reporting lists, a quotation or "que"/"that"; it restates the figure with "être" or
/// "be" ("Ils étaient 8 100"). `second_at` is where the word after the pronoun stands.
fn acts(toks: &[Tok<'_>], second_at: usize) -> bool {
    let second = toks.get(second_at).map_or("", |t| t.lower.as_ref());
    const BE: &[&str] = &[
        "est", "sont", "était", "étaient", "sera", "seront", "serait", "seraient", "is", "are", "was", "were", "be",
    ];
    let speaks_at = |k: usize| {
        let t = &toks[k];
        // A verb of the lists that reports here ("Il a rappelé 23 professeurs retraités"
        // brings them back).
        (t.is(crate::figures::classes::VERB) && super::verbs::verdict(toks, k) != super::verbs::Verdict::Nothing)
            || super::phrases::attributes(toks, k).is_some()
            || matches!(t.lower.as_ref(), "que" | "qu'" | "that")
            // A quotation speaks; a quoted term (« prêts ») does not.
            || ((t.is_sym('«') || t.is_sym('"') || t.is_sym('“'))
                && toks[k + 1..]
                    .iter()
                    .take_while(|q| !(q.is_sym('»') || q.is_sym('"') || q.is_sym('”')))
                    .filter(|q| q.is_word())
                    .count()
                    >= 4)
    };
    let Some(first_speech) = (0..toks.len()).find(|&k| speaks_at(k)) else {
        // "Il a ajouté", "she added": an auxiliary first, then the verb (in the lists or not).
        return !BE.contains(&second) && toks.iter().any(|t| t.is_word());
    };
    // (It does first, then speaks in a verb joined by "et": "Elle vend ses spéciales 13,80
    // euros la douzaine et affirme écouler près de 400 bourriches" continues nothing; the
    // joined verb reports its own clause.)
    let joined = first_speech >= 2
        && (matches!(toks[first_speech - 1].lower.as_ref(), "et" | "and")
            || (matches!(toks[first_speech - 2].lower.as_ref(), "et" | "and")
                && cues::AUXILIARIES.contains(&toks[first_speech - 1].lower.as_ref())));
    let did = second_at + 1 < first_speech
        && toks.get(second_at).is_some_and(|t| t.is_word())
        && !cues::AUXILIARIES.contains(&second)
        && !BE.contains(&second);
    joined && did
}

/// Finds the subject at the start of the sentence, for continued attribution.
pub(super) fn read(toks: &[Tok<'_>], c: &mut Cues) {
    let toks = after_label(toks);
    // A short adverbial first ("L'an dernier, ils étaient 8 100", "Last year, they…"): the
    // pronoun after its comma is the subject.
    if let Some(comma) = toks.iter().take(5).position(|t| t.is_sym(',')) {
        let after = toks.get(comma + 1).map_or("", |t| t.lower.as_ref());
        let second = toks.get(comma + 2).map_or("", |t| t.lower.as_ref());
        if comma > 0
            && cues::PRONOUNS.contains(&after)
            && !(after == "il" && cues::IMPERSONAL_AFTER_IL.contains(&second))
        {
            c.continues = !acts(toks, comma + 2);
            return;
        }
    }
    let mut words = toks.iter().filter(|t| t.is_word());
    let Some(first) = words.next() else { return };
    let w = first.lower.as_ref();
    let second = words.next().map_or("", |t| t.lower.as_ref());
    // "Il était de 1,8 % en octobre": the figure just given, its earlier value (not the
    // impersonal "il était une fois", "il est difficile").
    let measure = matches!(second, "est" | "était" | "sera")
        && words.next().is_some_and(|t| matches!(t.lower.as_ref(), "de" | "d'"));
    // "Soit une hausse de 10,5 %": the figure just given, put another way.
    if w == "soit" {
        c.continues = true;
        return;
    }
    if cues::PRONOUNS.contains(&w) {
        let impersonal = w == "il" && cues::IMPERSONAL_AFTER_IL.contains(&second) && !measure;
        let second_at = toks
            .iter()
            .enumerate()
            .filter(|(_, t)| t.is_word())
            .nth(1)
            .map_or(toks.len(), |(k, _)| k);
        c.continues = !impersonal && !acts(toks, second_at);
        return;
    }
    // "C'est moins que l'an dernier", "This is a decrease from": the same figure goes on;
    // so does a comparison computed from it ("C'est deux fois plus qu'en 2021", "C'est 38 %
    // de plus"), as every annotator of the corpora written to the guideline reads it.
    if cues::DEMONSTRATIVES.contains(&w) && cues::BE_FORMS.contains(&second) {
        c.continues = true;
        return;
    }
    if (w == "ce" && matches!(second, "dernier")) || (w == "cette" && second == "dernière") {
        c.continues = true;
        return;
    }
    let determiner = cues::SUBJECT_DETERMINERS.contains(&w);
    // Past an adjective before the noun: "un précédent sondage du journal donnait 54 %".
    // (And English ones, up to two: "Its latest quarterly report breaks the total down".)
    let third = words.next().map_or("", |t| t.lower.as_ref());
    let fourth = words.next().map_or("", |t| t.lower.as_ref());
    let adjective_en = |w: &str| {
        matches!(
            w,
            "latest"
                | "new"
                | "annual"
                | "quarterly"
                | "monthly"
                | "weekly"
                | "final"
                | "preliminary"
                | "last"
                | "first"
                | "own"
        )
    };
    let second = if cues::PRENOMINAL_ADJECTIVES_FR.contains(&second) && !third.is_empty() && !measure {
        third
    } else if adjective_en(second) && adjective_en(third) && !fourth.is_empty() {
        fourth
    } else if adjective_en(second) && !third.is_empty() {
        third
    } else {
        second
    };
    // A document by an indefinite article speaks too, without going on from the sentence
    // before: "Un sondage Opinio-Sud donnait le « oui » à 52 %".
    // (Not with its sample in the subject, "A survey of 2,000 adults by … found", which
    // stays the newsroom's.)
    // And only a named one: "Un sondage Ifop", "a poll by Gallup", "un sondage réalisé par
    // l'institut Opinio-Sud" (not "Un autre sondage, réalisé fin septembre, place…").
    let named = || {
        let head: Vec<&Tok<'_>> = toks.iter().take(14).take_while(|t| !t.is_sym(',')).collect();
        let noun = head.iter().position(|t| t.lower == second);
        noun.is_some_and(|n| head.get(n + 1).is_some_and(|t| t.is_word() && t.is_capitalized()))
            || head.windows(4).any(|q| {
                matches!(q[0].lower.as_ref(), "par" | "by" | "for" | "pour")
                    && q[1..].iter().any(|t| t.is_word() && t.is_capitalized())
            })
    };
    // (Nor past its sample further on: "Une enquête menée par la Région au printemps auprès
    // de 4 200 familles indique que…".)
    let sample = || {
        toks.iter().take(18).collect::<Vec<_>>().windows(3).any(|w| {
            (w[0].lower == "auprès" && matches!(w[1].lower.as_ref(), "de" | "d'") && w[2].num().is_some())
                || (matches!(w[0].lower.as_ref(), "among" | "of") && w[1].num().is_some())
        })
    };
    if matches!(w, "un" | "une" | "a" | "an")
        && cues::DOC_NOUNS.contains(&second)
        && !toks.iter().take(6).any(|t| t.num().is_some())
        && named()
        && !sample()
    {
        c.subject = Some(second.to_owned());
        return;
    }
    if determiner && !second.is_empty() {
        c.subject = Some(second.to_owned());
        // A source named by its noun goes on speaking, unless it is funded or costed here
        // ("The study received €1.4m").
        // Nor when it is what was done ("L'enquête a été menée auprès de 1 010 personnes").
        // Nor when it has a margin of error: how it was made.
        if cues::SOURCE_NOUNS.contains(&second)
            && !receives_after_subject(toks)
            && !passive_after_subject(toks)
            && !margin_after_subject(toks)
            && !is_after_subject(toks)
            && !modal_after_subject(toks)
            && !starts_after_subject(toks)
        {
            c.continues = true;
        }
    }
}
#[cfg(test)]
mod tests {
    use super::super::testing::{check, cues_of, Expect::*};

    /// Sentence, then whether it can continue the previous sentence's attribution.
    const CONTINUES: &[(&str, bool)] = &[
        ("Il a ajouté que 300 soldats étaient morts.", true),
        ("L'an dernier, ils étaient 8 100.", true),
        ("En 2024, il y avait 300 morts.", false),
        ("Il y a 300 soldats.", false),
        ("Il faut 300 soldats de plus.", false),
        ("Il faudrait au moins 2 milliards de dollars.", false),
        ("Il était de 1,8 % en octobre.", true),
        ("Il était une fois 300 soldats.", false),
        ("Le rapport compte aussi 300 blessés.", true),
        ("Ce dernier compte 300 blessés.", true),
        ("They put the cost at $3bn.", true),
        ("Les soldats sont 300.", false),
        ("C'est moins que l'an dernier, quand elle atteignait 40 %.", true),
        ("This is a decrease from the year before, when it was 40 percent.", true),
        ("This plan costs $3bn.", false),
        ("The study recieved €1.4m in public funding.", false),
        ("L'enquête a été menée auprès de 1 010 personnes.", false),
        ("Le rapport moral a été adopté par 112 voix contre 9.", false),
        (
            "Le rapport moral du président, Michel Pujo, qui entame son troisième mandat, a été adopté par 112 voix contre 9.",
            false,
        ),
        ("The survey of 1,850 voters has a margin of error of 2.3 points.", false),
        ("Le rapport, long de 212 pages, est le plus favorable.", false),
        (
            "Elle s'était fait remettre trois chèques, présentés comme des « prêts ».",
            false,
        ),
        ("Elle a lancé : « Nous avons reçu trois chèques ».", true),
        ("Le rapport dans l'ordre s'élève à 48 320,40 euros.", false),
        (
            "Le document, vieux de près de 1 200 ans, a dormi des décennies dans ce village de 812 habitants.",
            false,
        ),
        ("C'est 22 % de moins qu'un an plus tôt.", true),
        ("Ce sont 300 soldats.", false),
        ("Soit une hausse de 10,5 %, loin d'un triplement.", true),
    ];

    #[test]
    fn continues() {
        for (s, expected) in CONTINUES {
            assert_eq!(cues_of(s).continues, *expected, "{s}");
        }
    }

    /// Sentence, then what its cues make of its figures: a document as subject.
    const CASES: &[(&str, super::super::testing::Expect)] = &[
        ("L'enquête recense 300 victimes.", Attributed),
        (
            "L'enquête avait démarré en janvier, après le contrôle de deux automobilistes.",
            Unsourced,
        ),
        // How long it lasted, whom it took, where it lay (past an apposition).
        (
            "L'enquête a duré trois ans et mobilisé une quinzaine d'agents des douanes.",
            Unsourced,
        ),
        (
            "Le document, vieux de près de 1 200 ans, a dormi des décennies dans ce village de 812 habitants.",
            Unsourced,
        ),
        ("Le rapport, publié mardi, recense 300 victimes.", Attributed),
        // By an indefinite article too; not when it is what was done.
        ("Un sondage Opinio-Sud donnait le « oui » à 52 %.", Attributed),
        ("Une enquête a été ouverte sur 300 plaintes.", Unsourced),
        ("A survey was carried out by 2,900 volunteers.", Unsourced),
        (
            "Un autre sondage, réalisé fin septembre, place l'AfD en tête dans quatre Länder.",
            Unsourced,
        ),
        (
            "Un sondage réalisé par l'institut Opinio-Sud donnait 52 % au oui.",
            Attributed,
        ),
        ("Les inventaires ont permis de recenser 11 espèces.", Attributed),
        (
            "Its latest quarterly report breaks the total down to 62,800 homes.",
            Attributed,
        ),
        // Past an adjective before the noun.
        ("Le précédent sondage donnait 54 % de partisans.", Attributed),
        ("The report found 300 violations.", Attributed),
        ("Le convoi compte 300 camions.", Unsourced),
        (
            "The survey was carried out by some 2,900 volunteers across 4,100 sites.",
            Unsourced,
        ),
        ("L'enquête a été menée auprès de 1 000 personnes.", Unsourced),
        // A document funded or costed does not speak.
        ("The study recieved €1.4m in public funding.", Unsourced),
        ("L'enquête a coûté 2 millions d'euros.", Unsourced),
        ("The study found 1.4m cases.", Attributed),
        // A study as work to be done.
        (
            "L'étude scientifique du site doit durer au moins cinq ans et coûter 1,2 million d'euros.",
            Unsourced,
        ),
        // A document described, not speaking.
        (
            "Le rapport consacré à l'Ukraine, long de 212 pages, est le plus favorable.",
            Unsourced,
        ),
        ("Le rapport est long de 212 pages.", Unsourced),
        // A poll's margin of error, its sample in the subject: how it was made.
        (
            "The survey of 1,850 likely voters has a margin of error of 2.3 percentage points.",
            Unsourced,
        ),
        ("Le sondage a une marge d'erreur de 3 points.", Unsourced),
        ("The court was told that the charity cut 40 jobs.", Passive),
        (
            "L'enquête avait été ouverte après la plainte de 300 épargnants.",
            Unsourced,
        ),
    ];

    #[test]
    fn cases() {
        check(CASES);
    }
}
