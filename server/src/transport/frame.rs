//! A sans-IO decoder for the LSP base protocol: bytes in, frames and skips out.
//!
//! A frame is a header block (`Name: value` lines, each ended by `\r\n` or `\n`, the block
//! ended by an empty line) and a body of exactly `Content-Length` bytes. The decoder does
//! no I/O and knows nothing of JSON-RPC: [`Decoder::feed`] gives it bytes as they come,
//! [`Decoder::next_event`] hands out what can be decided so far, [`Decoder::finish`] says
//! the input has ended.
//!
//! Whatever cannot be framed is skipped and reported once ([`Event::Skipped`]), and the
//! decoder resynchronises on the next `Content-Length:` (ASCII case ignored):
//!
//! - a line where a header was expected that is no `Name: value` header, or that has
//!   `Content-Length:` somewhere else than at its start, or an overlong line or block:
//!   [`Problem::Garbage`];
//! - a header block without `Content-Length`: [`Problem::MissingLength`] (its body, if any,
//!   is skipped up to the next header);
//! - a length that is not a decimal number (negative, empty, words): [`Problem::BadLength`];
//! - a length over the limit ([`MAX_BODY`] by default): [`Problem::TooLarge`], refused before
//!   anything is allocated for it;
//! - a length that runs past the end of what the client sent, so that the declared body
//!   swallows the next frame: [`Problem::Truncated`]. A body is JSON, and a JSON text can
//!   never hold `Content-Length:` followed by a raw line feed before any `"` (the name
//!   could only sit in a string, and a string cannot hold a raw line feed). Such a line in
//!   a body is therefore the next frame's header: the body is cut there and decoding goes
//!   on from it.
//!
//! The decoder's events depend only on the bytes, not on how they were cut into chunks,
//! and after [`Decoder::next_event`] returns `None` it holds at most
//! [`Decoder::max_buffered`] bytes (plus whatever the last `feed` brought beyond them).

/// The default limit on a body's length: 256 MiB.
pub const MAX_BODY: usize = 256 * 1024 * 1024;
/// The longest header line, without its line end.
pub const MAX_LINE: usize = 1024;
/// The most header lines in one block.
pub const MAX_HEADERS: usize = 16;
/// How many bytes of skipped input an event keeps, for the log.
pub const HEAD: usize = 64;

/// The header the decoder resynchronises on, compared without ASCII case.
const NAME: &[u8] = b"content-length:";

/// What the decoder hands out.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// A whole frame: its body, not decoded.
    Frame(Vec<u8>),
    /// Input that could not be framed, thrown away.
    Skipped(Skipped),
}

/// Input thrown away, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    pub problem: Problem,
    /// How many bytes were thrown away.
    pub bytes: u64,
    /// The first of them (at most [`HEAD`]).
    pub head: Vec<u8>,
}

/// Why input was thrown away.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Problem {
    /// Bytes where a header was expected.
    Garbage,
    /// A header block without `Content-Length`.
    MissingLength,
    /// A `Content-Length` that is no decimal number.
    BadLength,
    /// A `Content-Length` over the limit.
    TooLarge,
    /// A body cut short by the next frame's header: `declared` bytes were announced, `bytes`
    /// came.
    Truncated { declared: usize },
    /// The input ended inside a frame.
    Incomplete,
}

impl Problem {
    /// The problem is with a message's body (the frame itself was announced properly), so
    /// the client is owed an answer, rather than with the framing.
    pub fn is_body(self) -> bool {
        matches!(self, Problem::Truncated { .. })
    }
}

impl std::fmt::Display for Problem {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Problem::Garbage => f.write_str("bytes where a header was expected"),
            Problem::MissingLength => f.write_str("a header without Content-Length"),
            Problem::BadLength => f.write_str("a Content-Length that is not a number"),
            Problem::TooLarge => f.write_str("a Content-Length over the limit"),
            Problem::Truncated { declared } => {
                write!(
                    f,
                    "a body shorter than its Content-Length ({declared}), cut by the next header"
                )
            }
            Problem::Incomplete => f.write_str("the input ended inside a frame"),
        }
    }
}

