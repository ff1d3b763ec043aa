//! The stdio transport's frame decoder on arbitrary bytes.
//!
//! The first byte seeds how the rest is cut into chunks. Checked: nothing panics; the
//! events do not depend on the chunking; the decoder never holds more than its bound;
//! every frame body gets a verdict, and a rejected one a well-formed answer; a good
//! frame sent after any input at all still comes out whole.

#![no_main]

use libfuzzer_sys::fuzz_target;
use vigie::transport::frame::{Decoder, Event};
use vigie::transport::message::{self, Verdict};

/// Small, so that inputs reach the limit.
const MAX_BODY: usize = 512;
const GOOD: &[u8] = br#"{"jsonrpc":"2.0","id":1,"method":"textDocument/hover","params":{"position":{"line":0}}}"#;

fn decode(input: &[u8], mut chunk: impl FnMut() -> usize) -> Vec<Event> {
    let mut d = Decoder::with_max_body(MAX_BODY);
    let mut out = Vec::new();
    let mut rest = input;
    while !rest.is_empty() {
        let n = chunk().clamp(1, rest.len());
        d.feed(&rest[..n]);
        rest = &rest[n..];
        out.extend(std::iter::from_fn(|| d.next_event()));
        assert!(d.buffered() <= d.max_buffered() + n, "{} bytes buffered", d.buffered());
    }
    d.finish();
    out.extend(std::iter::from_fn(|| d.next_event()));
    out
}

fuzz_target!(|data: &[u8]| {
    let Some((&seed, input)) = data.split_first() else {
        return;
    };
    let mut state = u64::from(seed) | 0x100;
    let mut chunks = move || {
        state ^= state << 13;
        state ^= state >> 7;
        state ^= state << 17;
        (state % 64) as usize
    };

    let whole = decode(input, || usize::MAX);
    assert_eq!(whole, decode(input, &mut chunks), "chunking changed the events");

    for event in &whole {
        if let Event::Frame(body) = event {
            assert!(body.len() <= MAX_BODY);
            if let Verdict::Reject(r) = message::check(body) {
                let reply = r.reply();
                let at = reply.windows(4).position(|w| w == b"\r\n\r\n").unwrap() + 4;
                let v: serde_json::Value = serde_json::from_slice(&reply[at..]).unwrap();
                assert!(v["error"]["code"] == -32700 || v["error"]["code"] == -32600);
            }
        }
    }

    let mut then_good = input.to_vec();
    then_good.extend(message::frame(GOOD));
    let events = decode(&then_good, &mut chunks);
    let last = events.iter().rev().find_map(|e| match e {
        Event::Frame(body) => Some(body.as_slice()),
        Event::Skipped(_) => None,
    });
    assert_eq!(last, Some(GOOD), "a good frame after the input was lost");
});
