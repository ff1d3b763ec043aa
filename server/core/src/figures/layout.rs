//! The layout of a page, read before its sentences: what holds no figure (a photograph's
//! caption, a league table written out line by line) and what names the source of a block
//! (a source line under a table, a list or a box; a key figure's source in brackets; a
//! list's lead-in that names its source in brackets; a writer's name closing a paragraph; a
//! credit line under a quotation). Each reader takes a paragraph, a sentence or the masked
//! text and answers on its own; `super::analyze` applies them paragraph by paragraph.

use super::{lexicon, sentences};
use std::ops::Range;

/// Labels that open a photograph's caption, in lower case: "Photo : deux baigneurs…",
/// "_Légende : …_", "Caption: …", "Pictured: …".
const CAPTION_LABELS: &[&str] = &[
    "photo",
    "photos",
    "picture",
    "image",
    "légende",
    "caption",
    "pictured",
    "ci-dessus",
    "above",
];

/// A paragraph that is a photograph's caption: it opens (after any emphasis or bracket)
/// with a caption label and a colon.
pub(super) fn caption(paragraph: &str) -> bool {
    // A Markdown image, whose text describes it: "![Deux festivaliers devant la scène](…)".
    if paragraph.trim_start().starts_with("![") {
        return true;
    }
    // A short paragraph set in italics on its own, as captions are: "*Trois ouvriers devant
    // le nouveau four, en novembre 1976.*" (not bold: "**…**").
    let t = paragraph.trim();
    let italic = |m: char| {
        t.len() < 400
            && t.len() > 2
            && t.starts_with(m)
            && t.ends_with(m)
            && !t[1..].starts_with(m)
            && !t.contains('\n')
    };
    if italic('*') || italic('_') {
        return true;
    }
    // A short paragraph closed by its photo credit: "Volunteers unload two lorries of
    // blankets in Mykolaiv. (Photo: Mriya Aid)".
    let t = paragraph.trim_end();
    if t.len() < 400 && t.ends_with(')') {
        if let Some(open) = t.rfind('(') {
            let credit = t[open + 1..].to_lowercase();
            if ["photo", "picture", "image", "crédit photo"]
                .iter()
                .any(|w| credit.starts_with(w))
                && !t[..open].contains('\n')
            {
                return true;
            }
        }
    }
    let p = paragraph.trim_start_matches(|c: char| matches!(c, '_' | '*' | '(' | '[') || c.is_whitespace());
    // (Bytes: the 24th may fall inside a character.)
    let Some(colon) = memchr::memchr(b':', &p.as_bytes()[..p.len().min(24)]) else {
        return false;
    };
    let label = p[..colon]
        .trim_end_matches(|c: char| c.is_whitespace() || c == '*' || c == '_')
        .to_lowercase();
    // "Photo :", or a short phrase ending with the word: "Sur notre photo :", "In our
    // picture:".
    let words: Vec<&str> = label.split_whitespace().collect();
    let leads = |w: &&str| matches!(*w, "sur" | "notre" | "nos" | "la" | "les" | "in" | "our" | "the" | "en");
    // (Or the label and its kind: "Légende photo :", "Photo caption:".)
    let pair = words.len() == 2 && words.iter().all(|w| CAPTION_LABELS.contains(w));
    pair || (words.last().is_some_and(|w| CAPTION_LABELS.contains(w))
        && words.len() <= 3
        && words[..words.len() - 1].iter().all(leads))
}

/// A paragraph of results written out line by line, as a wire prints them: each line opens
/// with a score or a rank in digits, then a competitor's name, and closes with digits
/// ("133 Tomas Herrero (ESP) 64 69", "1. Tom Varley (Wexby ASC) 50.87"). Two lines at
/// least; the scores and ranks of a competition (guideline: `score`).
pub(super) fn results_lines(paragraph: &str) -> bool {
    let mut lines = 0;
    // (One line will do as an item of a numbered list, with the competitor's club or
    // country in brackets: "1. Aoi Kurata (Japon) – 213,64".)
    let mut ranked_with_bracket = false;
    let mut headers = 0;
    for line in paragraph.lines().map(str::trim).filter(|l| !l.is_empty()) {
        let line = line.trim_start_matches(['-', '*', ' ']);
        let digits = line.bytes().take_while(u8::is_ascii_digit).count();
        // A match's result, two sides and their scores: "Sweden (Lindqvist) 7 Norway
        // (Hauge) 4", "Scotland (Murdie) 6 Denmark (Krogh) 5 (after extra end)".
        if digits == 0 && match_line(line) {
            lines += 1;
            continue;
        }
        // A short heading over the results: "Men", "Women", "Dames".
        // (The length first: most lines are prose, and leave here.)
        if digits == 0
            && line.len() <= 30
            && line.split_whitespace().count() <= 3
            && !line.bytes().any(|b| b.is_ascii_digit())
            && !line.ends_with('.')
        {
            headers += 1;
            continue;
        }
        if digits == 0 || digits > 4 {
            return false;
        }
        let rest = line[digits..].trim_start_matches(['.', '=', ')']).trim_start();
        let named = rest.chars().next().is_some_and(char::is_uppercase);
        let ends = line
            .trim_end_matches(['.', ',', ';'])
            .ends_with(|c: char| c.is_ascii_digit());
        if !(named && ends && rest.len() < line.len()) {
            return false;
        }
        ranked_with_bracket = line[digits..].starts_with(". ") && rest.contains('(') && rest.contains(')');
        lines += 1;
    }
    (lines >= 2 && lines > headers) || (lines == 1 && ranked_with_bracket)
}