#[derive(Debug)]
enum State {
    /// Reading a header block; `cursor` is where its next line starts (from `pos`).
    Header {
        cursor: usize,
        lines: usize,
        length: Option<usize>,
    },
    /// Reading a body that starts at `pos`; no header line starts before `scanned`.
    Body { len: usize, scanned: usize },
    /// Throwing bytes away up to the next `Content-Length:` found at or after `from`.
    Seek { skip: Skipped, from: usize },
}

impl State {
    fn header() -> State {
        State::Header {
            cursor: 0,
            lines: 0,
            length: None,
        }
    }
}

/// What one step decided.
enum Step {
    Event(Event),
    /// The state changed: step again.
    Again,
    /// More input is needed.
    Wait,
}

/// The frame decoder. See the module documentation.
#[derive(Debug)]
pub struct Decoder {
    buf: Vec<u8>,
    /// Bytes of `buf` already used.
    pos: usize,
    state: State,
    max_body: usize,
    eof: bool,
}

impl Default for Decoder {
    fn default() -> Self {
        Decoder::new()
    }
}

impl Decoder {
    /// A decoder that refuses bodies over [`MAX_BODY`].
    pub fn new() -> Decoder {
        Decoder::with_max_body(MAX_BODY)
    }

    /// A decoder that refuses bodies over `max_body` bytes.
    pub fn with_max_body(max_body: usize) -> Decoder {
        Decoder {
            buf: Vec::new(),
            pos: 0,
            state: State::header(),
            max_body,
            eof: false,
        }
    }

    /// The most bytes the decoder keeps once [`Decoder::next_event`] has returned `None`,
    /// not counting what the last `feed` brought beyond them.
    pub fn max_buffered(&self) -> usize {
        let header_block = (MAX_HEADERS + 1) * (MAX_LINE + 2) + NAME.len();
        let body = self.max_body.saturating_add(NAME.len() + MAX_LINE);
        header_block.max(body)
    }

    /// Bytes received and not yet handed out or thrown away.
    pub fn buffered(&self) -> usize {
        self.buf.len() - self.pos
    }

    /// More input.
    pub fn feed(&mut self, bytes: &[u8]) {
        assert!(!self.eof, "Decoder::feed after finish");
        if self.pos > 0 {
            self.buf.drain(..self.pos);
            self.pos = 0;
        }
        // Give back the room of a large body once it is gone.
        if self.buf.is_empty() && self.buf.capacity() > 1 << 20 {
            self.buf = Vec::new();
        }
        self.buf.extend_from_slice(bytes);
    }

    /// The input has ended: the next calls to [`Decoder::next_event`] hand out the rest,
    /// an unfinished frame as [`Problem::Incomplete`].
    pub fn finish(&mut self) {
        self.eof = true;
    }

    /// The next frame or skip, or `None` until more input comes (or, after
    /// [`Decoder::finish`], when everything has been handed out).
    pub fn next_event(&mut self) -> Option<Event> {
        loop {
            let step = match self.state {
                State::Header { .. } => self.step_header(),
                State::Body { .. } => self.step_body(),
                State::Seek { .. } => self.step_seek(),
            };
            match step {
                Step::Event(e) => return Some(e),
                Step::Again => continue,
                Step::Wait => return None,
            }
        }
    }

    fn data(&self) -> &[u8] {
        &self.buf[self.pos..]
    }

    /// Throws the header block away and seeks the next `Content-Length:` from `from`.
    fn seek(&mut self, problem: Problem, from: usize) -> Step {
        debug_assert!(from >= 1, "seeking must make progress");
        self.state = State::Seek {
            skip: Skipped {
                problem,
                bytes: 0,
                head: Vec::new(),
            },
            from,
        };
        Step::Again
    }

