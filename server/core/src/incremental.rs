//! Incremental analysis: what the server runs after each keystroke.
//!
//! An article is cut into pieces at paragraph breaks across which nothing carries (see
//! [`pieces`]); each piece is analysed alone, and its results are kept by its text, so that
//! after an edit only the pieces whose text changed are analysed again while the others
//! are reused and shifted. The result is the one [`crate::analysis::analyze`] gives for the
//! whole text (property-tested below on random edits of real-looking articles), because:
//!
//! - no mention spans a blank line (the matcher rejects such a candidate), so mentions of a
//!   piece are the mentions of the whole text within it;
//! - a piece never starts inside the front matter or the metadata lines at the top, inside
//!   a fenced code block or an HTML comment, with a list item (a lead-in paragraph ending
//!   with a colon attributes the list after it), right after any line that ends with a
//!   colon (a quotation or a letter laid out under its lead-in is the speaker's), with a
//!   line that could be read as metadata, or right after a `vigie-ignore` marker (which
//!   covers the next line); nor anywhere after a letter's writer's line ("From X, Place")
//!   or a page's sources heading, which carry down the article;
//! - continued attribution never crosses a paragraph, and a Q&A interview is not cut after
//!   its first question (its answers are attributed by the layout);
//! - the document-wide facts are computed on the whole text: its language, and whether a
//!   `vigie-ignore-file` marker silences every figure.

use std::ops::Range;
use std::sync::Arc;

use crate::analysis::ArticleAnalysis;
use crate::date::{article_date, Date};
use crate::figures::{self, FigureOptions, Finding};
use crate::matcher::{Lexicon, Mention};
use crate::roles::{self, BareTitle, RoleDate};

/// What one piece holds, with offsets relative to the piece's start.
#[derive(Debug, Default)]
struct Piece {
    mentions: Vec<Mention>,
    figures: Vec<Finding>,
    /// Bare titles, resolved over the whole article once the pieces are together.
    bare: Vec<BareTitle>,
    titles: Vec<RoleDate>,
}

/// The results of the last analysis by piece text, and what they were computed with.
#[derive(Debug, Default)]
pub struct Incremental {
    pieces: rustc_hash::FxHashMap<Box<str>, Arc<Piece>>,
    /// The lexicon (by address), figure options (durations, placeholders) and article date
    /// the pieces were analysed with.
    key: Option<(usize, bool, Vec<String>, Option<Date>)>,
    /// Pieces analysed, and reused, by the last call (for tests and benchmarks).
    pub last_analysed: usize,
    pub last_reused: usize,
}

impl Incremental {
    pub fn new() -> Incremental {
        Incremental::default()
    }

    /// The analysis of `text`: the same as `analysis::analyze(text, lexicon, opts)`,
    /// reusing the pieces of the previous call whose text has not changed.
    pub fn analyze(&mut self, text: &str, lexicon: &Lexicon, opts: &FigureOptions) -> ArticleAnalysis {
        let date = article_date(text);
        let same = self.key.as_ref().is_some_and(|(l, d, p, t)| {
            *l == lexicon as *const Lexicon as usize && *d == opts.durations && *p == opts.placeholders && *t == date
        });
        if !same {
            self.pieces.clear();
            self.key = Some((
                lexicon as *const Lexicon as usize,
                opts.durations,
                opts.placeholders.clone(),
                date,
            ));
        }
        let lang = figures::document_lang(text, opts);
        let silenced = crate::markers::find(text).file;
        let previous = std::mem::take(&mut self.pieces);
        let ranges = pieces(text);
        // Reuse what is unchanged; analyse the rest, on every core when there is enough.
        let mut found: Vec<Option<Arc<Piece>>> =
            ranges.iter().map(|r| previous.get(&text[r.clone()]).cloned()).collect();
        let missing: Vec<usize> = (0..ranges.len()).filter(|&i| found[i].is_none()).collect();
        let (analysed, reused) = (missing.len(), ranges.len() - missing.len());
        let fresh = analyze_pieces(text, &ranges, &missing, lexicon, opts, date);
        for (i, piece) in missing.into_iter().zip(fresh) {
            found[i] = Some(Arc::new(piece));
        }
        let mut out = ArticleAnalysis {
            lang,
            date,
            ..ArticleAnalysis::default()
        };
        let mut bare = Vec::new();
        for (range, piece) in ranges.into_iter().zip(found) {
            let piece = piece.expect("every piece found or analysed");
            let at = range.start;
            out.mentions.extend(piece.mentions.iter().map(|m| Mention {
                range: m.range.start + at..m.range.end + at,
                entries: m.entries.clone(),
                via_role: m.via_role,
            }));
            bare.extend(piece.bare.iter().map(|b| b.shifted(at)));
            out.roles.extend(piece.titles.iter().map(|t| t.shifted(at)));
            if !silenced {
                out.figures.extend(piece.figures.iter().map(|f| Finding {
                    range: f.range.start + at..f.range.end + at,
                    figure: f.figure.clone(),
                    sourcing: f.sourcing,
                    sentence: f.sentence.start + at..f.sentence.end + at,
                    fix_insert_at: f.fix_insert_at + at,
                }));
            }
            self.pieces.insert(text[range].into(), piece);
        }
        // A set named again is dropped by what comes before it in the whole text.
        figures::drop_restated(text, &mut out.figures);
        roles::resolve_bare(&mut out.mentions, &bare, &lexicon.dict, date);
        self.last_analysed = analysed;
        self.last_reused = reused;
        out
    }
}

