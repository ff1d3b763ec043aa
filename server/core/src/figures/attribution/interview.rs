//! Q&A interviews: the answers of an interview laid out as questions and answers are the
//! interviewee's, named by the piece; the questions, the introduction before the first
//! question and the editor's notes set into the answers (`[Note: …]`, `(NDLR : …)`) are
//! the newsroom's own assertions.
//!
//! The layout is recognised from the paragraphs alone: a question paragraph ends with a
//! question mark; a text is laid out as an interview when at least [`MIN_QUESTIONS`]
//! question paragraphs are each followed by a paragraph that is not one. From the first
//! question on, every paragraph that is not a question is an answer. A rhetorical question
//! or two in a report does not make it an interview.
//!
//! The incremental analysis does not cut a document into pieces after its first question
//! ([`crate::incremental::pieces`]), since an answer's attribution comes from the layout.

/// Question paragraphs, each followed by an answer, that make a Q&A layout.
pub(crate) const MIN_QUESTIONS: usize = 3;

/// Where the answers of a Q&A layout may start: the start of the first question paragraph
/// of `text`, when `text` is laid out as an interview.
pub(crate) fn answers_from(text: &str) -> Option<usize> {
    // Cheap refusal: too few question marks that end a line for the layout.
    let b = text.as_bytes();
    memchr::memchr_iter(b'?', b)
        .filter(|&q| {
            b[q + 1..]
                .iter()
                .find(|&&c| !matches!(c, b' ' | b'\t' | b'\r'))
                .is_none_or(|&c| c == b'\n')
        })
        .nth(MIN_QUESTIONS - 1)?;
    let mut first = None;
    let mut answered = 0;
    let mut prev_question = false;
    for (start, para) in paragraphs(text) {
        let question = is_question(para);
        if prev_question && !question {
            answered += 1;
        }
        if question && first.is_none() {
            first = Some(start);
        }
        prev_question = question;
    }
    first.filter(|_| answered >= MIN_QUESTIONS)
}

/// The paragraphs of `text` (separated by blank lines) with their byte offsets.
fn paragraphs(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut pos = 0;
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut done = false;
    std::iter::from_fn(move || {
        while !done {
            let line_end = memchr::memchr(b'\n', &text.as_bytes()[pos..]).map_or(text.len(), |i| pos + i + 1);
            let line = &text[pos..line_end];
            let blank = line.trim().is_empty();
            let at = pos;
            pos = line_end;
            done = pos >= text.len();
            if blank {
                if let Some(s) = start.take() {
                    return Some((s, &text[s..end]));
                }
            } else {
                start.get_or_insert(at);
                end = line_end;
            }
        }
        start.take().map(|s| (s, &text[s..end]))
    })
}

/// A paragraph that asks a question: it ends with a question mark (not a heading).
pub(crate) fn is_question(paragraph: &str) -> bool {
    let p = paragraph.trim();
    !p.starts_with('#') && p.ends_with('?')
}

/// A sentence that is an editor's note set into an answer: in brackets, or after "Note:",
/// "Ed.:", "NDLR".
pub(crate) fn is_editor_note(sentence: &str) -> bool {
    let s = sentence.trim_start();
    s.starts_with('[')
        || [
            "note:",
            "note :",
            "ed.",
            "ed:",
            "editor's note",
            "ndlr",
            "(ndlr",
            "n.d.l.r.",
        ]
        .iter()
        .any(|p| s.get(..p.len()).is_some_and(|h| h.eq_ignore_ascii_case(p)))
}

#[cfg(test)]
mod tests {
    use super::*;

    /// A text, then whether it is laid out as an interview.
    const LAYOUTS: &[(&str, bool)] = &[
        (
            "Intro.\n\nWhy?\n\nBecause.\n\nHow?\n\nLike this.\n\nWhen?\n\nNow.",
            true,
        ),
        (
            "Pourquoi ?\n\nParce que.\n\nComment ?\n\nAinsi.\n\nQuand ?\n\nMaintenant.",
            true,
        ),
        // Two questions only, or questions with no answer paragraph in between.
        ("Why?\n\nBecause.\n\nHow?\n\nLike this.", false),
        ("Why? How? When?\n\nA report.", false),
        ("Why?\n\nHow?\n\nWhen?\n\nNow.", false),
        // A question inside a paragraph does not end it.
        ("Why? Because.\n\nHow? Like this.\n\nWhen? Now.\n\nEnd.", false),
    ];

    #[test]
    fn layouts() {
        for (text, expected) in LAYOUTS {
            assert_eq!(answers_from(text).is_some(), *expected, "{text:?}");
        }
        let text = "Intro.\n\nWhy?\n\nBecause.\n\nHow?\n\nLike this.\n\nWhen?\n\nNow.";
        assert_eq!(answers_from(text), Some(8));
    }

    #[test]
    fn editor_notes() {
        for (s, expected) in [
            ("[Note: the site has since passed 10,000 members.]", true),
            ("Note: figures as of May.", true),
            ("NDLR : le seuil a été franchi depuis.", true),
            ("We have 600 members.", false),
        ] {
            assert_eq!(is_editor_note(s), expected, "{s}");
        }
    }
}
