//! Q&A interviews: the answers of an interview laid out as questions and answers are the
//! interviewee's, named by the piece; the questions, the introduction before the first
//! question and the editor's notes set into the answers (`[Note: …]`, `(NDLR : …)`) are
//! the newsroom's own assertions.
//!
//! The layout is recognised from the paragraphs: a question paragraph ends with a question
//! mark; a text is laid out as an interview when at least [`MIN_QUESTIONS`] question
//! paragraphs are each followed by a paragraph that is not one, or one only when its title
//! says it is an interview ("The desk interviews…", "Entretien avec…", "Q&A", see
//! [`min_questions`]). From the first
//! question on, every paragraph that is not a question is an answer. A rhetorical question
//! or two in a report does not make it an interview.
//!
//! The incremental analysis does not cut a document into pieces after its first question
//! ([`crate::incremental::pieces`]), since an answer's attribution comes from the layout.

/// Question paragraphs, each followed by an answer, that make a Q&A layout.
pub(crate) const MIN_QUESTIONS: usize = 3;

/// Where the answers of a Q&A layout may start: the start of the first question paragraph
/// of `text`, when `text` is laid out as an interview.
///
/// Driven by the question marks alone: a question paragraph is one whose last
/// non-whitespace character is a `?`, so only the paragraphs around such a mark are read
/// (its own, back to its start, and the blank lines after it), never the whole text line by
/// line. Equal to the paragraph-by-paragraph reading [`tests::reference`] checks it against.
pub(crate) fn answers_from(text: &str, min_questions: usize) -> Option<usize> {
    let b = text.as_bytes();
    let mut first = None;
    let mut answered = 0;
    // The paragraph after the previous question paragraph, if that one was followed by
    // one: it is an answer unless it is the next question paragraph.
    let mut pending_answer: Option<usize> = None;
    let mut after_last = 0;
    for q in memchr::memchr_iter(b'?', b) {
        if q < after_last {
            continue;
        }
        let line_end = memchr::memchr(b'\n', &b[q..]).map_or(b.len(), |i| q + i);
        if !closes_question(&text[q + 1..line_end]) {
            continue;
        }
        // The lines after it, up to the next non-blank one: blank lines end the paragraph.
        let mut next = None;
        let mut pos = line_end;
        let mut ends_paragraph = true;
        let mut first_line = true;
        while pos < b.len() {
            let from = pos + 1;
            let to = memchr::memchr(b'\n', &b[from..]).map_or(b.len(), |i| from + i);
            if !text[from..to].trim().is_empty() {
                if first_line {
                    ends_paragraph = false;
                } else {
                    next = Some(from);
                }
                break;
            }
            first_line = false;
            pos = to;
        }
        if !ends_paragraph {
            continue;
        }
        let start = paragraph_start(text, q);
        after_last = line_end;
        if text[start..q].trim_start().starts_with('#') {
            // A heading that ends with a question mark is not a question: like any
            // paragraph between two question paragraphs, what follows a question answers it.
            if pending_answer.take().is_some() {
                answered += 1;
            }
            continue;
        }
        if let Some(p) = pending_answer.take() {
            if p != start {
                answered += 1;
            }
        }
        first.get_or_insert(start);
        pending_answer = next;
    }
    if pending_answer.is_some() {
        answered += 1;
    }
    first.filter(|_| answered >= min_questions)
}

/// A newsroom's explainer laid out as questions and answers, not an interview: its
/// questions are numbered ("**1. Les pensions vont-elles augmenter ?**"), or impersonal
/// (see [`impersonal`]) when the title does not announce an interview (`announced`). Its
/// answers are the newsroom's own assertions. `first`: the start of the first question
/// paragraph.
pub(crate) fn explainer(text: &str, first: usize, announced: bool) -> bool {
    let q = text[first..].trim_start_matches(|c: char| matches!(c, '*' | '_' | '#') || c.is_whitespace());
    let digits = q.bytes().take_while(u8::is_ascii_digit).count();
    let numbered = (1..=2).contains(&digits) && (q[digits..].starts_with(". ") || q[digits..].starts_with(") "));
    // An interview its title announces ("Entretien : …") may ask and answer impersonally.
    numbered || (!announced && !introduces_a_speaker(&text[..first]) && impersonal(&text[first..]))
}