    fn step_header(&mut self) -> Step {
        let State::Header { cursor, lines, length } = self.state else {
            unreachable!()
        };
        let data = self.data();
        let rest = &data[cursor..];
        let window = rest.len().min(MAX_LINE + 1);
        let newline = rest[..window].iter().position(|&b| b == b'\n');
        // `Content-Length:` inside the line: what comes before it is garbage.
        match find_name(data, cursor + 1, cursor + newline.unwrap_or(window)) {
            Found::At(q) => return self.seek(Problem::Garbage, q),
            Found::Partial(_) if !self.eof => return Step::Wait,
            Found::Partial(_) | Found::None => {}
        }
        let Some(newline) = newline else {
            if window > MAX_LINE {
                return self.seek(Problem::Garbage, cursor + 1);
            }
            if self.eof {
                return self.throw_rest(Problem::Incomplete);
            }
            return Step::Wait;
        };
        let line = &rest[..newline];
        let line = line.strip_suffix(b"\r").unwrap_or(line);
        let next = cursor + newline + 1;
        if line.is_empty() {
            if lines == 0 {
                // Blank lines between frames are tolerated.
                self.pos += next;
                return Step::Again;
            }
            let Some(len) = length else {
                return self.seek(Problem::MissingLength, next);
            };
            self.pos += next;
            self.state = State::Body { len, scanned: 0 };
            return Step::Again;
        }
        if lines == MAX_HEADERS {
            return self.seek(Problem::Garbage, cursor);
        }
        let Some((name, value)) = split_header(line) else {
            return self.seek(Problem::Garbage, cursor + 1);
        };
        let mut length = length;
        if name.eq_ignore_ascii_case(b"content-length") {
            if length.is_some() {
                // A second Content-Length starts the next frame: the block so far is garbage.
                return self.seek(Problem::Garbage, cursor);
            }
            match parse_length(value) {
                Length::Ok(n) if n <= self.max_body as u64 => length = Some(n as usize),
                Length::Ok(_) | Length::Overflow => return self.seek(Problem::TooLarge, next),
                Length::Bad => return self.seek(Problem::BadLength, next),
            }
        }
        // Content-Type and other headers are accepted and ignored.
        self.state = State::Header {
            cursor: next,
            lines: lines + 1,
            length,
        };
        Step::Again
    }

    fn step_body(&mut self) -> Step {
        let State::Body { len, scanned } = self.state else {
            unreachable!()
        };
        let data = self.data();
        let avail = data.len();
        let mut from = scanned;
        let limit = len.min(avail);
        // Look for the next frame's header inside the declared body.
        loop {
            match find_name(data, from, limit) {
                Found::None => break,
                Found::Partial(q) => {
                    if self.eof {
                        from = q + 1;
                        continue;
                    }
                    self.state = State::Body { len, scanned: q };
                    return Step::Wait;
                }
                Found::At(q) => match header_line_at(data, q) {
                    Some(true) => {
                        let skipped = Skipped {
                            problem: Problem::Truncated { declared: len },
                            bytes: q as u64,
                            head: data[..q.min(HEAD)].to_vec(),
                        };
                        self.pos += q;
                        self.state = State::header();
                        return Step::Event(Event::Skipped(skipped));
                    }
                    Some(false) => from = q + 1,
                    None if self.eof => from = q + 1,
                    None => {
                        self.state = State::Body { len, scanned: q };
                        return Step::Wait;
                    }
                },
            }
        }
        if avail >= len {
            let body = data[..len].to_vec();
            self.pos += len;
            self.state = State::header();
            return Step::Event(Event::Frame(body));
        }
        if self.eof {
            return self.throw_rest(Problem::Incomplete);
        }
        self.state = State::Body { len, scanned: limit };
        Step::Wait
    }

    fn step_seek(&mut self) -> Step {
        let State::Seek { ref skip, from } = self.state else {
            unreachable!()
        };
        let data = &self.buf[self.pos..];
        let (cut, found) = match find_name(data, from, data.len()) {
            Found::At(q) => (q, true),
            Found::Partial(q) if !self.eof => (q, false),
            Found::Partial(_) | Found::None => (data.len(), false),
        };
        let mut skip = skip.clone();
        let room = HEAD - skip.head.len();
        skip.head.extend_from_slice(&data[..cut.min(room)]);
        skip.bytes += cut as u64;
        self.pos += cut;
        if found {
            self.state = State::header();
            return Step::Event(Event::Skipped(skip));
        }
        if self.eof {
            self.state = State::header();
            return Step::Event(Event::Skipped(skip));
        }
        self.state = State::Seek { skip, from: 0 };
        Step::Wait
    }