/// A line that gives a match's result: a capitalised side, maybe its skip or club in
/// brackets, a score, the other side, its score.
fn match_line(line: &str) -> bool {
    if !line.starts_with(char::is_uppercase) || line.len() > 120 {
        return false;
    }
    // The numbers of the line, each after a word or a closing bracket.
    let mut scores = 0;
    let mut prev = ' ';
    let mut in_number = false;
    for c in line.chars() {
        if c.is_ascii_digit() {
            if !in_number && prev == ' ' {
                scores += 1;
            }
            in_number = true;
        } else {
            in_number = false;
            prev = c;
        }
    }
    let brackets = line.matches('(').count() >= 2;
    scores == 2 && brackets
}

/// A paragraph that holds a league table written out line by line: one of its lines is a
/// row of column heads ("Pos Team P W D L Pts", "| Clt | Équipe | Pts | J |"), four or more
/// of [`lexicon::detect::STANDINGS_COLUMNS`] with the points among them. Its rows are
/// standings; the lines above the heads are the table's title ("TOP OF THE TABLE").
pub(super) fn standings_table(paragraph: &str) -> bool {
    use lexicon::detect::{STANDINGS_COLUMNS, STANDINGS_POINTS};
    let is = |list: &[&str], w: &str| list.iter().any(|h| h.eq_ignore_ascii_case(w));
    paragraph.lines().any(|line| {
        // A row of heads is short, and names the points ("Pts", "pts", "points"): most
        // lines are left before their words are read.
        let b = line.as_bytes();
        if b.len() > 160 || (memchr::memmem::find(b, b"ts").is_none() && memchr::memmem::find(b, b"TS").is_none()) {
            return false;
        }
        let (mut words, mut heads, mut points) = (0, 0, false);
        for w in line
            .split(|c: char| c.is_whitespace() || c == '|')
            .filter(|w| !w.is_empty())
        {
            words += 1;
            // A row of heads is short: a line of prose is left at its seventeenth word.
            if words > 16 {
                return false;
            }
            let p = is(STANDINGS_POINTS, w);
            points |= p;
            heads += usize::from(p || is(STANDINGS_COLUMNS, w));
        }
        // Heads make up two thirds of the line: a sentence with "a", "points" is no table.
        heads >= 4 && 3 * heads >= 2 * words && points
    })
}

/// A credit line under a quotation: "— Pierre Martin, son fils", also inside a block quote
/// ("> — Maya Osei").
pub(super) fn credit_line(sentence: &str) -> bool {
    sentence
        .trim_start_matches(|c: char| c == '>' || c.is_whitespace())
        .starts_with(['—', '–'])
}

/// Labels of a source line under a table, a list or a box of key figures, in lower case:
/// "Source : Insee", "Sources: Comscore, UKCA", "Données : Eurostat".
const SOURCE_LINE_LABELS: &[&str] = &["source", "sources", "données", "data"];

/// The byte ranges of `masked` that a source line stands under: the lines right above a
/// line that opens with a label of [`SOURCE_LINE_LABELS`], a colon and a name (not a
/// placeholder), back to the blank line before them. One blank line may separate the source
/// line from a table or a list above it. A source line after a blank line never starts a
/// piece of the incremental analysis (it holds a colon early: see
/// `incremental::may_start_piece`), so a piece holds its block and its source line.
pub(super) fn credited_blocks(masked: &str, placeholders: &[String]) -> Vec<Range<usize>> {
    let mut out = Vec::new();
    // The block of non-blank lines being read (start, end); the one before the blank lines
    // above it (start, end, start of its last line) and how many blank lines there are.
    let mut block: Option<(usize, usize)> = None;
    let mut before: Option<(usize, usize, usize)> = None;
    let mut last_line = 0;
    let mut blanks = 0;
    let mut pos = 0;
    // A source line on its own under prose, which credits nothing above it: the table right
    // under it, after one blank line, is its ("Source: State Data Agency" over "KEY FIGURES
    // (pct change y/y)" and its rows). Whether the block being read is that one, and holds
    // a table's row.
    let mut credits_below = false;
    let (mut under_source, mut has_row) = (false, false);
    let table_row = |row: &str| {
        let above = row.trim_start();
        above.starts_with('|') || sentences::list_marker_len(above).is_some() || aligned_row(row)
    };
    for line in masked.split_inclusive('\n') {
        let end = pos + line.len();
        if line.trim().is_empty() {
            if let Some((s, e)) = block.take() {
                if under_source && has_row {
                    out.push(s..e);
                }
                before = Some((s, e, last_line));
                blanks = 0;
            }
            blanks += 1;
        } else {
            if block.is_none() {
                under_source = std::mem::take(&mut credits_below) && blanks == 1;
                has_row = false;
            }
            has_row |= under_source && table_row(line.trim_end_matches(['\n', '\r']));
            if source_line(line, placeholders) {
                match block {
                    Some((s, _)) => out.push(s..pos),
                    // One blank line is allowed under a table or a list.
                    None => match before.filter(|_| blanks == 1) {
                        Some((s, e, last)) if table_row(&masked[last..e]) => out.push(s..e),
                        _ => credits_below = true,
                    },
                }
            }
            block = Some((block.map_or(pos, |(s, _)| s), end));
            last_line = pos;
        }
        pos = end;
    }
    if let Some((s, e)) = block.filter(|_| under_source && has_row) {
        out.push(s..e);
    }
    out
}