/// The paragraph before the first question introduces someone who will answer: "Anna
/// Lindqvist explique pourquoi…", "she explains why…".
fn introduces_a_speaker(before: &str) -> bool {
    const CUES: &[&str] = &[
        "explique",
        "répond",
        "détaille",
        "décrypte",
        "raconte",
        "revient",
        "explains",
        "answers",
        "tells",
        "talks",
    ];
    let intro = before
        .trim_end()
        .rsplit("\n\n")
        .next()
        .unwrap_or_default()
        .to_lowercase();
    intro.split(|c: char| !c.is_alphanumeric()).any(|w| CUES.contains(&w))
}

/// Questions and answers that nobody speaks in person: no question addresses anyone ("you",
/// "vous") and no answer says "I" or "we" ("Why are they empty?" then "Hybrid working is
/// the main reason."): the newsroom explaining, not an interview.
fn impersonal(text: &str) -> bool {
    const SECOND: &[&str] = &["you", "your", "vous", "votre", "vos", "tu", "ton", "ta", "tes", "toi"];
    // (Not "notre"/"our": the newsroom's own verdict says "Notre verdict : faux".)
    const FIRST: &[&str] = &[
        "i", "i'm", "i've", "we", "we're", "we've", "my", "us", "me", "je", "j", "nous", "moi", "mon", "ma", "mes",
    ];
    let words = |s: &str| {
        s.split(|c: char| !(c.is_alphanumeric() || c == '\''))
            .filter(|w| !w.is_empty())
            .map(str::to_lowercase)
            .collect::<Vec<_>>()
    };
    let mut questions = 0;
    for para in text.split("\n\n") {
        let line = para.trim().trim_end_matches(['*', '_', ' ']);
        if line.is_empty() {
            continue;
        }
        let w = words(line);
        if line.ends_with('?') && !line.contains('\n') {
            questions += 1;
            if w.iter().any(|w| SECOND.contains(&w.as_str())) {
                return false;
            }
        } else if w.iter().any(|w| FIRST.contains(&w.as_str())) {
            return false;
        }
    }
    questions >= 2
}

/// Words of a title that announce an interview.
const INTERVIEW_TITLE_WORDS: &[&str] = &["interview", "interviews", "entretien", "q&a", "questions-réponses"];

/// The question paragraphs `text` (the article as written, front matter included) needs to
/// be read as an interview: one when its title (the front matter's `title` or its genre,
/// else a first line that is a heading) says it is one, else [`MIN_QUESTIONS`].
pub(crate) fn min_questions(text: &str) -> usize {
    let mut lines = text.lines().map(str::trim).skip_while(|l| l.is_empty());
    let title: String = match lines.next() {
        // The title, or a field that gives the genre ("genre: Entretien").
        Some("---") => lines
            .take_while(|l| *l != "---")
            .filter(|l| {
                ["title:", "genre:", "rubrique:", "type:", "section:"]
                    .iter()
                    .any(|k| l.starts_with(k))
            })
            .collect::<Vec<_>>()
            .join(" "),
        Some(l) if l.starts_with('#') => l.to_owned(),
        _ => String::new(),
    };
    let title = title.to_lowercase();
    let says = title
        .split(|c: char| c.is_whitespace() || matches!(c, '"' | ':' | ',' | '«' | '»' | '(' | ')'))
        .any(|w| INTERVIEW_TITLE_WORDS.contains(&w));
    if says {
        1
    } else {
        MIN_QUESTIONS
    }
}

/// The start of the paragraph holding byte `at` of `text`: after the last blank line
/// before it, or the start of the text.
fn paragraph_start(text: &str, at: usize) -> usize {
    let b = text.as_bytes();
    let mut line_start = memchr::memrchr(b'\n', &b[..at]).map_or(0, |i| i + 1);
    while line_start > 0 {
        let prev_start = memchr::memrchr(b'\n', &b[..line_start - 1]).map_or(0, |i| i + 1);
        if text[prev_start..line_start - 1].trim().is_empty() {
            break;
        }
        line_start = prev_start;
    }
    line_start
}

