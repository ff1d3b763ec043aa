//! Whether a sentence attributes what it says, and how it fails to.
//!
//! A sentence is attributed when it holds an attribution phrase ("selon", "d'après",
//! "de source militaire", "according to", "citing", "per the Pentagon", "a appris"), or a
//! reporting verb with a subject, in any tense and order ("X a déclaré", "a indiqué X",
//! "affirme un rapport", "a-t-il précisé", "estime-t-elle", "X said", "told reporters").
//!
//! Not attribution, but worth telling apart in the message: the conditional mood alone
//! ("atteindrait", "auraient été"), English hedges ("reportedly"), and a passive without
//! agent ("est estimé à", "is estimated at"; with "par"/"by" and an agent it attributes).
//! A reporting verb after a determiner is a noun ("une note", "the reports"); after "on"
//! it names nobody ("on estime").
//!
//! Each pattern is a rule in its own file, with its table of cases: [`phrases`], [`per`],
//! [`places`] ("-t-on à Kiev"), [`verbs`] (with [`verbs_fr`] and [`verbs_en`]), [`quotes`]
//! (a quotation and its speaker), [`reach`] (what an active reporting verb covers: not its
//! counted subject, only its clause when subordinate), [`subject`] (a document as subject, and the subject that
//! continues the previous sentence's attribution) and, for what distances without a
//! source, [`hedges`]. A cue whose source is still a placeholder ("selon [source]",
//! "according to TK") names nobody: [`placeholders`]. The answers of a Q&A interview are
//! the interviewee's: [`interview`]. Their word lists are in [`super::lexicon::attribution`].

mod hedges;
pub(crate) mod interview;
mod per;
mod phrases;
mod placeholders;
mod places;
pub(crate) mod quotes;
mod reach;
mod subject;
mod verbs;
mod verbs_en;
mod verbs_fr;

use super::classes as cl;
use super::lexicon::attribution as cues;
use super::tokens::{Kind, Tok};
use reach::Reach;
use std::ops::Range;
use verbs::Verdict;

/// What a sentence says about its sources.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub(crate) struct Cues {
    /// The sentence names a source.
    pub(crate) attributed: bool,
    /// It uses the conditional mood (or an English hedge) to distance itself.
    pub(crate) conditional: bool,
    /// It uses a reporting passive without agent.
    pub(crate) passive: bool,
    /// It starts with a subject that can continue the previous sentence's attribution: a
    /// pronoun, or a source noun.
    pub(crate) continues: bool,
    /// The noun its subject starts with ("rapport"), to compare with the previous sentence.
    pub(crate) subject: Option<String>,
    /// A source phrase is followed by a placeholder ("selon [source]", "according to TK")
    /// instead of a source.
    pub(crate) placeholder: bool,
    /// When `attributed` comes only from reporting verbs with a counted subject: the byte
    /// range of that subject, whose figures (but small counts in words) are not covered.
    pub(crate) uncovered: Option<Range<usize>>,
    /// When the only reporting verbs sit in subordinate clauses (`attributed` is false):
    /// the byte range they cover.
    pub(crate) clause: Option<Range<usize>>,
    /// A relative clause that describes the subject of the reporting verb after it ("X,
    /// which gets 80% of its gas from Russia, said…"): no cue after it covers its figures,
    /// small counts in words included.
    pub(crate) described: Option<Range<usize>>,
    /// Where the reporting verb that attributes the sentence speaks, or who its speaker is,
    /// rather than what it reports: the audience before "that"/"que" ("told a meeting
    /// attended by 200 residents that…"), or a relative clause describing the speaker after
    /// an incise ("…, témoigne Mathilde Guérin, qui élève 70 vaches"). Its figures are not
    /// covered.
    pub(crate) setting: Option<Range<usize>>,
}

impl Cues {
    /// Whether the figure at byte `start`, of shape `kind`, is covered by the sentence's
    /// own cues.
    /// `names_speakers`: the figure is a small count in words, which in the verb's subject
    /// names its speakers ("Trois experts estiment…") rather than counting what they report
    /// on ("Forty-one staff wrote…" does count them).
    pub(crate) fn covers(&self, start: usize, names_speakers: bool) -> bool {
        if self.aside(start) {
            return false;
        }
        if self.attributed {
            // (The count names speakers only where it opens the subject: not "La brasserie
            // emploie onze salariés et prévoit…".)
            !self
                .uncovered
                .as_ref()
                .is_some_and(|r| r.contains(&start) && !(names_speakers && start <= r.start + 4))
        } else {
            self.clause.as_ref().is_some_and(|r| r.contains(&start))
        }
    }

    /// Whether byte `start` lies in what the sentence says of its speaker or of where it
    /// speaks ([`Cues::described`], [`Cues::setting`]): no attribution covers it, not
    /// even one carried over from the sentence before.
    pub(crate) fn aside(&self, start: usize) -> bool {
        [&self.described, &self.setting]
            .iter()
            .any(|r| r.as_ref().is_some_and(|r| r.contains(&start)))
    }

    /// Whether the sentence names a source for some of its figures.
    pub(crate) fn some_source(&self) -> bool {
        self.attributed || self.clause.is_some()
    }
}