/// Below this many bytes to analyse, one thread does it all.
const PARALLEL_BYTES: usize = 16_000;

/// The pieces `which` of `text`, analysed on every core when they are large enough.
fn analyze_pieces(
    text: &str,
    ranges: &[Range<usize>],
    which: &[usize],
    lexicon: &Lexicon,
    opts: &FigureOptions,
    date: Option<Date>,
) -> Vec<Piece> {
    let bytes: usize = which.iter().map(|&i| ranges[i].len()).sum();
    let threads = std::thread::available_parallelism()
        .map_or(1, |n| n.get())
        .min(which.len());
    if bytes < PARALLEL_BYTES || threads < 2 {
        return which
            .iter()
            .map(|&i| analyze_piece(&text[ranges[i].clone()], lexicon, opts, date))
            .collect();
    }
    // Contiguous shares of about equal size, one per thread, in order.
    let share = bytes.div_ceil(threads);
    let mut groups: Vec<&[usize]> = Vec::new();
    let (mut from, mut acc) = (0, 0);
    for (k, &i) in which.iter().enumerate() {
        acc += ranges[i].len();
        if acc >= share && groups.len() + 1 < threads {
            groups.push(&which[from..=k]);
            from = k + 1;
            acc = 0;
        }
    }
    groups.push(&which[from..]);
    std::thread::scope(|scope| {
        let handles: Vec<_> = groups
            .into_iter()
            .map(|g| {
                scope.spawn(move || {
                    g.iter()
                        .map(|&i| analyze_piece(&text[ranges[i].clone()], lexicon, opts, date))
                        .collect::<Vec<Piece>>()
                })
            })
            .collect();
        handles
            .into_iter()
            .flat_map(|h| h.join().unwrap_or_else(|payload| std::panic::resume_unwind(payload)))
            .collect()
    })
}

fn analyze_piece(text: &str, lexicon: &Lexicon, opts: &FigureOptions, date: Option<Date>) -> Piece {
    let roles = roles::analyze(text, lexicon.matcher.scan(text), &lexicon.dict, date);
    Piece {
        mentions: roles.mentions,
        figures: figures::unsourced(text, opts),
        bare: roles.bare,
        titles: roles.titles,
    }
}