/// Where the newsroom takes the word back after an interview: when every answer of the
/// interview starting at `from` is one paragraph opening with the same speaker label
/// ("Voronko:", "**Mme Durand :**"), the first paragraph after the last answer that does not
/// open with it (a closing paragraph of the piece). `None` for other layouts, where an
/// answer may run over several unlabelled paragraphs.
pub(crate) fn closing_from(text: &str, from: usize) -> Option<usize> {
    let mut label: Option<String> = None;
    let mut after_question = false;
    let mut last_answered = false;
    for (start, para) in paragraphs(&text[from..]) {
        let start = from + start;
        if is_prompt(para) {
            after_question = true;
            last_answered = false;
            continue;
        }
        if is_editor_note(para) {
            // The newsroom's aside between two answers ("[Ed.: …]"): neither an answer nor
            // the end of the interview.
            continue;
        }
        match (speaker_label(para), &label) {
            (Some(l), None) if after_question => label = Some(l),
            (Some(l), Some(known)) if after_question && l == *known => {}
            // Past the last answer: the first unlabelled paragraph is the newsroom's.
            (None, Some(_)) if last_answered => return Some(start),
            _ => return None,
        }
        after_question = false;
        last_answered = true;
    }
    None
}

/// The paragraphs of `text` (separated by lines that are blank or white space only) with
/// their byte offsets.
fn paragraphs(text: &str) -> Vec<(usize, &str)> {
    let mut out = Vec::new();
    let mut start: Option<usize> = None;
    let mut end = 0;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        if line.trim().is_empty() {
            if let Some(s) = start.take() {
                out.push((s, &text[s..end]));
            }
        } else {
            start.get_or_insert(pos);
            end = pos + line.len();
        }
        pos += line.len();
    }
    if let Some(s) = start {
        out.push((s, &text[s..end]));
    }
    out
}

/// The speaker label a paragraph opens with ("Voronko:", "M. Dupont :", "**Q. Lee:**"),
/// lowercased: one to four capitalised words before a colon near the start.
fn speaker_label(para: &str) -> Option<String> {
    let p = para.trim_start_matches(['*', '_']);
    let colon = p.get(..p.len().min(48))?.find(':')?;
    let label = p[..colon].trim_matches(|c: char| c == '*' || c == '_' || c.is_whitespace());
    let words: Vec<&str> = label.split_whitespace().collect();
    let capitalised =
        |w: &&str| w.chars().next().is_some_and(char::is_uppercase) && !w.chars().any(|c| c.is_ascii_digit());
    (!words.is_empty() && words.len() <= 4 && words.iter().all(capitalised)).then(|| label.to_lowercase())
}

/// A paragraph that asks a question: it ends with a question mark (not a heading), which
/// may be inside the emphasis that sets the questions apart (`**Why?**`, `_Why?_`).
pub(crate) fn is_question(paragraph: &str) -> bool {
    let p = paragraph.trim();
    !p.starts_with('#') && p.rfind('?').is_some_and(|q| closes_question(&p[q + 1..]))
}

/// A paragraph of the interviewer's: a question, or a prompt set wholly in emphasis as the
/// questions are ("**Tickets start at £48. Some fans say that is too much.**"), which is no
/// answer even without a question mark.
pub(crate) fn is_prompt(paragraph: &str) -> bool {
    is_question(paragraph) || (emphasised(paragraph) && speaker_label(paragraph).is_none())
}

/// A paragraph set wholly in one emphasis: `**…**`, `__…__`, `*…*` or `_…_`.
fn emphasised(paragraph: &str) -> bool {
    let p = paragraph.trim();
    ["**", "__", "*", "_"].iter().any(|m| {
        p.len() > 2 * m.len() && p.starts_with(m) && p.ends_with(m) && !p[m.len()..p.len() - m.len()].contains(m)
    })
}