/// A commune's population in brackets after its name, as local pages print it: "Le maire
/// de Vernoux-sur-Clain (1 200 habitants), Patrick Dubreuil, chiffre à…" (the newsroom's
/// own description, which the speaker's cue does not cover).
fn population_in_brackets(toks: &[Tok<'_>]) -> Option<std::ops::Range<usize>> {
    (1..toks.len().saturating_sub(3)).find_map(|k| {
        let people = matches!(
            toks[k + 2].lower.as_ref(),
            "habitants" | "hab" | "inhabitants" | "residents" | "âmes"
        );
        let closed =
            toks[k + 3].is_sym(')') || (toks[k + 3].is_sym('.') && toks.get(k + 4).is_some_and(|t| t.is_sym(')')));
        (toks[k].is_sym('(') && toks[k - 1].is_capitalized() && toks[k + 1].num().is_some() && people && closed)
            .then(|| toks[k].start..toks[k + 3].end)
    })
}

/// Word `k` is "compter" as having members, not counting: "le comité, qui compte 24
/// clubs", "le club, qui ne comptait que 18 licenciées" (but "qui en comptait 13", "qui a
/// compté" counted).
pub(super) fn has_members(toks: &[Tok<'_>], k: usize) -> bool {
    let w = toks[k].lower.as_ref();
    w.starts_with("compt")
        && !w.starts_with("compté")
        && !(k > 0 && matches!(toks[k - 1].lower.as_ref(), "en" | "a" | "ont"))
}

/// Analyses the tokens of one sentence, with no placeholder list (tests).
#[cfg(test)]
pub(crate) fn analyze(toks: &[Tok<'_>]) -> Cues {
    analyze_in::<&str>(toks, "", &[])
}

/// Analyses the tokens of one sentence of `text` (the text the tokens' offsets point
/// into): a source phrase followed by one of `placeholders` does not attribute.
pub(crate) fn analyze_in<S: AsRef<str>>(toks: &[Tok<'_>], text: &str, placeholders: &[S]) -> Cues {
    let mut c = Cues::default();
    // A cue that covers the whole sentence was found: nothing more to learn but hedges.
    let mut whole = false;
    // Where the first cue that covers the whole sentence sits (a byte offset), and the
    // relative clause describing a reporting verb's subject, if any.
    let mut whole_from = usize::MAX;
    // A description that names its own source is covered by it: "The document, which
    // media reports range from ten to 32 pages, must…".
    let described = reach::subject_description(toks).filter(|r| {
        let inner: Vec<Tok<'_>> = toks.iter().filter(|t| r.contains(&t.start)).cloned().collect();
        // (So is its own forecast, changed in the description: "The Bank of Portugal, which
        // cut its own 2026 forecast to 2.0 pct in October, said…".)
        let own_forecast = inner.iter().enumerate().any(|(k, t)| {
            matches!(
                t.lower.as_ref(),
                "its" | "their" | "son" | "sa" | "ses" | "leur" | "leurs"
            ) && inner[k + 1..].iter().take(4).any(|n| {
                matches!(
                    n.lower.as_ref(),
                    "forecast" | "forecasts" | "guidance" | "outlook" | "prévision" | "prévisions"
                )
            })
        });
        // (Or what it says it has, as a claim: "The RMT, which says it has about 80,000
        // members, has announced…", "qui dit compter 600 membres".)
        let says_it_has = inner.windows(3).any(|w| {
            matches!(w[0].lower.as_ref(), "says" | "said" | "dit" | "affirme")
                && (matches!(
                    (w[1].lower.as_ref(), w[2].lower.as_ref()),
                    ("it" | "they", "has" | "have" | "had")
                ) || matches!(w[1].lower.as_ref(), "compter" | "rassembler" | "regrouper" | "fédérer"))
        });
        let claims = own_forecast
            || says_it_has
            || inner
                .iter()
                .any(|t| cues::DESCRIBING_CLAIMS.contains(&t.lower.as_ref()));
        claims || !analyze_in(&inner, text, placeholders).some_source()
    });
    for (i, t) in toks.iter().enumerate() {
        if whole && whole_from == usize::MAX {
            whole_from = toks[i - 1].start;
        }
        if !t.is_word() {
            continue;
        }
        if hedges::distances(t) {
            c.conditional = true;
        }
        if whole {
            continue;
        }
        // (Before the source phrases: "in a poll of 12 analysts" gives the poll's forecast
        // only, not the sentence around it.)
        if t.lower == "poll" {
            if let Some(r) = per::vs_poll(toks, i) {
                merge_clause(&mut c, r);
                continue;
            }
        }
        if t.is(cl::PER_CUE) {
            if let Some(r) = per::poll_forecast(toks, i).or_else(|| per::consensus(toks, i)) {
                merge_clause(&mut c, r);
                continue;
            }
        }
        if let Some(len) = phrases::attributes(toks, i) {
            // "the arena said in a statement, and…": the phrase goes with the verb before
            // it, whose reach decides.
            let after_verb = i > 0
                && toks[i - 1].is(cl::VERB)
                && verbs::verdict(toks, i - 1) == Verdict::Attributes
                && !placeholders::follows(toks, i + len, text, placeholders);
            if after_verb {
                continue;
            }
            if placeholders::follows(toks, i + len, text, placeholders) {
                c.placeholder = true;
            } else if let Some(r) = phrases::clause_only(toks, i, len) {
                merge_clause(&mut c, r);
            } else if let Some(r) = phrases::in_relative(toks, i) {
                merge_clause(&mut c, r);
            } else if let Some(r) = phrases::incise_before_clause(toks, i, len) {
                merge_clause(&mut c, r);
            } else if let Some(r) = phrases::but_subject(toks, i, len) {
                c.attributed = true;
                c.uncovered.get_or_insert(r);
            } else {
                whole = true;
                c.setting = reach::setting(toks, i);
            }
            continue;
        }
        // A reflexive verb of speech in an incise, its subject after it: "…, s'est félicité
        // dimanche soir son président", "…, se réjouit le maire".
        if matches!(t.lower.as_ref(), "se" | "s'") && reflexive_incise(toks, i) {
            whole = true;
            continue;
        }
        // (Most words open none of these cues: a bit test passes them.)
        let per_cue = t.is(cl::PER_CUE)
            && (per::attributes(toks, i)
                || per::from_attributes(toks, i)
                || per::owned_figure(toks, i)
                || per::owned_predicate(toks, i)
                || per::own_count(toks, i)
                || per::pour_attributes(toks, i)
                || per::in_a_document(toks, i)
                || places::attributes(toks, i));
        // A body's own forecast speaks for its clause; an event after "after"/"as" that
        // explains the change is the newsroom's ("cut its full-year margin forecast on
        // Thursday after first-half profit fell 18 pct").
        // (Hearsay before a body's own figure names no source: "Ghana's regulator has
        // reportedly trimmed its crop forecast to 550,000 tonnes".)
        let hearsay = || {
            toks[..i]
                .iter()
                .any(|t| matches!(t.lower.as_ref(), "reportedly" | "allegedly"))
        };
        if t.is(cl::PER_CUE) && hearsay() {
            continue;
        }
        if !per_cue && t.is(cl::PER_CUE) && per::own_guidance(toks, i) {
            match per::explained_from(toks, i) {
                Some(cut) => merge_clause(&mut c, toks[0].start..toks[cut].start),
                None => whole = true,
            }
            continue;
        }
        if per_cue || per::given_by(toks, i) {
            whole = true;
            continue;
        }
        match verbs::verdict(toks, i) {
            Verdict::Attributes => match reach::reach(toks, i) {
                // (A verb inside a quotation speaks for its speaker, whom an incise after
                // it names with what describes them: "« … faster than we thought », said
                // Pekka Lindroos, who has a price target of 14.50 euros".)
                Reach::Sentence if quoted_at(toks, i) => continue,
                Reach::Sentence => {
                    whole = true;
                    c.setting = reach::setting(toks, i);
                }
                Reach::ButSubject(r) => {
                    c.attributed = true;
                    c.uncovered.get_or_insert(r);
                }
                Reach::Clause(r) => merge_clause(&mut c, r),
            },
            Verdict::Agent => {
                whole = true;
                // The agent's own count is the newsroom's: "réalisés par une équipe de 25
                // bénévoles", "counted by some 40 volunteers".
                if c.setting.is_none() {
                    c.setting = counted_agent(toks, i);
                }
            }
            // The figure's noun as subject, vouched for in an incise: "Le montant, confirmé
            // par la mairie, est de 2,4 millions d'euros" (the whole sentence is its figure).
            Verdict::ReducedAgent
                if i >= 2
                    && toks[i - 1].is_sym(',')
                    && matches!(
                        toks[i - 2].lower.as_ref(),
                        "montant" | "chiffre" | "bilan" | "total" | "coût" | "figure" | "toll" | "tally" | "amount"
                    )
                    && i <= 4 =>
            {
                whole = true;
            }
            Verdict::ReducedAgent => {
                // With the figure it qualifies: "above the 398 mln expected by analysts".
                // (Not a figure set by the agent, a rule: "l'objectif de 10 % fixé par la
                // préfecture".)
                let clause = reach::rest_of_clause(toks, i);
                let sets = ["fix", "set", "impos", "requi", "exig", "décid", "vot", "adopt"]
                    .iter()
                    .any(|p| toks[i].lower.starts_with(p));
                let from = (!sets)
                    .then(|| reach::antecedent_figure(toks, i).or_else(|| reach::restated_by_apposition(toks, i)))
                    .flatten()
                    .unwrap_or(clause.start);
                // (What it sets is the rule, not a report: "L'enveloppe, fixée à 500 000
                // euros par le conseil municipal, représente…"; a toll it gives is a report,
                // "le bilan, fixé à 300 morts par le ministère".)
                let toll = toks[..i].iter().any(|t| {
                    matches!(
                        t.lower.as_ref(),
                        "bilan" | "toll" | "chiffre" | "nombre" | "estimation" | "estimate"
                    )
                });
                if !sets || toll {
                    merge_clause(&mut c, from..clause.end);
                }
            }
            Verdict::Hedges => c.conditional = true,
            Verdict::Passive => c.passive = true,
            Verdict::Nothing => {}
        }
    }
    if !whole {
        if let Some(r) = quotes::named_subject_quote(toks).or_else(|| quotes::colon_quote(toks)) {
            merge_clause(&mut c, r);
        }
    }
    if !whole && quotes::attributes(toks) {
        whole = true;
        // What the incise after the quotation says of its speaker: "», souffle Hélène
        // Perrin, 44 ans, vigneronne installée sur 12 hectares".
        if c.setting.is_none() {
            c.setting = (2..toks.len())
                .filter(|&j| toks[j].is_word() && toks[j - 1].is_sym(',') && toks[j - 2].is_sym('»'))
                .find_map(|j| reach::setting(toks, j));
        }
    }
    // The incise after a quotation, when a cue inside the quotation covered the sentence
    // first ("« Ils m'ont dit que… », a témoigné Marcel Dufaure, 81 ans, qui a perdu 12 500
    // euros"): what it says of its speaker is still not covered.
    if whole && c.setting.is_none() {
        c.setting = (2..toks.len())
            .filter(|&j| toks[j - 1].is_sym(',') && matches!(toks[j - 2].kind, Kind::Sym('»' | '”' | '"')))
            .find_map(|j| {
                let verb = (j..toks.len().min(j + 2)).find(|&v| toks[v].is(cl::VERB))?;
                reach::setting(toks, verb)
            });
    }
    // A source phrase after the cue that covered the sentence first: what it says of its
    // source is still not covered ("Economists had expected 6.3 pct, according to a poll of
    // 31 forecasters").
    if whole && c.setting.is_none() {
        if let Some(p) = (1..toks.len()).find(|&p| {
            toks[p].start >= whole_from.min(toks[toks.len() - 1].start)
                && toks[p].is_word()
                && phrases::attributes(toks, p).is_some()
        }) {
            c.setting = reach::setting(toks, p);
        }
    }
    subject::read(toks, &mut c);
    if subject::is_document(&c, toks) || document_label(toks) || dashed_credit(toks) {
        whole = true;
    }
    if whole && whole_from == usize::MAX {
        whole_from = toks.last().map_or(0, |t| t.start);
    }
    // A cue before the description covers it ("Selon l'AFP, la Hongrie, qui…, a dit");
    // the ones after it do not.
    // And only when the described subject may be the one speaking: a name or a body ("La
    // FCPE, qui représente 300 familles, a lancé…, selon ses responsables"), or any subject
    // when the cue follows the description ("Hungary, which…, said"). A thing described
    // ("The stand, which cost £1.6m, was…, according to the chairman") is reported with the
    // rest.
    // (A claim elsewhere is looked for only when the subject is not described already.)
    let subject_described = described.is_some();
    c.described = described.filter(|r| {
        whole_from >= r.end
            && (whole_from == usize::MAX
                || speaking_subject(toks)
                || toks.iter().filter(|t| t.start >= r.end && t.start < whole_from).count() <= 4)
    });
    // The source a phrase opening the sentence names, described by a relative clause:
    // "Selon l'association Montagne sûre, qui regroupe 230 guides, la fréquentation…".
    if c.described.is_none() {
        c.described = phrases::source_description(toks)
            .or_else(|| poll_sample(toks))
            .or_else(|| claim_clause(toks).filter(|_| !subject_described))
            .or_else(|| population_in_brackets(toks));
    }
    if whole {
        c.attributed = true;
        c.uncovered = None;
        c.clause = None;
    } else if c.attributed {
        c.clause = None;
    }
    c
}

/// Token `i` lies inside a quotation that an incise after it attributes: an opening mark
/// before it, its closing mark after it, then a comma and a verb of speech within two words.
fn quoted_at(toks: &[Tok<'_>], i: usize) -> bool {
    let mark = |t: &Tok<'_>| matches!(t.kind, Kind::Sym('«' | '»' | '“' | '”' | '"'));
    // (Marks open and close in turn: an odd count before it leaves one open.)
    if toks[..i].iter().filter(|t| mark(t)).count() % 2 == 0 {
        return false;
    }
    let Some(close) = toks[i..].iter().position(mark).map(|p| i + p) else {
        return false;
    };
    (close + 1..toks.len().min(close + 4))
        .any(|k| toks[k].is(cl::VERB) && verbs::verdict(toks, k) == Verdict::Attributes)
}

/// A claim in a relative clause anywhere in the sentence, to the clause's end: "Me Claire
/// Fauvel, avocate de la FDSEA de la Creuse, syndicat qui revendique plus de 1 100 adhérents
/// dans le département, a réclamé…" (what a body claims to be describes it; see
/// [`cues::DESCRIBING_CLAIMS`]). Its byte range.
fn claim_clause(toks: &[Tok<'_>]) -> Option<Range<usize>> {
    let k = toks.windows(2).position(|w| {
        matches!(w[0].lower.as_ref(), "qui" | "which" | "who") && cues::DESCRIBING_CLAIMS.contains(&w[1].lower.as_ref())
    })?;
    let end = toks[k + 2..]
        .iter()
        .position(|t| matches!(t.kind, Kind::Sym(',' | ';' | '.' | ')' | '»' | '"')))
        .map_or(toks.len(), |p| k + 2 + p);
    // (Describing the speaker: the reporting verb follows the clause, "…, a réclamé"; not
    // what a source in an incise describes, "Le club d'Aubarne, qui revendique 21
    // licenciées, fait figure d'exception, souligne le comité".)
    let speaker_follows = toks.get(end).is_some_and(|t| t.is_sym(','))
        && toks.get(end + 1).is_some_and(|t| {
            cues::AUXILIARIES.contains(&t.lower.as_ref())
                || (t.is(cl::VERB) && verbs::verdict(toks, end + 1) != verbs::Verdict::Nothing)
        });
    (end > k + 2 && speaker_follows).then(|| toks[k].start..toks[end - 1].end)
}

/// A poll's sample after its noun, in a sentence a cue covers: "…, the institute said,
/// against a forecast of 1.8 pct in a poll of 14 economists" (how the poll was made, the
/// newsroom's; see the guideline on a source's description). The sample's byte range.
fn poll_sample(toks: &[Tok<'_>]) -> Option<Range<usize>> {
    let lw = |k: usize| toks.get(k).map_or("", |t| t.lower.as_ref());
    let p = toks.iter().position(|t| {
        (4..=8).contains(&t.lower.len()) && matches!(t.lower.as_ref(), "poll" | "survey" | "sondage" | "enquête")
    })?;
    // In a phrase, not the sentence's subject ("The poll of 1,004 adults was conducted…,
    // Gallup said" asserts the sample); or the subject of what it found: "A poll of 2,104
    // adults by Northgate Research, published on Monday, found that 41%…".
    let phrase = p >= 2 && matches!(lw(p - 2), "in" | "dans" | "from" | "par");
    let finder = p == 1
        && matches!(lw(0), "a" | "an" | "the" | "un" | "une" | "le" | "l'")
        && toks[p + 1..].iter().take(16).any(|t| {
            matches!(
                t.lower.as_ref(),
                "found" | "finds" | "showed" | "shows" | "suggested" | "suggests" | "montre" | "révèle" | "indique"
            )
        });
    if !(phrase || finder) {
        return None;
    }
    let n = if matches!(lw(p + 1), "of" | "de" | "d'") {
        p + 2
    } else if lw(p + 1) == "auprès" && matches!(lw(p + 2), "de" | "d'") {
        p + 3
    } else {
        return None;
    };
    let num = toks.get(n)?;
    if num.num().is_none() || !toks.get(n + 1).is_some_and(|t| t.is_word()) {
        return None;
    }
    Some(num.start..toks[n + 1].end)
}

/// A label before a colon that names a document, as a headline or a lead does: "Notre
/// grand sondage : 62 % de nos lecteurs veulent…", "Survey: 40% of drivers…". At most five
/// words, no figure, a document noun among them.
fn document_label(toks: &[Tok<'_>]) -> bool {
    let Some(colon) = toks.iter().take(8).position(|t| t.is_sym(':')) else {
        return false;
    };
    let label = &toks[..colon];
    let words = label.iter().filter(|t| t.is_word()).count();
    // (Figures named as such are the box's own, not a document's: "KEY FIGURES (pct):",
    // "Les chiffres clés :".)
    // (Nor a breakdown's title: "Reports by region:", "Signalements par département :" lists
    // the counts by a common noun, it names no source; "Survey by Ifop:" does.)
    let breakdown = label.windows(2).any(|w| {
        matches!(w[0].lower.as_ref(), "by" | "par")
            && w[1].is_word()
            && !w[1].is_capitalized()
            && !cues::SUBJECT_DETERMINERS.contains(&w[1].lower.as_ref())
    });
    (1..=5).contains(&words)
        && !breakdown
        && !label.iter().any(|t| t.num().is_some())
        && label.iter().any(|t| {
            let w = t.lower.as_ref();
            (cues::DOC_NOUNS.contains(&w) || cues::DOC_NOUNS_EN.contains(&w))
                && !matches!(w, "figures" | "chiffres" | "numbers" | "stats")
        })
}

/// The agent phrase after the passive participle at `i`, when it counts its agent: from
/// the word after "par"/"by" to the clause's end ("…, réalisés par une équipe de 25
/// bénévoles postés autour du lac").
fn counted_agent(toks: &[Tok<'_>], i: usize) -> Option<Range<usize>> {
    let by = (i + 1..toks.len().min(i + 9))
        .find(|&k| matches!(toks[k].lower.as_ref(), "par" | "by") && verbs::agent_follows(&toks[k], toks.get(k + 1)))?;
    // To the clause's end, or a preposition that leaves the agent ("estimated by the IEA at
    // 3.3 million barrels", "chiffré par les auteurs à 2,4 milliards").
    let end = (by + 1..toks.len())
        .find(|&k| {
            toks[k].is_sym(',')
                || toks[k].is_sym(';')
                || toks[k].is_sym('.')
                || matches!(
                    toks[k].lower.as_ref(),
                    "at" | "à" | "au" | "in" | "en" | "to" | "on" | "sur" | "for" | "pour"
                )
        })
        .unwrap_or(toks.len());
    let counts = toks[by + 1..end]
        .iter()
        .any(|t| t.num().is_some() || t.is(cl::NUMWORD) || t.is(cl::APPROX));
    (counts && end > by + 1).then(|| toks[by + 1].start..toks[end - 1].end)
}

/// A wire headline's source after a dash at its end: "Ukraine's Danube ports shipped 1.9
/// mln T of grain in Sept - port authority", "Exports fell 4 pct - ministry", "… – sources".
/// One to four words after a spaced dash that closes the sentence, a body, a document or
/// "sources"/"officials" among them, and no figure.
fn dashed_credit(toks: &[Tok<'_>]) -> bool {
    let end = toks.len() - usize::from(toks.last().is_some_and(|t| t.is_sym('.')));
    let Some(dash) = toks[..end]
        .iter()
        .rposition(|t| t.is_sym('-') || t.is_sym('–') || t.is_sym('—'))
    else {
        return false;
    };
    // (A possessive name's mark and "s" set aside: "- Ukraine's General Staff".)
    let credit: Vec<&Tok<'_>> = toks[dash + 1..end]
        .iter()
        .enumerate()
        .filter(|&(q, t)| {
            let apostrophe = |t: &Tok<'_>| t.is_sym('\'') || t.is_sym('’');
            let possessive_s = t.lower == "s" && q > 0 && apostrophe(&toks[dash + q]);
            !(apostrophe(t) || possessive_s)
        })
        .map(|(_, t)| t)
        .collect();
    // (The dash may be glued to the credit, never to the headline: "up 40 pct -border
    // guard".)
    let spaced = toks[dash].space_before;
    // A name alone: "… in storage ahead of winter - Naftogaz".
    let name = (1..=3).contains(&credit.len()) && credit.iter().all(|t| t.is_word() && t.is_capitalized());
    // An agent noun last, the one who counted: "- surveyor", "- cargo surveyors", "-
    // consultant", "- statistician".
    let agent = credit.last().is_some_and(|t| {
        let w = t.lower.as_ref();
        w.chars().count() > 5
            && !t.is_capitalized()
            && ["or", "ors", "ist", "ists", "ian", "ians", "ant", "ants"]
                .iter()
                .any(|s| w.ends_with(s))
    });
    spaced
        && dash > 0
        && (1..=4).contains(&credit.len())
        && credit.iter().all(|t| t.is_word())
        && (name
            || agent
            || credit.iter().any(|t| {
                let w = t.lower.as_ref();
                cues::BODIES_EN.contains(&w)
                    || cues::BODIES_FR.contains(&w)
                    || cues::DOC_NOUNS.contains(&w)
                    || cues::DOC_NOUNS_EN.contains(&w)
                    || matches!(
                        w,
                        "sources"
                            | "source"
                            | "officials"
                            | "official"
                            | "minister"
                            | "ministre"
                            | "guard"
                            | "spokesman"
                            | "spokeswoman"
                            | "spokesperson"
                            | "porte-parole"
                            // "- governor", "- traders", "- brokers": a wire's credit.
                            | "governor"
                            | "traders"
                            | "brokers"
                            | "dealers"
                            | "analysts"
                            // "- forecaster", "- monitors": who measured it.
                            | "forecaster"
                            | "forecasters"
                            | "monitors"
                            // "- emergency service", "- fire services".
                            | "service"
                            | "services"
                            // "- diplomats", "- EU diplomats".
                            | "diplomats"
                            | "diplomat"
                            // "- exporters", "- growers": a trade's people.
                            | "exporters"
                            | "importers"
                            | "growers"
                            | "producers"
                            | "mayor"
                            // "- Eurostat flash", "- Tessera calculations".
                            | "flash"
                            | "calculations"
                            | "estimate"
                            | "estimates"
                            | "tally"
                            // "- think tank", "- statistics institute", "- labour office",
                            // "- grid operator", "- regulator".
                            | "tank"
                            | "institute"
                            | "office"
                            | "operator"
                            | "regulator"
                            // "- air force", "- military".
                            | "force"
                            | "forces"
                            | "military"
                    )
            }))
}

/// The sentence opens with a subject that may speak: a name ("La FCPE", "Hungary"; a word
/// with no determiner before it) or a body ("Le syndicat", "the council").
fn speaking_subject(toks: &[Tok<'_>]) -> bool {
    let mut words = toks.iter().filter(|t| t.is_word());
    let Some(first) = words.next() else { return false };
    if !cues::SUBJECT_DETERMINERS.contains(&first.lower.as_ref()) {
        // (Not a sector of the economy or an indicator, bare, as wires write them:
        // "Manufacturing, which accounts for about 80 pct of industrial production, grew
        // 4.0 pct, the office said".)
        return !cues::SECTORS_EN.contains(&first.lower.as_ref());
    }
    let Some(head) = words.next() else { return false };
    let h = head.lower.as_ref();
    // A body by its kind and its name: "Le groupe Halvorsen Wehrtechnik, qui…".
    let named_after = words.next().is_some_and(|t| t.is_capitalized());
    // (Or a person by a title: "Le maire de Marcillac, commune de 312 habitants, …".)
    let title = matches!(
        h,
        "maire"
            | "président"
            | "présidente"
            | "directeur"
            | "directrice"
            | "ministre"
            | "préfet"
            | "préfète"
            | "mayor"
            | "president"
            | "director"
            | "minister"
            | "chief"
    );
    // A name that qualifies a thing is no body: "The Lake Harlan nickel operation in
    // Western Australia, which employs…" (its noun, lower case, closes the phrase before
    // "in"/"de" or the comma).
    let thing_named = head.is_capitalized() && {
        let phrase: Vec<&Tok<'_>> = toks
            .iter()
            .skip(1)
            .take_while(|t| t.is_word() && !matches!(t.lower.as_ref(), "in" | "of" | "de" | "du" | "des" | "d'"))
            .collect();
        phrase.len() >= 3
            && phrase.last().is_some_and(|t| {
                !t.is_capitalized()
                    && !cues::BODIES_EN.contains(&t.lower.as_ref())
                    && !cues::BODIES_FR.contains(&t.lower.as_ref())
            })
    };
    ((head.is_capitalized() || named_after) && !thing_named)
        || title
        || cues::BODIES_EN.contains(&h)
        || cues::BODIES_FR.contains(&h)
        || cues::SOURCE_NOUNS.contains(&h)
}

/// "se"/"s'" at `i` opens an incise with a reflexive verb of speech and its subject: ",
/// s'est félicité dimanche soir son président", ", se réjouit le maire".
fn reflexive_incise(toks: &[Tok<'_>], i: usize) -> bool {
    if i == 0 || !toks[i - 1].is_sym(',') {
        return false;
    }
    let aux = matches!(
        toks.get(i + 1).map(|t| t.lower.as_ref()),
        Some("est" | "sont" | "était")
    );
    let v = if aux { i + 2 } else { i + 1 };
    if !toks
        .get(v)
        .is_some_and(|t| cues::REFLEXIVE_SPEECH_FR.contains(&t.lower.as_ref()))
    {
        return false;
    }
    // The subject within a few words (past the day: "dimanche soir"): a possessive or an
    // article before a noun, or a name.
    toks[v + 1..toks.len().min(v + 5)].iter().any(|t| {
        t.is_capitalized()
            || matches!(
                t.lower.as_ref(),
                "le" | "la" | "l'" | "les" | "son" | "sa" | "ses" | "leur" | "leurs"
            )
    })
}

/// The lower-case word at `k`, or "" past the end.
pub(super) fn lw_at<'t>(toks: &'t [Tok<'_>], k: usize) -> &'t str {
    toks.get(k).map_or("", |t| t.lower.as_ref())
}

/// Adds a subordinate clause that a cue covers to those already found.
fn merge_clause(c: &mut Cues, r: Range<usize>) {
    let r = c
        .clause
        .take()
        .map_or(r.clone(), |o| o.start.min(r.start)..o.end.max(r.end));
    c.clause = Some(r);
}

/// Helpers for the tables of cases of the rules.
#[cfg(test)]
mod testing {
    use super::super::tokens::tokenize;
    use super::{analyze, Cues};

    /// What the cues of a sentence make of its figures, as in [`super::super::Sourcing`]:
    /// a source first, then the conditional, then the agentless passive.
    #[derive(Debug, Clone, Copy, PartialEq, Eq)]
    pub(super) enum Expect {
        Attributed,
        Conditional,
        Passive,
        Unsourced,
    }

    pub(super) fn cues_of(s: &str) -> Cues {
        analyze(&tokenize(s, 0..s.len()))
    }

    /// The cues of `s` with the default placeholder list.
    pub(super) fn cues_with_placeholders(s: &str) -> Cues {
        let list = crate::figures::lexicon::attribution::PLACEHOLDERS;
        super::analyze_in(&tokenize(s, 0..s.len()), s, list)
    }

    /// Checks a table of cases: a sentence, then what its cues make of its figures.
    pub(super) fn check(cases: &[(&str, Expect)]) {
        for (s, expected) in cases {
            let c = cues_of(s);
            let got = if c.attributed {
                Expect::Attributed
            } else if c.conditional {
                Expect::Conditional
            } else if c.passive {
                Expect::Passive
            } else {
                Expect::Unsourced
            };
            assert_eq!(got, *expected, "{s}: {c:?}");
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::tokens::tokenize;
    use super::*;

    fn cues_of(s: &str) -> Cues {
        analyze(&tokenize(s, 0..s.len()))
    }

    #[test]
    fn attributed_sentences() {
        for s in [
            "Selon l'ONU, 300 civils ont été tués.",
            "D'après Kiev, 300 civils ont été tués.",
            "De source militaire, on compte 300 morts.",
            "Citant des responsables, le journal évoque 300 morts.",
            "À en croire le ministre, 300 civils ont été tués.",
            "Aux dires de l'armée, 300 civils ont été tués.",
            "According to the UN, 300 civilians were killed.",
            "Citing officials, the paper put the toll at 300.",
            "Per the Pentagon, 300 troops were deployed.",
            "Le ministre a déclaré que 300 civils ont été tués.",
            "300 civils ont été tués, a indiqué le gouverneur.",
            "300 civils ont été tués, affirme un rapport de l'IISS.",
            "Le bilan dépasse 300 morts, a-t-il précisé.",
            "Le bilan dépasse 300 morts, estime-t-elle.",
            "The toll exceeds 300, officials said.",
            "He told reporters the toll exceeded 300.",
            "The ministry estimated the toll at 300.",
            "Selon nos informations, 300 soldats ont été déployés.",
            "Le bilan est estimé par l'ONU à 300 morts.",
            "Le bilan atteint 300 morts, a appris l'AFP de source sécuritaire.",
            "Kyiv estimates that 300,000 soldiers were killed.",
            "Les Nations unies ont recensé 300 morts.",
        ] {
            assert!(cues_of(s).attributed, "{s}");
        }
    }

    #[test]
    fn not_attributed() {
        let c = cues_of("Le bilan atteindrait 300 morts.");
        assert!(!c.attributed && c.conditional);
        let c = cues_of("Des milliers d'enfants auraient été déportés.");
        assert!(!c.attributed && c.conditional);
        let c = cues_of("Le coût est estimé à 300 millions.");
        assert!(!c.attributed && c.passive, "{c:?}");
        let c = cues_of("The cost is estimated at $300 million.");
        assert!(!c.attributed && c.passive, "{c:?}");
        let c = cues_of("An estimated 10,000 people fled.");
        assert!(!c.attributed, "{c:?}");
        let c = cues_of("On estime que 300 soldats sont morts.");
        assert!(!c.attributed, "{c:?}");
        let c = cues_of("Une note de 300 pages circule.");
        assert!(!c.attributed, "{c:?}");
        let c = cues_of("L'Europe d'après-guerre comptait 300 millions d'habitants.");
        assert!(!c.attributed, "{c:?}");
        let c = cues_of("Some 300 troops reportedly crossed.");
        assert!(!c.attributed && c.conditional, "{c:?}");
        let c = cues_of("The economy grew 3 per cent.");
        assert!(!c.attributed, "{c:?}");
        // Adding a quantity is not speaking.
        for s in [
            "Le paquet ajoute 117 navires à la liste noire.",
            "Le Conseil a ajouté près de 200 entités à la liste.",
            "The package also adds 105 vessels to a blacklist.",
            "Brussels added another 45 banks.",
        ] {
            assert!(!cues_of(s).attributed, "{s}");
        }
    }

    #[test]
    fn adding_words_still_attribute_as_speech() {
        for s in [
            "Il a ajouté que 300 soldats étaient morts.",
            "Le bilan dépasse 300 morts, a ajouté le gouverneur.",
            "Le bilan dépasse 300 morts, ajoute-t-il.",
            "He added 3,000 soldiers had died.",
            "The toll exceeds 300, the governor added.",
            "The minister added that 300 troops were deployed.",
        ] {
            assert!(cues_of(s).attributed, "{s}");
        }
    }

    #[test]
    fn subjects() {
        assert!(cues_of("Il a ajouté que 300 soldats étaient morts.").continues);
        assert!(!cues_of("Il y a 300 soldats.").continues);
        assert!(cues_of("Le rapport compte aussi 300 blessés.").continues);
        assert!(cues_of("They put the cost at $3bn.").continues);
    }
}

#[cfg(test)]
mod description_tests {
    use super::testing::cues_of;

    /// Sentence, a figure in it, whether the sentence's cues cover it: a relative clause
    /// that describes the subject of the reporting verb after it is not what the verb
    /// reports, whatever cue follows; a cue before it covers it.
    const CASES: &[(&str, &str, bool)] = &[
        // An apposition that names the figure before it, with its source.
        (
            "La buvette a rapporté 6 800 euros, un chiffre communiqué par le club.",
            "6 800",
            true,
        ),
        (
            "Bar sales reached 6,800 euros, a figure reported by the club.",
            "6,800",
            true,
        ),
        (
            "Le club a vendu 400 maillots, un modèle dessiné par un artiste local.",
            "400",
            false,
        ),
        // A description of the subject, the cue after it; of the speaker in an incise.
        (
            "L'association, qui accompagne une cinquantaine de familles, le sait : « Il n'y a plus un euro », déplore sa présidente.",
            "cinquantaine",
            false,
        ),
        (
            "Six jeunes Ukrainiens jouaient, a précisé l'association Solidarité Ukraine 82, qui accompagne 140 réfugiés.",
            "140",
            false,
        ),
        (
            "Toledo, Ohio, Sunday, December 6, 2026 — Harbor Lakes Health, a non-profit network of nine hospitals, said it was restoring 300 computers.",
            "nine",
            false,
        ),
        (
            "HELSINKI, Oct 22 - Finnish paper maker Nordhavn, which employs about 9,800 people, said on Thursday its deliveries fell to 1.21 mln tonnes.",
            "9,800",
            false,
        ),
        (
            "HELSINKI, Oct 22 - Finnish paper maker Nordhavn, which employs about 9,800 people, said on Thursday its deliveries fell to 1.21 mln tonnes.",
            "1.21",
            true,
        ),
        (
            "Analysts had expected net profit of 195 mln zlotys, according to a poll of five brokerages published by the company.",
            "five",
            false,
        ),
        (
            "Analysts had expected net profit of 195 mln zlotys, according to a poll of five brokerages published by the company.",
            "195",
            true,
        ),
        (
            "Les opposants, réunis dans le collectif Villebrune à flot, qui revendique 600 membres, estimaient que la taxe ferait fuir 300 familles.",
            "600",
            false,
        ),
        (
            "Les opposants, réunis dans le collectif Villebrune à flot, qui revendique 600 membres, estimaient que la taxe ferait fuir 300 familles.",
            "300",
            true,
        ),
        (
            "Me Claire Fauvel, avocate de la FDSEA de la Creuse, syndicat qui revendique plus de 1 100 adhérents dans le département, a réclamé 250 000 euros.",
            "1 100",
            false,
        ),
        (
            "Me Claire Fauvel, avocate de la FDSEA de la Creuse, syndicat qui revendique plus de 1 100 adhérents dans le département, a réclamé 250 000 euros.",
            "250 000",
            true,
        ),
        (
            "Le club d'Aubarne, qui revendique 21 licenciées, fait figure d'exception, souligne le comité.",
            "21",
            true,
        ),
        (
            "The RMT, which says it has about 80,000 members, has announced a further 48-hour strike.",
            "80,000",
            false,
        ),
        (
            "Le groupe Normalait, propriétaire de l'usine depuis 2019 et qui exploite neuf autres sites en France, a indiqué proposer 52 postes de reclassement.",
            "neuf",
            false,
        ),
        (
            "Le groupe Normalait, propriétaire de l'usine depuis 2019 et qui exploite neuf autres sites en France, a indiqué proposer 52 postes de reclassement.",
            "52",
            true,
        ),
        // A participle after a figure's noun phrase covers that phrase, not the clause before.
        (
            "The bank cut its base rate by 150 basis points, more than the 50-point cut forecast by most economists.",
            "150",
            false,
        ),
        (
            "The bank cut its base rate by 150 basis points, more than the 50-point cut forecast by most economists.",
            "50-point",
            true,
        ),
        (
            "Greystone, Britain's fifth-largest supermarket group with a market share of 7.8 pct, raised its profit forecast, saying sales rose 4 pct.",
            "7.8",
            false,
        ),
        // (Not what the agent did: "analysed more than 1.2 million sightings recorded by
        // volunteers".)
        (
            "They analysed more than 1.2 million sightings recorded by volunteers in seven countries.",
            "1.2",
            false,
        ),
        // A participle clause that describes the subject before it.
        (
            "Déjà condamné onze fois, Kévin R. a expliqué avoir agi pour rembourser 3 000 euros.",
            "onze",
            false,
        ),
        (
            "Déjà condamné onze fois, Kévin R. a expliqué avoir agi pour rembourser 3 000 euros.",
            "3 000",
            true,
        ),
        (
            "Restauré cet été pour 4 500 euros, le monument a retrouvé ses lettres, selon l'adjointe.",
            "4 500",
            true,
        ),
        // Or a noun of what the speaker has.
        (
            "Propriétaire de 45 hectares de douglas, Bernard Chaumont estime avoir perdu un tiers de ses arbres.",
            "45",
            false,
        ),
        (
            "Propriétaire de 45 hectares de douglas, Bernard Chaumont estime avoir perdu un tiers de ses arbres.",
            "tiers",
            true,
        ),
        (
            "Auprès de 300 habitants, Bernard Chaumont a estimé la perte à 20 %.",
            "300",
            true,
        ),
        (
            "A group calling itself Grey Tide, which describes itself as pro-Russian and claims more than 40 attacks this year, posted a message on Telegram.",
            "40",
            false,
        ),
        // A reflexive verb of speech in an incise.
        (
            "Le club rentre avec cinq titres, un de plus qu'en 2025, s'est félicité dimanche soir son président, Youssef Benali.",
            "cinq",
            true,
        ),
        // A thing described, reported with the rest; pictures that show.
        (
            "The Lake Harlan nickel operation in Western Australia, which employs about 1,100 people, is under review, Chief Executive Martin Osei told reporters.",
            "1,100",
            true,
        ),
        (
            "Satellite images published by Orbview Imaging on Thursday showed at least four storage tanks burning.",
            "four",
            true,
        ),
        // Analysts' consensus.
        (
            "Copper output of 214,000 tonnes beat a company-compiled consensus of 206,500 tonnes.",
            "206,500",
            true,
        ),
        (
            "Copper output of 214,000 tonnes beat a company-compiled consensus of 206,500 tonnes.",
            "214,000",
            false,
        ),
        ("* Adjusted EBITDA 1.12 bln euros vs 1.08 bln consensus", "1.08", true),
        ("* Adjusted EBITDA 1.12 bln euros vs 1.08 bln consensus", "1.12", false),
        (
            "Le montant, confirmé par la mairie, est de 2,4 millions d'euros hors taxes.",
            "2,4",
            true,
        ),
        (
            "Polish core inflation, published on Wednesday by the central bank, eased to 3.1 pct.",
            "3.1",
            true,
        ),
        ("The new bridge, built in 2019 by Vinci, cost 40 mln euros.", "40", false),
        (
            "L'enveloppe, fixée à 500 000 euros par le conseil municipal, représente 3 % du budget.",
            "500 000",
            false,
        ),
        ("Le bilan, fixé à 300 morts par le ministère, reste provisoire.", "300", true),
        // The source's description past a hyphenated place in its name.
        (
            "Selon le moulin coopératif de Saint-Roch-des-Alpilles, qui regroupe 640 adhérents, 410 tonnes ont été triturées.",
            "640",
            false,
        ),
        (
            "Selon le moulin coopératif de Saint-Roch-des-Alpilles, qui regroupe 640 adhérents, 410 tonnes ont été triturées.",
            "410",
            true,
        ),
        // A commune's population in brackets after its name.
        (
            "Le maire de Vernoux-sur-Clain (1 200 habitants), Patrick Dubreuil, chiffre à 90 000 euros le coût.",
            "1 200",
            false,
        ),
        (
            "Le maire de Vernoux-sur-Clain (1 200 habitants), Patrick Dubreuil, chiffre à 90 000 euros le coût.",
            "90 000",
            true,
        ),
        // A quotation after the colon, past a quoted word before it.
        (
            "Son avocate a plaidé la bonne foi d'un entrepreneur « débordé » : « Mon client a payé plus de 40 000 euros. »",
            "40 000",
            true,
        ),
        ("The union is demanding a 6.5% pay rise.", "6.5", true),
        ("The union is asking for a rise of 8% for all nursing staff.", "8%", true),
        ("Network Rail has offered a 3.2% rise for this year.", "3.2%", true),
        ("ScotRail has offered a pay rise of 3.6% for 2026-27, while the union waits.", "3.6%", true),
        ("The central bank, Eesti Pank, forecasts growth of 1.0 pct for 2026.", "1.0", true),
        ("UPDATE 1-Skagerrak Lines Q3 volumes up 4.2 pct, warns rates to keep sliding", "4.2", false),
        ("UPDATE 1-Varenholt Q3 core profit up 9 pct, confirms 2026 outlook", "9 pct", false),
        ("* Q3 sales down 6 pct, adjusted EBIT misses forecast", "6 pct", false),
        ("Skagerrak Lines Q3 volumes up 4.2 pct, says CEO", "4.2", true),
        ("Exports rose 4.2 pct, the ministry said.", "4.2", true),
        (
            "Le comptage a mobilisé 34 bénévoles, précise le communiqué de l'association, qui détaille :",
            "34",
            true,
        ),
        (
            "Ghana's regulator has reportedly trimmed its crop forecast to 550,000 tonnes.",
            "550,000",
            false,
        ),
        ("Ghana's regulator has trimmed its crop forecast to 550,000 tonnes.", "550,000", true),
        (
            "La CGT, majoritaire dans l'entreprise avec 61 % des voix aux dernières élections professionnelles, dénonce la perte de 40 postes.",
            "61",
            false,
        ),
        (
            "La CGT, majoritaire dans l'entreprise avec 61 % des voix aux dernières élections professionnelles, dénonce la perte de 40 postes.",
            "40",
            true,
        ),
        (
            "La hausse atteint 29 %, a indiqué l'Association des exposants du Ried, qui regroupe une soixantaine de commerçants.",
            "soixantaine",
            false,
        ),
        (
            "La recette sera partagée, a précisé le comité Armagnac-Bigorre, qui compte 24 clubs engagés.",
            "24",
            false,
        ),
        (
            "Le maire de ce village de 412 habitants, Christian Foulon, a indiqué vouloir exposer 300 pièces.",
            "412",
            false,
        ),
        (
            "Le maire de ce village de 412 habitants, Christian Foulon, a indiqué vouloir exposer 300 pièces.",
            "300",
            true,
        ),
        (
            "\"The recovery is faster than we thought,\" said Pekka Lindroos, who has a price target of 14.50 euros.",
            "14.50",
            false,
        ),
        (
            "\"We thought we would sell 300 cars,\" said Pekka Lindroos, who runs a garage.",
            "300",
            true,
        ),
        (
            "An earlier version gave the number of strikers as 1,400; the union's figure is about 1,100.",
            "1,100",
            true,
        ),
        (
            "Selon un sondage commandé par le collectif auprès de 1 200 voyageurs, 64 % se disent prêts.",
            "1 200",
            false,
        ),
        (
            "Selon un sondage commandé par le collectif auprès de 1 200 voyageurs, 64 % se disent prêts.",
            "64",
            true,
        ),
        (
            "The draft also proposes lowering the cap on the price of Russian crude to $41 a barrel.",
            "41",
            true,
        ),
        (
            "« On avait 37 bateaux sur l'eau », s'enthousiasme le président du club, Michel Perrot.",
            "37",
            true,
        ),
        (
            "In South America, weather forecasts showed up to 60 mm of rain this week.",
            "60",
            true,
        ),
        ("The bank, with Eesti Pank, forecasts lower, 1.0 pct below.", "1.0", false),
        ("The company has offered a 3.5% pay rise, against inflation of 3.8%.", "3.8%", false),
        ("Its insurer has offered a reward of up to £50,000.", "50,000", false),
        (
            "One London-based dealer put the 2026/27 Ivorian harvest at about 2.1 million tons, against 1.85 million last season.",
            "2.1",
            true,
        ),
        (
            "The helpline received about 900 calls from people asking where to look.",
            "900",
            false,
        ),
        // A party's demand by "is seeking" (eleven corpora); not hearsay, nor a subject's
        // description.
        ("The GMB is seeking a rise of 8%, while the company has offered 4.5%.", "8%", true),
        ("It is reportedly seeking new funding at a valuation of $2 billion.", "2 billion", false),
        (
            "The White House, which is seeking a defence budget of $1.5 trillion for 2027, said it would look at the bill.",
            "1.5",
            false,
        ),
        // A poll's forecast after "vs"; not the figure before it.
        ("* Orders +1.8 pct m/m vs +0.5 pct in agency poll", "0.5", true),
        ("* Orders +1.8 pct m/m vs +0.5 pct in agency poll", "1.8", false),
        ("* Q3 orders 1.62 bln euros vs 1.41 bln in company-compiled poll", "1.41", true),
        ("* Q3 orders 1.62 bln euros vs 1.41 bln in company-compiled poll", "1.62", false),
        ("* EBIT $412 mln vs $455 mln forecast in analyst poll", "455", true),
        ("* EBIT $412 mln vs $455 mln forecast in analyst poll", "412", false),
        // The poll named before its forecast.
        ("* Q3 adj EBITDA 318 mln euros vs poll 296 mln", "296", true),
        ("* Q3 adj EBITDA 318 mln euros vs poll 296 mln", "318", false),
        // "before" a gerund is a time, not an audience.
        (
            "She expects inflation to peak at 2.6 pct before falling back below 2 pct by mid-2027.",
            "2 pct",
            true,
        ),
        // A clause's figure and its earlier value after ", against".
        (
            "The yield rose after the ministry said the deficit would reach 6.4 pct of GDP, against a previous target of 6.0 pct.",
            "6.0",
            true,
        ),
        // Or ", down from" / ", up from" it.
        (
            "The yield fell after data showed prices rose 3.1 pct in September, down from 3.4 pct in August.",
            "3.4",
            true,
        ),
        (
            "The yield fell after data showed prices rose 3.1 pct, down sharply, and imports fell 4 pct.",
            "4 pct",
            false,
        ),
        // A speaker's verb in a relative clause covers it.
        (
            "The company has blamed costs, which it says have risen 18% since 2024.",
            "18",
            true,
        ),
        ("Treasury notes were down 6 pct and the figures rose 2 pct.", "6", false),
        // A poll's median forecast as the subject: its figure, not its sample.
        ("The median forecast in a poll of 14 economists was 0.5 pct.", "0.5", true),
        ("The median forecast in a poll of 14 economists was 0.5 pct.", "14", false),
        // Its sample in the subject of what it found.
        (
            "A poll of 2,104 adults by Northgate Research, published on Monday, found that 41% of respondents supported the strike.",
            "2,104",
            false,
        ),
        (
            "A poll of 2,104 adults by Northgate Research, published on Monday, found that 41% of respondents supported the strike.",
            "41%",
            true,
        ),
        ("The median home in a poll of 14 towns was 300 metres away.", "300", false),
        // Its figure before it: the figure, not the sample.
        ("The figure was below the 3.8 pct median forecast in a poll of nine analysts.", "3.8", true),
        ("It was below the 3.8 pct median forecast in a poll of nine analysts.", "3.8", true),
        ("The figure was below the 3.8 pct median forecast in a poll of 12 analysts.", "12", false),
        ("The figure was below the 3.8 pct median height in a poll of 12 towns.", "3.8", false),
        // A source phrase after a breakdown of the figure covers the figure too.
        (
            "Le chantier a coûté 186 millions d'euros, dont 62 millions apportés par l'État et 35 millions par la Région, selon le département, maître d'ouvrage.",
            "186",
            true,
        ),

        (
            "The delegation, which included 12 officials, said in a statement that it had taken 4,000 square kilometres.",
            "12 officials",
            false,
        ),
        (
            "The delegation, which included 12 officials, said in a statement that it had taken 4,000 square kilometres.",
            "4,000",
            true,
        ),
        (
            "Le HCR, qui emploie environ 200 personnes en Pologne, a publié une enquête.",
            "environ 200",
            false,
        ),
        (
            "Le médiateur, qui a facilité plus d'une vingtaine d'échanges, a salué dans un communiqué le geste.",
            "plus d'une vingtaine",
            false,
        ),
        // A number in the subject's name does not stop the description from being one.
        (
            "La fédération Umih 66, qui représente environ 450 établissements, juge la saison correcte.",
            "environ 450",
            false,
        ),
        (
            "Les 27 ministres, qui ont reçu 300 pages de rapport, ont déclaré que le texte passerait.",
            "300 pages",
            true,
        ),
        (
            "Canada trains troops under Operation Unifier, which has instructed more than 40,000 soldiers, the defence department said.",
            "more than 40,000",
            true,
        ),
        (
            "Her former coach, Ivan Babić, who guided her to 11 of those titles, said she had played 70 matches a year.",
            "11 of those",
            false,
        ),
        // A body's own forecast covers its clause, not the event that explains the change.
        (
            "Brendel cut its full-year margin forecast to 5 pct on Thursday after first-half profit fell 18 pct.",
            "18 pct",
            false,
        ),
        (
            "Brendel cut its full-year margin forecast to 5 pct on Thursday after first-half profit fell 18 pct.",
            "5 pct",
            true,
        ),
        (
            "Brendel cut its full-year margin forecast to 5 pct after a 3 pct rise in costs.",
            "3 pct",
            true,
        ),
        // (Its article is not the French verb "a".)
        (
            "- A satellite operator, Helion Orbital, which runs about 120 satellites, said four had failed.",
            "about 120",
            false,
        ),
        (
            "Le groupe d'opposition, fort de quatre élus, a dénoncé un budget qui gonfle de 8 % les dépenses.",
            "quatre élus",
            false,
        ),
        // What a body says it has is a claim that describes it, as "qui revendique" (two corpora label it so: "qui dit
        // compter 340 adhérents", "which says it has about 80,000 members").
        (
            "The union, which says it has 12,000 members, said the strike would hold.",
            "12,000",
            false,
        ),
        // Not a subject's description: an apposition of the object before an incise.
        (
            "La Russie a lancé 405 drones, dont une dizaine de missiles, a annoncé l'armée.",
            "une dizaine",
            true,
        ),
        (
            "Selon l'AFP, la Hongrie, qui tire 80 % de son gaz de Russie, a dit non.",
            "80 %",
            true,
        ),
        ("Hungary, which has two pipelines, said it would sue.", "two", false),
        // A sector, bare, is a thing described: reported with the rest.
        (
            "Manufacturing, which accounts for about 80 pct of industrial production, grew 4.0 pct, the office said.",
            "about 80",
            true,
        ),
        (
            "Il serait racheté par une enseigne, qui pourrait créer une quinzaine d'emplois, a-t-on appris de source syndicale.",
            "quinzaine",
            true,
        ),
        (
            "En cause, un marché de 3,2 millions d'euros, attribué en 2021, selon l'ordonnance de renvoi.",
            "3,2",
            true,
        ),
        (
            "Elena Marinova, chief strategist at Danubia Asset Partners, which manages about 2 bln euros in bonds, said she had cut her exposure.",
            "2 bln",
            false,
        ),
        (
            "La fête a attiré près de 18 000 visiteurs, selon le comité des fêtes, qui compte une soixantaine de bénévoles.",
            "soixantaine",
            false,
        ),
        // An adjective that looks like a participle opens a clause, not a description.
        (
            "Adjusted operating profit fell 6.6 pct, the company said, short of the 118 mln euros expected by analysts.",
            "6.6",
            true,
        ),
        // A new clause after ", and", its subject a name.
        (
            "The European Union has blacklisted about 620 vessels so far, and Britain said on Thursday it had sanctioned more than 500.",
            "620",
            false,
        ),
        // A clause set beside another by a comma reports only itself.
        (
            "« J'ai payé 1 900 euros en liquide, il disait que l'eau allait couler chez les voisins. »",
            "1 900",
            false,
        ),
        // A breakdown of a counted subject is reported with it.
        (
            "Vingt-deux sapeurs-pompiers volontaires, dont quatre femmes, sont rattachés au centre, indique le Sdis.",
            "quatre",
            true,
        ),
        // The source's title or trade in apposition after its name: the newsroom's words.
        (
            "Pour Me Julien Rivière, avocat de douze parties civiles, le préjudice atteint 8 000 euros.",
            "douze",
            false,
        ),
        (
            "Pour Me Julien Rivière, avocat de douze parties civiles, le préjudice atteint 8 000 euros.",
            "8 000",
            true,
        ),
        (
            "Selon Anne Roy, directrice d'un réseau de 40 crèches, la pénurie touche 300 familles.",
            "40",
            false,
        ),
        // What the source claims to be, after it: the guideline's "qui revendique".
        (
            "Une quarantaine de riverains n'ont rien reçu, selon l'association Bellevue sans câble, qui revendique 200 adhérents.",
            "200",
            false,
        ),
        (
            "Une quarantaine de riverains n'ont rien reçu, selon l'association Bellevue sans câble, qui revendique 200 adhérents.",
            "quarantaine",
            true,
        ),
        // A quotation after a colon, its speaker the subject.
        (
            "Le technicien rappelle aussi le contexte : « Avec 900 000 euros de budget, nous jouons contre des clubs qui ont deux fois plus. »",
            "900 000",
            true,
        ),
        (
            "Le bilan est lourd : « 300 maisons détruites en une nuit ».",
            "300",
            false,
        ),
        (
            "Les dégâts : « 300 maisons détruites en une nuit ».",
            "300",
            false,
        ),
        // A named survey's sample stays the newsroom's.
        (
            "Une enquête menée par la Région au printemps auprès de 4 200 familles indique que 68 % veulent un ordinateur.",
            "4 200",
            false,
        ),
        (
            "Une enquête menée par la Région au printemps auprès de 4 200 familles indique que 68 % veulent un ordinateur.",
            "68",
            true,
        ),
        // A subject described by what it is made of.
        (
            "The team, made up of 34 researchers from nine countries, reported the discovery of 12 stars.",
            "34 researchers",
            false,
        ),
        (
            "The team, made up of 34 researchers from nine countries, reported the discovery of 12 stars.",
            "12 stars",
            true,
        ),
        // Its acronym in brackets; "counts" as a noun after another verb.
        (
            "According to the International Meteor Organization (IMO), which collects counts from several hundred observers, the rate peaked at about 18 meteors per hour.",
            "several hundred",
            false,
        ),
        (
            "According to the International Meteor Organization (IMO), which collects counts from several hundred observers, the rate peaked at about 18 meteors per hour.",
            "about 18",
            true,
        ),
        (
            "Euroclear, the Brussels-based securities depository that holds about 190 bln euros of the assets, said it had transferred 1.6 bln euros.",
            "190",
            false,
        ),
        (
            "Norrvik, which employs some 9,400 people in Sweden, Finland and Poland, said it would speed up its expansion.",
            "9,400",
            false,
        ),
        (
            "Norrvik, which employs some 9,400 people in Sweden, Finland and Poland said the group grew.",
            "9,400",
            true,
        ),
        (
            "The Bank of Portugal, which cut its own 2026 forecast to 2.0 pct in October, said growth would slow to 1.8 pct.",
            "2.0",
            false,
        ),
        (
            "The Bank of Portugal, which cut its own 2026 forecast to 2.0 pct in October, said growth would slow to 1.8 pct.",
            "1.8",
            true,
        ),
        // A description of a name that speaks: not covered by a source at the end.
        (
            "La FCPE locale, qui représente près de 300 familles, a lancé une pétition, selon ses responsables.",
            "près de 300",
            false,
        ),
        (
            "Le groupe Halvorsen, qui a vu ses commandes gonfler de 40 % en un an, prévoit d'embaucher 5 000 personnes, a indiqué un porte-parole.",
            "40 %",
            false,
        ),
        // A description of a subject that does not speak: the source at the end covers it.
        (
            "The stand, which cost £1.6m, was a fine investment, according to chairman Phil Tranter.",
            "£1.6m",
            true,
        ),
        (
            "Son budget, qui avoisine 350 000 euros, augmentera de 20 %, a indiqué son président.",
            "350 000",
            true,
        ),
        // The incise's speaker described, though a cue inside the quotation covers the rest.
        (
            "« Ils m'ont dit que le toit allait tomber. J'ai signé », a témoigné à la barre Marcel Dufaure, 81 ans, qui a perdu 12 500 euros.",
            "12 500",
            false,
        ),
        // A reduced passive with its agent covers the figure it qualifies.
        (
            "EBITDA came in at 412 mln euros, above the 398 mln expected by analysts in a poll.",
            "398",
            true,
        ),
        (
            "EBITDA came in at 412 mln euros, above the 398 mln expected by analysts in a poll.",
            "412",
            false,
        ),
        // (Its agent past an adverbial.)
        (
            "EBITDA came in above the $574 mln expected on average by analysts in an LSEG poll.",
            "574",
            true,
        ),
        ("EBITDA came in above the $574 mln expected on average in 2026.", "574", false),
        // The agent's own count is not covered by the agent.
        (
            "The cranes were counted twice a week by a team of 25 volunteers posted around the lake.",
            "25",
            false,
        ),
        (
            "Russia's exports were estimated by the IEA at 3.3 million barrels a day.",
            "3.3",
            true,
        ),
        // A poll's sample in a source phrase after the verb that covered the sentence.
        (
            "Economists had expected a rate of 6.3 pct, according to a poll of 31 forecasters.",
            "31",
            false,
        ),
        // A figure owned by a name in the predicate.
        (
            "The 12% rise was Kelsworth Borough Council's figure, and our report should have said so.",
            "12%",
            true,
        ),
        // A wire headline's source after a dash.
        (
            "Ukraine's Danube ports shipped 1.9 mln T of grain in Sept - port authority",
            "1.9",
            true,
        ),
        ("Exports fell 4 pct - sources", "4 pct", true),
        ("Ukraine has 13.1 bcm of gas in storage - Naftogaz", "13.1", true),
        ("Russian LNG still about 12 pct of EU imports in Q3 - think tank", "12", true),
        ("* Russia fired 62 drones and 4 missiles overnight - air force", "62", true),
        ("Euro zone inflation ticks up to 2.3 pct in November - Eurostat flash", "2.3", true),
        ("Refiners lose 17 pct of capacity - Tessera calculations", "17", true),
        ("* Three killed, 14 wounded in Kherson region - governor", "14", true),
        ("Algeria buys about 600,000 T wheat in tender - traders", "600,000", true),
        ("* Three killed in capital - emergency service", "Three", true),
        (
            "EU's 20th sanctions package would blacklist 118 more shadow fleet tankers - diplomats",
            "118",
            true,
        ),
        (
            "SOFTS-Cocoa at 2-month high as Ivory Coast arrivals trail last season by 21 pct - exporters",
            "21",
            true,
        ),
        ("Attempted crossings up 40 pct this year -border guard", "40 pct", true),
        // An agent noun last; a headline's last word is no credit otherwise.
        ("Palm extends gains as Nov 1-15 exports jump 14.6 pct - surveyor", "14.6", true),
        ("* Depot held up to 4,000 tons of munitions - Ukraine's General Staff", "4,000", true),
        ("Palm output to rise 3 pct - Malaysian statistician", "3 pct", true),
        ("Palm output to rise 3 pct - winter", "3 pct", false),
        ("Kyiv hit by 300 drones, a follow-up", "300", false),
        ("Exports fell 4 pct - a record low", "4 pct", false),
        ("Kyiv - 300 drones overnight", "300", false),
        // A label that names a document.
        ("Notre grand sondage : 62 % de nos lecteurs veulent des bus.", "62 %", true),
        ("KEY FIGURES (pct): Annual CPI 24.3 vs 25.1", "24.3", false),
        ("Les chiffres clés : 62 % de hausse.", "62 %", false),
        ("Bus du dimanche : 62 % de nos lecteurs en veulent.", "62 %", false),
        // A phrase that goes with the verb before it: the verb's reach decides.
        (
            "About 27,000 tickets were sold, the arena said in a statement, and refunds worth £1.9m will be paid.",
            "£1.9m",
            false,
        ),
        // A source phrase in an incise inside a relative clause covers that clause.
        (
            "Les ports ont été visés par plus de 60 attaques, qui ont endommagé, selon l'Autorité des ports, plus de 300 installations.",
            "plus de 60",
            false,
        ),
        (
            "Les ports ont été visés par plus de 60 attaques, qui ont endommagé, selon l'Autorité des ports, plus de 300 installations.",
            "plus de 300",
            true,
        ),
        // A source phrase in a relative clause covers that clause.
        (
            "Le recomptage a coûté près de 3 000 euros à la commune, qui compte 2 950 habitants au recensement de 2023.",
            "près de 3 000",
            false,
        ),
        (
            "Le recomptage a coûté près de 3 000 euros à la commune, qui compte 2 950 habitants au recensement de 2023.",
            "2 950",
            true,
        ),
        // A name, its short description, then the relative clause.
        (
            "Usdaw, the shopworkers' union, which represents about 6,000 of the chain's staff, said it would seek talks.",
            "about 6,000",
            false,
        ),
        // A name with its kind before the description.
        (
            "L'armateur, la société Adria Bulk Shipping, qui exploite onze navires en mer Noire, a fait savoir que l'équipage rentrerait.",
            "onze",
            false,
        ),
        // An apposition that a relative clause goes on.
        (
            "The Kalyna Network, a charity that runs 14 advice centres, said 40 per cent were refused.",
            "14 advice",
            false,
        ),
        (
            "The Kalyna Network, a charity that runs 14 advice centres, said 40 per cent were refused.",
            "40 per cent",
            true,
        ),
        // A poll's sample in a sentence a cue covers.
        (
            "Prices rose 2.1 pct, the institute said, against a forecast of 1.8 pct in a poll of 14 economists.",
            "14 economists",
            false,
        ),
        (
            "Prices rose 2.1 pct, the institute said, against a forecast of 1.8 pct in a poll of 14 economists.",
            "1.8 pct",
            true,
        ),
        // A name with its acronym in brackets before the description.
        (
            "Le gestionnaire, la Société hydroélectrique de la Haute-Sérène (SHHS), qui exploite neuf barrages dans le Massif central, a assuré que 300 contrôles ont eu lieu.",
            "neuf",
            false,
        ),
        // Past a compound in the apposition.
        (
            "Seatrace, a London-based firm that monitors some 7,000 tankers worldwide, said Baltic loadings fell 3 pct.",
            "7,000",
            false,
        ),
        (
            "The Conference Board, a business research group with more than 1,000 member companies, said its index fell 0.4%.",
            "1,000",
            false,
        ),
        (
            "Le maire des Combettes, Jean-Paul Vigouroux, dont la commune compte 480 habitants, a réclamé 70 km/h.",
            "480",
            false,
        ),
        // An apposition that has what it counts; a participle saying how the subject was
        // made (a poll's sample).
        (
            "Merriam County, a largely rural county of about 62,000 people, reported its first case on October 14.",
            "62,000",
            false,
        ),
        (
            "Le maire de Marcillac, commune de 312 habitants, espère des retombées, a-t-il déclaré.",
            "312",
            false,
        ),
        (
            "The Kessler Institute, a Berlin think-tank with 40 researchers, calculated last week that nine of the 30 allies would miss it.",
            "40 researchers",
            false,
        ),
        (
            "The Kessler Institute, a Berlin think-tank with 40 researchers, calculated last week that nine of the 30 allies would miss it.",
            "nine of the 30",
            true,
        ),
        (
            "Un sondage de l'institut Opinia Plus, réalisé auprès de 1 004 réfugiés et publié mercredi, montre que 40 % d'entre eux veulent rester.",
            "1 004",
            false,
        ),
        (
            "Un sondage de l'institut Opinia Plus, réalisé auprès de 1 004 réfugiés et publié mercredi, montre que 40 % d'entre eux veulent rester.",
            "40 %",
            true,
        ),
        // A name in quotation marks before the description.
        (
            "Le collectif « Gardons notre mairie », qui revendique 140 membres, dénonce une campagne.",
            "140",
            false,
        ),
        // A name with a comma in it before the description.
        (
            "The Bakers, Food and Allied Workers' Union, which represents about 600 of the staff, said members were told.",
            "about 600",
            false,
        ),
        // A count in words in the clause before the verb's "et", not its subject.
        (
            "La brasserie emploie onze salariés et prévoit de recruter.",
            "onze",
            false,
        ),
        // A small count in words names the speakers; a larger one counts them.
        ("Trois experts estiment que 300 soldats sont morts.", "Trois", true),
        (
            "Forty-one staff at the depot wrote to the administrators to say their wages had not been paid.",
            "Forty-one",
            false,
        ),
    ];

    #[test]
    fn cases() {
        for (s, figure, covered) in CASES {
            let start = s.find(figure).expect("figure in sentence");
            let small_words = figure.starts_with(char::is_alphabetic)
                && !figure.starts_with("environ")
                && !figure.starts_with("plus")
                && !figure.starts_with("une")
                && !figure.starts_with("quatre")
                && {
                    let first = figure.split(|c: char| !c.is_alphabetic()).next().unwrap_or_default();
                    let first = first.to_lowercase();
                    matches!(crate::figures::lexicon::detect::number_word(&first), Some(crate::figures::lexicon::detect::NumWord::Unit(v)) if v <= 12)
                };
            assert_eq!(cues_of(s).covers(start, small_words), *covered, "{s}: {figure}");
        }
    }
}