/// A row of a table laid out with spaces, as wires print their key figures: an indented
/// line whose columns are set apart by runs of spaces, a number among them ("  CPI
/// 4.1     4.5"); or, not indented, columns set apart by wider runs ("Net profit
/// 98         104").
pub(super) fn aligned_row(line: &str) -> bool {
    let body = line.trim();
    (line.starts_with([' ', '\t']) && body.contains("  ") || body.contains("    "))
        && body.bytes().any(|b| b.is_ascii_digit())
}

/// A row of key figures printed as a paragraph of its own, a label then its values with no
/// sentence around them: "Net profit 88 vs 95", "Adjusted EBITDA margin 15.7 pct vs 15.1
/// pct" (a wire's box with blank lines between its rows). `line` is one line.
pub(super) fn keyed_row(line: &str) -> bool {
    let body = line.trim();
    body.len() <= 80
        && body.starts_with(|c: char| c.is_alphabetic())
        && (body.ends_with(|c: char| c.is_ascii_digit()) || body.ends_with('%') || body.ends_with(" pct"))
        && (1..=10).contains(&body.split_whitespace().count())
        && body
            .split_whitespace()
            .next()
            .is_some_and(|w| !w.bytes().any(|b| b.is_ascii_digit()))
}

/// A line that names the source of what stands above it: "Source : Insee", "**Sources:**
/// Comscore", "_Données : Eurostat_".
pub(super) fn source_line(line: &str, placeholders: &[String]) -> bool {
    let l = line.trim_start_matches(|c: char| matches!(c, '_' | '*' | '(' | '>') || c.is_whitespace());
    if !l.starts_with(['S', 's', 'D', 'd']) {
        return false;
    }
    let Some(colon) = l.get(..l.len().min(12)).and_then(|h| h.find(':')) else {
        return false;
    };
    let label = l[..colon].trim_end_matches(|c: char| c.is_whitespace() || c == '*' || c == '_');
    if !SOURCE_LINE_LABELS.contains(&label.to_lowercase().as_str()) {
        return false;
    }
    let name = l[colon + 1..].trim_matches(|c: char| c.is_whitespace() || matches!(c, '_' | '*' | ')' | '.'));
    name.chars().next().is_some_and(char::is_alphabetic) && !placeholders.iter().any(|p| p.eq_ignore_ascii_case(name))
}

/// A list item that gives a key figure and its source in brackets at its end, as the boxes
/// of key figures do: "- 990,000: Ukrainians under temporary protection (UNHCR)", "- 12 % :
/// taux de chômage (Insee)". The item opens with the figure; the brackets hold a name (a
/// capital first, no digit, at most five words).
pub(super) fn key_figure_credit(paragraph: &str) -> bool {
    let p = paragraph.trim();
    if !list_body(p).is_some_and(|b| b.starts_with(|c: char| c.is_ascii_digit())) {
        return false;
    }
    let Some(inner) = p.trim_end_matches(['.', ';']).strip_suffix(')') else {
        return false;
    };
    let Some(open) = inner.rfind('(') else {
        return false;
    };
    let name = inner[open + 1..].trim();
    name.starts_with(char::is_uppercase)
        && !name.chars().any(|c| c.is_ascii_digit())
        && name.split_whitespace().count() <= 5
}

/// What a list item says after its marker ("- ", "7. "), if `s` is one.
fn list_body(s: &str) -> Option<&str> {
    sentences::list_marker_len(s).map(|m| s[m..].trim_start())
}

/// The last sentence of a signed text: a dash and a name of capitalised words, maybe with
/// a place or a title after a comma ("— Margaret Holloway, Kelsworth"; not "— et 300
/// autres").
pub(super) fn signature(sentence: &str) -> bool {
    let Some(rest) = sentence.trim().strip_prefix(['—', '–']) else {
        return false;
    };
    let name = rest.split(',').next().unwrap_or_default().trim();
    // Past the writer's age in brackets: "— Priya Lal (16), Redmoor".
    let words: Vec<&str> = name
        .split_whitespace()
        .filter(|w| !(w.starts_with('(') && w.ends_with(')') && w[1..w.len() - 1].bytes().all(|b| b.is_ascii_digit())))
        .collect();
    (2..=4).contains(&words.len())
        && words
            .iter()
            .all(|w| w.starts_with(char::is_uppercase) && !w.chars().any(|c| c.is_ascii_digit()))
}

/// A letter's signature on a line of its own, without a dash: a name of two to four
/// capitalised words, a comma, a place or a title ("Margaret Oyelaran, Hensley", "Jean
/// Martin, maire de Vernelle"), no
/// closing stop and no digit. The caller checks that it opens a line and closes a
/// paragraph of several sentences.
pub(super) fn signature_line(sentence: &str) -> bool {
    let line = sentence.trim();
    if line.len() > 80 || line.ends_with(['.', '!', '?', ':', ';']) || line.chars().any(|c| c.is_ascii_digit()) {
        return false;
    }
    let Some((name, place)) = line.split_once(',') else {
        return false;
    };
    let capital = |w: &&str| w.starts_with(char::is_uppercase);
    let name: Vec<&str> = name.split_whitespace().collect();
    let place: Vec<&str> = place.split_whitespace().collect();
    (2..=4).contains(&name.len()) && name.iter().all(capital) && (1..=5).contains(&place.len())
}