/// What may follow a question's mark to the end of its paragraph: closing emphasis and
/// blanks, on the same line.
fn closes_question(rest: &str) -> bool {
    rest.chars()
        .all(|c| c != '\n' && (c.is_whitespace() || c == '*' || c == '_'))
}

/// Marks that open a question line of a Q&A laid out line by line ("Q. Can you cope?").
const QUESTION_MARKS: &[&str] = &["q.", "q:", "q :", "question:", "question :"];
/// Marks that open its answer on the next line ("A. We cope.", "R : Nous tenons.").
const ANSWER_MARKS: &[&str] = &["a.", "a:", "a :", "r.", "r:", "r :", "answer:", "réponse:", "réponse :"];

/// The line at the start of `line` opens with one of `marks` (any case, after emphasis),
/// followed by a blank.
fn opens_with_mark(line: &str, marks: &[&str]) -> bool {
    let l = line.trim_start_matches(|c: char| matches!(c, '*' | '_') || c.is_whitespace());
    marks.iter().any(|m| {
        l.get(..m.len()).is_some_and(|h| h.eq_ignore_ascii_case(m))
            && l[m.len()..]
                .trim_start_matches(['*', '_'])
                .starts_with([' ', '\t', '\u{a0}'])
    })
}

/// What [`initials`] gives for a dialogue's dash.
const DASH: &str = "—";

/// The initials that open a line of a Q&A laid out with its speakers' initials ("JF. Vos
/// urgences… ?" then "ML. Oui."): one to three capitals and a dot or a colon, then a blank.
fn initials(line: &str) -> Option<&str> {
    let l = line.trim_start_matches(|c: char| matches!(c, '*' | '_') || c.is_whitespace());
    // Or the dash that opens each line of a dialogue: "— Vous souvenez-vous… ?" then "—
    // Cent vingt francs."
    if let Some(d) = ["—", "–"].into_iter().find(|d| l.starts_with(d)) {
        return l[d.len()..].starts_with([' ', '\u{a0}']).then_some(DASH);
    }
    let n = l.chars().take_while(char::is_ascii_uppercase).count();
    let rest = &l[n..];
    let rest = rest
        .strip_prefix('.')
        .or_else(|| rest.strip_prefix(" :"))
        .or_else(|| rest.strip_prefix(':'))?;
    ((1..=3).contains(&n) && rest.trim_start_matches(['*', '_']).starts_with([' ', '\t', '\u{a0}'])).then(|| &l[..n])
}