    /// At the end of the input: what is left is thrown away (if anything is).
    fn throw_rest(&mut self, problem: Problem) -> Step {
        let data = self.data();
        if data.is_empty() {
            return Step::Wait;
        }
        let skipped = Skipped {
            problem,
            bytes: data.len() as u64,
            head: data[..data.len().min(HEAD)].to_vec(),
        };
        self.pos = self.buf.len();
        self.state = State::header();
        Step::Event(Event::Skipped(skipped))
    }
}

enum Found {
    /// `Content-Length:` starts here.
    At(usize),
    /// The input ends here with the start of `Content-Length:`.
    Partial(usize),
    None,
}

/// The first `Content-Length:` (ASCII case ignored) that starts in `data[from..to]`; it may
/// run past `to`.
fn find_name(data: &[u8], from: usize, to: usize) -> Found {
    let to = to.min(data.len());
    let mut q = from;
    while q < to {
        match data[q..to].iter().position(|&b| b | 0x20 == b'c') {
            None => return Found::None,
            Some(i) => q += i,
        }
        let tail = &data[q..data.len().min(q + NAME.len())];
        if tail.eq_ignore_ascii_case(&NAME[..tail.len()]) {
            return if tail.len() == NAME.len() {
                Found::At(q)
            } else {
                Found::Partial(q)
            };
        }
        q += 1;
    }
    Found::None
}

/// Whether the `Content-Length:` at `q` is a header line rather than text in a JSON string:
/// a line feed comes before any `"`. `None`: not known yet.
fn header_line_at(data: &[u8], q: usize) -> Option<bool> {
    let start = q + NAME.len();
    let end = data.len().min(start + MAX_LINE);
    match data[start..end].iter().find(|&&b| b == b'\n' || b == b'"') {
        Some(&b) => Some(b == b'\n'),
        None if end - start == MAX_LINE => Some(false),
        None => None,
    }
}

/// `Name: value` with a token for name; the value without surrounding blanks.
fn split_header(line: &[u8]) -> Option<(&[u8], &[u8])> {
    let colon = line.iter().position(|&b| b == b':')?;
    let (name, value) = (&line[..colon], &line[colon + 1..]);
    let token = |b: &u8| b.is_ascii_alphanumeric() || b"!#$%&'*+-.^_`|~".contains(b);
    if name.is_empty() || !name.iter().all(token) {
        return None;
    }
    Some((name, value.trim_ascii()))
}

enum Length {
    Ok(u64),
    Overflow,
    Bad,
}

fn parse_length(value: &[u8]) -> Length {
    if value.is_empty() || !value.iter().all(u8::is_ascii_digit) {
        return Length::Bad;
    }
    let mut n: u64 = 0;
    for &d in value {
        match n.checked_mul(10).and_then(|n| n.checked_add(u64::from(d - b'0'))) {
            Some(m) => n = m,
            None => return Length::Overflow,
        }
    }
    Length::Ok(n)
}

#[cfg(test)]
mod tests {
    use super::*;

    /// All events for `input` fed at once, then the end of input.
    fn events(input: &[u8]) -> Vec<Event> {
        events_with(Decoder::new(), input)
    }

    fn events_with(mut d: Decoder, input: &[u8]) -> Vec<Event> {
        d.feed(input);
        let mut out: Vec<Event> = std::iter::from_fn(|| d.next_event()).collect();
        d.finish();
        out.extend(std::iter::from_fn(|| d.next_event()));
        out
    }

    fn frame(body: &str) -> Event {
        Event::Frame(body.as_bytes().to_vec())
    }

    fn skipped(problem: Problem, input: &str) -> Event {
        Event::Skipped(Skipped {
            problem,
            bytes: input.len() as u64,
            head: input.as_bytes()[..input.len().min(HEAD)].to_vec(),
        })
    }

