//! Short source phrases that are no verb and no fixed phrase of the lexicon:
//! - "per" before a source: "per the Pentagon", "per Reuters"; not before the unit of a rate
//!   ("per cent", "per day", "per barrel");
//! - "from", or a participle with its agent, in apposition to a figure's noun: "The correct
//!   figure, from the allotment society, is 240", "The correct figure, supplied by her
//!   label, is 14,500";
//! - "Pour" opening a sentence before whose view it gives: "Pour l'économiste Ilia Sorokine,
//!   ces primes coûtent…";
//! - "In a (name) survey…," or "Dans une étude…," opening a sentence, a brief's label before
//!   it allowed.

use crate::figures::classes as cl;
use crate::figures::lexicon::attribution as cues;
use crate::figures::tokens::Tok;

/// Word `i` is "per" and names a source.
#[inline(always)]
pub(super) fn attributes(toks: &[Tok<'_>], i: usize) -> bool {
    toks[i].lower == "per" && per_attributes(toks, i)
}

/// Word `i` is "from" between commas after a figure's noun, before its source: "The
/// correct figure, from the allotment society, is 240" (not "200 people, from the town,
/// came").
#[inline(always)]
pub(super) fn from_attributes(toks: &[Tok<'_>], i: usize) -> bool {
    toks[i].lower == "from"
        && i >= 2
        && toks[i - 1].is_sym(',')
        && cues::FIGURE_NOUNS_EN.contains(&toks[i - 2].lower.as_ref())
        && toks
            .get(i + 1)
            .is_some_and(|t| t.is_capitalized() || cues::PER_DETERMINERS.contains(&t.lower.as_ref()))
        && toks[i + 1..].iter().take(8).any(|t| t.is_sym(','))
}

/// Word `i` opens the sentence with "Pour" before someone whose view the sentence gives,
/// then a comma: a holder of views by their noun ("Pour l'économiste Ilia Sorokine,", "Pour
/// les experts,") or a person's name ("Pour Ilia Sorokine,"); not a time or a purpose
/// ("Pour 2026,", "Pour Noël,", "Pour la région,").
pub(super) fn pour_attributes(toks: &[Tok<'_>], i: usize) -> bool {
    if i != 0 || toks[0].lower != "pour" {
        return false;
    }
    let Some(comma) = toks.iter().take(12).position(|t| t.is_sym(',')) else {
        return false;
    };
    let mut k = 1;
    if toks
        .get(k)
        .is_some_and(|t| matches!(t.lower.as_ref(), "l'" | "le" | "la" | "les"))
    {
        k += 1;
    }
    let holder = toks
        .get(k)
        .is_some_and(|t| cues::VIEW_HOLDERS_FR.contains(&t.lower.as_ref()));
    let name = k == 1
        && comma >= 3
        && toks[1..comma]
            .iter()
            .all(|t| t.is_word() && t.is_capitalized() && t.num().is_none());
    k < comma && (holder || name)
}

/// Word `i` opens the sentence with "In a" or "Dans un(e)", maybe a name, and a document's
/// noun, which the sentence reports: "In a Gazette survey of 1,020 readers, 62% said…",
/// "Dans une étude publiée lundi, …".
pub(super) fn in_a_document(toks: &[Tok<'_>], i: usize) -> bool {
    if !matches!(toks[i].lower.as_ref(), "in" | "dans") {
        return false;
    }
    // At the start, or after a brief's label: "POLL — In a Gazette survey…".
    let labelled = (i == 2 || i == 3)
        && toks[..i - 1].iter().all(|t| t.is_word() && t.is_capitalized())
        && matches!(toks[i - 1].kind, crate::figures::tokens::Kind::Sym('—' | '–' | ':'));
    if i != 0 && !labelled {
        return false;
    }
    let toks = &toks[i..];
    if !toks.get(1).is_some_and(|t| {
        matches!(
            t.lower.as_ref(),
            "a" | "an" | "its" | "their" | "un" | "une" | "son" | "sa" | "leur"
        )
    }) {
        return false;
    }
    // Past a name or an adjective or two: "In a Gazette survey", "In their joint
    // statement", "In its latest quarterly report".
    let doc =
        |t: &Tok<'_>| cues::DOC_NOUNS.contains(&t.lower.as_ref()) || cues::DOC_NOUNS_EN.contains(&t.lower.as_ref());
    let Some(k) = (2..toks.len().min(6))
        .take_while(|&k| toks[k].is_word())
        .find(|&k| doc(&toks[k]))
    else {
        return false;
    };
    let adjectives = toks[2..k].iter().filter(|t| !t.is_capitalized()).count();
    adjectives <= 2 && toks[k..].iter().take(14).any(|t| t.is_sym(','))
}

/// Word `i` is a participle with its agent in apposition to a figure's noun: "The correct
/// figure, supplied by her label, is 14,500" (not "Norway supplied more than half").
/// Or a statistic that opens the sentence, published by its agent past a time: "Polish
/// core inflation, published on Wednesday by the central bank, eased to 3.1 pct".
pub(super) fn given_by(toks: &[Tok<'_>], i: usize) -> bool {
    let agent = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.is_capitalized()
                || cues::PER_DETERMINERS.contains(&t.lower.as_ref())
                || matches!(t.lower.as_ref(), "her" | "his" | "its" | "their")
        })
    };
    if i < 2 || !toks[i - 1].is_sym(',') {
        return false;
    }
    let figure = cues::FIGURE_NOUNS_EN.contains(&toks[i - 2].lower.as_ref())
        && toks[i].lower.ends_with("ed")
        && toks.get(i + 1).is_some_and(|t| t.lower == "by")
        && agent(i + 2);
    let published = i <= 5
        && matches!(toks[i].lower.as_ref(), "published" | "released")
        && toks[..i - 1].iter().all(|t| t.is_word())
        && (i + 1..toks.len().min(i + 5))
            .take_while(|&k| toks[k].is_word())
            .find(|&k| toks[k].lower == "by")
            .is_some_and(|k| agent(k + 1));
    figure || published
}

/// Word `i` is a figure's noun owned by a name or a body at the start of the sentence: "The
/// charity's figure is 1,200 tonnes", "Kyiv's estimate is higher".
pub(super) fn owned_figure(toks: &[Tok<'_>], i: usize) -> bool {
    // (Opening the sentence, or its clause after a semicolon: "An earlier version gave 1,400;
    // the union's figure is about 1,100".)
    // (Or a correction's clause after "to show": "(Corrects paragraph 2 to show analysts'
    // consensus … was 118 mln euros)".)
    let from = toks[..i]
        .iter()
        .rposition(|t| t.is_sym(';') || matches!(t.lower.as_ref(), "show" | "shows" | "showed"))
        .map_or(0, |p| p + 1);
    // (Or given by its agent: "the figure given by Eurocontrol was about 1,900".)
    let lw = |k: usize| toks.get(k).map_or("", |t| t.lower.as_ref());
    // A plural owner's: "analysts' consensus".
    let plural_owner = i == from + 2
        && (cues::FIGURE_NOUNS_EN.contains(&lw(i)) || lw(i) == "consensus")
        && (toks[i - 1].is_sym('\'') || toks[i - 1].is_sym('’'))
        && toks[i - 2].is_word()
        && lw(i - 2).ends_with('s');
    let given = i == from + 1
        && matches!(lw(from), "the" | "this" | "that")
        && cues::FIGURE_NOUNS_EN.contains(&lw(i))
        && matches!(
            lw(i + 1),
            "given" | "published" | "provided" | "released" | "issued" | "reported" | "quoted" | "cited"
        )
        && lw(i + 2) == "by"
        && toks.get(i + 3).is_some_and(|t| t.is_word());
    given
        || plural_owner
        || (from + 2..=from + 5).contains(&i)
        && cues::FIGURE_NOUNS_EN.contains(&toks[i].lower.as_ref())
        && toks[i - 1].lower == "s"
        && (toks[i - 2].is_sym('\'') || toks[i - 2].is_sym('’'))
        && toks[from..i - 2].iter().all(|t| t.is_word())
        // Owned by a body, not by a time: "Last year's total" is no source.
        // (Nor by a month: "September's figure was revised to…".)
        && !toks[from..i - 2].iter().any(|t| {
            use crate::figures::classes as cl;
            t.is(cl::DURATION | cl::MONTH_EN | cl::MONTH_FR)
                || matches!(t.lower.as_ref(), "last" | "this" | "next" | "today" | "yesterday")
        })
}

/// Word `i` is a figure's noun owned by a name after "is"/"was", the figure's subject
/// before it: "The 12% rise was Kelsworth Borough Council's figure".
pub(super) fn owned_predicate(toks: &[Tok<'_>], i: usize) -> bool {
    i >= 4
        && cues::FIGURE_NOUNS_EN.contains(&toks[i].lower.as_ref())
        && toks[i - 1].lower == "s"
        && (toks[i - 2].is_sym('\'') || toks[i - 2].is_sym('’'))
        && toks[i - 3].is_capitalized()
        && (i.saturating_sub(9)..i - 3).any(|k| matches!(toks[k].lower.as_ref(), "is" | "was" | "were" | "are"))
}

/// Word `i` is "by" before a body's own count, or "at"/"in" before a dated census: "by
/// Ofgem's own count", "by the agency's own figures", "at the 2021 census".
pub(super) fn own_count(toks: &[Tok<'_>], i: usize) -> bool {
    let lw = |k: usize| toks.get(k).map_or("", |t| t.lower.as_ref());
    match lw(i) {
        "by" => (i + 1..toks.len().min(i + 7)).any(|k| {
            lw(k) == "own"
                && matches!(lw(k + 1), "count" | "figures" | "estimate" | "estimates" | "tally")
                && lw(k - 1) == "s"
                && (toks[k - 2].is_sym('\'') || toks[k - 2].is_sym('’'))
        }),
        "at" | "in" => {
            lw(i + 1) == "the" && toks.get(i + 2).is_some_and(|t| t.num().is_some()) && lw(i + 3) == "census"
        }
        // The census in brackets after the figure: "- Population : 46 200 habitants
        // (recensement de 2023)", "(2021 census)".
        "recensement" | "census" => {
            let bracket = |k: usize| toks.get(k).is_some_and(|t| t.is_sym('('));
            i > 0 && (bracket(i - 1) || (i > 1 && bracket(i - 2) && toks[i - 1].num().is_some()))
        }
        _ => false,
    }
}

/// Word `i` is a company's or a body's own forecast, owned by the sentence's subject: "The
/// group kept its full-year guidance of 2-3 pct", "a relevé ses prévisions à 4 %" (it speaks
/// for itself; not "Last year's forecast").
pub(super) fn own_guidance(toks: &[Tok<'_>], i: usize) -> bool {
    // (Or its target: "kept its full-year target of 830,000 to 860,000 tonnes".)
    let noun = matches!(
        toks[i].lower.as_ref(),
        "guidance" | "outlook" | "forecast" | "forecasts" | "prévisions" | "prévision" | "target"
            // "raised its estimate of Argentina's wheat harvest to 20.5 mln tonnes".
            | "estimate" | "estimates" | "estimation" | "estimations"
    );
    if !noun || i < 3 {
        return false;
    }
    // Back past a few modifiers ("full-year", "annual", "de croissance") to its possessive.
    // (An analyst's own: "raised his price target on the stock to 62 euros".)
    let owner = (i.saturating_sub(5)..i)
        .rev()
        .find(|&k| cues::POSSESSIVES.contains(&toks[k].lower.as_ref()));
    let Some(o) = owner else { return false };
    let plain = toks[o + 1..i]
        .iter()
        .all(|t| (t.is_word() && t.num().is_none()) || t.is_sym('-'));
    // A target of output over the year is guidance; a policy's target is a rule the body
    // sets ("raised its dividend payout target for 2026 to 75 pct" stays the newsroom's).
    if toks[i].lower == "target"
        && !toks[o + 1..i].iter().any(|t| {
            matches!(
                t.lower.as_ref(),
                "year" | "annual" | "production" | "output" | "sales" | "price"
            )
        })
    {
        return false;
    }
    // The owner is the subject: it opens the sentence, a verb of keeping or changing the
    // forecast right before the possessive.
    let subject = toks[0].is_capitalized() || cues::SUBJECT_DETERMINERS.contains(&toks[0].lower.as_ref());
    plain && subject && o >= 2 && toks[o - 1].is_word() && !toks[o - 1].is_capitalized()
}

/// After an own forecast at `i`: where a clause that explains the change opens ("after",
/// "as", "because", "après", "car"), with a verb of its own.
pub(super) fn explained_from(toks: &[Tok<'_>], i: usize) -> Option<usize> {
    let k = (i + 1..toks.len()).find(|&k| {
        matches!(
            toks[k].lower.as_ref(),
            "after" | "as" | "because" | "après" | "car" | "parce"
        )
    })?;
    // ("after" a noun, "after a 4 pct rise", is a time or an event, not a clause: a verb
    // follows within a few words.)
    (k + 2..toks.len().min(k + 8))
        .any(|q| {
            let w = toks[q].lower.as_ref();
            toks[q].is(cl::VERB)
                || (w.ends_with("ed") && w.len() > 4)
                || cues::AUXILIARIES.contains(&w)
                || matches!(
                    w,
                    "fell"
                        | "rose"
                        | "grew"
                        | "sank"
                        | "slid"
                        | "shrank"
                        | "swung"
                        | "hit"
                        | "lost"
                        | "won"
                        | "chuté"
                        | "baissé"
                )
        })
        .then_some(k)
}

/// A poll's forecast on a wire's line, the poll named first: "* Q3 adj EBITDA 318 mln
/// euros vs poll 296 mln", "volumes -2.1 pct vs poll -0.5 pct" (word `i` is "poll"). From
/// "vs" to the end of the forecast; the figure before "vs" stays the line's.
pub(super) fn vs_poll(toks: &[Tok<'_>], i: usize) -> Option<std::ops::Range<usize>> {
    if i == 0 || toks[i].lower != "poll" || !matches!(toks[i - 1].lower.as_ref(), "vs" | "versus") {
        return None;
    }
    let figure = (i + 1..toks.len().min(i + 4)).find(|&k| toks[k].num().is_some())?;
    // With its unit words: "296 mln", "0.5 pct".
    let end = (figure + 1..toks.len().min(figure + 4))
        .take_while(|&k| toks[k].is_word() && !matches!(toks[k].lower.as_ref(), "vs" | "versus" | "and" | "et"))
        .last()
        .unwrap_or(figure);
    Some(toks[i - 1].start..toks[end].end)
}

/// The forecast a poll gave, set against the figure after "vs": "Orders +1.8 pct m/m vs
/// +0.5 pct in agency poll", "vs 2.1 pct in a Reuters poll". From "vs" to the poll's noun
/// (word `i` is "in"); the figure before "vs" stays the sentence's.
pub(super) fn poll_forecast(toks: &[Tok<'_>], i: usize) -> Option<std::ops::Range<usize>> {
    if toks[i].lower != "in" {
        return None;
    }
    let poll = (i + 1..toks.len().min(i + 6)).find(|&k| matches!(toks[k].lower.as_ref(), "poll" | "survey"))?;
    // (A compound's hyphen too: "in company-compiled poll".)
    if !toks[i + 1..poll].iter().all(|t| t.is_word() || t.is_sym('-')) {
        return None;
    }
    let vs = (i.saturating_sub(6)..i)
        .rev()
        .find(|&k| matches!(toks[k].lower.as_ref(), "vs" | "versus"));
    let Some(vs) = vs else {
        return poll_median(toks, i, poll);
    };
    toks[vs + 1..i]
        .iter()
        .any(|t| t.num().is_some())
        .then(|| toks[vs].start..toks[poll].end)
}

/// A poll's middle forecast as the subject, the figure after its verb: "The median forecast
/// in a poll of 14 economists was 0.5 pct" (word `i` is "in", `poll` the poll's noun). From
/// the verb to the clause's end: the poll's sample stays the newsroom's count.
fn poll_median(toks: &[Tok<'_>], i: usize, poll: usize) -> Option<std::ops::Range<usize>> {
    let lw = |k: usize| toks.get(k).map_or("", |t| t.lower.as_ref());
    let middle = |k: usize| {
        matches!(lw(k), "median" | "average" | "mean" | "consensus")
            && matches!(lw(k + 1), "forecast" | "estimate" | "expectation" | "projection")
    };
    // Or its figure right before it: "below the 3.8 pct median forecast in a poll of nine
    // analysts" (the figure and its words; the sample stays the newsroom's count).
    if i >= 3 && middle(i - 2) {
        if let Some(figure) = (i.saturating_sub(5)..i - 2).find(|&k| toks[k].num().is_some()) {
            return Some(toks[figure].start..toks[i - 1].end);
        }
    }
    let d = usize::from(matches!(lw(0), "the" | "a"));
    let subject = i == d + 2
        && matches!(lw(d), "median" | "average" | "mean" | "consensus")
        && matches!(lw(d + 1), "forecast" | "estimate" | "expectation" | "projection");
    if !subject {
        return None;
    }
    let verb = (poll + 1..toks.len().min(poll + 8))
        .take_while(|&k| !toks[k].is_sym(','))
        .find(|&k| matches!(lw(k), "was" | "is" | "were" | "stood"))?;
    let end = toks[verb..]
        .iter()
        .position(|t| matches!(t.kind, crate::figures::tokens::Kind::Sym(',' | ';' | '.')))
        .map_or(toks.len(), |p| verb + p);
    (end > verb + 1 && toks[verb + 1..end].iter().any(|t| t.num().is_some()))
        .then(|| toks[verb].start..toks[end - 1].end)
}

/// Analysts' consensus, a poll of forecasts: "beat a company-compiled consensus of 206,500
/// tonnes", "le consensus de 2,1 %". From the word to the end of its figure.
pub(super) fn consensus(toks: &[Tok<'_>], i: usize) -> Option<std::ops::Range<usize>> {
    if toks[i].lower != "consensus" {
        return None;
    }
    // After the figure on a wire's line: "EBITDA 1.12 bln euros vs 1.08 bln consensus".
    if let Some(vs) = (i.saturating_sub(5)..i)
        .rev()
        .find(|&k| matches!(toks[k].lower.as_ref(), "vs" | "versus"))
    {
        if toks[vs + 1..i].iter().any(|t| t.num().is_some()) {
            return Some(toks[vs].start..toks[i].end);
        }
    }
    if !matches!(
        toks.get(i + 1).map(|t| t.lower.as_ref()),
        Some("of" | "for" | "de" | "at" | "à")
    ) {
        return None;
    }
    let figure = (i + 2..toks.len().min(i + 6)).find(|&k| toks[k].num().is_some())?;
    let end = toks[figure..]
        .iter()
        .position(|t| !t.is_word() && t.num().is_none() && !matches!(t.text, "%" | "$" | "€" | "£"))
        .map_or(toks.len(), |p| figure + p);
    Some(toks[i].start..toks[end - 1].end)
}

/// "per the Pentagon", "per Reuters": not "per cent", "per day".
fn per_attributes(toks: &[Tok<'_>], i: usize) -> bool {
    let Some(next) = toks.get(i + 1) else {
        return false;
    };
    if cues::PER_UNITS.contains(&next.lower.as_ref()) {
        return false;
    }
    next.is_capitalized() || cues::PER_DETERMINERS.contains(&next.lower.as_ref())
}

#[cfg(test)]
mod tests {
    use super::super::testing::{check, Expect::*};

    /// Sentence, then what its cues make of its figures.
    const CASES: &[(&str, super::super::testing::Expect)] = &[
        ("Per the Pentagon, 300 troops were deployed.", Attributed),
        (
            "Pour l'union des commerçants, « un tiers du chiffre d'affaires » dépend des clients.",
            Attributed,
        ),
        (
            "Pour le groupe d'opposition, la hausse de 10 % « frappe d'abord les familles ».",
            Attributed,
        ),
        ("Some 300 troops were deployed, per Reuters.", Attributed),
        ("The economy grew 3 per cent.", Unsourced),
        ("Oil rose to $90 per barrel.", Unsourced),
        ("The correct figure, from the allotment society, is 240.", Attributed),
        ("The correct figure, supplied by her label, is 14,500.", Attributed),
        ("The charity's figure is 1,200 tonnes.", Attributed),
        ("September's figure was a fall of 1.4 pct.", Unsourced),
        (
            "An earlier version said 2,900 flights; the figure given by Eurocontrol was about 1,900.",
            Attributed,
        ),
        ("The figure given last year was about 1,900.", Unsourced),
        (
            "(Corrects paragraph 2 to show analysts' consensus for adjusted operating profit was 118 mln euros, not 181 mln)",
            Attributed,
        ),
        ("(Corrects paragraph 2 to show operating profit was 118 mln euros, not 181 mln)", Unsourced),
        // A body's own forecast, kept or changed.
        (
            "The group kept its full-year guidance of core profit growth of 2-3 pct.",
            Attributed,
        ),
        ("Le groupe a relevé ses prévisions de croissance à 4 %.", Attributed),
        (
            "In South America, the Rosario grains exchange raised its estimate of the harvest to 20.5 mln tonnes.",
            Attributed,
        ),
        ("Sales rose 4 pct, beating the forecast.", Unsourced),
        (
            "Arrears owed to suppliers have reached £4.9bn, by Ofgem's own count.",
            Attributed,
        ),
        ("Carnford had 241,300 residents at the 2021 census.", Attributed),
        ("The fine was cut by 300, at the 2021 hearing.", Unsourced),
        ("The ship's crew of 300 was rescued.", Unsourced),
        ("Last year's total, close to 300 scrambles, was the highest.", Unsourced),
        (
            "Norway supplied more than half of the bloc's pipeline imports.",
            Unsourced,
        ),
        (
            "Pour l'économiste Ilia Sorokine, ces primes coûtent plus de 1 000 milliards de roubles par an.",
            Attributed,
        ),
        (
            "Pour Ilia Sorokine, ces primes coûtent 1 000 milliards de roubles.",
            Attributed,
        ),
        ("Pour Noël, 300 bénévoles distribueront des repas.", Unsourced),
        (
            "In a Gazette survey of 1,020 readers, 62% said they opposed the plans.",
            Attributed,
        ),
        ("In a village of 300 people, 40 homes were flooded.", Unsourced),
        // Past adjectives before the document's noun.
        (
            "In their joint statement, the ministers committed to disburse $6.2 bln.",
            Attributed,
        ),
        ("In a small quiet village, 40 homes were flooded.", Unsourced),
        (
            "POLL — In a Gazette survey of 1,020 readers, 62% said they opposed the plans.",
            Attributed,
        ),
        ("Pour la région, le coût atteint 3 millions d'euros.", Unsourced),
        ("About 200 people, from the town and beyond, came.", Unsourced),
    ];

    #[test]
    fn cases() {
        check(CASES);
    }
}