/// Lines of values, each short and holding a number, two at least: a results block as a
/// wire lays it out ("  Q3 revenue       9,804 vs 10,611 year ago").
/// The first line may be the columns' header, words only ("                  Nov     Oct").
pub(super) fn value_lines(paragraph: &str) -> bool {
    let mut n = 0;
    // (A table's head may take two lines: "Latest   Previous   Daily" over "bid   close
    // change".)
    for line in paragraph.lines().map(str::trim).filter(|l| !l.is_empty()) {
        if n == 0 && column_header(line) {
            continue;
        }
        if line.len() > 100 || !line.bytes().any(|b| b.is_ascii_digit()) {
            return false;
        }
        n += 1;
    }
    n >= 2
}

/// A table's header row: a few short words set apart by runs of spaces, no figure, no
/// sentence ("Nov     Oct", "Q3 2026    Q3 2025" has digits and is a row of its own).
/// (Or with a unit in brackets: "CURRENCIES (per euro)   Latest vs previous close".)
fn column_header(line: &str) -> bool {
    let words = line.split_whitespace().count();
    line.contains("  ")
        && (2..=8).contains(&words)
        && line.len() <= 60
        && line
            .chars()
            // (Units in signs too: "Metal   $/ton   Change (pct)".)
            .all(|c| {
                c.is_alphabetic()
                    || c.is_whitespace()
                    || matches!(c, '/' | '-' | '.' | '(' | ')' | '$' | '€' | '£' | '%')
            })
}

/// A heading line: Markdown's ("## Sources") or a wiki page's in its own markup ("==
/// Sources ==", see [`crate::sentences::wiki_heading`]).
pub(crate) fn heading(line: &str) -> bool {
    line.starts_with('#') || crate::sentences::wiki_heading(line)
}

/// A heading that opens a page's list of sources: "## Sources", "## Références", "==
/// External links ==".
pub(super) fn sources_heading(paragraph: &str) -> bool {
    let t = paragraph
        .trim()
        .trim_matches(|c: char| c == '#' || c == '=' || c == '*' || c.is_whitespace())
        .trim_end_matches(':')
        .to_lowercase();
    matches!(
        t.as_str(),
        "sources" | "source" | "références" | "references" | "bibliographie" | "liens externes" | "external links"
    )
}

/// A letter's writer's line, on its own above the letter: "From Margaret Doyle,
/// Ashlecombe", "De Jean Morel, Vernelle" (a name of two to four capitalised words, maybe a
/// place; no digit).
pub(super) fn letter_from(line: &str) -> bool {
    let l = line.trim().trim_matches(|c: char| c == '*' || c == '_');
    let Some(rest) = l.strip_prefix("From ").or_else(|| l.strip_prefix("De ")) else {
        return false;
    };
    let mut parts = rest.splitn(2, ',');
    let name: Vec<&str> = parts.next().unwrap_or_default().split_whitespace().collect();
    let place = parts.next().unwrap_or_default().trim();
    let capital = |w: &&str| w.starts_with(char::is_uppercase);
    l.len() < 80
        && !l.chars().any(|c| c.is_ascii_digit())
        && (2..=4).contains(&name.len())
        && name.iter().all(capital)
        && (place.is_empty() || place.split_whitespace().all(|w| capital(&w) || w.len() <= 3))
}

/// A letter's lead-in: a name, maybe a place, then "writes:" / "écrit :" ("Margaret
/// Ellison, Hathersby, writes:", "Jean Morel, de Vernelle, nous écrit :").
pub(super) fn letter_lead(sentence: &str) -> bool {
    let s = sentence
        .trim()
        .trim_end_matches(|c: char| c == ':' || c.is_whitespace() || c == '*' || c == '_');
    let Some(rest) = ["writes", "wrote", "nous écrit", "écrit"]
        .iter()
        .find_map(|v| s.strip_suffix(v))
    else {
        return false;
    };
    let name = rest.trim_end().trim_end_matches(',').trim();
    let first = name.split([',', ' ']).find(|w| !w.is_empty()).unwrap_or_default();
    !name.is_empty()
        && name.len() < 80
        && first.starts_with(char::is_uppercase)
        && !name.chars().any(|c| c.is_ascii_digit())
}

/// A block of lines whose first line names its source in brackets, the values on the lines
/// under it: "Sur un an, par grand poste (source : Insee)" then "Alimentation : +0,9 %".
pub(super) fn headed_by_source(paragraph: &str) -> bool {
    // A bracket in the first 160 bytes first (most paragraphs have none), the lines after.
    let b = paragraph.as_bytes();
    if memchr::memchr(b')', &b[..b.len().min(160)]).is_none() {
        return false;
    }
    // The first line that is not blank, and the text under it.
    let mut offset = 0;
    let mut head = None;
    for line in paragraph.split_inclusive('\n') {
        offset += line.len();
        if !line.trim().is_empty() {
            head = Some(line.trim_end_matches(['\n', '\r']));
            break;
        }
    }
    let Some(head) = head else { return false };
    // The lines under it: "Prix : 3,20 €", or a wire's values set out in columns ("  Net
    // profit     1.12 bln euros vs 0.95 bln").
    let rest = &paragraph[offset..];
    head.len() < 160
        && bracketed_source(head.trim_end().trim_end_matches(':'))
        && (rest.lines().filter(|l| l.contains(':')).count() >= 2 || value_lines(rest))
}