    const GOOD: &str = "Content-Length: 7\r\n\r\n{\"a\":1}";

    #[test]
    fn frames_one_after_the_other() {
        let input = format!("{GOOD}Content-Length: 2\r\n\r\n[]{GOOD}");
        assert_eq!(
            events(input.as_bytes()),
            [frame("{\"a\":1}"), frame("[]"), frame("{\"a\":1}")]
        );
    }

    #[test]
    fn header_names_ignore_case_and_other_headers_are_accepted() {
        let input = "content-type: application/vscode-jsonrpc; charset=utf-8\r\nCONTENT-LENGTH:2\r\n\r\n{}\
                     Content-Length: 2 \r\nContent-Type: application/json\r\nX-Other: 1\r\n\r\n[]";
        assert_eq!(events(input.as_bytes()), [frame("{}"), frame("[]")]);
    }

    #[test]
    fn bare_line_feeds_and_blank_lines_between_frames_are_tolerated() {
        let input = format!("Content-Length: 2\n\n{{}}\r\n\r\n{GOOD}");
        assert_eq!(events(input.as_bytes()), [frame("{}"), frame("{\"a\":1}")]);
    }

    #[test]
    fn an_empty_body_is_a_frame() {
        assert_eq!(events(b"Content-Length: 0\r\n\r\n"), [frame("")]);
    }

    #[test]
    fn garbage_before_and_between_frames_is_skipped_once() {
        let input = format!("hello there\r\n{GOOD}garbage{GOOD}");
        assert_eq!(
            events(input.as_bytes()),
            [
                skipped(Problem::Garbage, "hello there\r\n"),
                frame("{\"a\":1}"),
                skipped(Problem::Garbage, "garbage"),
                frame("{\"a\":1}"),
            ]
        );
    }

    #[test]
    fn a_misspelled_or_missing_length_skips_the_frame() {
        let bad = "Content-Lenght: 7\r\n\r\n{\"a\":1}";
        let input = format!("{bad}{GOOD}");
        assert_eq!(
            events(input.as_bytes()),
            [skipped(Problem::MissingLength, bad), frame("{\"a\":1}")]
        );
        let bad = "Content-Type: application/json\r\n\r\n{\"a\":1}";
        let input = format!("{bad}{GOOD}");
        assert_eq!(
            events(input.as_bytes()),
            [skipped(Problem::MissingLength, bad), frame("{\"a\":1}")]
        );
    }

    #[test]
    fn a_bad_length_skips_the_frame() {
        for bad in [
            "Content-Length: -5\r\n\r\n{\"a\":1}",
            "Content-Length: \r\n\r\n{}",
            "Content-Length: 1e3\r\n\r\n{}",
            "Content-Length: +7\r\n\r\n{\"a\":1}",
        ] {
            let input = format!("{bad}{GOOD}");
            assert_eq!(
                events(input.as_bytes()),
                [skipped(Problem::BadLength, bad), frame("{\"a\":1}")],
                "{bad:?}"
            );
        }
    }

    #[test]
    fn an_absurd_length_is_refused_without_waiting_for_it() {
        for bad in [
            "Content-Length: 1000000000000\r\n\r\n{\"a\":1}",
            "Content-Length: 268435457\r\n\r\n{}",
            "Content-Length: 99999999999999999999999999\r\n\r\n{}",
        ] {
            let input = format!("{bad}{GOOD}");
            assert_eq!(
                events(input.as_bytes()),
                [skipped(Problem::TooLarge, bad), frame("{\"a\":1}")],
                "{bad:?}"
            );
        }
        // The limit itself is allowed.
        let mut d = Decoder::with_max_body(10);
        d.feed(b"Content-Length: 10\r\n\r\n0123456789Content-Length: 11\r\n\r\n");
        assert_eq!(d.next_event(), Some(frame("0123456789")));
        assert!(matches!(
            d.next_event(),
            None | Some(Event::Skipped(Skipped {
                problem: Problem::TooLarge,
                ..
            }))
        ));
    }