/// The byte ranges of `text` that answer a marked question in their own paragraph: a line
/// opening with an answer mark ("A.", "R :", "Answer:") right after the lines of a question
/// opening with a question mark ("Q.", "Question :"); or, in a layout by initials, a line
/// opening with other initials right after a question line that opens with initials and
/// ends with a question mark ("JF. … ?" then "ML. …"). An answer runs to the next question
/// or the end of the paragraph. Marked this way, one question is enough to make an
/// interview (a box of "three questions for…" set into a report); the layout stays within
/// a paragraph, so the incremental analysis's pieces hold it whole.
pub(crate) fn marked_answers(text: &str) -> Vec<std::ops::Range<usize>> {
    let mut out = Vec::new();
    // No question mark, no question.
    if memchr::memchr(b'?', text.as_bytes()).is_none() {
        return out;
    }
    // The question being read: by a mark (`None` inside) or by initials.
    let mut question: Option<Option<&str>> = None;
    let mut answer: Option<usize> = None;
    let mut pos = 0;
    for line in text.split_inclusive('\n') {
        let end = pos + line.len();
        let blank = line.trim().is_empty();
        let asks = line.trim_end().trim_end_matches(['*', '_']).ends_with('?');
        let by_initials = initials(line).filter(|_| asks);
        let opens = if blank {
            None
        } else if opens_with_mark(line, QUESTION_MARKS) {
            Some(None)
        } else {
            by_initials.map(Some)
        };
        if blank || opens.is_some() {
            if let Some(a) = answer.take() {
                out.push(a..pos);
            }
            question = opens;
        } else if let Some(q) = question {
            let answers = match q {
                None => opens_with_mark(line, ANSWER_MARKS),
                Some(q) => initials(line).is_some_and(|a| a != q || a == DASH),
            };
            if answers {
                answer = Some(pos);
                question = None;
            }
        }
        pos = end;
    }
    if let Some(a) = answer {
        out.push(a..text.len());
    }
    out
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
            "(ed.",
            "(note:",
            "(note :",
            "n.d.l.r.",
            "note de la rédaction",
            "(note de la rédaction",
            "(n.d.l.r.",
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
        // Questions set in bold or italics.
        (
            "Intro.\n\n**Why?**\n\nBecause.\n\n_How?_\n\nLike this.\n\n**When?** \n\nNow.",
            true,
        ),
        (
            "**Why?** Because.\n\n**How?** Like this.\n\n**When?** Now.\n\nEnd.",
            false,
        ),
        ("Why? How? When?\n\nA report.", false),
        ("Why?\n\nHow?\n\nWhen?\n\nNow.", false),
        // A question inside a paragraph does not end it.
        ("Why? Because.\n\nHow? Like this.\n\nWhen? Now.\n\nEnd.", false),
    ];

    /// The paragraph-by-paragraph reading that [`answers_from`] must equal.
    pub(super) fn reference(text: &str, min_questions: usize) -> Option<usize> {
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
        first.filter(|_| answered >= min_questions)
    }

    /// Random texts over the characters that matter (question marks, line breaks, blanks
    /// of several kinds, headings, words): the question-mark-driven reading equals the
    /// paragraph-by-paragraph one.
    #[test]
    fn equals_the_paragraph_reading() {
        const PIECES: &[&str] = &[
            "?",
            "\n",
            "\n\n",
            " ",
            "\u{a0}",
            "\r\n",
            "#",
            "a",
            "Why?",
            "Ok.",
            "Why?\n\n",
            "Ok.\n\n",
            "**",
            "_",
            "**Why?**\n\n",
        ];
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = || {
            seed ^= seed << 13;
            seed ^= seed >> 7;
            seed ^= seed << 17;
            seed
        };
        let mut laid_out = 0;
        for _ in 0..20_000 {
            let len = (next() % 40) as usize;
            let text: String = (0..len)
                .map(|_| PIECES[(next() % PIECES.len() as u64) as usize])
                .collect();
            let found = answers_from(&text, MIN_QUESTIONS);
            assert_eq!(found, reference(&text, MIN_QUESTIONS), "{text:?}");
            assert_eq!(answers_from(&text, 1), reference(&text, 1), "{text:?}");
            laid_out += usize::from(found.is_some());
        }
        // The texts reach the layout often enough for the comparison to mean something.
        assert!(laid_out >= 100, "{laid_out} laid out");
        for (text, _) in LAYOUTS {
            assert_eq!(
                answers_from(text, MIN_QUESTIONS),
                reference(text, MIN_QUESTIONS),
                "{text:?}"
            );
        }
    }

    #[test]
    fn a_closing_paragraph_after_labelled_answers_is_the_newsroom_s() {
        let text = "Intro.\n\n**Why?**\n\nVoronko: Because.\n\n**How?**\n\nVoronko: Like this.\n\nThe end, 80%.";
        let from = answers_from(text, 1).unwrap();
        assert_eq!(closing_from(text, from), text.find("The end"));
        // Blank lines as the rest of the layout reads them: CRLF, spaces.
        let crlf = text
            .replace('\n', "\r\n")
            .replace("\r\n\r\nThe end", "\r\n  \r\nThe end");
        let from = answers_from(&crlf, 1).unwrap();
        assert_eq!(closing_from(&crlf, from), crlf.find("The end"));
        // Answers over several unlabelled paragraphs: no closing paragraph can be told.
        let text = "Intro.\n\nWhy?\n\nBecause.\n\nAnd more.\n\nHow?\n\nLike this.\n\nThe end.";
        assert_eq!(closing_from(text, answers_from(text, 1).unwrap()), None);
        // Labelled answers to the end: nothing closes.
        let text = "Why?\n\nM. Dupont : Parce que.\n\nComment ?\n\nM. Dupont : Ainsi.";
        assert_eq!(closing_from(text, answers_from(text, 1).unwrap()), None);
        // Two speakers: not this layout.
        let text = "Why?\n\nAnna: Yes.\n\nHow?\n\nBob: No.\n\nThe end.";
        assert_eq!(closing_from(text, answers_from(text, 1).unwrap()), None);
        // A prompt in bold without a question mark is the interviewer's, like a question;
        // an editor's note between two answers neither answers nor closes.
        let text = "**Why?**\n\n**Osei:** Because.\n\n**Fans say £48 is too much.**\n\n**Osei:** I get it.\n\n[Ed.: two dates added.]\n\n**How?**\n\n**Osei:** Like this.\n\nThe end, 80%.";
        let from = answers_from(text, 1).unwrap();
        assert_eq!(closing_from(text, from), text.find("The end"));
    }

    #[test]
    fn prompts() {
        for (p, expected) in [
            ("**Why so many?**", true),
            ("Why so many?", true),
            ("**Tickets start at £48. Some fans say that is too much.**", true),
            ("_Tickets start at £48._", true),
            ("**Maya Osei:** Because.", false),
            ("**Maya Osei: because.**", false),
            ("We played **60 shows** in 2025.", false),
            ("**Bold** start, plain end.", false),
            ("****", false),
        ] {
            assert_eq!(is_prompt(p), expected, "{p}");
        }
    }

    #[test]
    fn layouts() {
        for (text, expected) in LAYOUTS {
            assert_eq!(answers_from(text, min_questions(text)).is_some(), *expected, "{text:?}");
        }
        let text = "Intro.\n\nWhy?\n\nBecause.\n\nHow?\n\nLike this.\n\nWhen?\n\nNow.";
        assert_eq!(answers_from(text, MIN_QUESTIONS), Some(8));
    }

    /// A title that says "interview" makes one question and its answer a Q&A layout.
    #[test]
    fn titles_that_announce_an_interview() {
        for (text, expected) in [
            ("---\ntitle: \"Our desk interviews two hydrologists\"\n---\nIntro.\n\nWill the river rise?\n\nYes, by 2 metres.", true),
            ("# Entretien avec la ministre\n\nCombien ?\n\nTrois cents.", true),
            ("---\ntitle: \"Le pétrole se vend\"\ngenre: Entretien\n---\nIntro.\n\nCombien ?\n\nTrois cents.", true),
            ("---\ntitle: River rises\n---\nIntro.\n\nWill it rise?\n\nYes.", false),
            ("Interview notes.\n\nWill it rise?\n\nYes.", false),
        ] {
            assert_eq!(answers_from(text, min_questions(text)).is_some(), expected, "{text:?}");
        }
    }

    #[test]
    fn answers_marked_line_by_line() {
        let text = "Intro, 12%.\n\nQ. Your budget fell 12%. Can you cope?\nA. We cope. We lent 90,000 items\nlast year.\nQ. Next?\nR : Trois écoles.\n\nThe end.";
        let got: Vec<&str> = marked_answers(text).into_iter().map(|r| text[r].trim_end()).collect();
        assert_eq!(
            got,
            ["A. We cope. We lent 90,000 items\nlast year.", "R : Trois écoles."]
        );
        // An answer mark with no question before it in its paragraph, or after a blank
        // line: an initial, or another layout.
        for text in ["A. Smith said 300 jobs would go.", "Q. Can you cope?\n\nA. We cope."] {
            assert_eq!(marked_answers(text), Vec::<std::ops::Range<usize>>::new(), "{text:?}");
        }
        // By initials: a question line ending with its mark, an answer by other initials.
        let text = "JF. Vos urgences ont reçu 61 000 patients. Un record ?\nML. Oui, 61 400.\nJF. Combien ?\nML. Entre 15 et 25.\n\nJF. Suite.\nML. Non.";
        let got: Vec<&str> = marked_answers(text).into_iter().map(|r| text[r].trim_end()).collect();
        assert_eq!(got, ["ML. Oui, 61 400.", "ML. Entre 15 et 25."]);
        // A dialogue's dashes.
        let text = "Trois questions.\n\n— Votre premier salaire ?\n— Cent vingt francs.\n\n— Et alors ?\n— Rien.";
        let got: Vec<&str> = marked_answers(text).into_iter().map(|r| text[r].trim_end()).collect();
        assert_eq!(got, ["— Cent vingt francs.", "— Rien."]);
        // The same initials twice, or no question mark: no answer.
        for text in [
            "JF. Un record ?\nJF. Oui, 61 400.",
            "M. Dupont est venu.\nJF. Oui, 61 400.",
        ] {
            assert_eq!(marked_answers(text), Vec::<std::ops::Range<usize>>::new(), "{text:?}");
        }
        // A question over two lines, in bold marks.
        let text = "**Q.** Why does it\nrain?\n**A.** Because.";
        assert_eq!(marked_answers(text), vec![text.find("**A.").unwrap()..text.len()]);
    }

    #[test]
    fn numbered_questions_make_an_explainer() {
        let text = "Intro.\n\n**1. Why?**\n\nBecause, 300.\n\n**2. How?**\n\nLike this.\n\n**3. When?**\n\nNow.";
        let q = answers_from(text, MIN_QUESTIONS).unwrap();
        assert!(explainer(text, q, false));
        // Unnumbered questions that address someone, or answers in the first person, make
        // an interview; impersonal ones, the newsroom's explainer.
        let text = "Intro.\n\n**Why did you go?**\n\nBecause.\n\n**How?**\n\nLike this.\n\n**When?**\n\nNow.";
        assert!(!explainer(text, answers_from(text, MIN_QUESTIONS).unwrap(), false));
        let text = "Intro.\n\n**Why?**\n\nWe had to.\n\n**How?**\n\nLike this.\n\n**When?**\n\nNow.";
        assert!(!explainer(text, answers_from(text, MIN_QUESTIONS).unwrap(), false));
        let text = "Intro.\n\nWhy are they empty?\n\nHybrid working, 2.6 days a week.\n\nWhat is the city doing?\n\nIt converts 11 blocks.\n\nWill it get worse?\n\nYes.";
        assert!(explainer(text, answers_from(text, MIN_QUESTIONS).unwrap(), false));
        // Nor after an introduction of who answers.
        let text = "Anna Lindqvist explique pourquoi.\n\nWhy are they empty?\n\nHybrid working.\n\nWhat is the city doing?\n\nIt converts 11 blocks.\n\nWill it get worse?\n\nYes.";
        assert!(!explainer(text, answers_from(text, MIN_QUESTIONS).unwrap(), false));
        let text = "Intro.\n\nWhy are they empty?\n\nHybrid working, 2.6 days a week.\n\nWhat is the city doing?\n\nIt converts 11 blocks.\n\nWill it get worse?\n\nYes.";
        // A fact-check's own verdict ("Notre verdict") is the newsroom's, not an
        // interviewee's.
        let verdict = "Intro.\n\nQue disent les chiffres ?\n\nIls ont baissé de 60 %.\n\nReste-t-il des achats ?\n\nOui, 15 %.\n\nEt ensuite ?\n\nNotre verdict : faux.";
        assert!(explainer(verdict, answers_from(verdict, MIN_QUESTIONS).unwrap(), false));
        // Unless the title announces an interview.
        assert!(!explainer(text, answers_from(text, MIN_QUESTIONS).unwrap(), true));
    }

    #[test]
    fn editor_notes() {
        for (s, expected) in [
            ("[Note: the site has since passed 10,000 members.]", true),
            ("Note: figures as of May.", true),
            ("NDLR : le seuil a été franchi depuis.", true),
            (
                "(Note de la rédaction : le fonds a depuis été porté à 25 millions d'euros.)",
                true,
            ),
            ("(Ed.: more than 5,000 people have joined since.)", true),
            ("We have 600 members.", false),
        ] {
            assert_eq!(is_editor_note(s), expected, "{s}");
        }
    }
}