/// A list item that gives a key figure first and what it is after a colon: "7. **4 200** :
/// le nombre de…", "- 2,1 % : le taux d'inflation…".
pub(super) fn key_figure_item(sentence: &str) -> bool {
    let Some(body) = list_body(sentence).map(|b| b.trim_start_matches(['*', '_'])) else {
        return false;
    };
    let Some(colon) = body.get(..body.len().min(24)).and_then(|h| h.find(':')) else {
        return false;
    };
    let head = body[..colon].trim_end_matches(|c: char| c.is_whitespace() || matches!(c, '*' | '_'));
    head.starts_with(|c: char| c.is_ascii_digit()) && head.split_whitespace().count() <= 3
}

/// A block's title on one line that names its source in brackets: "OTHER MARKETS (exchange
/// settlement data)", "KEY FIGURES (company statement)": a few words, then the brackets
/// last (a colon after them is a lead-in's, see [`bracketed_source`]).
pub(super) fn sourced_block_title(line: &str) -> bool {
    // (In bold too: "**Résultats officiels (source : mairie de Valmoreau)**".)
    let t = line
        .trim()
        .trim_matches(|c: char| c == '*' || c == '_')
        .trim_end_matches(':')
        .trim_end();
    // Or a title in capitals that names the document its figures come from: "KEY FIGURES
    // FROM THE OSCE REPORT (NOVEMBER)".
    let from_document = t.len() <= 80
        && !t.contains('\n')
        && !t.chars().any(|c| c.is_lowercase())
        && t.split_whitespace().collect::<Vec<_>>().windows(2).any(|w| {
            w[0] == "FROM"
                && t.split_whitespace().skip_while(|x| *x != "FROM").take(5).any(|x| {
                    let l = x.trim_matches(|c: char| !c.is_alphanumeric()).to_lowercase();
                    lexicon::attribution::DOC_NOUNS_EN.contains(&l.as_str())
                        || lexicon::attribution::DOC_NOUNS.contains(&l.as_str())
                })
        });
    if from_document {
        return true;
    }
    let Some(open) = t.find('(') else { return false };
    t.ends_with(')')
        && !t.contains('\n')
        && t.len() <= 100
        && (1..=6).contains(&t[..open].split_whitespace().count())
        && bracketed_source(t)
}

/// A lead-in that names who listed or gave what follows, by a participle and its agent:
/// "Main pledges, as listed by the French presidency:", "Effects listed by SWPC in its
/// bulletin:", "Chiffres fournis par la préfecture :".
pub(super) fn agent_lead(sentence: &str) -> bool {
    let t = sentence.trim_end();
    // (Most lead-ins name no agent: one scan before cutting words.)
    if !t.ends_with(':') || t.len() > 160 || !(t.contains(" by ") || t.contains(" par ")) {
        return false;
    }
    let words: Vec<String> = t
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .map(str::to_lowercase)
        .collect();
    words.windows(3).any(|w| {
        let participle = matches!(
            w[0].as_str(),
            "listed"
                | "compiled"
                | "provided"
                | "supplied"
                | "published"
                | "released"
                | "recorded"
                | "given"
                | "listés"
                | "listées"
                | "fournis"
                | "fournies"
                | "publiés"
                | "publiées"
                | "communiqués"
                | "communiquées"
                | "relevés"
                | "relevées"
                | "recensés"
                | "recensées"
                | "transmis"
                | "transmises"
        );
        participle && matches!(w[1].as_str(), "by" | "par") && !w[2].is_empty()
    })
}

/// A lead-in that names its source in brackets before its colon: "Basket prices by chain
/// (Basketwise survey):", "Prix relevés (source : Insee) :". The brackets hold a document
/// noun or open with "source".
/// A wire's lead-in that names its data before the colon, no verb needed: "CBOT
/// settlements on Tuesday, exchange data (contract, price, change):", "Closing prices,
/// LSEG data:".
pub(super) fn data_lead(sentence: &str) -> bool {
    let t = sentence.trim_end();
    if !t.ends_with(':') || t.len() > 140 {
        return false;
    }
    let words: Vec<&str> = t
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    // (Or an exchange's settlement prices: "Bursa Malaysia Derivatives settlement prices
    // (ringgit per tonne):".)
    words.windows(2).any(|w| {
        (w[0].eq_ignore_ascii_case("settlement") && matches!(w[1], "prices" | "data"))
            || w[0].eq_ignore_ascii_case("settlements")
            || w[1] == "data"
                && matches!(
                    w[0].to_lowercase().as_str(),
                    "exchange" | "company" | "market" | "official" | "customs"
                )
            || (w[1] == "data" && w[0].chars().all(|c| c.is_ascii_uppercase()) && w[0].len() >= 2)
    })
}