/// Where the pieces of `text` are: consecutive ranges covering it, each starting at the
/// start of a line that follows a blank line, where nothing carries across (see the
/// module's documentation).
pub fn pieces(text: &str) -> Vec<Range<usize>> {
    let mut cuts = vec![0];
    let body = crate::markup::front_matter_end(text);
    let mut state = State::Prose;
    // A line of prose that is not metadata has been seen: the metadata block is behind.
    let mut seen_prose = false;
    let mut prev_blank = false;
    // The last non-blank line holds a `vigie-ignore` marker.
    let mut after_marker = false;
    // The last non-blank line ends with a colon: a lead-in whose attribution carries into the
    // next paragraph ("X a déclaré :", "Margaret Ellison, Hathersby, writes:").
    let mut after_colon = false;
    // A line that carries down the article was seen (see `figures::carries_down`).
    let mut carried = false;
    // Where `vigie-ignore` markers are (rare): a line holds one if one starts in it.
    let mut markers = memchr::memmem::find_iter(text.as_bytes(), "vigie-ignore").peekable();
    // Answers of a Q&A interview carry their attribution from the layout: no cut after the
    // first question.
    let interview = figures::interview_answers_from(text).unwrap_or(usize::MAX);
    let mut pos = 0;
    while pos < text.len() {
        let end = memchr::memchr(b'\n', &text.as_bytes()[pos..]).map_or(text.len(), |i| pos + i + 1);
        let line = &text[pos..end];
        let blank = line.bytes().all(|b| matches!(b, b' ' | b'\t' | b'\r' | b'\n'));
        if pos >= body && state == State::Prose && !blank {
            if prev_blank
                && seen_prose
                && !after_marker
                && !after_colon
                && !carried
                && pos <= interview
                && may_start_piece(line)
            {
                cuts.push(pos);
            }
            // A letter's writer's line or a sources heading: what follows reads through it.
            carried = carried || figures::carries_down(line);
            if !looks_like_metadata(line) {
                seen_prose = true;
            }
        }
        if !blank {
            // (Or a source line, which may credit the table under it.)
            after_colon = line.trim_end().trim_end_matches(['*', '_']).trim_end().ends_with(':')
                || figures::may_credit_below(line);
            after_marker = markers.peek().is_some_and(|&m| m < end);
            while markers.next_if(|&m| m < end).is_some() {}
        }
        // (The front matter is metadata: a "<!--" in it opens no comment, as for the mask.)
        state = match state {
            _ if pos < body => State::Prose,
            State::Fence(f) => {
                if line.starts_with(f) {
                    State::Prose
                } else {
                    State::Fence(f)
                }
            }
            State::Comment => after_comments(line, line.find("-->").map(|i| i + 3)),
            State::Prose => {
                if line.starts_with("```") {
                    State::Fence("```")
                } else if line.starts_with("~~~") {
                    State::Fence("~~~")
                } else {
                    after_comments(line, Some(0))
                }
            }
        };
        prev_blank = blank;
        pos = end;
    }
    cuts.windows(2)
        .map(|w| w[0]..w[1])
        .chain(std::iter::once(*cuts.last().expect("one cut")..text.len()))
        .filter(|r| !r.is_empty() || text.is_empty())
        .collect()
}

/// The state after `line` once the part from `from` on is read for comments: inside one if
/// an opening `<!--` is not closed on the line.
fn after_comments(line: &str, from: Option<usize>) -> State {
    let Some(mut at) = from else {
        return State::Comment;
    };
    if !line.as_bytes()[at.min(line.len())..].contains(&b'<') {
        return State::Prose;
    }
    loop {
        match line[at..].find("<!--") {
            None => return State::Prose,
            Some(open) => match line[at + open + 4..].find("-->") {
                None => return State::Comment,
                Some(close) => at = at + open + 4 + close + 3,
            },
        }
    }
}

/// Where a line starts, for [`pieces`].
#[derive(Clone, Copy, PartialEq)]
enum State {
    Prose,
    Fence(&'static str),
    Comment,
}

/// A line that may start a piece: not a list item, not front matter or a rule, not
/// indented (a code block or a list item's continuation).
fn may_start_piece(line: &str) -> bool {
    let first = line.chars().next();
    // (Nor a paragraph that opens with a quotation mark: it may go on with a quotation left
    // open above it, see `figures::analyze_paragraph`.)
    if first.is_none_or(|c| c.is_whitespace() || matches!(c, '"' | '“' | '«')) {
        return false;
    }
    if crate::sentences::list_marker_len(line.trim_start()).is_some() {
        return false;
    }
    if line.starts_with("---") || line.starts_with("+++") || line.starts_with("...") || line.starts_with("===") {
        return false;
    }
    !looks_like_metadata(line)
}

/// Lines that the metadata block at the top could hold: a colon in the first 40 bytes, or a
/// line starting with "date" in any case (a superset of what the mask treats as metadata).
fn looks_like_metadata(line: &str) -> bool {
    let b = line.as_bytes();
    b.get(..4).is_some_and(|h| h.eq_ignore_ascii_case(b"date")) || b[..b.len().min(40)].contains(&b':')
}

#[cfg(test)]
mod tests {
    use proptest::prelude::*;

    use super::*;
    use crate::analysis::analyze;
    use crate::Dictionary;

    fn lexicon() -> Lexicon {
        Lexicon::new(Dictionary::embedded().expect("shipped dictionaries").0)
    }

    // Real-looking articles: the sample corpus of the README.
    use crate::samples::ARTICLES;

