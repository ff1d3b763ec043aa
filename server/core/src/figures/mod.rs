//! Unsourced figures: every statistic of an article, and whether it is attributed.
//!
//! [`analyze`] finds every figure of a document (see `detect/` for what counts) and
//! decides, sentence by sentence, whether it is sourced (see `attribution/`).
//! [`unsourced`] keeps what a journalist should be told, with a message in the article's
//! language and where the `", selon [source]"` placeholder goes.
//!
//! # Scope
//! Front matter, the metadata lines at the top, URLs, code, HTML comments and tags are not
//! read (see [`crate::markup`]). Headings are read: a figure in a headline needs its source
//! too, and a heading never continues the attribution of the paragraph before it.
//!
//! # Continued attribution
//! A sentence without its own cue is sourced when it directly follows a sourced sentence
//! of the same paragraph and starts with a subject pronoun ("Il a ajouté que…", "They
//! said…"; not the impersonal "Il y a", "Il faut") or with a source noun or the noun the
//! previous sentence named ("Le rapport indique aussi…"); or when it opens inside a
//! quotation, or with a new one, right after the sourced sentence (the speaker goes on).
//! A sentence in the conditional with no cue of its own does not continue anything.
//!
//! # Layout
//! A photograph's caption and a league table written out line by line hold no figure. A
//! source line ("Source : Insee") attributes the table, list or box it stands under; so do
//! a key figure's source in brackets, a list's lead-in that names its source in brackets,
//! and a writer's name closing a paragraph after a dash (a reader's letter).
//!
//! # Reach
//! A reporting verb covers its sentence but the figures of its own subject ("Un tiers des
//! Français jugent que…": the people counted are not the source), and only its own clause
//! when it sits in a subordinate one ("Si l'agence prévoit 2 %, la banque perdrait trois
//! places"); see `attribution/reach.rs`.
//!
//! # Interviews
//! In a text laid out as questions and answers, the answers are the interviewee's: every
//! sentence of an answer paragraph is sourced, except an editor's note set into it; the
//! questions and what comes before the first one are not (see `attribution/interview.rs`);
//! the same within a paragraph laid out line by line ("Q. … ?" then "A. …", initials, a
//! dialogue's dashes).

// The analysis, one rule per file under `detect/` and `attribution/`, each with its
// table of cases; every word list in `lexicon/`.
mod attribution;
mod classes;
mod detect;
mod layout;
mod lexicon;
mod tokens;
mod wordmap;

pub use detect::FigureKind;

use crate::lang::{self, Lang};
use crate::markers;
use crate::sentences;
use std::ops::Range;

/// Options of the analysis.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct FigureOptions {
    /// Report durations ("trois ans", "près de cinq heures") as figures. Off by default.
    pub durations: bool,
    /// Language of the messages; `None` detects it from the text.
    pub lang: Option<Lang>,
    /// What a writer leaves where a source will go (`[source]`, `TK`): after "selon",
    /// "according to"… it names nobody, and the figure is reported as
    /// [`Sourcing::Placeholder`]. Matched without regard to ASCII case; default
    /// [`DEFAULT_PLACEHOLDERS`].
    pub placeholders: Vec<String>,
}

/// The placeholders recognised by default: `[source]`, `[source à préciser]`,
/// `[à compléter]`, `[à préciser]`, `XXX`, `xx`, `TK`, `TKTK`, `(réf. à venir)`.
pub const DEFAULT_PLACEHOLDERS: &[&str] = lexicon::attribution::PLACEHOLDERS;

impl Default for FigureOptions {
    fn default() -> FigureOptions {
        FigureOptions {
            durations: false,
            lang: None,
            placeholders: DEFAULT_PLACEHOLDERS.iter().map(|p| (*p).to_owned()).collect(),
        }
    }
}

/// Whether a figure is attributed, and if not, how it fails.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Sourcing {
    /// Its sentence names a source (or continues the previous sentence's attribution).
    Sourced,
    /// Nothing names a source.
    Unsourced,
    /// Only the conditional mood (or "reportedly") distances the text: no source named.
    ConditionalOnly,
    /// Only a passive without agent ("est estimé à"): no source named.
    PassiveWithoutAgent,
    /// Its only source is a placeholder after a source phrase (`selon [source]`,
    /// "according to TK"): the source is still to fill in.
    Placeholder,
    /// An ignore marker covers it.
    Ignored,
}

impl Sourcing {
    /// Whether a figure with this status should be reported.
    pub fn is_reported(self) -> bool {
        matches!(
            self,
            Sourcing::Unsourced | Sourcing::ConditionalOnly | Sourcing::PassiveWithoutAgent | Sourcing::Placeholder
        )
    }

    /// The diagnostic code of a reported figure: `"placeholder-source"` when the source
    /// is a placeholder still to fill in, `"unsourced-figure"` otherwise.
    pub fn code(self) -> &'static str {
        match self {
            Sourcing::Placeholder => "placeholder-source",
            _ => "unsourced-figure",
        }
    }
}

/// A figure of the document.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Figure {
    /// Byte range of the figure with its noun or unit.
    pub range: Range<usize>,
    pub sourced: Sourcing,
    /// Byte range of its sentence.
    pub sentence: Range<usize>,
    pub kind: FigureKind,
}

/// A figure to report.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Finding {
    pub range: Range<usize>,
    /// The figure's text, whitespace runs folded to one space.
    pub figure: String,
    pub sourcing: Sourcing,
    pub sentence: Range<usize>,
    /// Where the attribution placeholder goes: the end of the sentence, before its final
    /// punctuation and closing quotes.
    pub fix_insert_at: usize,
}

/// A line after which what the analysis reads carries to the end of the article or far
/// down it: a letter's writer's line ("From Margaret Doyle, Ashlecombe", its letter runs to
/// its signature) or a page's sources heading ("## Sources", the citations under it). The
/// incremental analysis does not cut after one.
pub(crate) fn carries_down(line: &str) -> bool {
    let t = line.trim();
    // (A sources heading in Markdown or wiki markup, or a plain-text page's "Sources" line:
    // see `heading_paragraph`.)
    layout::letter_from(t) || layout::sources_heading(t)
}

/// A source line, which may credit the table right under it (see
/// `layout::credited_blocks`): the incremental analysis does not cut after one.
pub(crate) fn may_credit_below(line: &str) -> bool {
    layout::source_line(line, &[])
}

/// Where the answers of a Q&A interview may start in `text` (its first question
/// paragraph), if it is laid out as one: attribution carries across its paragraphs from
/// there (see `attribution/interview.rs`).
pub(crate) fn interview_answers_from(text: &str) -> Option<usize> {
    answers_start(text, &crate::markup::mask(text))
}

/// [`interview_answers_from`] with `text` already masked: a Q&A layout that is not a
/// newsroom's numbered explainer.
fn answers_start(text: &str, masked: &str) -> Option<usize> {
    let min = attribution::interview::min_questions(text);
    let announced = min == 1;
    attribution::interview::answers_from(masked, min)
        .filter(|&q| !attribution::interview::explainer(masked, q, announced))
}

/// The language of a document's messages: the option, or detection.
pub fn document_lang(text: &str, opts: &FigureOptions) -> Lang {
    opts.lang.unwrap_or_else(|| lang::detect(text))
}

/// Every figure of `text`, with its sourcing.
pub fn analyze(text: &str, opts: &FigureOptions) -> Vec<Figure> {
    let masked = crate::markup::mask(text);
    let (lower, lower_clean) = tokens::lowercase_checked(&masked);
    let marks = markers::find(text);
    let sents = sentences::split(&masked);
    let mut out = Vec::new();
    let mut state = State::default();
    let marked_answers = attribution::interview::marked_answers(&masked);
    let doc = Doc {
        text,
        masked: &masked,
        lower: &lower,
        lower_clean,
        marks: &marks,
        marked_answers: &marked_answers,
    };
    let mut scratch = Scratch::default();
    let answers_from = answers_start(text, &masked);
    let closing_from = answers_from.and_then(|q| attribution::interview::closing_from(&masked, q));
    let credited = layout::credited_blocks(&masked, &opts.placeholders);
    // Paragraph by paragraph: continued attribution never crosses a paragraph.
    let mut start = 0;
    while start < sents.len() {
        let para = sents[start].paragraph;
        let end = sents[start..]
            .iter()
            .position(|s| s.paragraph != para)
            .map_or(sents.len(), |p| start + p);
        let para_range = sents[start].range.start..sents[end - 1].range.end;
        // A wiki page's list of its sources, under "## Sources": titles and dates of what it
        // cites, not figures of its own ("« Sumy region: 11 settlements under evacuation »").
        if heading_paragraph(&masked, &sents[start..end]) {
            state.sources_section = layout::sources_heading(&masked[para_range.clone()]);
            if state.sources_section {
                start = end;
                continue;
            }
        } else if state.sources_section {
            start = end;
            continue;
        }
        if layout::standings_table(&masked[para_range.clone()]) || layout::results_lines(&masked[para_range.clone()]) {
            // The points and games of a league table are no figures (guideline: `score`).
            start = end;
            continue;
        }
        // What a photograph shows is no figure (guideline: `caption`): its small counts in
        // words ("deux chasse-neige", "two lorries"); what the caption adds is ("L'opération
        // a coûté 86 000 euros. (Photo X)", "trois cuves de 50 hectolitres").
        state.caption = layout::caption(&masked[para_range.clone()]);
        state.answer = answers_from.is_some_and(|q| para_range.start > q)
            && closing_from.is_none_or(|c| para_range.start < c)
            && !attribution::interview::is_prompt(&masked[para_range.clone()]);
        state.credit_follows = sents
            .get(end)
            .is_some_and(|s| layout::credit_line(&masked[s.range.clone()]));
        // Under a "Source : Insee" line, or a key figure with its source in brackets.
        state.credited = credited.iter().any(|r| r.contains(&para_range.start))
            || layout::key_figure_credit(&masked[para_range.clone()])
            || layout::headed_by_source(&masked[para_range.clone()]);
        analyze_paragraph(&doc, &sents[start..end], opts, &mut state, &mut scratch, &mut out);
        start = end;
    }
    out
}