/// A lead-in that names whose demands or figures follow: "The union's demands include:",
/// "Les revendications du syndicat :" (an owner by a possessive, a name or a body's noun).
pub(super) fn owned_lead(sentence: &str) -> bool {
    let t = sentence.trim_end();
    if !t.ends_with(':') || t.len() > 120 {
        return false;
    }
    let words: Vec<&str> = t
        .split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
        .collect();
    let owned_noun = |w: &str| {
        matches!(
            w.to_lowercase().as_str(),
            "demands"
                | "proposals"
                | "figures"
                | "estimates"
                | "forecasts"
                | "claims"
                | "requests"
                | "revendications"
                | "demandes"
                | "propositions"
                | "chiffres"
                | "estimations"
                | "prévisions"
        )
    };
    let body = |w: &str| {
        let l = w.to_lowercase();
        let l = l.trim_start_matches("l'").trim_start_matches("l’");
        w.starts_with(char::is_uppercase) && !l.is_empty()
            || lexicon::attribution::BODIES_FR.contains(&l)
            || lexicon::attribution::BODIES_EN.contains(&l)
    };
    words.windows(2).enumerate().any(|(k, w)| {
        // "The union's demands", "Unions' demands".
        // (Not a time's: "Last year's figures:".)
        let time = [
            "year",
            "month",
            "week",
            "day",
            "today",
            "yesterday",
            "quarter",
            "season",
        ]
        .iter()
        .any(|p| w[0].to_lowercase().starts_with(p));
        let possessive =
            (w[0].ends_with("'s") || w[0].ends_with("’s") || w[0].ends_with("s'")) && !time && owned_noun(w[1]);
        // "Les revendications du syndicat", "les chiffres de l'intersyndicale".
        let of = owned_noun(w[0])
            && matches!(w[1], "du" | "des" | "de")
            && words
                .get(k + 2)
                .is_some_and(|n| body(n) || (*n == "la" && words.get(k + 3).is_some_and(|m| body(m))));
        possessive || of
    })
}

/// Capitals in brackets that name no source: currencies, units, measures.
const NOT_AGENCIES: &[&str] = &[
    "EUR", "USD", "GBP", "CHF", "JPY", "CNY", "PLN", "HUF", "CZK", "RON", "BGN", "SEK", "NOK", "DKK", "RUB", "UAH",
    "TRY", "INR", "BRL", "CAD", "AUD", "MLN", "BLN", "PCT", "GDP", "CPI", "YOY", "QOQ", "MOM", "GMT", "UTC", "TWH",
    "GWH", "MWH", "KM", "MM", "KG", "HT", "TTC", "PIB",
];