    /// What an edit inserts: letters, figures, names, paragraph breaks and every construct
    /// that carries across lines (fences, comments, list items, markers, metadata, rules).
    const SNIPPETS: &[&str] = &[
        "a",
        "é",
        " ",
        "\n",
        "\n\n",
        "\r\n\r\n",
        "30 %",
        " 4,5 millions ",
        // A set counted, then named again in another paragraph ("les 14 écoles").
        " 14 écoles ",
        " les 14 écoles ",
        "des dizaines de milliers de soldats",
        "selon l'armée, ",
        " a déclaré le ministre.",
        "Vladimir\n\nPoutine",
        "Vladimir Poutine",
        "Kiev",
        "le président russe",
        "Le chancelier",
        " le chancelier Olaf Scholz ",
        "l'ancien ",
        "Friedrich Merz",
        "En 2019, ",
        "```\n",
        "~~~",
        "<!--",
        "-->",
        "<!-- vigie-ignore -->\n",
        "[vigie-ignore]",
        "<!-- vigie-ignore-file -->",
        "- ",
        "1. ",
        "date: 2025-03-01\n",
        "Source : AFP\n",
        "---\n",
        "# Titre\n",
        "  ",
        "\t",
        ":",
        "»",
        "« ",
        "Selon Kiev :\n\n- 300 drones\n",
        "From Margaret Doyle, Ashlecombe\n\n",
        "\n\n## Sources\n\n- « 11 villages », 2026\n",
        "Margaret Doyle\nAshlecombe\n\n",
        "😀",
        "\u{A0}",
        "\u{202F}",
    ];