/// A lead-in whose subject is a document listing what it holds: "The interim report makes
/// four recommendations:", "Le rapport formule trois propositions :" (its items are the
/// document's, as under "Selon le rapport :").
fn document_lead(toks: &[tokens::Tok<'_>]) -> bool {
    use lexicon::attribution as cues;
    let lw = |k: usize| toks.get(k).map_or("", |t| t.lower.as_ref());
    // Or a body that published its data: "The alliance published the following preliminary
    // data:", "La préfecture a diffusé les chiffres suivants :".
    let published = (1..toks.len().min(6)).find(|&k| {
        matches!(
            lw(k),
            "published" | "released" | "issued" | "publié" | "diffusé" | "communiqué" | "publie" | "diffuse"
        )
    });
    if let Some(p) = published {
        let data = toks[p + 1..].iter().any(|t| {
            matches!(
                t.lower.as_ref(),
                "data" | "figures" | "results" | "statistics" | "données" | "chiffres" | "résultats" | "statistiques"
            )
        });
        let speaker = toks[0].is_capitalized() && toks[0].lower != "les" && toks[0].lower != "the"
            || cues::SUBJECT_DETERMINERS.contains(&lw(0));
        if data && speaker {
            return true;
        }
    }
    // (An indefinite one too: "A draft statement seen by this agency lists measures
    // including:".)
    if !cues::SUBJECT_DETERMINERS.contains(&lw(0)) && !matches!(lw(0), "a" | "an" | "un" | "une") {
        return false;
    }
    // The document's noun within the first four words, then its verb; or a body that lays
    // out its demands ("The union lists three main demands:", "The union set out three
    // demands:").
    let body = |w: &str| cues::BODIES_EN.contains(&w) || cues::BODIES_FR.contains(&w);
    let Some(noun) = (1..5).find(|&k| cues::DOC_NOUNS.contains(&lw(k)) || body(lw(k))) else {
        return false;
    };
    // (Past a participle and its agent: "The cargo manifest published by the agency lists:".)
    let participle =
        |w: &str| w.ends_with("ed") || matches!(w, "seen" | "drawn" | "written" | "vu" | "consulté" | "obtenu");
    let verb_at = if participle(lw(noun + 1)) && matches!(lw(noun + 2), "by" | "par") {
        (noun + 3..toks.len().min(noun + 8))
            .take_while(|&k| toks[k].is_word())
            .find(|&k| matches!(lw(k), "lists" | "shows" | "includes" | "contains" | "gives"))
            .unwrap_or(noun + 1)
    } else {
        noun + 1
    };
    let verb = lw(verb_at);
    let demands = body(lw(noun))
        && toks[noun + 2..].iter().take(4).any(|t| {
            matches!(
                t.lower.as_ref(),
                "demands" | "proposals" | "conditions" | "revendications" | "propositions" | "exigences"
            )
        });
    if body(lw(noun)) && !demands {
        return false;
    }
    matches!(
        verb,
        "makes"
            | "set"
            | "lists"
            | "contains"
            | "sets"
            | "includes"
            | "recommends"
            | "proposes"
            | "outlines"
            | "formule"
            | "liste"
            | "contient"
            | "détaille"
            | "recense"
            | "énumère"
            | "propose"
            | "recommande"
    ) && toks[1..noun].iter().all(|t| t.is_word() && !t.is(classes::VERB))
}

/// A sentence in a past tense that tells an event: "ont bloqué", "y ont été emportées", "a
/// dévasté", "were swept away", "had gathered".
fn past_event(toks: &[tokens::Tok<'_>]) -> bool {
    toks.iter().enumerate().any(|(k, t)| match t.lower.as_ref() {
        "ont" | "avaient" | "avait" | "were" | "was" | "had" | "have" | "has" => true,
        "a" => toks.get(k + 1).is_some_and(|n| n.lower.ends_with('é')),
        _ => false,
    })
}

/// What carries from one paragraph to the next: a sourced lead-in ending with a colon
/// attributes the list items that follow it, or the quotation laid out as the next
/// paragraph ("Le ministre a déclaré :" then « … »).
#[derive(Default)]
struct State {
    list_lead: bool,
    /// The paragraph before was a list's items.
    list_done: bool,
    /// The paragraph was a letter's lead-in ("Margaret Ellison, Hathersby, writes:").
    letter_lead: bool,
    /// A letter's writer's line came before ("From Margaret Doyle, Ashlecombe"), and no
    /// heading since.
    letter_from: bool,
    /// The paragraph is an answer of a Q&A interview (see [`attribution::interview`]).
    answer: bool,
    /// The next block is a credit line ("— Pierre Martin, son fils").
    credit_follows: bool,
    /// A source line stands under the paragraph's table or list ("Source : Insee"), or the
    /// paragraph is a key figure that names its source ("- 990 000 : réfugiés (HCR)").
    credited: bool,
    /// The paragraph is a photograph's caption.
    caption: bool,
    /// Under a heading that lists the sources of a page ("## Sources").
    sources_section: bool,
}

/// The document as the analysis reads it.
struct Doc<'a> {
    text: &'a str,
    masked: &'a str,
    lower: &'a str,
    /// `lower` holds no capital.
    lower_clean: bool,
    marks: &'a markers::Markers,
    /// Answers marked as such after a marked question in their paragraph ("Q. …?" then
    /// "A. …"): see [`attribution::interview::marked_answers`].
    marked_answers: &'a [Range<usize>],
}

/// Buffers reused from paragraph to paragraph.
#[derive(Default)]
struct Scratch<'a> {
    /// The tokens of the paragraph's sentences, one after the other.
    toks: Vec<tokens::Tok<'a>>,
    /// Per sentence: its tokens in `toks`, and whether it may hold a figure, ends with a
    /// colon, needs its attribution.
    sents: Vec<SentenceScratch>,
    found: Vec<detect::Found>,
}

struct SentenceScratch {
    toks: Range<usize>,
    candidate: bool,
    colon: bool,
    needed: bool,
    /// It starts inside a quotation opened by an earlier sentence of the paragraph.
    in_quote: bool,
    /// It starts with an opening quotation mark.
    opens_quote: bool,
}

fn analyze_paragraph<'a>(
    doc: &Doc<'a>,
    sents: &[sentences::Sentence],
    opts: &FigureOptions,
    state: &mut State,
    scratch: &mut Scratch<'a>,
    out: &mut Vec<Figure>,
) {
    let (text, masked, marks) = (doc.text, doc.masked, doc.marks);
    scratch.toks.clear();
    scratch.sents.clear();
    let mut quote_open = false;
    for s in sents {
        let from = scratch.toks.len();
        tokens::tokenize_into(masked, doc.lower, doc.lower_clean, s.range.clone(), &mut scratch.toks);
        let toks = &scratch.toks[from..];
        // Only sentences that may hold a figure are searched; only they, the sentences they
        // may continue and a lead-in ending with a colon need their attribution.
        let candidate = toks.iter().any(|t| t.num().is_some() || t.is(classes::FIGURE_WORD));
        let colon = masked[s.range.clone()].trim_end().ends_with(':');
        // Most sentences hold no quotation mark (nor any byte that may start one).
        let marks_quotes = memchr::memchr3(b'"', 0xC2, 0xE2, masked[s.range.clone()].as_bytes()).is_some();
        let (opens_quote, quote_after) = if marks_quotes {
            attribution::quotes::state(toks, quote_open)
        } else {
            (false, quote_open)
        };
        scratch.sents.push(SentenceScratch {
            toks: from..scratch.toks.len(),
            candidate,
            colon,
            needed: false,
            in_quote: quote_open,
            opens_quote,
        });
        quote_open = quote_after;
    }
    // Lines of values under a sourced lead-in, as a wire prints results ("Results reported
    // by the company (mln crowns):" then "  Q3 EBIT   1,120 vs 1,370"): each line is the
    // lead-in's.
    // (Or one row of a table laid out with spaces, cut from the others by a list marker on
    // the row before it: "    EU budget support to Ukraine in 2026      18 bln euros" under
    // "KEY FIGURES (European Commission data, as of end-November)".)
    let one_row = sents.len() == 1 && {
        let start = sents[0].range.start;
        let line_start = masked[..start].rfind('\n').map_or(0, |p| p + 1);
        let line = &masked[line_start..sents[0].range.end];
        !line.contains('\n') && (layout::aligned_row(line) || layout::keyed_row(line))
    };
    let value_lines = state.list_lead
        && (one_row || layout::value_lines(&masked[sents[0].range.start..sents[sents.len() - 1].range.end]));
    // A quotation over several sentences, closed by an incise that names its speaker: each
    // of its sentences is the speaker's ("« Nous avons perdu deux médecins en trois ans.
    // Aujourd'hui, un habitant sur quatre n'a plus de médecin », a rappelé X").
    let mut incise_credit = Vec::new();
    if scratch.sents.iter().any(|ss| ss.in_quote) {
        incise_credit = vec![false; scratch.sents.len()];
        for j in 0..scratch.sents.len() {
            let ss = &scratch.sents[j];
            if ss.in_quote && attribution::quotes::closes_with_incise(&scratch.toks[ss.toks.clone()]) {
                let mut o = j;
                while o > 0 && scratch.sents[o].in_quote {
                    o -= 1;
                }
                incise_credit[o..=j].iter_mut().for_each(|c| *c = true);
            }
        }
    }
    // (A table's rows too, under "Closing moves, in pct, according to exchange data:".)
    let list_item = sents.first().is_some_and(|s| {
        sentences::list_marker_len(&masked[s.range.clone()]).is_some()
            || masked[s.range.clone()].trim_start().starts_with('|')
    });
    // A paragraph that opens with a quotation: after "X a déclaré :", it is X's words.
    let quote_paragraph = scratch.sents.first().is_some_and(|ss| ss.opens_quote);
    // A pull quote: the paragraph opens with a quotation and a credit line follows it
    // ("— Pierre Martin, son fils"): the quotation is the credited person's.
    // The credit may also close the quotation's own paragraph (a block quote's last line).
    let credited = quote_paragraph
        && (state.credit_follows
            || (sents.len() > 1
                && sents
                    .last()
                    .is_some_and(|s| layout::credit_line(&masked[s.range.clone()]))));
    // A signed text: a paragraph that closes with its writer's name after a dash ("… tell
    // the driver. — Margaret Holloway, Kelsworth"), as a reader's letter is printed.
    // Or a letter signed on its last line: "… Is that really worth it?\nMargaret Oyelaran,
    // Hensley".
    let signed = sents.len() > 1
        && sents.last().is_some_and(|s| {
            let own_line = masked[..s.range.start].trim_end_matches([' ', '\t']).ends_with('\n');
            layout::signature(&masked[s.range.clone()])
                || (own_line && layout::signature_line(&masked[s.range.clone()]))
        });
    // A key figure and what it is: "7. **4 200** : le nombre de suppressions de postes
    // annoncé lundi par le chimiste Barvenne" (the source of the description is the
    // figure's).
    let key_figure = list_item
        && sents
            .first()
            .is_some_and(|s| layout::key_figure_item(&masked[s.range.clone()]));
    // A letter laid out under "Margaret Ellison, Hathersby, writes:": the paragraph is hers
    // (and the paragraph after it no longer is).
    // A letter printed under its writer's line ("From Margaret Doyle, Ashlecombe"): every
    // paragraph after it is hers, to the next heading.
    // (Its signature closes it, and an editor's note after it is the newsroom's.)
    let heading = heading_paragraph(masked, sents);
    let first = sents.first().map_or("", |s| masked[s.range.clone()].trim_start());
    let closes = sents
        .first()
        .is_some_and(|s| layout::signature_line(&masked[s.range.clone()]))
        || ["Ed.", "Ed:", "Editor's note", "NDLR", "N.D.L.R."]
            .iter()
            .any(|p| first.starts_with(p));
    if heading || closes {
        state.letter_from = false;
    }
    let from_line = sents.len() == 1 && layout::letter_from(&masked[sents[0].range.clone()]);
    let letter = (std::mem::take(&mut state.letter_lead) || state.letter_from) && !heading && !from_line;
    if from_line {
        state.letter_from = true;
    }
    // (A quotation after the list that a lead-in covered is no longer under it: the list
    // came between.)
    if (!list_item && !quote_paragraph && !one_row) || (quote_paragraph && state.list_done) {
        state.list_lead = false;
    }
    state.list_done = list_item;
    // A block's title with its source in brackets, on its own: "OTHER MARKETS (exchange
    // settlement data)" over a wire's lines of prices.
    if sents.len() == 1 && layout::sourced_block_title(&masked[sents[0].range.clone()]) {
        state.list_lead = true;
    }
    let n = sents.len();
    for i in (0..n).rev() {
        let later = i + 1 < n && scratch.sents[i + 1].needed;
        let ss = &mut scratch.sents[i];
        // (And the last, when a quotation is left open: its speaker may go on below.)
        ss.needed = ss.candidate || ss.colon || later || (quote_open && i + 1 == n);
    }
    let mut prev_sourced = false;
    // A sourced lead-in inside the paragraph, its lines of values after it: "Output
    // targets, according to a document seen by the agency (mln bpd):\nSaudi Arabia ....
    // 10.10\nIraq .... 4.26".
    let mut inline_lead = false;
    let paragraph_end = sents.last().map_or(0, |s| s.range.end);
    // Most paragraphs are one line: the line-based layouts below are looked for only in the
    // others (one byte scan).
    let lines = sents
        .first()
        .is_some_and(|f| memchr::memchr(b'\n', &masked.as_bytes()[f.range.start..paragraph_end]).is_some());
    // A block's title that names its source on the paragraph's first line, its rows under
    // it: "CEE MARKETS SNAPSHOT AT 1045 GMT (LSEG data)\nCURRENCIES (per euro) …\n  Polish
    // zloty   4.2475 vs 4.2610" (where the rows start).
    let titled_rows = sents.first().filter(|_| lines).and_then(|first| {
        let start = first.range.start;
        // (A title is short: its line ends within the first 120 bytes.)
        let head = &masked.as_bytes()[start..paragraph_end.min(start + 120)];
        let line_end = start + memchr::memchr(b'\n', head)?;
        (layout::sourced_block_title(&masked[start..line_end])
            && layout::value_lines(&masked[line_end + 1..paragraph_end]))
        .then_some(line_end + 1)
    });
    for (i, s) in sents.iter().enumerate() {
        let ss = &scratch.sents[i];
        if !ss.needed {
            prev_sourced = false;
            continue;
        }
        let toks = &scratch.toks[ss.toks.clone()];
        let heading = layout::heading(&masked[s.range.clone()]);
        let c = attribution::analyze_in(toks, masked, &opts.placeholders);
        // A sentence in the conditional with no cue of its own distances itself from what
        // it asserts: "Elles représenteraient plus de la moitié de la consommation" after an
        // attributed figure is hearsay, not the source going on.
        // (A restatement in the conditional, "Ce serait près de 15 % de moins", goes on.)
        let restates = toks.len() > 1
            && matches!(
                toks[0].lower.as_ref(),
                "ce" | "c'" | "cela" | "ça" | "that" | "this" | "it"
            )
            && matches!(toks[1].lower.as_ref(), "serait" | "seraient" | "would");
        let hearsay = c.conditional && !c.some_source() && !restates;
        let continued = !heading
            && i > 0
            && prev_sourced
            && !hearsay
            && (c.continues
                // The noun the previous sentence named goes on speaking ("Le ministère
                // ajoute…"), not doing ("Le texte a recueilli treize voix").
                || c.subject.as_ref().is_some_and(|w| {
                    // A text that provides ("Le projet prévoyait 420 places") does not speak.
                    !lexicon::attribution::INSTRUMENT_NOUNS.contains(&w.as_str())
                        && w.chars().count() >= 4
                        // An active verb: "Cette limite est fixée à 1 µg/l par l'arrêté" is set,
                        // not said.
                        // (Not a present participle after a noun: "Le parc a installé deux
                        // panneaux demandant aux promeneurs…" does, it does not speak.)
                        && (toks.iter().enumerate().any(|(k, t)| {
                            let passive = |q: usize| PASSIVE_AUXILIARIES.contains(&toks[q].lower.as_ref());
                            // (Nor a noun after its count that is a verb elsewhere: "La salle
                            // est pourtant homologuée pour 1 600 places".)
                            (t.is(classes::VERB)
                                && !(k > 0 && (passive(k - 1) || toks[k - 1].num().is_some()))
                                && !(t.lower.ends_with("ant") && k > 0 && toks[k - 1].is_word() && !toks[k - 1].is(classes::STOP)))
                                || t.lower.starts_with("compt")
                        })
                            || lexicon::attribution::DOC_NOUNS.contains(&w.as_str()))
                        && named_before(&scratch.toks[scratch.sents[i - 1].toks.clone()], w)
                }));
        // The same figure's earlier value, right after it was attributed ("Two years ago,
        // the share stood at 62%.", "C'est deux fois plus qu'il y a vingt ans.").
        let continued = continued || (!heading && i > 0 && prev_sourced && earlier_value(toks));
        // A quotation that goes on from the sourced sentence before: the sentence opens
        // inside it, or opens a new one.
        let quoted = !heading && i > 0 && prev_sourced && (ss.in_quote || ss.opens_quote);
        let continued = continued || quoted;
        let lines_after_lead = inline_lead;
        let inherited =
            ((list_item || quote_paragraph) && i == 0 && state.list_lead) || value_lines || lines_after_lead;
        // (Not what the writer was told: "I am told the line carries 4,000 passengers".)
        let pulled = (credited && (ss.opens_quote || ss.in_quote))
            || incise_credit.get(i).copied().unwrap_or(false)
            || (signed && i + 1 < n)
            || (letter && !heading && !c.passive && !c.conditional);
        let answered = (state.answer || doc.marked_answers.iter().any(|r| r.contains(&s.range.start)))
            && !heading
            && !attribution::interview::is_editor_note(&masked[s.range.clone()]);
        // Sourced as a whole, or (`some_source`) for some of its figures.
        let whole = continued || inherited || answered || pulled || (state.credited && !heading);
        let whole = whole || (key_figure && i == 0 && c.some_source());
        let sourced = whole || c.some_source();
        if ss.colon && !list_item {
            state.list_lead = sourced
                || layout::bracketed_source(&masked[s.range.clone()])
                || layout::data_lead(&masked[s.range.clone()])
                || layout::agent_lead(&masked[s.range.clone()])
                || layout::owned_lead(&masked[s.range.clone()])
                || document_lead(toks);
            state.letter_lead = i + 1 == n && layout::letter_lead(&masked[s.range.clone()]);
        } else if quote_paragraph && i + 1 == n {
            // The lead-in's attribution ends with its quotation.
            state.list_lead = false;
        }
        let status = if c.placeholder {
            Sourcing::Placeholder
        } else if c.conditional {
            Sourcing::ConditionalOnly
        } else if c.passive {
            Sourcing::PassiveWithoutAgent
        } else {
            Sourcing::Unsourced
        };
        // A question that asserts nothing: "Would farmers give up 5% of their land?",
        // "Faut-il attendre une baisse de 10 % ?".
        // A lead-in that names its source in brackets, its lines glued after it in the same
        // sentence: "Sinistres déclarés en 2026 (chiffres de la Mutuelle) :\nGrêle : 8 412
        // dossiers\nGel : 2 960 dossiers" (where the lines start).
        let boxed_from = lines
            .then(|| colon_line_end(&masked[s.range.clone()]))
            .flatten()
            .and_then(|p| {
                let colon = s.range.start + p + 1;
                let lead = &masked[s.range.start..colon];
                ((layout::bracketed_source(lead) || layout::data_lead(lead))
                    && layout::value_lines(&masked[colon..s.range.end]))
                .then_some(colon)
            });
        if ss.candidate && !hypothetical(&masked[s.range.clone()], toks) {
            scratch.found.clear();
            detect::find_into(toks, opts.durations, &mut scratch.found);
            for f in &scratch.found {
                // (An approximate crowd too, as three corpora label it: "Photo : une
                // quarantaine de phoques gris au repos", "Des centaines de chineurs…".) Not
                // in a later sentence that tells a past event, what the photograph does not
                // show ("Deux pompiers dans un camping inondé. Une trentaine de caravanes y
                // ont été emportées."; not "Two helicopters are visible above the ridge.").
                let told = i > 0 && past_event(toks);
                if state.caption && !told && (small_count_in_words(masked, f) || f.kind == FigureKind::Approximate) {
                    continue;
                }
                let range = f.start..f.end;
                // A small count names the speakers of what they report ("Trois experts
                // estiment que…", "Two judges put the cost at $4m"), not people who only did
                // or admitted something ("Trois des prévenus ont reconnu les faits").
                let names_speakers = small_count_in_words(masked, f)
                    && (scratch.found.iter().any(|g| g.start >= f.end)
                        || toks.iter().any(|t| {
                            matches!(t.lower.as_ref(), "que" | "qu'" | "that")
                                || matches!(t.kind, tokens::Kind::Sym('«' | '“' | '"' | ':'))
                        }));
                let sourced = if markers::covers(text, marks, &s.range, &range) {
                    Sourcing::Ignored
                } else if (whole && !c.aside(f.start))
                    || c.covers(f.start, names_speakers)
                    || boxed_from.is_some_and(|b| f.start >= b)
                    || titled_rows.is_some_and(|b| f.start >= b)
                {
                    Sourcing::Sourced
                } else {
                    status
                };
                out.push(Figure {
                    range,
                    sourced,
                    sentence: s.range.clone(),
                    kind: f.kind,
                });
            }
        }
        prev_sourced = sourced && !heading;
        // (The colon may close a line inside the sentence: the lines after it are not cut
        // into sentences of their own.)
        if lines && !inline_lead && sourced && !heading {
            let text = &masked[s.range.clone()];
            let colon = if ss.colon {
                Some(s.range.end)
            } else {
                colon_line_end(text).map(|p| s.range.start + p + 1)
            };
            inline_lead = colon.is_some_and(|c| c < paragraph_end && layout::value_lines(&masked[c..paragraph_end]));
        }
    }
    // A quotation left open at the paragraph's end by a speaker the copy named goes on in
    // the next paragraph when it opens with a quotation mark, as a quotation over several
    // paragraphs is printed (no closing mark at each paragraph's end): "Rhian Beynon said:
    // \"Nobody wants…\n\n\"We collected more than 4,000 signatures…\"".
    if quote_open && prev_sourced {
        state.list_lead = true;
    }
}