pub(super) fn bracketed_source(sentence: &str) -> bool {
    let Some(close) = sentence.rfind(')') else { return false };
    let Some(open) = sentence[..close].rfind('(') else {
        return false;
    };
    // An agency's acronym first: "KEY FIGURES (NSI, October):" (not a currency or a unit:
    // "(EUR mln)").
    let first = sentence[open + 1..close]
        .split(|c: char| !c.is_alphanumeric())
        .find(|w| !w.is_empty())
        .unwrap_or("");
    let agency =
        |w: &str| (2..=6).contains(&w.len()) && w.bytes().all(|b| b.is_ascii_uppercase()) && !NOT_AGENCIES.contains(&w);
    // (Or last, after the units and a comma: "BY SECTOR (y/y, SURS):".)
    let last = sentence[open + 1..close]
        .rsplit(',')
        .next()
        .filter(|_| sentence[open + 1..close].contains(','))
        .map_or("", str::trim);
    let acronym = agency(first) || agency(last);
    // (Only over a block: a title or a lead-in without figures of its own, not a key
    // figure's item, "- 990,000: Ukrainians under protection (UNHCR)".)
    let lead_in = sentence.trim_end().ends_with(':');
    if acronym && (lead_in || !sentence[..open].bytes().any(|b| b.is_ascii_digit())) {
        return true;
    }
    let inner = sentence[open + 1..close].to_lowercase();
    let words: Vec<&str> = inner
        .split(|c: char| !c.is_alphanumeric())
        .filter(|w| !w.is_empty())
        .collect();
    // (Or someone's figures: "(chiffres de la Mutuelle)", "(data from the ministry)".)
    let owned = words.len() >= 3
        && matches!(words[0], "chiffres" | "données" | "figures" | "data")
        && matches!(words[1], "de" | "du" | "des" | "d" | "of" | "from");
    // (Or after the units: "(nine months to Sept 30, mln euros; source: company)".)
    // (Or the websites that publish them: "KEY RATES (central bank websites)".)
    let published = words.len() >= 2 && matches!(words[words.len() - 1], "website" | "websites");
    // (Or a named body's data, or traders' quotes: "KEY FIGURES (European Commission data, as
    // of end-November)", "CURRENCIES at 1100 GMT (trader quotes, vs previous close)".)
    let named_data = sentence[open + 1..close].starts_with(|c: char| c.is_uppercase())
        && words.iter().take(5).any(|w| matches!(*w, "data" | "données"));
    // (Or a body named in full: "KEY FIGURES (Statistical Office of the Slovak Republic):".)
    let capitalised = sentence[open + 1..close]
        .split_whitespace()
        .filter(|w| w.starts_with(|c: char| c.is_uppercase()))
        .count();
    let body = sentence[open + 1..close].starts_with(|c: char| c.is_uppercase())
        && capitalised >= 2
        && words.iter().take(4).any(|w| {
            matches!(
                *w,
                "office"
                    | "ministry"
                    | "bank"
                    | "agency"
                    | "institute"
                    | "bureau"
                    | "commission"
                    | "authority"
                    | "exchange"
                    | "ministère"
                    | "banque"
                    | "agence"
                    | "institut"
            )
        });
    let quotes = words
        .windows(2)
        .any(|w| matches!(w[0], "trader" | "traders" | "dealer" | "dealers") && w[1] == "quotes");
    owned
        || published
        || named_data
        || body
        || quotes
        || words.first().is_some_and(|w| SOURCE_LINE_LABELS.contains(w))
        || SOURCE_LINE_LABELS
            .iter()
            .any(|l| inner.contains(&format!("; {l}:")) || inner.contains(&format!(", {l}:")))
        || words
            .iter()
            .any(|w| lexicon::attribution::DOC_NOUNS.contains(w) || lexicon::attribution::DOC_NOUNS_EN.contains(w))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn block_titles() {
        for (line, expected) in [
            ("OTHER MARKETS (exchange settlement data)", true),
            ("KEY FIGURES (Q3, company statement):", true),
            ("OTHER MARKETS (in dollars)", false),
            ("KEY RATES (central bank websites)", true),
            ("KEY RATES (websites)", false),
            ("KEY FIGURES (NSI, October):", true),
            ("KEY FIGURES FROM THE OSCE REPORT (NOVEMBER)", true),
            ("KEY FIGURES FROM THE FRONT", false),
            ("KEY FIGURES (Statistical Office of the Slovak Republic):", true),
            ("KEY FIGURES (Office hours)", false),
            ("**Résultats officiels (source : mairie de Valmoreau)**", true),
            ("KEY FIGURES (EUR mln):", false),
            ("Sinistres déclarés en 2026 (chiffres de la Mutuelle)", true),
            ("Sinistres déclarés (chiffres provisoires)", false),
            ("KEY FIGURES (nine months to Sept 30, mln euros; source: company)", true),
            (
                "The market fell sharply on Monday, the exchange said (data from LSEG)",
                false,
            ),
            ("OTHER MARKETS (exchange data) were mixed.", false),
        ] {
            assert_eq!(sourced_block_title(line), expected, "{line}");
        }
    }

    #[test]
    fn lines_of_values() {
        for (paragraph, expected) in [
            ("  Q3 revenue       9,804 vs 10,611\n  EBIT   1,120 vs 1,370", true),
            (
                "                  Nov     Oct\n  CPI            3.4     3.1\n  HICP           3.6     3.3",
                true,
            ),
            // A header needs two rows under it; a sentence is no header.
            ("                  Nov     Oct\n  CPI            3.4     3.1", false),
            (
                "Prices rose in the month.\n  CPI            3.4     3.1\n  HICP           3.6     3.3",
                false,
            ),
            (
                "  CPI            3.4     3.1\n  Nov     Oct\n  HICP           3.6     3.3",
                false,
            ),
            (
                "CURRENCIES (per euro)   Latest vs previous close\n  Polish zloty   4.2475 vs 4.2610\n  Hungarian forint   388.90 vs 389.05",
                true,
            ),
            // A head with its units in signs.
            (
                " Metal        $/ton      Change (pct)\n Copper       11,085     +1.4\n Zinc         3,012      +0.5",
                true,
            ),
            // A head on two lines.
            (
                "        Latest    Previous    Daily\n        bid       close       change\nEURHUF  398.20    399.85      +0.41 pct\nEURPLN  4.2315    4.2390      +0.18 pct",
                true,
            ),
        ] {
            assert_eq!(value_lines(paragraph), expected, "{paragraph}");
        }
    }

    #[test]
    fn readers() {
        for (line, expected) in [
            ("Pos Team P W D L Pts", true),
            ("| Clt | Équipe | Pts | J | G | N | P |", true),
            ("With a win, a draw and a loss, they took 4 points.", false),
            ("Pos Team Pts", false),
        ] {
            assert_eq!(standings_table(line), expected, "{line}");
        }
        for (line, expected) in [
            ("From Margaret Doyle, Ashlecombe", true),
            ("De Jean Morel, Vernelle", true),
            ("From Kyiv, 300 drones", false),
            ("From the mayor's office, a note", false),
        ] {
            assert_eq!(letter_from(line), expected, "{line}");
        }
        for (para, expected) in [
            (
                "133 Tomas Herrero (ESP) 64 69\n136 Pieter van Aswegen (RSA) 68 68",
                true,
            ),
            ("1. Tom Varley (Wexby ASC) 50.87\n2. Ian Moss (Leeds) 51.02", true),
            ("133 Tomas Herrero (ESP) 64 69", false),
            ("1. Aoi Kurata (Japon) – 213,64", true),
            (
                "Men\nSweden (Lindqvist) 7 Norway (Hauge) 4\nScotland (Murdie) 6 Denmark (Krogh) 5 (after extra end)",
                true,
            ),
            ("Le club (Paris) a gagné 3 matchs (sur 5).", false),
            ("2. Kyiv a reçu 300", false),
            ("12 drones downed over Kyiv 4\n40 missiles fired at 3", false),
            ("2026 Paris hosts the games in 4\nThe rest 5", false),
        ] {
            assert_eq!(results_lines(para), expected, "{para}");
        }
        let none: &[String] = &[];
        let tk = ["TK".to_owned()];
        for (line, list, expected) in [
            ("Source: Comscore", none, true),
            ("_Données : Eurostat._", none, true),
            ("**Sources :** Insee, Dares", none, true),
            ("Source : TK", &tk[..], false),
            ("La source : Comscore", none, false),
            ("Source: 2024", none, false),
        ] {
            assert_eq!(source_line(line, list), expected, "{line}");
        }
        for (s, expected) in [
            ("— Margaret Holloway, Kelsworth", true),
            ("— Pierre Martin", true),
            ("— et 300 autres", false),
            ("— Priya Lal (16), Redmoor", true),
            ("Margaret Holloway, Kelsworth", false),
        ] {
            assert_eq!(signature(s), expected, "{s}");
        }
        for (s, expected) in [
            ("Margaret Oyelaran, Hensley", true),
            ("Jean-Pierre Martin, maire de Vernelle", true),
            ("Margaret Oyelaran, Hensley.", false),
            ("Paris, 12 mars", false),
            ("Ils sont venus, puis repartis", false),
        ] {
            assert_eq!(signature_line(s), expected, "{s}");
        }
        for (s, expected) in [
            ("Margaret Ellison, Hathersby, writes:", true),
            ("Jean Morel, de Vernelle, nous écrit :", true),
            ("The minister writes:", true),
            ("300 readers wrote:", false),
            ("Il écrit que le budget baisse.", false),
        ] {
            assert_eq!(letter_lead(s), expected, "{s}");
        }
        for (p, expected) in [
            (
                "Sur un an, par grand poste (source : Insee)\nAlimentation : +0,9 %\nÉnergie : −2,4 %",
                true,
            ),
            (
                "Sur un an, par grand poste\nAlimentation : +0,9 %\nÉnergie : −2,4 %",
                false,
            ),
            ("Les chiffres (source : Insee) sont en baisse de 3 %.", false),
        ] {
            assert_eq!(headed_by_source(p), expected, "{p}");
        }
        for (s, expected) in [
            ("7. **4 200** : le nombre de suppressions", true),
            ("- 2,1 % : le taux d'inflation", true),
            ("- Le contexte : trois points", false),
            ("Le nombre : 4 200", false),
        ] {
            assert_eq!(key_figure_item(s), expected, "{s}");
        }
        for (s, expected) in [
            ("Basket prices by chain (Basketwise survey):", true),
            ("Prix relevés (source : Insee) :", true),
            (
                "SETTLEMENTS AT 1920 GMT (ICE Futures U.S., C$ per tonne, change on day):",
                true,
            ),
            ("- 990,000: Ukrainians under protection (UNHCR)", false),
            ("Prices (in pounds):", false),
            ("BY SECTOR (y/y, SURS):", true),
            ("BY SECTOR (y/y, EUR):", false),
            ("KEY FIGURES (European Commission data, as of end-November)", true),
            (
                "CENTRAL EUROPEAN CURRENCIES at 1100 GMT (trader quotes, vs previous close):",
                true,
            ),
        ] {
            assert_eq!(bracketed_source(s), expected, "{s}");
        }
        for (lead, expected) in [
            ("The union's demands include:", true),
            ("Les revendications du syndicat :", true),
            ("Les chiffres de la préfecture :", true),
            ("Last year's figures:", false),
            ("Les chiffres de la saison :", false),
            ("The demands include:", false),
        ] {
            assert_eq!(owned_lead(lead), expected, "{lead}");
        }
        for (p, expected) in [
            ("- 990,000: Ukrainians under protection (UNHCR)", true),
            ("- 300 schools (in 2024)", false),
            ("- Ukrainians under protection (UNHCR)", false),
        ] {
            assert_eq!(key_figure_credit(p), expected, "{p}");
        }
        // The block above a source line, across one blank line under a list only.
        let text = "Intro.\n\n- a 1\n- b 2\n\nSource: X\n\nProse 3.\n\nSource: Y\n";
        let got: Vec<&str> = credited_blocks(text, none).into_iter().map(|r| &text[r]).collect();
        assert_eq!(got, ["- a 1\n- b 2\n"]);
        // Or under a table laid out with spaces (not under a paragraph indented once).
        let text = "KEY FIGURES\n\n        Oct    Sept\n  CPI   4.1    4.5\n\n  Source: KSH\n\n  Prose of 3 words.\n\nSource: Y\n";
        let got: Vec<&str> = credited_blocks(text, none).into_iter().map(|r| &text[r]).collect();
        assert_eq!(got, ["        Oct    Sept\n  CPI   4.1    4.5\n"]);
        // Or under rows that are not indented, their columns set apart by wide runs of
        // spaces (not under prose with one wide gap and no digit).
        let text = "KEY FIGURES (mln euros)    Q3 2026    Q3 2025\nSales             1,620      1,546\nNet profit           98        104\n\nSource: company statement\n\nProse    with a gap.\n\nSource: Y\n";
        let got: Vec<&str> = credited_blocks(text, none).into_iter().map(|r| &text[r]).collect();
        assert_eq!(
            got,
            ["KEY FIGURES (mln euros)    Q3 2026    Q3 2025\nSales             1,620      1,546\nNet profit           98        104\n"]
        );
    }
}