    #[test]
    fn a_length_past_the_end_is_cut_at_the_next_header() {
        let input = format!("Content-Length: 500\r\n\r\n{{\"jsonrpc\":\"2.0\"{GOOD}");
        assert_eq!(
            events(input.as_bytes()),
            [
                Event::Skipped(Skipped {
                    problem: Problem::Truncated { declared: 500 },
                    bytes: 16,
                    head: b"{\"jsonrpc\":\"2.0\"".to_vec(),
                }),
                frame("{\"a\":1}"),
            ]
        );
        // Without waiting for the 500 bytes.
        let mut d = Decoder::new();
        d.feed(input.as_bytes());
        assert!(matches!(d.next_event(), Some(Event::Skipped(_))));
        assert_eq!(d.next_event(), Some(frame("{\"a\":1}")));
        assert_eq!(d.next_event(), None);
    }

    #[test]
    fn content_length_inside_a_json_string_is_not_a_header() {
        let body = r#"{"text":"Content-Length: 12\r\n\r\nstill text","more":"content-length:"}"#;
        let input = format!("Content-Length: {}\r\n\r\n{body}{GOOD}", body.len());
        assert_eq!(events(input.as_bytes()), [frame(body), frame("{\"a\":1}")]);
    }

    #[test]
    fn a_header_line_with_content_length_inside_resyncs_there() {
        let input = format!("X-Junk: yes{GOOD}");
        assert_eq!(
            events(input.as_bytes()),
            [skipped(Problem::Garbage, "X-Junk: yes"), frame("{\"a\":1}")]
        );
        let input = format!("Content-Length: 3\r\n{GOOD}");
        assert_eq!(
            events(input.as_bytes()),
            [skipped(Problem::Garbage, "Content-Length: 3\r\n"), frame("{\"a\":1}")]
        );
    }

    #[test]
    fn overlong_lines_and_blocks_are_garbage() {
        let long = "x".repeat(MAX_LINE + 1);
        let input = format!("{long}\r\n{GOOD}");
        assert_eq!(
            events(input.as_bytes()),
            [skipped(Problem::Garbage, &format!("{long}\r\n")), frame("{\"a\":1}")]
        );
        let many = "X-A: 1\r\n".repeat(MAX_HEADERS + 3);
        let input = format!("{many}{GOOD}");
        assert_eq!(
            events(input.as_bytes()),
            [skipped(Problem::Garbage, &many), frame("{\"a\":1}")]
        );
    }

    #[test]
    fn the_end_of_input_inside_a_frame_is_reported() {
        assert_eq!(
            events(b"Content-Length: 10\r\n\r\n{\"a\""),
            [skipped(Problem::Incomplete, "{\"a\"")]
        );
        assert_eq!(events(b"Content-Len"), [skipped(Problem::Incomplete, "Content-Len")]);
        assert_eq!(events(b"zzz"), [skipped(Problem::Incomplete, "zzz")]);
        assert_eq!(events(b""), []);
    }

    #[test]
    fn byte_by_byte_gives_the_same_events() {
        let input = format!(
            "junk{GOOD}Content-Length: 40\r\n\r\n{{\"x\"{GOOD}Content-Lenght: 3\r\n\r\nabc\
             Content-Length: 99999999999\r\n\r\n{GOOD}Content-Length: 2\r\n\r\n{{}}"
        );
        let whole = events(input.as_bytes());
        let mut d = Decoder::new();
        let mut out = Vec::new();
        for b in input.as_bytes() {
            d.feed(std::slice::from_ref(b));
            out.extend(std::iter::from_fn(|| d.next_event()));
        }
        d.finish();
        out.extend(std::iter::from_fn(|| d.next_event()));
        assert_eq!(out, whole);
        assert_eq!(
            whole.iter().filter(|e| **e == frame("{\"a\":1}")).count(),
            3,
            "{whole:?}"
        );
    }

    #[test]
    fn a_declared_length_is_not_allocated() {
        let mut d = Decoder::new();
        d.feed(b"Content-Length: 268435456\r\n\r\n{");
        assert_eq!(d.next_event(), None);
        assert!(d.buf.capacity() < 4096, "{}", d.buf.capacity());
    }
}