    fn check_same(inc: &mut Incremental, text: &str, lex: &Lexicon, opts: &FigureOptions) -> Result<(), TestCaseError> {
        let got = inc.analyze(text, lex, opts);
        let want = analyze(text, lex, opts);
        prop_assert_eq!(&got.mentions, &want.mentions, "mentions differ in {:?}", text);
        prop_assert_eq!(&got.figures, &want.figures, "figures differ in {:?}", text);
        prop_assert_eq!(&got.roles, &want.roles, "role-date findings differ in {:?}", text);
        prop_assert_eq!(got.lang, want.lang);
        prop_assert_eq!(got.date, want.date);
        Ok(())
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 120, ..ProptestConfig::default() })]

        /// Random edits of real articles: after each one, the incremental analysis equals
        /// the analysis of the whole text.
        #[test]
        fn incremental_equals_full_after_random_edits(
            article in 0..ARTICLES.len(),
            edits in prop::collection::vec((any::<prop::sample::Index>(), 0usize..40, prop::sample::select(SNIPPETS)), 1..12),
            durations in any::<bool>(),
        ) {
            let lex = lexicon_once();
            let opts = FigureOptions { durations, ..FigureOptions::default() };
            let mut text = ARTICLES[article].to_string();
            let mut inc = Incremental::new();
            check_same(&mut inc, &text, lex, &opts)?;
            for (at, delete, insert) in edits {
                let bounds: Vec<usize> = (0..=text.len()).filter(|&i| text.is_char_boundary(i)).collect();
                let start = bounds[at.index(bounds.len())];
                let mut end = (start + delete).min(text.len());
                while !text.is_char_boundary(end) {
                    end += 1;
                }
                text.replace_range(start..end, insert);
                check_same(&mut inc, &text, lex, &opts)?;
            }
        }
    }

    fn lexicon_once() -> &'static Lexicon {
        static LEX: std::sync::OnceLock<Lexicon> = std::sync::OnceLock::new();
        LEX.get_or_init(lexicon)
    }

    #[test]
    fn a_set_named_again_in_another_piece_is_dropped_as_in_the_full_analysis() {
        let lex = lexicon();
        let opts = FigureOptions::default();
        let text =
            "La ville compte 14 écoles.\n\nPour les 14 écoles, la baisse est forte.\n\nEt 30 % des élèves partent.";
        assert!(pieces(text).len() > 1);
        let mut inc = Incremental::new();
        let a = inc.analyze(text, &lex, &opts);
        assert_eq!(a, analyze(text, &lex, &opts));
        let figures: Vec<&str> = a.figures.iter().map(|f| f.figure.as_str()).collect();
        assert_eq!(figures, ["14 écoles", "30 % des élèves"]);
    }

    #[test]
    fn an_edit_reanalyses_one_piece() {
        let lex = lexicon();
        let opts = FigureOptions::default();
        let text = ARTICLES[4];
        let mut inc = Incremental::new();
        inc.analyze(text, &lex, &opts);
        let n = pieces(text).len();
        assert!(n > 5, "{n} pieces");
        assert_eq!((inc.last_analysed, inc.last_reused), (n, 0));
        // One letter in the middle of a paragraph.
        let at = text.len() / 2;
        let at = (at..)
            .find(|&i| text.is_char_boundary(i) && text.as_bytes()[i] == b' ')
            .unwrap();
        let edited = format!("{}x{}", &text[..at], &text[at..]);
        let got = inc.analyze(&edited, &lex, &opts);
        assert_eq!((inc.last_analysed, inc.last_reused), (1, n - 1));
        assert_eq!(got, analyze(&edited, &lex, &opts));
    }

    #[test]
    fn a_large_text_analysed_on_every_core_equals_the_full_analysis() {
        let lex = lexicon();
        let opts = FigureOptions::default();
        let text = ARTICLES.join("\n\n").repeat(3);
        assert!(text.len() > 4 * PARALLEL_BYTES);
        let mut inc = Incremental::new();
        assert_eq!(inc.analyze(&text, &lex, &opts), analyze(&text, &lex, &opts));
        assert_eq!(inc.last_reused, 0);
        // The same text again: everything reused (repeated pieces share their results).
        assert_eq!(inc.analyze(&text, &lex, &opts), analyze(&text, &lex, &opts));
        assert_eq!(inc.last_analysed, 0);
    }

    #[test]
    fn pieces_cover_the_text_and_respect_what_carries() {
        let text = "---\ntitle: x\n\ndate: 2025\n---\n\nUn.\n\nDeux.\n\n```\nA\n\nB\n```\n\nTrois :\n\n- quatre\n\n<!-- a\n\nb -->\n\nCinq.\n\nMargaret Ellison, Hathersby, who has read this paper for forty years, writes:\n\nOur library lends 600 books.\n\nSix.\n";
        let p = pieces(text);
        let starts: Vec<&str> = p.iter().map(|r| text[r.clone()].lines().next().unwrap_or("")).collect();
        // Not inside the front matter, the fence or the comment; not before "Trois :" (a
        // colon early in a line could be metadata) nor before the list item it leads.
        // Nor right after a lead-in that ends with a colon, however long.
        assert_eq!(
            starts,
            [
                "---",
                "Deux.",
                "```",
                "<!-- a",
                "Cinq.",
                "Margaret Ellison, Hathersby, who has read this paper for forty years, writes:",
                "Six."
            ]
        );
        assert_eq!(p.first().unwrap().start, 0);
        assert_eq!(p.last().unwrap().end, text.len());
        assert!(p.windows(2).all(|w| w[0].end == w[1].start));
    }

    /// The figures found by cutting at every blank line, each piece alone: what the rules of
    /// `pieces` prevent.
    fn naive(text: &str, opts: &FigureOptions) -> Vec<Range<usize>> {
        let mut out = Vec::new();
        let mut at = 0;
        for part in text.split_inclusive("\n\n") {
            out.extend(
                figures::unsourced(part, opts)
                    .into_iter()
                    .map(|f| f.range.start + at..f.range.end + at),
            );
            at += part.len();
        }
        out
    }

    /// Each rule of `pieces`, on a text where cutting at every blank line would be wrong.
    #[test]
    fn each_rule_is_needed() {
        let lex = lexicon();
        let opts = FigureOptions::default();
        let cases = [
            (
                "a marker covers the next line",
                "Intro.\n\n<!-- vigie-ignore -->\n\nLes pertes atteignent 300 soldats.\n",
            ),
            (
                "a lead-in attributes its list",
                "Intro.\n\nSelon l'armée de l'air ukrainienne :\n\n- 300 drones abattus\n",
            ),
            ("code fence", "Intro.\n\n```\nA\n\n300 soldats sont morts.\n```\n"),
            ("HTML comment", "Intro.\n\n<!-- note\n\n300 soldats sont morts. -->\n"),
            (
                "front matter",
                "---\ntitle: a\n\nsummary: 300 soldats sont morts.\n---\n\nTexte.\n",
            ),
        ];
        for (rule, text) in cases {
            let full = analyze(text, &lex, &opts);
            let got = Incremental::new().analyze(text, &lex, &opts);
            assert_eq!(got, full, "{rule}");
            let full_ranges: Vec<Range<usize>> = full.figures.iter().map(|f| f.range.clone()).collect();
            assert_ne!(
                naive(text, &opts),
                full_ranges,
                "{rule}: a naive cut would be right too"
            );
        }
    }

    #[test]
    fn no_mention_runs_across_a_paragraph_break() {
        let lex = lexicon();
        let found = lex.find("Vladimir\n\nPoutine et Vladimir\nPoutine");
        let texts: Vec<(usize, usize)> = found.iter().map(|m| (m.range.start, m.range.end)).collect();
        // "Poutine" alone, then the name broken by a single line break.
        assert_eq!(texts, [(10, 17), (21, 37)]);
    }
}
