//! English reporting verbs: "said", "told reporters", "estimated", "Kyiv estimates that";
//! forms that are also nouns ("estimates", "reports", "found") only after a pronoun or a
//! name, or before "that"; a passive attributes only with its agent ("was reported by"),
//! hedges before "to" ("is said to"), and is an agentless passive otherwise ("is estimated
//! at").

use super::verbs::{has_agent, Verdict};
use crate::figures::classes as cl;
use crate::figures::lexicon::attribution as cues;
use crate::figures::tokens::Tok;

/// What the English reporting form at `i` makes of its sentence.
pub(super) fn verdict(toks: &[Tok<'_>], i: usize) -> Verdict {
    let lw = |k: usize| toks.get(k).map_or("", |t| t.lower.as_ref());
    let prev = if i > 0 { lw(i - 1) } else { "" };
    let w = toks[i].lower.as_ref();
    // A demand voiced with its figure: "The union is demanding a 6.5% pay rise" (as
    // "réclamer"; without a figure it voices nothing).
    // (So is "is asking for": "The union is asking for a rise of 8%", as four corpora label
    // it; not "have asked for partial refunds", "people asking where to look".)
    let asking = w == "asking" && lw(i + 1) == "for" && matches!(prev, "is" | "are" | "was" | "were");
    if w == "asking" && !asking {
        return Verdict::Nothing;
    }
    // And "is seeking", a party's demand in a dispute ("The GMB is seeking a rise of 8%",
    // "The Bank of Russia is seeking 18.2 trln roubles in damages"), as eleven corpora
    // label it; not hearsay ("is reportedly seeking"), a subject described ("The White
    // House, which is seeking a defence budget of…, said"), nor a valuation sought.
    let seeking = w == "seeking"
        && matches!(prev, "is" | "are" | "was" | "were")
        && !(i >= 2 && matches!(lw(i - 2), "which" | "who" | "that"))
        && !toks[i + 1..].iter().take(6).any(|t| t.lower == "valuation");
    // "gave … as": a document's value ("An earlier version of this article gave the number
    // of members who walked out as 1,300"), not a gift ("gave 300 blankets").
    // "lists", its subject a document: "Its investor presentation lists 14 ships on order"
    // (not a body that lists what it did).
    if w == "lists" {
        return if after_document(toks, i) {
            Verdict::Attributes
        } else {
            Verdict::Nothing
        };
    }
    if matches!(w, "gave" | "gives") {
        // (Anywhere before it: "A report on 28 November gave the cost … as £2.4m".)
        let document = (0..i).any(|k| document_noun(toks, k));
        let as_value = toks[i + 1..]
            .iter()
            .take(14)
            .position(|t| t.lower == "as")
            .is_some_and(|p| {
                toks.get(i + 2 + p).is_some_and(|t| {
                    t.num().is_some()
                        || t.is(cl::NUMWORD | cl::APPROX)
                        || t.text == "£"
                        || t.text == "$"
                        || t.text == "€"
                })
            });
        return if document && as_value {
            Verdict::Attributes
        } else {
            Verdict::Nothing
        };
    }
    // (Not a document that seeks: "filed a lawsuit in a Moscow court seeking 18.2 trillion
    // roubles".)
    if w == "seeking" && !seeking {
        return Verdict::Nothing;
    }
    if asking || seeking || matches!(w, "demanding" | "demands" | "demanded") {
        let figure = toks[i + 1..]
            .iter()
            .take(8)
            .take_while(|t| !t.is_sym(',') && !t.is_sym('.') && !t.is_sym(';'))
            .any(|t| t.num().is_some());
        return if figure && i > 0 {
            Verdict::Attributes
        } else {
            Verdict::Nothing
        };
    }
    // "value added tax", "value-added": a tax's name, nobody adding a word.
    if w == "added" && (prev == "value" || (prev == "-" && i >= 2 && lw(i - 2) == "value")) {
        return Verdict::Nothing;
    }
    // A reflexive says what the subject calls itself, not a report: "which describes itself
    // as pro-Russian", "calling itself Grey Tide".
    if matches!(lw(i + 1), "itself" | "himself" | "herself" | "themselves") {
        return Verdict::Nothing;
    }
    // "measured" reports a value its subject measured ("The centre (EMSC) measured its
    // magnitude at 6.0"), not a unit in an apposition ("capacity, measured in seat
    // kilometres, grew 12.4 pct").
    if w == "measured" && (prev == "," || !(i + 1..toks.len().min(i + 5)).any(|k| lw(k) == "at")) {
        return Verdict::Nothing;
    }
    // "an official said": the noun, before a verb that is only a verb; "official
    // estimates" is the adjective.
    // "cut its 2026 sales growth forecast to 2%-3%", "raised its estimate of growth to 3%":
    // the noun of the owner's own forecast, a figure it put forward.
    // (Past a compound: "raised its full-year net profit forecast to 2.1 bln".)
    let owned = (i.saturating_sub(7)..i).any(|p| matches!(lw(p), "its" | "their" | "his" | "her"))
        && !toks[i.saturating_sub(7)..i].iter().any(|t| t.is_sym(','));
    let to_figure = |k: usize| {
        toks.get(k).is_some_and(|t| {
            t.num().is_some()
                || t.is(cl::APPROX)
                || t.is(cl::NUMWORD)
                // (A prefix before it: "to about 35 pct", "to nearly 40%".)
                || (t.is(cl::PREFIX_START) && toks.get(k + 1).is_some_and(|n| n.num().is_some() || n.is_word()))
                || matches!(t.lower.as_ref(), "between" | "entre")
        })
    };
    // ("revised its estimate of the 2025/26 global surplus to 142,000 tonnes": "to" a few
    // words on.)
    let to_at = (i + 1..toks.len().min(i + 9))
        .take_while(|&k| !toks[k].is_sym(','))
        .find(|&k| matches!(lw(k), "to" | "of" | "at") && to_figure(k + 1));
    if matches!(w, "forecast" | "estimate") && owned && to_at.is_some() {
        return Verdict::Attributes;
    }
    // A headline's body that changes its own forecast, no possessive: "USDA cuts U.S. crop
    // forecast to 13.2 mln bales" (its name opens the line, the verb of change after it).
    let changed_by_name = matches!(w, "forecast" | "estimate" | "outlook")
        && lw(i + 1) == "to"
        && toks.iter().find(|t| t.is_word()).is_some_and(|t| t.is_capitalized())
        && (1..i.min(6)).any(|k| {
            matches!(
                lw(k),
                "cuts" | "raises" | "lowers" | "trims" | "lifts" | "revises" | "hikes" | "cut" | "raised" | "lowered"
            )
        })
        && to_figure(i + 2);
    if changed_by_name {
        return Verdict::Attributes;
    }
    // A headline's noun before the verb that changed it: "2026 demand growth forecast cut
    // to 770,000 bpd", "Growth estimate raised to 3 pct".
    if matches!(w, "forecast" | "forecasts" | "estimate" | "estimates" | "outlook")
        && matches!(
            lw(i + 1),
            "cut" | "raised" | "lowered" | "trimmed" | "revised" | "hiked" | "kept" | "unchanged" | "steady"
        )
    {
        return Verdict::Nothing;
    }
    // "sees" a figure, a forecaster's verb on the wires: "Greystone now sees FY profit of
    // 610-630 mln stg", "who sees the deficit at about $18 bln" (not "the city sees 300
    // visitors a day": "of"/"at" before the figure).
    // (Or "see" after speakers, an adverb maybe between: "Some traders now see the crop at
    // 1.9 mln to 2.0 mln tonnes".)
    if w == "see" {
        // (Or their pronoun: "They see the currency at 24.10 by the end of the year".)
        let speakers = |k: usize| cues::SPEAKER_NOUNS_EN.contains(&lw(k)) || matches!(lw(k), "they" | "we");
        let subject =
            i >= 1 && (speakers(i - 1) || (i >= 2 && matches!(prev, "now" | "also" | "still") && speakers(i - 2)));
        // (Or a change: "Surveyors see Nov 1-15 exports up 11-13 pct".)
        let at = (i + 1..toks.len().min(i + 10))
            .take_while(|&k| !toks[k].is_sym(','))
            .any(|k| {
                matches!(lw(k), "at" | "above" | "below" | "up" | "down" | "rising" | "falling") && to_figure(k + 1)
            });
        if !(subject && at) {
            return Verdict::Nothing;
        }
    }
    if w == "sees" {
        let of_at = (i + 1..toks.len().min(i + 8))
            .take_while(|&k| !toks[k].is_sym(','))
            .any(|k| matches!(lw(k), "of" | "at" | "above" | "below") && to_figure(k + 1));
        // Or a chief executive or speakers who see something growing by a figure: "CEO sees
        // global container demand growing 2-3 pct in 2027".
        let executive = i >= 1
            // (A wire's summary bullet: "* Company sees Q4 shipments flat to down 3 pct".)
            && (matches!(prev, "ceo" | "cfo" | "chief" | "executive" | "company" | "group")
                || cues::SPEAKER_NOUNS_EN.contains(&prev)
                || cues::SPEAKERS_EN.contains(&prev));
        let growing = (i + 1..toks.len().min(i + 8))
            .take_while(|&k| !toks[k].is_sym(','))
            .any(|k| {
                matches!(
                    lw(k),
                    "growing"
                        | "rising"
                        | "falling"
                        | "shrinking"
                        | "up"
                        | "down"
                        | "reaching"
                        | "trading"
                        | "averaging"
                ) && to_figure(k + 1)
            });
        if !(of_at || (executive && growing)) {
            return Verdict::Nothing;
        }
    }
    // "wrote off its stake", "wrote down the loan": a charge in the accounts, not a text.
    if matches!(w, "wrote" | "writes" | "write" | "written") && matches!(lw(i + 1), "off" | "down") {
        return Verdict::Nothing;
    }
    // "traders added to bets that…", "added to the pressure": increased, not said.
    if w.starts_with("add") && lw(i + 1) == "to" {
        return Verdict::Nothing;
    }
    // Data revised to show a figure shows it: "Data for October was revised to show 92,000
    // jobs".
    let revised = i >= 2 && prev == "to" && matches!(lw(i - 2), "revised" | "updated" | "adjusted" | "amended");
    if revised && matches!(w, "show" | "reveal") && after_document(toks, i - 3) {
        return Verdict::Attributes;
    }
    // A noun after its article and an adjective: "against a median forecast for a 0.4 pct
    // decline", "the consensus estimate"; or after its figure: "the 3.8 pct median forecast".
    if matches!(w, "forecast" | "forecasts" | "estimate" | "estimates")
        && i >= 2
        && (cues::DETERMINERS_EN.contains(&lw(i - 2)) || (i.saturating_sub(4)..i - 1).any(|k| toks[k].num().is_some()))
        && matches!(lw(i - 1), "median" | "consensus" | "previous" | "earlier" | "initial")
    {
        return Verdict::Nothing;
    }
    // A noun after a possessive and its modifiers: "cut its full-year margin forecast on
    // Thursday after profit fell 18 pct".
    if matches!(w, "forecast" | "forecasts" | "estimate" | "estimates")
        && after_possessive(toks, i)
        // (Not its speakers: "the bank and its economists forecast 2 pct", "His team
        // estimates Italy has…": a preposition or a stop follows the noun.)
        && !lw(i - 1).ends_with('s')
        && toks.get(i + 1).is_none_or(|t| {
            !t.is_word() || matches!(t.lower.as_ref(), "on" | "for" | "in" | "of" | "at" | "by" | "to" | "from" | "after")
        })
    {
        return Verdict::Nothing;
    }
    let official_speaks = prev == "official" && !cues::is_en_ambiguous(w);
    // (Nor a forecast that a result misses or beats: "adjusted EBIT misses forecast".)
    let compared = matches!(
        prev,
        "misses" | "missed" | "beats" | "beat" | "tops" | "topped" | "meets" | "met" | "exceeds" | "exceeded"
    );
    if prev == "to" || compared || (cues::DETERMINERS_EN.contains(&prev) && !official_speaks) {
        return Verdict::Nothing;
    }
    // "called for the surplus to be cut by 10 bln dlrs": a demand; "a town called Bucha"
    // is a name.
    if w == "called" && lw(i + 1) != "for" {
        return Verdict::Nothing;
    }
    // "has offered to take on up to 60 of the riders", "proposed to cut 300 jobs": what is
    // offered is voiced; "offered £300" is a thing offered.
    if cues::OFFER_EN.contains(&w) {
        // (Past a time between them: "proposed last month to cap contracts at 95 euros".)
        let mut j = i + 1;
        if matches!(lw(j), "last" | "this" | "earlier" | "on" | "in") && toks.get(j + 1).is_some_and(|t| t.is_word()) {
            j += if lw(j) == "earlier" && lw(j + 1) == "this" {
                3
            } else {
                2
            };
        } else if matches!(lw(j), "yesterday" | "today" | "recently") {
            j += 1;
        }
        // (Or a gerund: "The draft also proposes lowering the cap to $41 a barrel".)
        let voiced = (lw(j) == "to" && toks.get(j + 1).is_some_and(|t| t.is_word() && !t.is_capitalized()))
            || (matches!(w, "proposes" | "proposed") && lw(j).len() > 5 && lw(j).ends_with("ing"));
        // (So is a share offered in a pay talk, its negotiating position: "Network Rail has
        // offered a 3.2% rise", "The company has offered 4%"; three corpora label it so,
        // while a reward offered, "up to £50,000", stays flagged.)
        // (Or a sum paid to staff: "has offered a one-off payment of £1,500 to staff".)
        let share = w == "offered"
            && matches!(prev, "has" | "have" | "had")
            // (Or "a pay rise of 3.6%".)
            && (j..(j + 9).min(toks.len())).any(|k| toks[k].num().is_some())
            && (j..(j + 9).min(toks.len())).any(|k| {
                toks[k].is_sym('%') || matches!(lw(k), "pct" | "percent") || cues::PAY_NOUNS.contains(&lw(k))
            });
        let hearsay = matches!(prev, "reportedly" | "allegedly");
        return if (voiced || share) && !hearsay {
            Verdict::Attributes
        } else {
            Verdict::Nothing
        };
    }
    // A participle after a comma, before a preposition: "Like-for-like volumes, calculated
    // according to the group's new definition, fell 2%" describes the subject (not an
    // incise, whose speaker follows its verb: ", said the minister").
    // The comma is the sentence's first (after the subject; "Lumeris Foods, the Lyon-based
    // maker, reported on Wednesday…" closes an apposition) and another closes the phrase.
    let first_comma = i > 0 && toks[..i - 1].iter().all(|t| !t.is_sym(','));
    let closed = toks[i + 1..].iter().take(10).any(|t| t.is_sym(','));
    // Or opening the sentence: "Calculated according to Eurostat's methodology, …, the total
    // for 2025 was €64m".
    let opening = i == 0 && toks[1..].iter().take(12).any(|t| t.is_sym(','));
    if opening && w.ends_with("ed") && matches!(lw(i + 1), "according" | "on" | "using" | "from" | "with" | "under") {
        return Verdict::Nothing;
    }
    if prev == ","
        && first_comma
        && closed
        && w.ends_with("ed")
        && matches!(
            lw(i + 1),
            "according" | "on" | "using" | "from" | "in" | "with" | "as" | "under" | "over"
        )
    {
        return Verdict::Nothing;
    }
    // "posted a loss", "posted its best quarter": a result, not a message.
    if w == "posted" && matches!(lw(i + 1), "a" | "an" | "its" | "their" | "record" | "the") {
        return Verdict::Nothing;
    }
    // "as expected", "higher than expected": nobody is named.
    // "If the cold persists, as forecasters expect, storage could drop to 35%": what they
    // expect is the cold, not the figure.
    let as_they_expect = w.starts_with("expect") && i >= 2 && (lw(i - 2) == "as" || (i >= 3 && lw(i - 3) == "as"));
    if as_they_expect
        || w.starts_with("expect")
            && matches!(prev, "as" | "than" | "were" | "was" | "is" | "are" | "be" | "been")
            && lw(i + 1) != "to"
    {
        return Verdict::Nothing;
    }
    // A plural noun before its own verb, not a verb: "U.S. 10-year Treasury notes were down
    // 6/32", "the figures rose" (not after a pronoun, nor "says": "costs, which it says have
    // risen 18%").
    if w.ends_with('s')
        && w != "says"
        && !matches!(prev, "it" | "he" | "she" | "who" | "which")
        && matches!(
            lw(i + 1),
            "were"
                | "are"
                | "was"
                | "is"
                | "have"
                | "had"
                | "rose"
                | "fell"
                | "gained"
                | "lost"
                | "climbed"
                | "dropped"
                | "slipped"
                | "eased"
                | "firmed"
        )
    {
        return Verdict::Nothing;
    }
    // "NATO estimates published alongside Rutte's remarks showed…": a plural noun before a
    // participle and its preposition, not a verb.
    let participle_after = lw(i + 1).ends_with("ed")
        && matches!(
            lw(i + 2),
            "alongside" | "on" | "in" | "by" | "at" | "last" | "this" | "earlier" | "with" | "today" | "yesterday"
        );
    if matches!(w, "estimates" | "reports" | "forecasts" | "counts") && participle_after {
        return Verdict::Nothing;
    }
    // "Winds forecast to ease to 30 km/h", "growth expected to slow": a participle before
    // "to" after a noun that does not speak distances, like "is said to".
    if cues::is_en_passive(w)
        && lw(i + 1) == "to"
        && i > 0
        && toks[i - 1].is_word()
        // A name speaks ("Kyiv expected to…" is rare); a capital opening the sentence is no name.
        && (!toks[i - 1].is_capitalized() || toks[..i - 1].iter().all(|t| !t.is_word()))
        && !cues::SPEAKERS_EN.contains(&prev)
        && !cues::SPEAKER_NOUNS_EN.contains(&prev)
        && !cues::HAVE.contains(&prev)
    {
        return Verdict::Hedges;
    }
    // A participle without its auxiliary before "at": "legal costs estimated at £95,000",
    // "damage valued at $3m" (not "they estimated at least 300").
    let reduced = cues::is_en_passive(w)
        && lw(i + 1) == "at"
        && lw(i + 2) != "least"
        && !cues::SPEAKERS_EN.contains(&prev)
        && !(i > 0 && toks[i - 1].is_capitalized())
        && !relative_with_subject(toks, i);
    // A participle right after a figure, with its agent: "above the 398 mln expected by
    // analysts", "the 1,200 counted by police" (it vouches for that figure).
    let after_figure = i > 0
        && (toks[i - 1].num().is_some() || matches!(prev, "mln" | "bln" | "pct" | "million" | "billion" | "percent"));
    // Or after an apposition that names that figure: "reached 6,800 euros, a figure released
    // by the club".
    // Or after a noun phrase that holds a figure: "more than the 50-point cut forecast by
    // most economists".
    // (Its agent may come past an adverbial: "the $574 mln expected on average by analysts",
    // "forecast unanimously by".)
    let by = lw(i + 1) == "by"
        || (matches!((lw(i + 1), lw(i + 2)), ("on", "average") | ("in", "advance")) && lw(i + 3) == "by")
        || (lw(i + 1).len() > 4 && lw(i + 1).ends_with("ly") && lw(i + 2) == "by");
    let after_figure = after_figure
        || super::reach::restated_by_apposition(toks, i).is_some()
        || (by
            && matches!(w, "forecast" | "expected" | "estimated" | "projected" | "predicted")
            && super::reach::antecedent_figure(toks, i).is_some());
    // A figure forecast in a poll: the poll's cue covers it ("vs $455 mln forecast in
    // analyst poll"), the participle reports nothing of its own.
    if after_figure
        && matches!(w, "forecast" | "expected" | "estimated" | "seen")
        && lw(i + 1) == "in"
        && (i + 2..toks.len().min(i + 6)).any(|k| matches!(lw(k), "poll" | "survey"))
    {
        return Verdict::Nothing;
    }
    if cues::is_en_passive(w) && by && after_figure && has_agent(toks, i) {
        return Verdict::ReducedAgent;
    }
    if english_passive(toks, i) || reduced {
        return if has_agent(toks, i) {
            Verdict::Agent
        } else if lw(i + 1) == "to" {
            Verdict::Hedges // "is said to", "are believed to"
        } else if cues::is_en_passive(w) {
            Verdict::Passive
        } else {
            Verdict::Nothing
        };
    }
    if cues::is_en_ambiguous(w) {
        // "Analysts at a London consultancy estimate that…": the speakers come first.
        let speakers = toks[i.saturating_sub(9)..i]
            .iter()
            .rev()
            .take_while(|t| t.is_word() || t.is_sym('&'))
            .any(|t| cues::SPEAKER_NOUNS_EN.contains(&t.lower.as_ref()));
        if singular_noun(toks, i) && !after_document(toks, i) && !speakers {
            return Verdict::Nothing;
        }
        // "The city estimates", "the ministry reports", "Ukraine's energy ministry puts": a
        // body named by its noun, after a determiner or a name a few words back.
        let opens_body =
            |j: usize| cues::DETERMINERS_EN.contains(&lw(j)) || (toks[j].is_word() && toks[j].is_capitalized());
        let after_body = cues::BODIES_EN.contains(&prev) && i >= 2 && (i.saturating_sub(6)..i - 1).any(opens_body);
        // (Past an adverb: "It now forecasts profit of…", "They also estimate".)
        // (Or a body's noun: "The Federal Planning Bureau now forecasts average inflation of
        // 2.7 pct".)
        let adverb_between = i >= 2
            && matches!(prev, "now" | "also" | "still" | "already" | "again" | "further")
            && (cues::SPEAKERS_EN.contains(&lw(i - 2))
                || cues::BODIES_EN.contains(&lw(i - 2))
                || (toks[i - 2].is_word() && toks[i - 2].is_capitalized() && i >= 3));
        // A plural subject before the bare form, a verb by agreement: "Local businesses
        // estimate the strike is costing £3 million a day" (not a possessive, "the IMF's
        // estimate").
        let plural_subject = matches!(w, "estimate" | "forecast" | "claim" | "report" | "project")
            && prev.len() > 3
            && prev.ends_with('s')
            && toks[i - 1].is_word()
            && !toks[i - 1].is_capitalized()
            && !cues::DETERMINERS_EN.contains(&prev);
        let after_pronoun = after_body
            || adverb_between
            || plural_subject
            || cues::SPEAKERS_EN.contains(&prev)
            || toks[i.saturating_sub(5)..i]
                .iter()
                .rev()
                .take_while(|t| t.is_word())
                .any(|t| cues::SPEAKER_NOUNS_EN.contains(&t.lower.as_ref()));
        // After a name ("The Guardian cited"), but "the Baltic states", "the Gulf states"
        // are nouns; or after its acronym in brackets ("… Management Authority (AFAD)
        // recorded", "The Austrian National Bank (OeNB) forecasts", a lower-case letter
        // inside).
        let acronym = i > 3
            && toks[i - 1].is_sym(')')
            && toks[i - 3].is_sym('(')
            && acronym(toks[i - 2].text)
            && toks[i - 4].is_capitalized();
        // Or after a name and its apposition between commas: "Marcos Ribeiro, an analyst
        // at Safrapar, puts the crop at 38.5 million bags".
        let apposed = apposition_open(toks, i, 14).is_some_and(|c| {
            c >= 1
                        // Or where it said it: "The International Coffee Organization, in
                        // its monthly report, put world coffee exports at 10.9 million bags".
                        // (A body's name of two capitalised words at least.)
                        && ((c >= 2
                            && lw(c + 1) == "in"
                            && toks[c - 2].is_capitalized()
                            && (c + 2..i - 1).any(|k| cues::DOC_NOUNS_EN.contains(&lw(k))))
                            || matches!(lw(c + 1), "a" | "an" | "the")
                        && (c + 2..i - 1).any(|k| {
                            cues::SPEAKER_NOUNS_EN.contains(&lw(k))
                                || matches!(
                                    lw(k),
                                    "spokesman"
                                        | "spokeswoman"
                                        | "spokesperson"
                                        | "director"
                                        | "head"
                                        | "chief"
                                        | "trader"
                                        | "strategist"
                                        | "adviser"
                                        | "professor"
                                        | "researcher"
                                )
                        }))
                        && toks[c - 1].is_word()
                        && toks[c - 1].is_capitalized()
                        && (c == 1 || (toks[c - 2].is_word() && toks[c - 2].is_capitalized()))
        });
        // Or a body's noun, then its name between commas: "The central bank, Eesti Pank,
        // forecasts growth of 1.0 pct".
        let named_body = apposition_open(toks, i, 6).is_some_and(|c| {
            c >= 2
                && cues::BODIES_EN.contains(&lw(c - 1))
                && (c.saturating_sub(4)..c - 1).any(|d| cues::DETERMINERS_EN.contains(&lw(d)))
                && (c + 1..i - 1).all(|k| toks[k].is_word() && toks[k].is_capitalized())
        });
        let after_name = acronym
            || apposed
            || named_body
            || i > 1
                && toks[i - 1].is_capitalized()
                && toks[i - 1].is_word()
                // ("with Gulf states", "of the Baltic states": after a preposition too.)
                && !(w == "states"
                    && (cues::DETERMINERS_EN.contains(&lw(i - 2))
                        || matches!(lw(i - 2), "with" | "of" | "in" | "and" | "or" | "from" | "to" | "other")));
        // "The group has counted 14 pairs": a perfect, so a verb with its subject ("have
        // placed 300 barriers" sets things down).
        let perfect = cues::HAVE.contains(&prev) && i >= 2 && !w.starts_with("place");
        if !(lw(i + 1) == "that" || after_pronoun || speakers || after_name || perfect || after_document(toks, i)) {
            return Verdict::Nothing;
        }
    }
    Verdict::Attributes
}

/// The comma that opens an apposition closed by a comma right before the verb at `i`,
/// within `span` tokens back: "Marcos Ribeiro*,* an analyst at Safrapar, puts…".
fn apposition_open(toks: &[Tok<'_>], i: usize, span: usize) -> Option<usize> {
    if i <= 3 || !toks[i - 1].is_sym(',') {
        return None;
    }
    (i.saturating_sub(span)..i - 2).rev().find(|&c| toks[c].is_sym(','))
}

/// An organisation's acronym: two to six letters, a capital first and another one after
/// ("AFAD", "OeNB"; not "Kyiv", one capital).
fn acronym(w: &str) -> bool {
    (2..=6).contains(&w.len())
        && w.starts_with(|c: char| c.is_ascii_uppercase())
        && w.chars().all(|c| c.is_ascii_alphabetic())
        && w.chars().filter(char::is_ascii_uppercase).count() >= 2
}

/// A bare form ("show", "estimate", "claim") at the end of a noun phrase that a singular
/// determiner opens, a few words back: "a fireworks show that…", "an estimate that". A
/// singular subject would take the -s form ("the report shows").
fn singular_noun(toks: &[Tok<'_>], i: usize) -> bool {
    let w = toks[i].lower.as_ref();
    if w.ends_with('s') || w.ends_with("ed") || w == "found" || w == "thought" || w == "put" {
        return false;
    }
    toks[i.saturating_sub(4)..i]
        .iter()
        .rev()
        .take_while(|t| t.is_word())
        .any(|t| cues::SINGULAR_DETERMINERS_EN.contains(&t.lower.as_ref()))
}

/// A noun of documents or data shortly before `i`, in its clause: "Estimates suggest",
/// "Figures to be published today show", "The latest Zogby poll from May placed him at",
/// also before a participle clause between commas ("The accounts, filed at Companies
/// House, show").
fn after_document(toks: &[Tok<'_>], i: usize) -> bool {
    let mut end = i;
    // Past ", filed at Companies House,": the incise closes right before the verb.
    if i >= 1 && toks[i - 1].is_sym(',') {
        if let Some(open) = toks[i.saturating_sub(10)..i - 1].iter().rposition(|t| t.is_sym(',')) {
            let open = i.saturating_sub(10) + open;
            if toks[open + 1].lower.ends_with("ed") || cues::EN_PASSIVE.contains(&toks[open + 1].lower.as_ref()) {
                end = open;
            }
        }
    }
    // (Six words back, a possessive's "'s" not counted: "NATO estimates published
    // alongside Rutte's remarks show".)
    let possessive = |k: usize| {
        (toks[k].is_sym('\'') || toks[k].is_sym('’'))
            || (toks[k].lower == "s" && k > 0 && (toks[k - 1].is_sym('\'') || toks[k - 1].is_sym('’')))
    };
    let from = (0..end).rev().filter(|&k| !possessive(k)).nth(5).unwrap_or(0);
    (from..end)
        .rev()
        .take_while(|&k| toks[k].is_word() || toks[k].is_sym('/') || toks[k].is_sym('\'') || toks[k].is_sym('’'))
        .any(|k| document_noun(toks, k))
        || document_opens(toks, end)
        || pictures_with_author(toks, i)
}

/// A noun of documents or data at `k`, or a meeting's minutes ("c.bank minutes show", not
/// "30 minutes").
fn document_noun(toks: &[Tok<'_>], k: usize) -> bool {
    let w = toks[k].lower.as_ref();
    cues::DOC_NOUNS_EN.contains(&w)
        || (w == "minutes" && !(k > 0 && (toks[k - 1].num().is_some() || toks[k - 1].is(cl::NUMWORD))))
}

/// Pictures that a satellite or a named author took open the sentence before the verb at
/// `i`: "Satellite images published by Orbview Imaging on Thursday showed…".
fn pictures_with_author(toks: &[Tok<'_>], i: usize) -> bool {
    let Some(p) = toks[..i.min(4)]
        .iter()
        .position(|t| cues::PICTURE_NOUNS_EN.contains(&t.lower.as_ref()))
    else {
        return false;
    };
    let satellite = p > 0 && toks[p - 1].lower == "satellite";
    let by = toks[p + 1..i]
        .iter()
        .position(|t| t.lower == "by")
        .is_some_and(|b| toks.get(p + 2 + b).is_some_and(|t| t.is_capitalized()));
    // (An apposition to the author between commas may follow: "Satellite images taken on
    // Thursday by Nordlys Imaging, a commercial provider, showed…".)
    let commas = toks[p + 1..i].iter().filter(|t| t.is_sym(',')).count();
    let apposed = commas == 2 && toks[i - 1].is_sym(',') && by;
    (satellite || by) && (commas == 0 || apposed)
}

/// The sentence opens with a document whose authors are listed before its verb at `end`:
/// "A joint assessment by the World Bank, the government of Ukraine, the European
/// Commission and the United Nations(, published in February 2025,) put the cost at…" (no
/// verb of another clause between them).
fn document_opens(toks: &[Tok<'_>], end: usize) -> bool {
    let mut k = 0;
    while k < 3
        && k < end
        && (cues::DETERMINERS_EN.contains(&toks[k].lower.as_ref()) || !toks[k].is_capitalized() && k > 0)
    {
        if document_noun(toks, k) {
            break;
        }
        k += 1;
    }
    // (Or of a meeting, a body: "Minutes of the central bank's Oct 7-8 meeting, published
    // on Wednesday, showed…".)
    let doc = k < end
        && document_noun(toks, k)
        && matches!(toks.get(k + 1).map(|t| t.lower.as_ref()), Some("by" | "from" | "of"));
    doc && !toks[k + 1..end].iter().any(|t| {
        matches!(
            t.lower.as_ref(),
            "that"
                | "which"
                | "who"
                | "said"
                | "says"
                | "is"
                | "was"
                | "are"
                | "were"
                | "has"
                | "have"
                | "had"
                | "will"
        ) || t.is_sym(';')
    })
}

/// The participle at `i` is the verb of a relative clause with its own subject: "a load
/// factor that the developer's own consultants put at 31 percent" (not a reduced passive).
fn relative_with_subject(toks: &[Tok<'_>], i: usize) -> bool {
    let from = i.saturating_sub(7);
    toks[from..i]
        .iter()
        .rposition(|t| matches!(t.lower.as_ref(), "that" | "which"))
        .is_some_and(|r| {
            let r = from + r;
            r + 2 <= i
                && toks[r + 1..i]
                    .iter()
                    .all(|t| t.is_word() || t.is_sym('\'') || t.is_sym('’'))
                && (cues::DETERMINERS_EN.contains(&toks[r + 1].lower.as_ref()) || toks[r + 1].is_capitalized())
        })
}

/// An English form after be ("is estimated", "were reported").
fn english_passive(toks: &[Tok<'_>], i: usize) -> bool {
    let mut k = i;
    let mut seen = 0;
    while k > 0 && seen < 3 {
        k -= 1;
        let w = toks[k].lower.as_ref();
        if cues::BE.contains(&w) {
            return true;
        }
        // Only adverbs stand between be and its participle ("is widely estimated", "was
        // also reported"); "figures to be published today show" is active.
        let adverb = w.ends_with("ly") || cues::ADVERBS_EN.contains(&w);
        if cues::HAVE.contains(&w) || !toks[k].is_word() || !adverb {
            return false;
        }
        seen += 1;
    }
    false
}

/// Whether word `i` ends a noun phrase that a possessive opens, past up to four modifiers
/// ("its full-year margin forecast").
fn after_possessive(toks: &[Tok<'_>], i: usize) -> bool {
    let mut k = i;
    let mut modifiers = 0;
    while k > 0 && modifiers <= 4 {
        k -= 1;
        let t = &toks[k];
        let w = t.lower.as_ref();
        if cues::POSSESSIVES.contains(&w) {
            return k + 1 < i;
        }
        let modifier =
            (t.is_word() && !cues::AUXILIARIES.contains(&w) && !matches!(w, "that" | "which" | "who")) || t.is_sym('-');
        if !modifier {
            return false;
        }
        modifiers += usize::from(t.is_word());
    }
    false
}

#[cfg(test)]
mod tests {
    use super::super::testing::{check, Expect::*};

    /// Sentence, then what its cues make of its figures.
    const CASES: &[(&str, super::super::testing::Expect)] = &[
        ("* 2026 demand growth forecast cut to 770,000 bpd", Unsourced),
        (
            "Both sides exchanged 5,800 prisoners, often with Gulf states acting as intermediaries.",
            Unsourced,
        ),
        ("* Greystone now sees FY profit of 610-630 mln stg", Attributed),
        ("The city sees 300 visitors a day.", Unsourced),
        (
            "Satellite images taken on Thursday by Nordlys Imaging, a commercial provider, showed scorch marks on at least four aircraft stands.",
            Attributed,
        ),
        (
            "Corvara Copper said its output rose, and kept its full-year target of 830,000 to 860,000 tonnes.",
            Attributed,
        ),
        ("The bank raised its dividend payout target for 2026 to 75 pct of net profit.", Unsourced),
        (
            "Pieter Claes, an analyst at Kessel & Marchal, raised his price target on the stock to 62 euros from 58 euros.",
            Attributed,
        ),
        ("Andalusia posted the largest fall of any region, at 6,300.", Unsourced),
        ("* USDA cuts U.S. crop forecast to 13.2 mln bales", Attributed),
        ("Winds forecast to ease to 30 km/h on Sunday.", Conditional),
        ("The department also raised its estimate of abandoned acreage in Texas to about 35 pct.", Attributed),
        (
            "The Federal Planning Bureau now forecasts average inflation of 2.7 pct for 2026.",
            Attributed,
        ),
        ("Local businesses estimate the strike is costing the economy £3 million a day.", Attributed),
        ("Their price estimate was 300 euros.", Unsourced),
        ("* CEO sees 2026 net profit above 1.5 bln euros", Attributed),
        ("Aurelia wrote off its stake in a plant, booking a charge of 410 mln euros.", Unsourced),
        ("The minister wrote that 300 soldiers had died.", Attributed),
        ("* CEO sees global container demand growing 2-3 pct in 2027", Attributed),
        ("The city sees its population growing 2 pct a year.", Unsourced),
        ("She sees the currency trading between 17.20 and 17.80 per dollar until year-end.", Attributed),
        (
            "It now forecasts underlying pretax profit of 610 mln to 630 mln stg.",
            Attributed,
        ),
        (
            "Turkey's Disaster and Emergency Management Authority (AFAD) recorded more than 60 aftershocks.",
            Attributed,
        ),
        (
            "The European-Mediterranean Seismological Centre (EMSC) measured its magnitude at 6.0.",
            Attributed,
        ),
        (
            "The Austrian National Bank (OeNB) forecasts average inflation of 3.0 pct this year.",
            Attributed,
        ),
        ("The town of Lviv (Ukraine) forecasts 300 visitors.", Unsourced),
        // A meeting's minutes are a document; minutes of time are not.
        ("* Chile c.bank minutes show room for one more 25 bp cut", Attributed),
        (
            "Minutes of the Chilean central bank's Oct 7-8 meeting, published on Wednesday, showed board members saw room to cut the rate by 25 basis points to 4.0 pct.",
            Attributed,
        ),
        ("The first 30 minutes show 4 goals.", Unsourced),
        (
            "Some astronomers put the chance that the nucleus breaks up at about 20%.",
            Attributed,
        ),
        (
            "Calculated according to Eurostat's methodology, which values goods at the border, the total was €64m.",
            Unsourced,
        ),
        (
            "Exports to Kazakhstan were down by about a third, the centre found.",
            Attributed,
        ),
        // A participle describing the subject is no incise.
        (
            "Like-for-like volumes, calculated according to the group's new definition, fell 2%.",
            Unsourced,
        ),
        ("Volumes fell 2%, calculated the analysts at Barings.", Attributed),
        (
            "Lumeris Foods, the Lyon-based maker of crisps, reported on Wednesday revenue of €1.84bn.",
            Attributed,
        ),
        (
            "The Commission proposed last month to cap contracts on the TTF hub at 95 euros per megawatt hour.",
            Attributed,
        ),
        ("The Commission proposed in 2023 a cap of 95 euros.", Unsourced),
        // An offer voiced before "to" and its verb; a thing offered is no report.
        (
            "A rival, Parcelo, has offered to take on up to 60 of the riders.",
            Attributed,
        ),
        ("The council proposed to cut 300 jobs.", Attributed),
        ("The club offered £300 to each volunteer.", Unsourced),
        // A document's value after "gave … as"; not a gift.
        (
            "An earlier version of this article gave the number of members who walked out as 1,300.",
            Attributed,
        ),
        ("The charity gave 300 blankets to the shelter.", Unsourced),
        ("Its investor presentation lists 14 ships on order.", Attributed),
        ("The town lists 14 ships in its harbour.", Unsourced),
        // A tax's name.
        ("A rise in value added tax to 24 pct in July has eroded pay.", Unsourced),
        ("A rise in value-added tax to 24 pct has eroded pay.", Unsourced),
        // A sum offered to staff in a pay dispute; a reward is a thing offered.
        (
            "It has offered a one-off payment of £1,500 to staff who sign before December.",
            Attributed,
        ),
        ("Its insurer has offered a reward of up to £50,000.", Unsourced),
        ("A proposed rail link would cost £400m.", Unsourced),
        ("A senior official said 300 soldiers were killed.", Attributed),
        (
            "A senior European official said two of the seven still had objections.",
            Attributed,
        ),
        ("He filed an official report on 300 cases.", Unsourced),
        (
            "Ukraine's energy ministry puts the damage at more than $18 billion.",
            Attributed,
        ),
        ("The ministry puts the damage at $18 billion.", Attributed),
        ("Energy ministry figures aside, the grid lost 9 gigawatts.", Unsourced),
        (
            "Analysts at the broker Hale & Co had expected revenue of about £180m.",
            Attributed,
        ),
        (
            "Analysts at a London consultancy estimate that Russia earned $192bn.",
            Attributed,
        ),
        ("The DfT values a single road death at £2.6m.", Attributed),
        ("Its values rose by 3%.", Unsourced),
        ("He must pay £340,000, plus legal costs estimated at £95,000.", Passive),
        ("Analysts estimated at least 300 job losses.", Attributed),
        (
            "U.S. officials have called for a cut of at least 10 bln dlrs.",
            Attributed,
        ),
        ("They reached a town called Bucha with 300 troops.", Unsourced),
        ("The court was told that the charity cut 40 jobs.", Passive),
        ("The city estimates the marathon brings in €22m.", Attributed),
        ("His team estimates Italy has covered about 94 pct of its needs.", Attributed),
        ("Yields rose 2.5 basis points as traders added to bets that the bank will act.", Unsourced),
        (
            "A joint assessment by the World Bank, the government of Ukraine and the United Nations, published in February, put the cost at $524 billion.",
            Attributed,
        ),
        ("The team estimates were wrong by 94 pct.", Unsourced),
        ("The club posted a loss of £4.6m last season.", Unsourced),
        (
            "Brussels has set aside €12m to study new storage sites in the Baltic states.",
            Unsourced,
        ),
        ("Economists polled by Reuters had expected 3.3%.", Attributed),
        ("Analysts had expected growth of 2% this year.", Attributed),
        ("As expected, 300 people came.", Unsourced),
        ("Inflation rose 3% more than expected.", Unsourced),
        ("Growth is expected to reach 2%.", Conditional),
        ("The toll exceeds 300, officials said.", Attributed),
        // A bare form after a singular determiner is a noun.
        ("The city staged a fireworks show that lasted 70 minutes.", Unsourced),
        ("They watched an estimate that scrolled past 300 times.", Unsourced),
        ("Polls a year ago show that 40 percent agree.", Attributed),
        ("He told reporters the toll exceeded 300.", Attributed),
        ("The ministry estimated the toll at 300.", Attributed),
        ("Kyiv estimates that 300,000 soldiers were killed.", Attributed),
        ("The cost is estimated at $300 million.", Passive),
        ("The toll is said to exceed 300.", Conditional),
        ("The toll was reported by the ministry at 300.", Attributed),
        ("An estimated 10,000 people fled.", Unsourced),
        ("The estimates vary around 300.", Unsourced),
        // A document or data as the subject of an ambiguous form.
        ("Estimates suggest 8000 migrants may be at sea.", Attributed),
        (
            "Figures to be published today show a record 45,756 crossings.",
            Attributed,
        ),
        (
            "The latest Zogby poll from late September placed him at 13 percent.",
            Attributed,
        ),
        (
            "The World Bank's needs assessment, published in February, put the cost at $29.8 billion.",
            Attributed,
        ),
        (
            "Casadoro cut its 2026 sales growth forecast to 2%-3% from 4%-5%.",
            Attributed,
        ),
        ("Winds forecast to ease to 30 km/h.", Conditional),
        (
            "Brendel cut its full-year margin forecast on Thursday after profit fell 18 pct.",
            Unsourced,
        ),
        ("The bank and its economists forecast growth of 2 pct.", Attributed),
        ("Some traders now see the crop at 1.9 mln to 2.0 mln tonnes.", Attributed),
        ("* Surveyors see Nov 1-15 exports up 11-13 pct", Attributed),
        ("Tourists see prices up 10 pct.", Unsourced),
        ("Tourists see the falls at 300 metres.", Unsourced),
        ("They see the currency at 24.10 by the end of the year.", Attributed),
        ("Provisions fell to 45 mln euros from 130 mln, the statement showed.", Attributed),
        ("The agency sold 38 bln forints of bonds, below the 60 bln it had offered, its website showed.", Attributed),
        ("* NATO chief puts European shell output at about 2 mln a year", Attributed),
        ("A draft of the plan, seen by this agency, puts the annual cost at about 400 mln euros.", Attributed),
        ("* Company sees Q4 shipments flat to down 3 pct", Attributed),
        (
            "Marcos Ribeiro, an analyst at Safrapar, puts the crop at 38.5 million bags.",
            Attributed,
        ),
        ("Prices, a headache for the bank, put pressure on 300 firms.", Unsourced),
        (
            "The International Coffee Organization, in its monthly report, put world coffee exports at 10.9 million bags.",
            Attributed,
        ),
        ("Prices, in the end, put pressure on 300 firms.", Unsourced),
        (
            "Imports fell 2.5 pct, against a median forecast for a 0.4 pct decline.",
            Unsourced,
        ),
        ("U.S. 10-year Treasury notes were down 6/32 in price.", Unsourced),
        (
            "GDP grew just 0.2 pct in the third quarter, a preliminary estimate showed last week.",
            Attributed,
        ),
        ("Data for October was revised to show 92,000 jobs created.", Attributed),
        ("He was told to show 300 papers.", Conditional),
        (
            "The company reiterated its forecast of 8-10 pct revenue growth.",
            Attributed,
        ),
        (
            "The ICCO revised its estimate of the 2025/26 global surplus to 142,000 tonnes.",
            Attributed,
        ),
        (
            "Banca Ostiense raised its full-year net profit forecast to 2.1 bln euros from 1.9 bln.",
            Attributed,
        ),
        (
            "NATO estimates published alongside Rutte's remarks showed eight allies above it, led by Poland at 4.7%.",
            Attributed,
        ),
        ("The scientists found yields fell 10%.", Attributed),
        ("Police placed 300 barriers.", Unsourced),
        // A perfect is a verb; "have placed" sets things down.
        ("The Raptor Watch, a volunteer group, has counted 14 pairs.", Attributed),
        ("Police have placed 300 barriers.", Unsourced),
        // A document before a participle clause between commas.
        (
            "The company's latest accounts, filed at Companies House, show a loss of £6.8m.",
            Attributed,
        ),
        ("The accounts, the auditor said, were lost with 300 files.", Attributed),
        ("Industry analysts expect it to pass £15m.", Attributed),
        ("Winds forecast to ease to 30 km/h by Friday.", Conditional),
        ("Bidders complained that steel prices rose 14%.", Attributed),
        ("Brokers put the number of ships at about 40 a week.", Attributed),
        (
            "Kestrel urged a vote against, arguing that her bonus had risen threefold.",
            Attributed,
        ),
        ("The hoard was valued at £1.2m by the committee.", Attributed),
        ("The hoard was valued at £1.2m.", Passive),
        (
            "He made 214 transfers from the accounts, Preston Crown Court heard.",
            Attributed,
        ),
        ("Residents heard 300 explosions.", Unsourced),
        ("Its own board papers show it managed 54.2 per cent.", Attributed),
        ("Insurers estimate the bill at €150m to €200m.", Attributed),
        // (French "note" is a weak verb: "Le magazine note que…"; in English, "notes that".)
        ("Critics noted that fewer than 900 beds were delivered.", Attributed),
        ("Forecasters expected to see 30 km/h winds.", Attributed),
        (
            "If the cold persists, as forecasters expect, storage could drop to 35%.",
            Unsourced,
        ),
        ("They expect 300 guests, a lot to expect from 12 staff.", Attributed),
        // A relative clause with its own subject: active, not a reduced passive.
        // (Its clause is what the verb covers: see reach.rs.)
        (
            "It assumes a load factor that the developer's own consultants put at 31 percent.",
            Unsourced,
        ),
        ("Its contribution, put at 2.7 percent of GDP, grew.", Passive),
    ];

    #[test]
    fn cases() {
        check(CASES);
    }
}