/// Where a line ends with a colon inside `text` (the colon's offset): a lead-in whose
/// lines follow in the same sentence. Most sentences hold no line break: one byte scan.
fn colon_line_end(text: &str) -> Option<usize> {
    memchr::memchr_iter(b'\n', text.as_bytes()).find_map(|p| (p > 0 && text.as_bytes()[p - 1] == b':').then(|| p - 1))
}

/// Forms of "être"/"be" before a participle that make it passive.
const PASSIVE_AUXILIARIES: &[&str] = &[
    "est", "sont", "été", "était", "étaient", "sera", "seront", "is", "are", "was", "were", "been", "be",
];

/// Whether the paragraph made of `sents` is a heading.
fn heading_paragraph(masked: &str, sents: &[sentences::Sentence]) -> bool {
    sents.first().is_some_and(|s| {
        let line = &masked[s.range.clone()];
        // (Or a plain-text page's "Sources" line on its own.)
        layout::heading(line) || (sents.len() == 1 && layout::sources_heading(line))
    })
}

/// The largest count in words that names the speakers of a verb it is the subject of
/// ("Trois experts estiment…", "Twelve judges ruled…").
const SPEAKERS_COUNT: u64 = 12;

/// A figure in words whose first word is a number up to [`SPEAKERS_COUNT`]: "trois
/// experts", not "Forty-one staff" or "des milliers de manifestants".
fn small_count_in_words(masked: &str, f: &detect::Found) -> bool {
    if f.kind != FigureKind::Words {
        return false;
    }
    let first = masked[f.start..f.end]
        .split(|c: char| !c.is_alphabetic())
        .next()
        .unwrap_or_default()
        .to_lowercase();
    matches!(lexicon::detect::number_word(&first), Some(lexicon::detect::NumWord::Unit(v)) if v <= SPEAKERS_COUNT)
}

/// A question that asserts nothing: it ends with "?" and opens with a verb or a hedge of
/// the lexicon's HYPOTHETICAL_OPENERS ("Would…", "Faut-il…", "Et si…").
fn hypothetical(sentence: &str, toks: &[tokens::Tok<'_>]) -> bool {
    let question = sentence
        .trim_end()
        .trim_end_matches(['»', '"', '”', ' ', '\u{a0}', '\u{202f}', '*', '_'])
        .ends_with('?');
    // (Most sentences are no question: the words are read only for one.)
    if !question {
        return false;
    }
    // "Enverriez-vous 200 soldats… ?": a conditional verb inverted with its pronoun.
    // Past an interview's mark: "Q : Enverriez-vous… ?".
    let skip = if toks.len() > 1 && matches!(toks[0].text, "Q" | "R" | "Question") && toks[1].is_sym(':') {
        2
    } else {
        0
    };
    let first = toks.iter().skip(skip).position(|t| t.is_word()).map(|k| k + skip);
    let word = first.map_or("", |k| toks[k].lower.as_ref());
    let conditional = ["rais", "rait", "rions", "riez", "raient"]
        .iter()
        .any(|e| word.ends_with(e))
        && first.is_some_and(|k| toks.get(k + 1).is_some_and(|t| t.is_sym('-')));
    // "Combien de skieurs viendraient si le forfait dépassait 70 euros ?": a conditional.
    let would = toks.iter().any(|t| {
        let w = t.lower.as_ref();
        t.is_word() && (w == "would" || ((w.ends_with("rait") || w.ends_with("raient")) && w.len() > 6))
    });
    // A claim put to the test: "Did EU exports really rise tenfold?", "Les loyers ont-ils
    // vraiment doublé ?".
    let doubted = toks.iter().any(|t| matches!(t.lower.as_ref(), "really" | "vraiment"));
    lexicon::detect::HYPOTHETICAL_OPENERS.contains(&word) || conditional || would || doubted || yes_no(word, toks)
}

/// A question answered by yes or no asks whether the figure holds and asserts nothing: "La
/// Russie exporte-t-elle deux fois plus ?", "Does Russia export twice as much?". Not when
/// the figure is in what the question takes as given, its subject ("Le fonds de 20
/// millions d'euros suffira-t-il ?", "Did the $20 million fund suffice?"), nor with a
/// question word ("Pourquoi l'armée a-t-elle perdu 300 chars ?", "Why did 300 people
/// die?").
fn yes_no(first: &str, toks: &[tokens::Tok<'_>]) -> bool {
    use lexicon::detect::{QUESTION_AUXILIARIES_EN, QUESTION_WORDS};
    let figure = |t: &tokens::Tok<'_>| t.num().is_some() || t.is(classes::FIGURE_WORD);
    if QUESTION_AUXILIARIES_EN.contains(&first) {
        // The subject after the auxiliary holds no figure: it ends at the first word in
        // lower case that is no determiner (the verb, most often).
        let aux = toks.iter().position(|t| t.lower.as_ref() == first).unwrap_or(0);
        let determiner = |t: &tokens::Tok<'_>| {
            matches!(
                t.lower.as_ref(),
                "the" | "a" | "an" | "this" | "that" | "these" | "those" | "its" | "their"
            )
        };
        let subject_ends = toks[aux + 1..]
            .iter()
            .position(|t| t.is_word() && !t.is_capitalized() && !determiner(t) && !t.is(classes::FIGURE_WORD));
        return subject_ends.is_some_and(|e| !toks[aux + 1..aux + 1 + e].iter().any(figure));
    }
    // A subject pronoun joined to its verb by a hyphen: "exporte-t-elle", "ont-ils"; the
    // figure after it.
    let inverted = toks.windows(2).position(|w| {
        w[0].is_sym('-') && !w[1].space_before && matches!(w[1].lower.as_ref(), "il" | "elle" | "ils" | "elles" | "on")
    });
    let Some(i) = inverted else {
        return false;
    };
    // The verb before the pronoun ("serait-il", "coûte-t-il"): in the conditional, the
    // question is a hypothesis, its subject too ("Un service de 30 lits serait-il la
    // solution ?").
    let verb = if i >= 2 && toks[i - 1].lower.as_ref() == "t" && toks[i - 2].is_sym('-') {
        i.checked_sub(3)
    } else {
        i.checked_sub(1)
    };
    let conditional = verb.is_some_and(|v| {
        let w = toks[v].lower.as_ref();
        ["rait", "raient", "rais"].iter().any(|e| w.ends_with(e))
    });
    (conditional || !toks[..i].iter().any(figure)) && !toks.iter().any(|t| QUESTION_WORDS.contains(&t.lower.as_ref()))
}

/// A sentence that compares the figure just attributed with its earlier value: it opens
/// with "C'est"/"That is" or names the measure again ("the share", "ce taux") among its first
/// words, and points back in time ("ago", "il y a", "l'an dernier", "earlier"). The
/// guideline's explicit continuation of the same figure.
fn earlier_value(toks: &[tokens::Tok<'_>]) -> bool {
    use lexicon::attribution::{EARLIER_CUES, RESTATED_MEASURES, RESTATING_OPENERS};
    let words: Vec<&str> = toks
        .iter()
        .filter(|t| t.is_word())
        .map(|t| t.lower.as_ref())
        .take(40)
        .collect();
    let opens = words.len() >= 2 && RESTATING_OPENERS.iter().any(|&(a, b)| words[0] == a && words[1] == b);
    let measure = words.windows(2).take(8).any(|w| {
        matches!(w[0], "the" | "this" | "that" | "ce" | "cette" | "la" | "le" | "l'")
            && RESTATED_MEASURES.contains(&w[1])
    });
    // (Or opening the sentence by an indefinite article: "Un niveau jamais vu depuis 1982,
    // quand elle était montée jusqu'à 4,58 mètres".)
    let measure = measure
        || (words.len() >= 2 && matches!(words[0], "un" | "une" | "a") && RESTATED_MEASURES.contains(&words[1]));
    // (Or takes it up with "en": "Il y a dix ans, il en recevait plus de 60.")
    let measure = measure
        || words
            .windows(2)
            .take(10)
            .any(|w| matches!(w[0], "il" | "elle" | "ils" | "elles" | "on") && w[1] == "en");
    let il_y_a = words.windows(3).any(|w| w == ["il", "y", "a"]);
    // "That compares with…" sets the figure against another by itself; "It followed a
    // 1.8 pct rise in September" gives the one before it.
    let compares = matches!(words.get(1), Some(&"compares" | &"compared" | &"followed"));
    // ("before pausing in July" tells what came next, not an earlier value.)
    let cue = |k: usize| {
        EARLIER_CUES.contains(&words[k])
            && !(words[k] == "before" && words.get(k + 1).is_some_and(|n| n.ends_with("ing")))
    };
    // The last time the measure stood there: "Un niveau jamais vu depuis la crue de 1982,
    // quand elle était montée jusqu'à 4,58 mètres" (not "held the rate at 0% since June").
    let last_time = words.iter().enumerate().any(|(k, w)| {
        matches!(*w, "depuis" | "since")
            && words[k + 1..]
                .iter()
                .take(8)
                .any(|w| matches!(*w, "quand" | "when" | "lorsque" | "lorsqu'"))
    });
    let earlier = il_y_a || compares || last_time || (0..words.len()).any(cue);
    // A change to a new level asserts that level, the earlier one only beside it: "The
    // number of unemployed rose to about 298,000 from 271,000 a year earlier".
    let new_level = words.windows(2).any(|w| {
        (matches!(
            w[0],
            "rose"
                | "fell"
                | "climbed"
                | "increased"
                | "decreased"
                | "dropped"
                | "jumped"
                | "declined"
                | "grew"
                | "slipped"
                | "eased"
        ) && w[1] == "to")
            || (matches!(w[0], "passé" | "passée" | "passés" | "passées") && w[1] == "à")
    });
    (opens || measure) && earlier && !new_level
}

/// Whether the previous sentence's tokens `prev` name `noun` as something that can go on
/// speaking: not after a possessive ("Okafor said her petition drew attention. The petition
/// was signed a million times": the petition was what she spoke of, not a source).
fn named_before(prev: &[tokens::Tok<'_>], noun: &str) -> bool {
    prev.iter().enumerate().any(|(k, t)| {
        // The head of a noun phrase, not a modifier ("federal budget income" does not make
        // "The budget deficit" a speaker going on), and not after a possessive.
        let det = if k > 0 { prev[k - 1].lower.as_ref() } else { "" };
        // (Nor the complement of a title: "a déclaré le président de l'agglomération" does
        // not make "L'agglomération compte 64 000 habitants" the president going on.)
        let complement = k > 1 && matches!(prev[k - 2].lower.as_ref(), "de" | "d'" | "of");
        t.is_word()
            && t.lower == noun
            && !complement
            && !lexicon::attribution::POSSESSIVES.contains(&det)
            && lexicon::attribution::SUBJECT_DETERMINERS.contains(&det)
    })
}

/// The figures to report, with where the placeholder goes.
pub fn unsourced(text: &str, opts: &FigureOptions) -> Vec<Finding> {
    let mut found: Vec<Finding> = analyze(text, opts)
        .into_iter()
        .filter(|f| f.sourced.is_reported())
        .map(|f| Finding {
            figure: fold_whitespace(&text[f.range.clone()]),
            fix_insert_at: insertion_point(text, &f.sentence),
            range: f.range,
            sourcing: f.sourced,
            sentence: f.sentence,
        })
        .collect();
    drop_restated(text, &mut found);
    found
}

/// Drops the findings that name again, behind a definite determiner, a set the copy has
/// already counted ("The town has 14 primary schools. … For the 14 schools, …"): the
/// guideline's `definite-set`. Decided on the text before each finding alone, so that
/// applying it to a piece of a document and then to the whole document (as the incremental
/// analysis does) drops what applying it to the whole document once drops.
pub fn drop_restated(text: &str, found: &mut Vec<Finding>) {
    found.retain(|f| !restated(text, f));
}

/// How far back (bytes) a set named again is looked for: a long article's length.
const RESTATED_REACH: usize = 30_000;

/// Definite determiners before a set named again.
const RESTATING_DETERMINERS: &[&str] = &["the", "these", "those", "les", "ces"];

/// Determiners that a figure may begin with and that are definite before a number: "des
/// 312 détenus" is "de les" (French has no indefinite "des" before a numeral).
const CONTRACTED_DETERMINERS: &[&str] = &["des ", "aux "];

/// Approximations before a set named again: "les quelque 310 adhérents", "the some 40
/// members".
const RESTATED_APPROXIMATIONS: &[&str] = &["quelque ", "quelques ", "some ", "about ", "environ "];

/// Generic nouns that name again a set counted under its own noun.
const GENERIC_RENAMES: &[&str] = &[
    "machines",
    "appareils",
    "engins",
    "unités",
    "artisans",
    "ouvriers",
    "professionnels",
    "personnes",
    "units",
    "people",
    "workers",
    "craftsmen",
    "vehicles",
    "véhicules",
    // "Quelque 120 auteurs et illustrateurs", then "les 120 invités".
    "invités",
    "guests",
    "participants",
];

/// Nouns that name the same people or things counted: "41 morts" then "les 41 victimes",
/// "48 supermarchés" then "les 48 magasins".
const SAME_SET: &[&[&str]] = &[
    &["morts", "tués", "victimes", "décès"],
    &["dead", "deaths", "victims", "fatalities"],
    &["magasins", "supermarchés", "hypermarchés", "boutiques", "commerces"],
    &["stores", "shops", "supermarkets", "outlets", "branches"],
    &["salariés", "employés", "emplois", "postes"],
    &["staff", "employees", "workers", "jobs"],
];

fn restated(text: &str, f: &Finding) -> bool {
    let before = text[..f.range.start].trim_end();
    // As written (its spaces may be no-break ones, as in the earlier mention).
    let written = text.get(f.range.clone()).unwrap_or(&f.figure);
    let contracted = CONTRACTED_DETERMINERS
        .iter()
        .find(|d| written.get(..d.len()).is_some_and(|h| h.eq_ignore_ascii_case(d)));
    let determiner = before
        .rsplit(|c: char| !c.is_alphabetic())
        .next()
        .map(str::to_lowercase);
    if contracted.is_none() && !determiner.is_some_and(|d| RESTATING_DETERMINERS.contains(&d.as_str())) {
        return false;
    }
    // The number as written, and the noun the figure ends with; past an approximation
    // ("Les quelque 310 adhérents", after "environ 310 adhérents").
    let figure = &written[contracted.map_or(0, |d| d.len())..];
    let figure = RESTATED_APPROXIMATIONS
        .iter()
        .find_map(|a| {
            figure
                .get(..a.len())
                .filter(|h| h.eq_ignore_ascii_case(a))
                .map(|_| &figure[a.len()..])
        })
        .unwrap_or(figure);
    let number_len = figure
        .find(|c: char| !(c.is_ascii_digit() || matches!(c, ',' | '.' | ' ' | '\u{a0}' | '\u{202f}')))
        .unwrap_or(figure.len());
    let number = figure[..number_len].trim_end();
    // The noun is the figure's last word, or its first after the number when a participle
    // follows ("des 81 400 euros saisis").
    let mut words = figure[number_len..].split_whitespace();
    let (Some(first), last) = (words.next(), words.last()) else {
        return false;
    };
    let noun = last.unwrap_or(first);
    if number.is_empty() || !number.starts_with(|c: char| c.is_ascii_digit()) || !noun.chars().all(char::is_alphabetic)
    {
        return false;
    }
    let noun = noun.to_lowercase();
    let first = first.to_lowercase();
    // The article before it, up to RESTATED_REACH bytes back: a set counted further back
    // is not one the reader has in mind, and a megabyte of copy is not searched once per
    // finding.
    let mut from = before.len().saturating_sub(RESTATED_REACH);
    while !text.is_char_boundary(from) {
        from += 1;
    }
    let earlier = &text[from..before.len()];
    earlier.match_indices(number).any(|(at, _)| {
        let bounded = !earlier[..at].ends_with(|c: char| c.is_ascii_digit());
        let after = &earlier[at + number.len()..];
        let end = after.char_indices().nth(40).map_or(after.len(), |(i, _)| i);
        bounded
            && after[..end].split(|c: char| !c.is_alphabetic()).take(4).any(|w| {
                let w = w.to_lowercase();
                // (A generic noun names again any set of that size: "62 éoliennes", then
                // "Les 62 machines"; "38 tailleurs de pierre et maçons", then "Les 38
                // artisans".)
                (GENERIC_RENAMES.contains(&noun.as_str()) && w.chars().count() > 2)
                    || w == noun
                    || w == first
                    || SAME_SET
                        .iter()
                        .any(|g| g.contains(&w.as_str()) && g.contains(&noun.as_str()))
            })
    })
}

/// `s` with its whitespace runs folded to one space and trimmed.
fn fold_whitespace(s: &str) -> String {
    // Most figures are printable ASCII with single spaces between words: nothing to fold.
    let mut prev_space = true;
    let mut plain = true;
    for &c in s.as_bytes() {
        if c == b' ' {
            plain &= !prev_space;
            prev_space = true;
        } else {
            plain &= c > b' ' && c < 0x80;
            prev_space = false;
        }
    }
    if s.is_empty() || (plain && !prev_space) {
        return s.to_owned();
    }
    let mut out = String::with_capacity(s.len());
    for w in s.split_whitespace() {
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(w);
    }
    out
}

/// The attribution placeholder the quick fix inserts.
pub fn placeholder(lang: Lang) -> &'static str {
    match lang {
        Lang::Fr => ", selon [source]",
        Lang::En => ", according to [source]",
    }
}

impl Finding {
    /// The diagnostic message, in `lang`.
    pub fn message(&self, lang: Lang) -> String {
        let fig = &self.figure;
        match (lang, self.sourcing) {
            (Lang::Fr, Sourcing::ConditionalOnly) => format!(
                "Chiffre sans source\u{a0}: «\u{a0}{fig}\u{a0}». Le conditionnel ne nomme pas de source\u{a0}: indiquez d'où il vient (selon …, d'après …)."
            ),
            (Lang::Fr, Sourcing::PassiveWithoutAgent) => format!(
                "Chiffre sans source\u{a0}: «\u{a0}{fig}\u{a0}». Un passif sans complément d'agent («\u{a0}est estimé à\u{a0}») ne nomme pas de source\u{a0}: indiquez qui l'avance (selon …, d'après …)."
            ),
            (Lang::Fr, Sourcing::Placeholder) => format!(
                "Source à compléter\u{a0}: «\u{a0}{fig}\u{a0}». La source de ce chiffre est encore un espace réservé\u{a0}: remplacez-le par le nom de qui l'avance."
            ),
            (Lang::Fr, _) => format!(
                "Chiffre sans source\u{a0}: «\u{a0}{fig}\u{a0}». Indiquez d'où il vient (selon …, d'après …)."
            ),
            (Lang::En, Sourcing::ConditionalOnly) => format!(
                "Unsourced figure: “{fig}”. A hedge (“reportedly”, “would”) names no source: say where it comes from (according to …, … said)."
            ),
            (Lang::En, Sourcing::PassiveWithoutAgent) => format!(
                "Unsourced figure: “{fig}”. A passive without agent (“is estimated at”) names no source: say who puts it forward (according to …, … said)."
            ),
            (Lang::En, Sourcing::Placeholder) => format!(
                "Source to fill in: “{fig}”. The source of this figure is still a placeholder: replace it with the name of who gives it."
            ),
            (Lang::En, _) => format!(
                "Unsourced figure: “{fig}”. Say where it comes from (according to …, … said)."
            ),
        }
    }
}

/// End of a sentence before its final punctuation and closing quotes. A quotation that
/// closes right after a word (`« 300 morts ».`) keeps its closing guillemet before the
/// placeholder.
fn insertion_point(text: &str, sentence: &Range<usize>) -> usize {
    let s = &text[sentence.clone()];
    let mut end = s.len();
    let is_final = |c: char| matches!(c, '.' | '!' | '?' | '…' | ':' | ';' | ',');
    let is_closer = |c: char| matches!(c, '»' | '”' | '"' | '’' | ')' | '›');
    let is_gap = |c: char| c.is_whitespace();
    // Peel terminal punctuation, then closers; a closer directly after a word stays.
    while let Some(c) = s[..end].chars().next_back() {
        if is_final(c) || is_gap(c) {
            end -= c.len_utf8();
            continue;
        }
        if is_closer(c) {
            let before = s[..end - c.len_utf8()].trim_end_matches(is_gap);
            match before.chars().next_back() {
                Some(b) if is_final(b) || is_closer(b) => {
                    end = before.len();
                    continue;
                }
                _ => break,
            }
        }
        break;
    }
    sentence.start + end
}

#[cfg(test)]
mod tests {
    use super::*;

    fn reported(text: &str) -> Vec<(String, Sourcing)> {
        unsourced(text, &FigureOptions::default())
            .into_iter()
            .map(|f| (f.figure, f.sourcing))
            .collect()
    }

    #[test]
    fn reports_unsourced_figures_only() {
        let text = "Selon l'ONU, 300 civils ont été tués. L'armée a perdu 4 000 hommes. Le bilan atteindrait 500 morts. Le coût est estimé à 2 milliards d'euros.";
        assert_eq!(
            reported(text),
            vec![
                ("4 000 hommes".to_owned(), Sourcing::Unsourced),
                ("500 morts".to_owned(), Sourcing::ConditionalOnly),
                ("2 milliards d'euros".to_owned(), Sourcing::PassiveWithoutAgent),
            ]
        );
    }

    #[test]
    fn an_earlier_value_of_an_attributed_figure() {
        let text = "A survey found that 56% of Europeans back it. Two years ago, the share stood at 62%.";
        assert_eq!(reported(text), vec![]);
        let text = "Près de 2,8 millions de ménages attendaient, selon l'USH. C'était moins qu'il y a vingt ans, quand ils étaient 3 millions.";
        assert_eq!(reported(text), vec![]);
        // A comparison computed from it goes on too.
        let text =
            "Près de 2,8 millions de ménages attendaient, selon l'USH. C'est deux fois plus qu'il y a vingt ans.";
        assert_eq!(reported(text), vec![]);
        // Taken up with "en".
        let text =
            "Selon La Poste, le bureau accueille 23 clients par jour. Il y a dix ans, il en recevait plus de 60.";
        assert_eq!(reported(text), vec![]);
        // A new assertion about the past, or a comparison with no source before it.
        let text = "A survey found that 56% of Europeans back it. Two years ago, the army had 4,000 troops.";
        assert_eq!(reported(text), vec![("4,000 troops".to_owned(), Sourcing::Unsourced)]);
        let text = "Le parc compte 2,8 millions de logements. C'est deux fois plus qu'il y a vingt ans.";
        assert_eq!(
            reported(text),
            vec![
                ("2,8 millions de logements".to_owned(), Sourcing::Unsourced),
                ("deux fois plus".to_owned(), Sourcing::Unsourced)
            ]
        );
    }

    #[test]
    fn continued_attribution() {
        let text = "Selon le rapport, 300 civils ont été tués. Il recense aussi 200 blessés. Le rapport compte 40 disparus.\n\nIls ont perdu 30 chars.";
        assert_eq!(reported(text), vec![("30 chars".to_owned(), Sourcing::Unsourced)]);
        // The same subject as a noun of the previous sentence continues it ("Le ministère
        // …. Le ministère compte…"), but not a noun that belonged to someone there.
        let text = "Le ministère a annoncé 300 morts. Le ministère compte 40 disparus.";
        assert_eq!(reported(text), Vec::new());
        // A pronoun that does first and speaks after "et" continues nothing.
        let text = "« Nos coûts ont pris 15 % », explique Sandrine Pelletan. Elle vend ses spéciales 13,80 euros la douzaine et affirme écouler près de 400 bourriches.";
        assert_eq!(reported(text), vec![("13,80 euros".to_owned(), Sourcing::Unsourced)]);
        // Nor a noun after its count that is a verb elsewhere; nor a count of people who only
        // admitted something.
        let text = "La salle affichait complet : le club a compté 1 850 spectateurs. La salle est pourtant homologuée pour 1 600 places assises.";
        assert_eq!(reported(text), vec![("1 600 places".to_owned(), Sourcing::Unsourced)]);
        let text = "Trois des prévenus ont reconnu les faits.";
        assert_eq!(
            reported(text),
            vec![("Trois des prévenus".to_owned(), Sourcing::Unsourced)]
        );
        // Nor a present participle after a noun.
        let text = "Le parc estime la fréquentation à 35 000 randonneurs. Le parc a installé deux panneaux demandant aux promeneurs de ne pas creuser.";
        assert_eq!(reported(text), vec![("deux panneaux".to_owned(), Sourcing::Unsourced)]);
        // Nor a noun that completed the speaker's title.
        let text = "Le tram est plein, a déclaré le président de l'agglomération, Marc Duvillard. L'agglomération compte 64 000 habitants.";
        assert_eq!(
            reported(text),
            vec![("64 000 habitants".to_owned(), Sourcing::Unsourced)]
        );
        let text = "Okafor said her petition drew attention. The petition was signed over one million times.";
        assert_eq!(
            reported(text),
            vec![("over one million".to_owned(), Sourcing::Unsourced)]
        );
    }

    #[test]
    fn a_named_noun_goes_on_speaking_not_doing() {
        let text = "Le ministère a annoncé 300 arrestations. Le ministère ajoute 40 blessés. Le ministère a dépensé 2 millions d'euros.";
        assert_eq!(
            reported(text),
            vec![("2 millions d'euros".to_owned(), Sourcing::Unsourced)]
        );
        // Nor being set by a text: a passive.
        let text = "Selon l'ARS, les analyses ont relevé quatre fois la limite de qualité. Cette limite est fixée à 1 microgramme par litre par l'arrêté du 11 janvier 2007.";
        assert_eq!(reported(text), vec![("1 microgramme".to_owned(), Sourcing::Unsourced)]);
        // A body that acts does not report, and "before pausing" is no earlier value.
        let text = "The governor told a news conference the bank could resume cutting in 2027. The bank lowered the rate by a cumulative 100 basis points in the first half of the year before pausing in July.";
        assert_eq!(
            reported(text),
            vec![("100 basis points".to_owned(), Sourcing::Unsourced)]
        );
    }

    #[test]
    fn a_source_phrase_s_description_of_its_source() {
        let text = "Selon l'association Montagne sûre, qui regroupe 230 guides, la fréquentation a progressé de 40 %. According to the union, which represents 12,000 drivers, 60% joined the strike.";
        assert_eq!(
            reported(text),
            vec![
                ("230 guides".to_owned(), Sourcing::Unsourced),
                ("12,000 drivers".to_owned(), Sourcing::Unsourced)
            ]
        );
        // After the figures it covers too.
        let text = "La halle a accueilli 900 visiteurs, d'après les organisateurs, qui avaient installé trois stands de dégustation.";
        assert_eq!(reported(text), vec![("trois stands".to_owned(), Sourcing::Unsourced)]);
    }

    #[test]
    fn a_lead_in_with_what_its_agent_recorded() {
        let text = "Les principales causes d'accident relevées par le PGHM sont :\n\n- les chutes (41 %) ;\n- l'égarement (17 %).\n\nLes secours sont intervenus 300 fois.";
        assert_eq!(reported(text), vec![("300".to_owned(), Sourcing::Unsourced)]);
        // Past the day.
        let text = "Le circuit avait été détrempé par les 32 millimètres de pluie relevés samedi par la station Météo-France de Luxeuil.";
        assert_eq!(reported(text), Vec::new());
        // Only a verb of recording: what an agent launched is no record.
        let text = "Les drones lancés par l'armée ont visé 12 villes.";
        assert_eq!(reported(text), vec![("12 villes".to_owned(), Sourcing::Unsourced)]);
    }

    #[test]
    fn lines_under_a_lead_in_naming_its_data() {
        let text = "CBOT settlements on Tuesday, exchange data (contract, price, change):\n\nSoybeans Jan  1045-1/2 cents/bu  +3/4 cent\nWheat Mar  538 cents/bu  -2 cents\n\nThe port handled 300 ships.";
        assert_eq!(reported(text), vec![("300 ships".to_owned(), Sourcing::Unsourced)]);
        // An exchange's settlement prices name their data.
        let text = "Bursa Malaysia Derivatives settlement prices (ringgit per tonne):\n\n    Contract     Settle     Change\n    FEB 27       4,126      +38\n    MAR 27       4,141      +35\n\nThe port handled 300 ships.";
        assert_eq!(reported(text), vec![("300 ships".to_owned(), Sourcing::Unsourced)]);
    }

    #[test]
    fn a_quotation_after_a_sourced_list() {
        let text = "**Résultats officiels (source : mairie)**\n\n- Inscrits : 1 842\n- Votants : 1 127\n\n« C'est la victoire », a réagi la tête de liste devant une centaine de sympathisants.";
        assert_eq!(
            reported(text),
            vec![("une centaine de sympathisants".to_owned(), Sourcing::Unsourced)]
        );
    }

    #[test]
    fn a_list_under_a_document_that_holds_it() {
        let text = "The interim report makes four recommendations:\n\n- an increase of £1.5m a year in the budget;\n- inspections within 12 months.\n\nRepairs will cost £4m.";
        assert_eq!(reported(text), vec![("£4m".to_owned(), Sourcing::Unsourced)]);
        // Not a document that does something else, nor a list under a plain lead-in.
        let text = "The alliance published the following preliminary data:\n\n- Entry angle: about 42 degrees\n- Mass: about 20 kg\n\nThe search cost £4m.";
        assert_eq!(reported(text), vec![("£4m".to_owned(), Sourcing::Unsourced)]);
        let text = "The report was late. Councillors want:\n\n- an extra £1.5m a year.";
        assert_eq!(reported(text), vec![("£1.5m a year".to_owned(), Sourcing::Unsourced)]);
    }

    #[test]
    fn a_list_under_who_listed_it() {
        let text = "Main pledges, as listed by the French presidency:\n\n - Germany: 450 mln euros\n - Japan: $180 mln\n\nEffects seen:\n\n- errors of up to 10 metres;";
        assert_eq!(
            reported(text),
            vec![("up to 10 metres".to_owned(), Sourcing::Unsourced)]
        );
    }

    #[test]
    fn a_table_under_what_its_agent_measured() {
        let text = "Rafales maximales mesurées par Météo-France :\n\n| Station | Rafale |\n| --- | --- |\n| Ouessant | 151 km/h |\n\nLe vent a abattu 300 arbres.";
        assert_eq!(reported(text), vec![("300 arbres".to_owned(), Sourcing::Unsourced)]);
    }

    #[test]
    fn columns_under_a_lead_in_that_names_its_source() {
        let text = "KEY FIGURES (Q3, bank statement):\n  Net profit     1.12 bln euros vs 0.95 bln year ago\n  Revenue        3.61 bln euros vs 3.48 bln\n\nShares rose 3.5 pct.";
        assert_eq!(reported(text), vec![("3.5 pct".to_owned(), Sourcing::Unsourced)]);
    }

    #[test]
    fn a_quotation_over_two_paragraphs() {
        let text = "Rhian Beynon said: \"Nobody wants to see a town cut off.\n\n\"We collected more than 4,000 signatures last year.\"\n\n\"It cost 300 jobs.\"";
        assert_eq!(reported(text), vec![("300 jobs".to_owned(), Sourcing::Unsourced)]);
        // Closed at the paragraph's end, it does not go on.
        let text = "Rhian Beynon said: \"Nobody wants to see a town cut off.\"\n\n\"We collected more than 4,000 signatures.\"";
        assert_eq!(reported(text).len(), 1);
    }

    #[test]
    fn rows_in_paragraphs_of_their_own_under_a_sourced_title() {
        let text = "Shares rose.\n\nKEY FIGURES (company statement, mln euros, Q3 2026 vs Q3 2025)\n\nSales 1,362 vs 1,308\n\nAdjusted EBITDA margin 15.7 pct vs 15.1 pct\n\nNet profit 88 vs 95\n\nShares rose 3.5 pct.";
        assert_eq!(reported(text), vec![("3.5 pct".to_owned(), Sourcing::Unsourced)]);
        // Without a source in the title, the rows are the newsroom's; a sentence ends them.
        let text = "KEY FIGURES (mln euros)\n\nSales 1,362 vs 1,308\n\nNet profit 88 vs 95";
        assert_eq!(reported(text).len(), 2);
        let text = "KEY FIGURES (company statement)\n\nSales 1,362 vs 1,308\n\nThe group employs 4,000 people.";
        assert_eq!(reported(text), vec![("4,000 people".to_owned(), Sourcing::Unsourced)]);
    }

    #[test]
    fn lines_under_a_block_title_that_names_its_source() {
        let text = "OTHER MARKETS (exchange settlement data)\n\nCBOT corn, March      $4.39-1/2, up 3/4 cent\nCBOT wheat, March     $5.62-1/4, down 1-1/4 cents\n\nSoybeans fell 3 pct.";
        assert_eq!(reported(text), vec![("3 pct".to_owned(), Sourcing::Unsourced)]);
        // Without a source in the title, the lines are the newsroom's.
        let text = "OTHER MARKETS (in dollars)\n\nCBOT corn, March      $4.39-1/2\nCBOT wheat, March     $5.62-1/4";
        assert_eq!(reported(text).len(), 2);
    }

    #[test]
    fn a_letter_signed_on_its_last_line() {
        // The signed paragraph is its writer's; the unsigned one before it is not covered.
        let text = "I have seen four crashes outside my house.\n\nThe library is used by more than 900 people a week. Is that worth it?\nMargaret Oyelaran, Hensley\n";
        assert_eq!(reported(text), vec![("four crashes".to_owned(), Sourcing::Unsourced)]);
        // A line that ends with a stop is prose, not a signature.
        let text = "The library is used by more than 900 people a week. Is that worth it?\nMargaret Oyelaran, Hensley, agreed.\n";
        assert_eq!(
            reported(text),
            vec![("more than 900 people a week".to_owned(), Sourcing::Unsourced)]
        );
    }

    #[test]
    fn a_letter_under_its_writer_s_lead_in() {
        // The letter's paragraph is its writer's; the editor's next paragraph is not.
        let text = "Margaret Ellison, Hathersby, writes:\n\nOur library lends about 600 books a month.\n\nThe council has 38 libraries.";
        assert_eq!(reported(text), vec![("38 libraries".to_owned(), Sourcing::Unsourced)]);
    }

    #[test]
    fn hypothetical_questions() {
        let text =
            "Would farmers give up 5% of their land? Faut-il attendre une baisse de 10 % ? **Accepteriez-vous de céder 20 % du territoire ?** Q : Enverriez-vous 200 soldats ? Combien de skieurs viendraient si le forfait dépassait 70 euros ? Why did 300 people die?";
        assert_eq!(reported(text), vec![("300 people".to_owned(), Sourcing::Unsourced)]);
        let text = "Fact check: Did EU exports to Armenia really rise tenfold? They rose 300%.";
        assert_eq!(reported(text), vec![("300%".to_owned(), Sourcing::Unsourced)]);
        // A question answered by yes or no; one with a question word presupposes its figure.
        let text = "La Russie exporte-t-elle deux fois plus ? Does Russia export 40% more? Les loyers ont-ils pris 10 % ? Pourquoi l'armée a-t-elle perdu 300 chars ? Elle exporte 12 % de plus.";
        assert_eq!(
            reported(text),
            vec![
                ("300 chars".to_owned(), Sourcing::Unsourced),
                ("12 %".to_owned(), Sourcing::Unsourced)
            ]
        );
        let text = "Un service de 30 lits serait-il la solution ? Le fonds de 20 millions d'euros suffira-t-il ? Did the $30 million fund suffice?";
        assert_eq!(
            reported(text),
            vec![
                ("20 millions d'euros".to_owned(), Sourcing::Unsourced),
                ("$30 million fund".to_owned(), Sourcing::Unsourced)
            ]
        );
    }

    #[test]
    fn a_speaker_s_description_is_not_carried_over() {
        // The sentence before is sourced and the quotation goes on from it, but the
        // description of the quotation's own speaker is the newsroom's.
        let text = "Selon la chambre, le département a perdu un quart de ses fermes. « Avec un lait payé 0,43 euro, on ne couvre pas nos coûts », témoigne Mathilde Guérin, qui élève 70 vaches.";
        assert_eq!(reported(text), vec![("70 vaches".to_owned(), Sourcing::Unsourced)]);
    }

    #[test]
    fn a_participle_with_its_agent_covers_its_own_clause() {
        let text = "Le projet, chiffré à 6,2 millions d'euros par le cabinet Hydra, prévoit un bassin de 25 mètres à cinq couloirs.";
        assert_eq!(
            reported(text),
            vec![
                ("25 mètres".to_owned(), Sourcing::Unsourced),
                ("cinq couloirs".to_owned(), Sourcing::Unsourced)
            ]
        );
        // The agent before "à"; the same sum put another way after "soit".
        let text = "La dette, évaluée par la chambre régionale des comptes à 9,6 M€, soit 2 330 euros par habitant, pèsera sur le mandat de ses 27 élus, avec 300 agents.";
        assert_eq!(reported(text), vec![("300 agents".to_owned(), Sourcing::Unsourced)]);
    }

    #[test]
    fn lines_of_values_under_a_lead_in_of_their_paragraph() {
        let text = "Output targets, according to a document seen by the agency (mln bpd):\nSaudi Arabia ........ 10.10\nIraq ................ 4.26\nUAE ................. 3.41\n\nBrent fell 4 pct.";
        assert_eq!(reported(text), vec![("4 pct".to_owned(), Sourcing::Unsourced)]);
        // Glued to a lead-in that names its source in brackets, in one sentence.
        let text = "Sinistres déclarés (chiffres de la Mutuelle) :\nGrêle : 8 412 dossiers\nGel : 2 960 dossiers\n\nBrent fell 4 pct.";
        assert_eq!(reported(text), vec![("4 pct".to_owned(), Sourcing::Unsourced)]);
        // Under a block's title that names its source, on the paragraph's first line.
        let text = "CEE MARKETS SNAPSHOT AT 1045 GMT (LSEG data)\nCURRENCIES (per euro)   Latest vs previous close\n  Polish zloty          4.2475 vs 4.2610\n  Hungarian forint      388.90 vs 389.05\n\nBrent fell 4 pct.";
        assert_eq!(reported(text), vec![("4 pct".to_owned(), Sourcing::Unsourced)]);
        // Under a lead-in that names no source, they stay the newsroom's.
        let text = "Output targets (mln bpd):\nSaudi Arabia ........ 10.10\nIraq ................ 4.26";
        assert_eq!(reported(text).len(), 2);
    }

    #[test]
    fn a_titled_table_with_a_list_marker_among_its_rows() {
        let text = "Intro.\n\nKEY FIGURES (European Commission data, as of end-November)\n\n    Military support since 2022      67.5 bln euros\n    - of which through the EPF       11.1 bln euros\n    Budget support in 2026           18 bln euros\n\nIt rose 4%.";
        assert_eq!(reported(text), vec![("4%".to_owned(), Sourcing::Unsourced)]);
        // Without the source in the title, the rows are the newsroom's.
        let text = "KEY FIGURES (as of end-November)\n\n    Military support since 2022      67.5 bln euros\n    - of which through the EPF       11.1 bln euros\n    Budget support in 2026           18 bln euros";
        let found = reported(text);
        assert!(
            found.contains(&("67.5 bln euros".to_owned(), Sourcing::Unsourced)),
            "{found:?}"
        );
        assert!(
            found.contains(&("18 bln euros".to_owned(), Sourcing::Unsourced)),
            "{found:?}"
        );
    }

    #[test]
    fn a_document_s_list_past_its_publisher() {
        let text = "The cargo manifest published by the agency lists:\n\n- crew supplies: 1,050 kg\n- science investigations: 880 kg\n\nIt rose 4%.";
        assert_eq!(reported(text), vec![("4%".to_owned(), Sourcing::Unsourced)]);
        // An indefinite document, seen by the newsroom.
        let text = "A draft statement seen by this agency lists measures including:\n\n * fines of up to 5 mln euros\n * data on about 300 suspect vessels\n\nIt rose 4%.";
        assert_eq!(reported(text), vec![("4%".to_owned(), Sourcing::Unsourced)]);
    }

    #[test]
    fn a_body_s_demands_under_its_lead_in() {
        let text = "The union lists three main demands:\n\n- a limit of four patients per nurse;\n- a raise of 22 percent over three years.\n\nRents rose 40%.";
        assert_eq!(reported(text), vec![("40%".to_owned(), Sourcing::Unsourced)]);
        // Not what a body did: "The union organised three marches:".
        let text = "The union organised three marches:\n\n- 300 people in Leeds;\n- 500 in York.";
        assert_eq!(reported(text).len(), 2);
    }

    #[test]
    fn sets_counted_earlier() {
        // Named again behind "the"/"les": not a new figure.
        let text = "The town has 14 primary schools.\n\nFor the 14 schools, the cut is deep.";
        assert_eq!(
            reported(text),
            vec![("14 primary schools".to_owned(), Sourcing::Unsourced)]
        );
        let text = "La ville compte 14 écoles. Pour les 14 écoles, la baisse est forte.";
        assert_eq!(reported(text), vec![("14 écoles".to_owned(), Sourcing::Unsourced)]);
        // "des" before a number is "de les"; the same people under another noun.
        let text = "La prison compte 312 détenus. Quatre surveillants ont la charge des 312 détenus.";
        assert_eq!(
            reported(text),
            vec![
                ("312 détenus".to_owned(), Sourcing::Unsourced),
                ("Quatre surveillants".to_owned(), Sourcing::Unsourced)
            ]
        );
        // The noun before a participle: "des 81 400 euros saisis".
        let text = "Ils avaient saisi 81\u{a0}400 euros. La confiscation des 81\u{a0}400 euros saisis est ordonnée.";
        assert_eq!(reported(text), vec![("81 400 euros".to_owned(), Sourcing::Unsourced)]);
        let text = "Les routes ont fait 41 morts. Les 41 victimes avaient entre 16 et 87 ans.";
        assert_eq!(reported(text), vec![("41 morts".to_owned(), Sourcing::Unsourced)]);
        let text = "Il rachète 48 supermarchés. Les 48 magasins changeront d'enseigne.";
        assert_eq!(
            reported(text),
            vec![("48 supermarchés".to_owned(), Sourcing::Unsourced)]
        );
        let text = "Les routes ont fait 41 morts. Les 41 blessés sont soignés.";
        assert_eq!(reported(text).len(), 2);
        // A generic noun names it again; a specific other noun counts another set.
        let text = "Le parc compte 62 éoliennes. Les 62 machines reposent sur le fond.";
        assert_eq!(reported(text), vec![("62 éoliennes".to_owned(), Sourcing::Unsourced)]);
        // Past an approximation, the set named again.
        let text = "Le groupement fédère environ 310 adhérents. Les quelque 310 adhérents sont attendus.";
        assert_eq!(
            reported(text),
            vec![("environ 310 adhérents".to_owned(), Sourcing::Unsourced)]
        );
        let text = "Il fédère 310 adhérents. Quelque 310 adhérents sont attendus.";
        assert_eq!(reported(text).len(), 2);
        // Another count, or no determiner: still figures.
        let text = "The town has 14 primary schools. The 14 teachers left. In May, 14 schools closed.";
        assert_eq!(reported(text).len(), 3);
    }

    #[test]
    fn a_phrase_s_verb_does_not_cover_its_own_subject() {
        let text = "Some 1,500 repair workers sent to the sites told local media they were afraid.";
        assert_eq!(
            reported(text),
            vec![("Some 1,500 repair workers".to_owned(), Sourcing::Unsourced)]
        );
        let text = "The mayor told local media that 1,500 workers were sent.";
        assert_eq!(reported(text), vec![]);
    }

    #[test]
    fn a_quotation_after_a_verb_in_a_relative_clause_is_its_words() {
        let text = "Le journal donne la parole à des retraités, qui disent payer « deux fois plus » qu'en 2020, et à 300 commerçants.";
        assert_eq!(
            reported(text),
            vec![("300 commerçants".to_owned(), Sourcing::Unsourced)]
        );
    }

    #[test]
    fn captions() {
        for text in [
            "Il pleut.\n\n_Photo : deux baigneurs sur la plage, samedi._\n\nIl y a 300 morts.",
            "It rains.\n\n**Caption:** Two soldiers by a tank.\n\nIl y a 300 morts.",
            "Il pleut.\n\n(Légende : trois pompiers devant l'usine.)\n\nIl y a 300 morts.",
            "Il pleut.\n\nPictured: four medics at the gate.\n\nIl y a 300 morts.",
            "Il pleut.\n\nSur notre photo : une infirmière et deux parents au chevet d'un bébé.\n\nIl y a 300 morts.",
            "Il pleut.\n\nLégende photo : Deux génisses limousines présentées au ring.\n\nIl y a 300 morts.",
            "Il pleut.\n\n![Deux festivaliers devant la grande scène.](sabliere.jpg)\n\nIl y a 300 morts.",
            "It rains.\n\nVolunteers unload two lorries of blankets. (Photo: Mriya Aid)\n\nIl y a 300 morts.",
            "It rains.\n\n*Smoke over the valley. Two helicopters are visible above the ridge.*\n\nIl y a 300 morts.",
            "Il pleut.\n\n*Une centaine de tracteurs devant la préfecture. Deux élus les regardent.*\n\nIl y a 300 morts.",
            // An approximate crowd in a caption is what the photograph shows.
            "Il pleut.\n\nPhoto : une quarantaine de phoques gris au repos, samedi. (Littoral vivant)\n\nIl y a 300 morts.",
            // A wire's results, line by line.
            "Scores:\n\n133 Tomas Herrero (ESP) 64 69\n135 Rasmus Lindqvist (SWE) 66 69, Callum Breen (GBR) 67 68\n\nIl y a 300 morts.",
        ] {
            assert_eq!(
                reported(text),
                vec![("300 morts".to_owned(), Sourcing::Unsourced)],
                "{text}"
            );
        }
        // What a later sentence tells happened is no part of the picture.
        let text = "*Deux pompiers dans un camping inondé, dimanche. Une trentaine de caravanes y ont été emportées.*";
        assert_eq!(
            reported(text),
            vec![("Une trentaine de caravanes".to_owned(), Sourcing::Unsourced)]
        );
        // Not a caption: the label further in, or another word before the colon.
        for text in [
            "Photo de famille : 300 invités au mariage.",
            "Photographes : 300 accrédités.",
        ] {
            assert_eq!(reported(text).len(), 1, "{text}");
        }
    }

    #[test]
    fn source_lines_under_tables_and_lists() {
        // A source line covers the block right above it: a list with its lead-in, a
        // Markdown table (also across one blank line), a plain-text table.
        for text in [
            "Intro.\n\nTop 3, weekend:\n1. Harbour Lights — £4.1m\n2. Pip — £2.9m\nSource: Comscore\n\nIt cost 300 jobs.",
            "Intro.\n\n| Région | Hausse |\n|---|---|\n| Nord | 12 % |\n\n_Source : Insee._\n\nIt cost 300 jobs.",
            "Intro.\n\nPrix moyen du litre\nGazole 1,72 euro\nSP95 1,84 euro\n**Données :** Carbu.com\n\nIt cost 300 jobs.",
        ] {
            assert_eq!(reported(text), vec![("300 jobs".to_owned(), Sourcing::Unsourced)], "{text}");
        }
        // A source line on its own under prose credits the table right under it.
        let text = "Prices fell.\n\nSource: State Data Agency\n\nKEY FIGURES (pct change y/y)\n                 Sept     Aug\nCPI              3.1      3.6\nServices         5.9      6.1\n\nIt cost 300 jobs.";
        assert_eq!(reported(text), vec![("300 jobs".to_owned(), Sourcing::Unsourced)]);
        // (Not prose under it, nor a table two blank lines down.)
        let text = "Prices fell.\n\nSource: State Data Agency\n\nIt cost 300 jobs.";
        assert_eq!(reported(text).len(), 1);
        let text = "Prices fell.\n\nSource: State Data Agency\n\n\nCPI              3.1      3.6";
        assert_eq!(
            reported(text),
            vec![
                ("3.1".to_owned(), Sourcing::Unsourced),
                ("3.6".to_owned(), Sourcing::Unsourced)
            ]
        );
        // Not a source line: a placeholder, a label further in, a source line after a blank
        // line under prose, or two blank lines.
        for text in [
            "Top 3:\n1. Harbour Lights — £4.1m\nSource : [à compléter]",
            "Top 3:\n1. Harbour Lights — £4.1m\nLa source : Comscore",
            "Harbour Lights took £4.1m.\n\nSource: Comscore",
            "Top 3:\n- Harbour Lights — £4.1m\n\n\nSource: Comscore",
        ] {
            assert_eq!(reported(text).len(), 1, "{text}");
        }
    }

    #[test]
    fn league_tables() {
        for text in [
            "TOP OF THE TABLE\nPos Team P W D L Pts\n1 Harbridge Town 25 18 4 3 58\n2 Kelsey 25 16 4 5 52\n\nIt drew 300 fans.",
            "Classement\n\n| Clt | Équipe | Pts | J | G | N | P |\n|---|---|---|---|---|---|---|\n| 1 | Lannemar | 45 | 18 | 14 | 3 | 1 |\n\nIt drew 300 fans.",
        ] {
            assert_eq!(reported(text), vec![("300 fans".to_owned(), Sourcing::Unsourced)], "{text}");
        }
        // Heads without the points, or too few: a table of something else.
        let text = "| Région | P | D | L |\n|---|---|---|---|\n| Nord | 300 foyers | 2 | 3 |";
        assert!(reported(text).iter().any(|(f, _)| f == "300 foyers"));
        let text = "Pos Team Pts\nHarbridge Town drew 300 fans.";
        assert_eq!(reported(text), vec![("300 fans".to_owned(), Sourcing::Unsourced)]);
        let text = "With a win, a draw and a loss, Harbridge drew 300 fans and took 4 points.";
        assert!(reported(text).iter().any(|(f, _)| f == "300 fans"));
    }

    #[test]
    fn a_lead_in_with_its_source_in_brackets() {
        let text = "Basket prices by chain (Basketwise survey):\n\n1. Lowmart – £34.15\n2. Greenway – £37.60\n\nPrices (in pounds):\n\n1. Fenwicks – £44.30";
        assert_eq!(reported(text), vec![("£44.30".to_owned(), Sourcing::Unsourced)]);
    }

    #[test]
    fn a_comparison_with_the_figure_just_attributed() {
        let text = "Landings fell to 2,300 tonnes, according to the directorate. That compares with 5,100 tonnes in 2015. That buys 300 boats.";
        assert_eq!(reported(text), vec![("300 boats".to_owned(), Sourcing::Unsourced)]);
        // In the past tense too.
        let text = "Utilities pulled 62 bcf from storage, the EIA said. That compared with a withdrawal of 38 bcf a year earlier.";
        assert_eq!(reported(text), Vec::new());
    }

    #[test]
    fn a_conditional_does_not_continue_an_attribution() {
        let text = "Les importations ont bondi de 25 %, d'après les douanes. Elles représenteraient plus de la moitié de la consommation. Elles atteignent 300 tonnes.";
        // (Nor does the sentence after it continue from the attributed one.)
        assert_eq!(
            reported(text),
            vec![
                ("plus de la moitié".to_owned(), Sourcing::ConditionalOnly),
                ("300 tonnes".to_owned(), Sourcing::Unsourced)
            ]
        );
        // A pronoun continues as the subject of a reporting verb only (guideline): "Elles
        // atteignent" is a new assertion, "Elles ont ajouté" speaks.
        let text = "Les importations ont bondi de 25 %, d'après les douanes. Elles atteignent 300 tonnes.";
        assert_eq!(reported(text), vec![("300 tonnes".to_owned(), Sourcing::Unsourced)]);
        // A restatement in the conditional goes on.
        let text = "Selon le ministère, la récolte atteindrait 39 millions d'hectolitres. Ce serait près de 15 % de moins que la moyenne.";
        assert_eq!(reported(text), vec![]);
        let text = "Les importations ont bondi de 25 %, d'après les douanes. Elles ont ajouté que 300 tonnes restaient à quai.";
        assert_eq!(reported(text), vec![]);
        let text = "Selon l'Insee, ils étaient 8 100. L'an dernier, ils étaient 7 900.";
        assert_eq!(reported(text), vec![]);
        // A verb of the lists that does not report here; a pronoun after its noun.
        let text = "Le rectorat assure que le taux est passé à 92 %. Il a rappelé 23 professeurs retraités.";
        assert_eq!(reported(text), vec![("23 professeurs".to_owned(), Sourcing::Unsourced)]);
        let text = "Selon sa directrice, 11 000 demandes ont été déposées. Les résidences privées, elles, facturent jusqu'à 850 euros le studio.";
        assert_eq!(
            reported(text),
            vec![("jusqu'à 850 euros".to_owned(), Sourcing::Unsourced)]
        );
    }

    #[test]
    fn a_table_under_a_sourced_lead_in() {
        let text = "Closing moves, in pct, according to exchange data:\n\n| Index | Change |\n| --- | --- |\n| Nikkei 225 | -0.82 |\n\nThe yen rose 0.3 pct.\n\n| Index | Change |\n| --- | --- |\n| Topix | -0.51 |";
        assert_eq!(
            reported(text),
            vec![
                ("0.3 pct".to_owned(), Sourcing::Unsourced),
                ("-0.51".to_owned(), Sourcing::Unsourced)
            ]
        );
    }

    #[test]
    fn a_quotation_over_sentences_closed_by_its_incise() {
        let text = "« Nous avons perdu deux médecins en trois ans. Aujourd'hui, un habitant sur quatre n'a plus de médecin traitant », a rappelé Gérard Poncet.\n\nIl y a 300 morts.";
        assert_eq!(reported(text), vec![("300 morts".to_owned(), Sourcing::Unsourced)]);
        // Without the incise, the quotation names no one.
        let text = "« Nous avons perdu deux médecins en trois ans. Aujourd'hui, un habitant sur quatre n'a plus de médecin traitant. »";
        assert_eq!(reported(text).len(), 2);
    }

    #[test]
    fn a_list_under_a_body_that_recalls_it() {
        let text = "La préfecture rappelle les consignes suivantes :\n\n- réduire sa vitesse d'au moins 20 km/h ;\n- garder 50 mètres.\n\nLes consignes :\n\n- rouler à 30 km/h.";
        assert_eq!(reported(text), vec![("30 km/h".to_owned(), Sourcing::Unsourced)]);
    }

    #[test]
    fn a_breakdown_title_names_no_source() {
        let text = "Reports by region:\n\n- Highlands and Islands: 412\n- Central Belt: 187\n\nSurvey by Ifop:\n\n- Paris: 300";
        assert_eq!(
            reported(text),
            vec![
                ("412".to_owned(), Sourcing::Unsourced),
                ("187".to_owned(), Sourcing::Unsourced)
            ]
        );
    }

    #[test]
    fn a_list_under_a_lead_in_that_names_its_page() {
        let text = "The union's demands, as listed on its website, are:\n\n* a wage of £15.90 an hour;\n* 8% of salary.\n\nThe demands are:\n\n* a wage of £16 an hour.";
        assert_eq!(reported(text), vec![("£16 an hour".to_owned(), Sourcing::Unsourced)]);
    }

    #[test]
    fn lines_of_values_under_a_sourced_lead_in() {
        let text = "Results reported by the company (mln crowns):\n\n  Q3 revenue       9,804 vs 10,611 year ago\n  Q3 EBIT          1,120 vs 1,370\n\n  Q3 jobs   300\n  Q3 sites  40";
        assert_eq!(
            reported(text),
            vec![
                ("300".to_owned(), Sourcing::Unsourced),
                ("40".to_owned(), Sourcing::Unsourced)
            ]
        );
    }

    #[test]
    fn a_figure_s_earlier_value() {
        let text =
            "Japan's exports rose 4.2 pct in October, ministry data showed. It followed a 1.8 pct rise in September.";
        assert_eq!(reported(text), vec![]);
        // A new level with the earlier one beside it is a new assertion.
        let text = "The rate was 9.8 pct, the agency said. The number of jobless rose to about 298,000 from 271,000 a year earlier.";
        assert_eq!(
            reported(text),
            vec![
                ("about 298,000".to_owned(), Sourcing::Unsourced),
                ("271,000".to_owned(), Sourcing::Unsourced)
            ]
        );
        let text = "The rate was 9.8 pct, the agency said. The number of jobless stood at 271,000 a year earlier.";
        assert_eq!(reported(text), vec![]);
        let text = "Selon Vigicrues, la rivière a atteint 4,12 mètres. Un niveau jamais vu depuis la crue de 1982, quand elle était montée jusqu'à 4,58 mètres.";
        assert_eq!(reported(text), vec![]);
    }

    #[test]
    fn a_page_s_sources() {
        let text = "Il y a 300 morts.\n\n## Sources\n\n- « Sumy region: 11 settlements under evacuation », 24 novembre 2026.\n\n## Suite\n\nEt 40 blessés.";
        assert_eq!(
            reported(text),
            vec![
                ("300 morts".to_owned(), Sourcing::Unsourced),
                ("40 blessés".to_owned(), Sourcing::Unsourced)
            ]
        );
    }

    #[test]
    fn letters_under_their_writer_s_line() {
        let text = "Letters\n\nFrom Margaret Doyle, Ashlecombe\n\nSir, — Our station has lost 11 of its 32 daily services.\n\nI am told the line carries about 4,000 passengers a day.\n\nMargaret Doyle\nAshlecombe\n\nEd.: The station was used by 212,000 passengers.";
        assert_eq!(
            reported(text),
            vec![
                ("about 4,000 passengers a day".to_owned(), Sourcing::PassiveWithoutAgent),
                ("212,000 passengers".to_owned(), Sourcing::Unsourced)
            ]
        );
    }

    #[test]
    fn signed_letters_and_key_figures() {
        let text = "In your report you wrote that numbers rose. Most mornings there are fewer than ten of us, where there used to be twenty. — Margaret Holloway, Kelsworth\n\nThe route drew 300 complaints.";
        assert_eq!(reported(text), vec![("300 complaints".to_owned(), Sourcing::Unsourced)]);
        // A dash that is no signature.
        let text = "Most mornings there are fewer than ten of us. — et 300 autres";
        assert_eq!(reported(text).len(), 2);
        let text = "Huit chiffres.\n\n7. **4 200** : le nombre de suppressions de postes annoncé lundi par le chimiste Barvenne.\n\n8. **Un sur cinq** : la proportion de Français partis.";
        assert_eq!(reported(text), vec![("Un sur cinq".to_owned(), Sourcing::Unsourced)]);
    }

    #[test]
    fn key_figures_with_their_source_in_brackets() {
        let text = "Key figures\n\n- 1 in 3: refugees in full-time work (Vistula Institute)\n- 990,000: Ukrainians under protection (UNHCR)\n- 42 percent: plan to go home\n- 300 schools (in 2024)";
        assert_eq!(
            reported(text),
            vec![
                ("42 percent".to_owned(), Sourcing::Unsourced),
                ("300 schools".to_owned(), Sourcing::Unsourced)
            ]
        );
    }

    #[test]
    fn quotation_paragraphs() {
        // After "X said:", a quotation laid out as its own paragraph is X's, every sentence
        // of it; the paragraph after it is not.
        let text = "Zelensky said on Telegram:\n\n\"Every day costs us dozens of lives. Russia has sent more than 2,000 drones this month.\"\n\nRussia sent 300 drones.";
        assert_eq!(reported(text), vec![("300 drones".to_owned(), Sourcing::Unsourced)]);
        // A quotation paragraph with no lead-in is nobody's.
        let text = "Le front tient.\n\n« Nous avons perdu 300 soldats. »";
        assert_eq!(reported(text), vec![("300 soldats".to_owned(), Sourcing::Unsourced)]);
        // A pull quote with its credit line is the credited person's.
        let text = "« Il a dicté une douzaine de papiers. Il n'a pas dormi. »\n— Pierre Martin, son fils\n\nSa bibliothèque compte 3 000 livres.";
        assert_eq!(reported(text), vec![("3 000 livres".to_owned(), Sourcing::Unsourced)]);
        // The same as Markdown block quotes: the credit on the quote's last line, or as the
        // next paragraph.
        for text in [
            "Intro.\n\n> \"Half of what we earn goes back into the road.\"\n> — Maya Osei\n\nShe sold 300 tickets.",
            "Intro.\n\n> « La moitié de ce que nous gagnons repart dans la route. »\n\n— Maya Osei\n\nShe sold 300 tickets.",
        ] {
            assert_eq!(reported(text), vec![("300 tickets".to_owned(), Sourcing::Unsourced)], "{text}");
        }
        // A block quote with no credit is nobody's.
        let text = "Intro.\n\n> \"Half of what we earn goes back into the road.\"\n\nThe end.";
        assert_eq!(reported(text), vec![("Half of what".to_owned(), Sourcing::Unsourced)]);
    }

    #[test]
    fn whitespace_folds_like_split_whitespace() {
        for s in [
            "",
            " ",
            "a",
            "4 000 hommes",
            "4  000",
            " 4 000",
            "4 000 ",
            "4\u{a0}000\u{202f}hommes",
            "4\t000\npar an",
            "\u{1}x y",
            "é à",
        ] {
            assert_eq!(
                fold_whitespace(s),
                s.split_whitespace().collect::<Vec<_>>().join(" "),
                "{s:?}"
            );
        }
    }

    #[test]
    fn insertion_points() {
        for (s, expected) in [
            ("Il y a 300 morts.", "Il y a 300 morts"),
            ("« Nous avons perdu 300 hommes. »", "« Nous avons perdu 300 hommes"),
            ("Il parle de « 300 morts ».", "Il parle de « 300 morts »"),
            ("Pas de point", "Pas de point"),
            ("There were 300 dead.\"", "There were 300 dead"),
        ] {
            let at = insertion_point(s, &(0..s.len()));
            assert_eq!(&s[..at], expected);
        }
    }

    #[test]
    fn messages_in_both_languages() {
        let text = "Le bilan atteint 4,5 millions par an.";
        let f = &unsourced(text, &FigureOptions::default())[0];
        assert_eq!(
            f.message(Lang::Fr),
            "Chiffre sans source\u{a0}: «\u{a0}4,5 millions par an\u{a0}». Indiquez d'où il vient (selon …, d'après …)."
        );
        assert!(f
            .message(Lang::En)
            .starts_with("Unsourced figure: “4,5 millions par an”."));
        assert_eq!(placeholder(Lang::Fr), ", selon [source]");
        assert_eq!(placeholder(Lang::En), ", according to [source]");
        let mut fixed = text.to_owned();
        fixed.insert_str(f.fix_insert_at, placeholder(Lang::Fr));
        assert_eq!(fixed, "Le bilan atteint 4,5 millions par an, selon [source].");
        // The quick fix leaves a placeholder: still reported, with its own code and message,
        // until a source replaces it.
        let left = unsourced(&fixed, &FigureOptions::default());
        assert_eq!(left.len(), 1);
        assert_eq!(left[0].sourcing, Sourcing::Placeholder);
        assert_eq!(left[0].sourcing.code(), "placeholder-source");
        assert_eq!(f.sourcing.code(), "unsourced-figure");
        assert_eq!(
            left[0].message(Lang::Fr),
            "Source à compléter\u{a0}: «\u{a0}4,5 millions par an\u{a0}». La source de ce chiffre est encore un espace réservé\u{a0}: remplacez-le par le nom de qui l'avance."
        );
        assert!(left[0]
            .message(Lang::En)
            .starts_with("Source to fill in: “4,5 millions par an”."));
        let named = fixed.replace("[source]", "l'Insee");
        assert!(unsourced(&named, &FigureOptions::default()).is_empty());
    }

    #[test]
    fn placeholders_are_the_callers() {
        let text = "Le bilan atteint 300 morts, selon [source]. Le coût atteint 2 milliards, selon [réf].";
        let all: Vec<Sourcing> = reported(text).into_iter().map(|(_, s)| s).collect();
        assert_eq!(all, vec![Sourcing::Placeholder]);
        let opts = FigureOptions {
            placeholders: vec!["[réf]".to_owned()],
            ..FigureOptions::default()
        };
        let all: Vec<Sourcing> = unsourced(text, &opts).into_iter().map(|f| f.sourcing).collect();
        assert_eq!(all, vec![Sourcing::Placeholder]);
        assert_eq!(unsourced(text, &opts)[0].figure, "2 milliards");
        let none = FigureOptions {
            placeholders: Vec::new(),
            ..FigureOptions::default()
        };
        assert!(unsourced(text, &none).is_empty());
    }

    #[test]
    fn markers_ignore() {
        let text = "L'armée a perdu 4 000 hommes. <!-- vigie-ignore --> Elle a perdu 30 chars.";
        assert_eq!(reported(text), vec![("30 chars".to_owned(), Sourcing::Unsourced)]);
        let all = analyze(text, &FigureOptions::default());
        assert_eq!(all[0].sourced, Sourcing::Ignored);
    }
}
