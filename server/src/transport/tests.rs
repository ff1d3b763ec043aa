//! The transport as a whole: a seeded random driver for the decoder (the stable
//! counterpart of the cargo-fuzz target in fuzz/), the writer's frame boundaries, and
//! serving over in-memory pipes.

use std::time::Duration;

use serde_json::{json, Value};
use tokio::io::{AsyncReadExt, AsyncWriteExt};

use super::frame::{Decoder, Event, Problem};
use super::message::{self, Verdict};

/// xorshift64*: small, seeded, good enough to pick test input.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }

    fn pick<'a, T>(&mut self, items: &'a [T]) -> &'a T {
        &items[self.below(items.len())]
    }
}

/// A JSON-RPC message whose text is full of what trips framing: header names, quotes,
/// line ends, non-ASCII.
fn good_body(rng: &mut Rng, n: u64) -> Vec<u8> {
    const BITS: &[&str] = &[
        "Content-Length: 12\r\n\r\n",
        "content-length:",
        "\"",
        "\\",
        "\n",
        "\r\n",
        "{",
        "}",
        "Poutine",
        "é",
        "«\u{a0}",
        "😀",
        " ",
        "7",
    ];
    let text: String = (0..rng.below(24)).map(|_| *rng.pick(BITS)).collect();
    serde_json::to_vec(&json!({
        "jsonrpc": "2.0",
        "id": n,
        "method": "textDocument/hover",
        "params": { "text": text },
    }))
    .unwrap()
}

fn good_frame(rng: &mut Rng, body: &[u8]) -> Vec<u8> {
    let n = body.len();
    let head = match rng.below(5) {
        0 => format!("content-length:{n}\r\n\r\n"),
        1 => format!("Content-Type: application/vscode-jsonrpc; charset=utf-8\r\nContent-Length: {n}\r\n\r\n"),
        2 => format!("Content-Length: {n}\r\nContent-Type: application/json\r\n\r\n"),
        3 => format!("Content-Length:   {n}  \n\n"),
        _ => format!("Content-Length: {n}\r\n\r\n"),
    };
    let mut out = head.into_bytes();
    out.extend_from_slice(body);
    out
}

/// Something a confused or hostile client might send between two good frames.
fn garbage(rng: &mut Rng) -> Vec<u8> {
    const TOKENS: &[&str] = &[
        "Content-Length",
        "content-length",
        "Content-Lenght",
        "Content-Type",
        ":",
        ": ",
        " ",
        "\r\n",
        "\n",
        "\r",
        "-",
        "5",
        "0",
        "999999999999",
        "{",
        "\"",
        "}",
        "x",
    ];
    match rng.below(10) {
        0 => (0..rng.below(40)).map(|_| rng.next() as u8).collect(),
        1 => (0..rng.below(30)).flat_map(|_| rng.pick(TOKENS).bytes()).collect(),
        2 => b"Content-Lenght: 9\r\n\r\n{not json".to_vec(),
        3 => format!("Content-Length: -{}\r\n\r\n{{}}", rng.below(100)).into_bytes(),
        4 => b"Content-Length: 1000000000000\r\n\r\n{\"a\":1}".to_vec(),
        // A length past the end of what follows.
        5 => format!("Content-Length: {}\r\n\r\n{{\"jsonrpc\"", 20 + rng.below(3000)).into_bytes(),
        6 => b"Content-Length: 9\r\n\r\n{not json".to_vec(),
        7 => b"Content-Type: application/json\r\n\r\n{\"jsonrpc\":\"2.0\"}".to_vec(),
        8 => "\r\n".repeat(rng.below(3)).into_bytes(),
        _ => format!("Content-Length: {}\r\n", rng.below(50)).into_bytes(),
    }
}

/// Events for `input` fed in chunks of random sizes; checks the buffer bound after each.
fn decode_in_chunks(rng: &mut Rng, max_body: usize, input: &[u8]) -> Vec<Event> {
    let mut d = Decoder::with_max_body(max_body);
    let mut out = Vec::new();
    let mut rest = input;
    while !rest.is_empty() {
        let n = match rng.below(4) {
            0 => rest.len(),
            1 => 1,
            _ => 1 + rng.below(300),
        }
        .min(rest.len());
        d.feed(&rest[..n]);
        rest = &rest[n..];
        out.extend(std::iter::from_fn(|| d.next_event()));
        assert!(
            d.buffered() <= d.max_buffered() + n,
            "{} bytes buffered, bound {}",
            d.buffered(),
            d.max_buffered()
        );
    }
    d.finish();
    out.extend(std::iter::from_fn(|| d.next_event()));
    out
}

fn decode_whole(max_body: usize, input: &[u8]) -> Vec<Event> {
    let mut d = Decoder::with_max_body(max_body);
    d.feed(input);
    d.finish();
    std::iter::from_fn(|| d.next_event()).collect()
}

fn runs() -> usize {
    std::env::var("VIGIE_FUZZ_RUNS")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(3000)
}

/// The stable fuzz driver: good frames among garbage, fed in random chunks. Every good
/// frame comes out, in order; the chunking changes nothing; nothing panics; the buffer
/// stays bounded.
#[test]
fn good_frames_among_garbage_are_all_recovered() {
    let seed = std::env::var("VIGIE_FUZZ_SEED")
        .ok()
        .and_then(|s| s.parse().ok())
        .unwrap_or(0x5eed_f00d);
    let mut rng = Rng(seed);
    for run in 0..runs() {
        let mut input = Vec::new();
        let mut goods = Vec::new();
        for n in 0..1 + rng.below(8) {
            if rng.below(3) > 0 {
                input.extend(garbage(&mut rng));
            }
            let body = good_body(&mut rng, n as u64);
            assert!(matches!(message::check(&body), Verdict::Accept { .. }));
            input.extend(good_frame(&mut rng, &body));
            goods.push(body);
        }
        if rng.below(2) == 0 {
            input.extend(garbage(&mut rng));
        }
        let max_body = [4096, 1 << 20, super::frame::MAX_BODY][rng.below(3)];
        let whole = decode_whole(max_body, &input);
        let chunked = decode_in_chunks(&mut rng, max_body, &input);
        let shown = || format!("seed {seed:#x}, run {run}: {:?}", String::from_utf8_lossy(&input));
        assert_eq!(whole, chunked, "{}", shown());
        let mut expected = goods.iter().peekable();
        for event in &whole {
            if let Event::Frame(body) = event {
                if expected.peek() == Some(&body) {
                    expected.next();
                }
                if let Verdict::Reject(r) = message::check(body) {
                    assert!([message::PARSE_ERROR, message::INVALID_REQUEST].contains(&r.code));
                    assert_eq!(responses(&r.reply()).len(), 1);
                }
            }
        }
        assert!(
            expected.peek().is_none(),
            "{} good frames lost; events {whole:?}; {}",
            expected.count(),
            shown()
        );
    }
}

#[test]
fn a_refused_length_is_never_buffered() {
    let mut d = Decoder::new();
    d.feed(b"Content-Length: 300000000\r\n\r\n");
    let junk = vec![b'x'; 64 * 1024];
    let mut skipped = false;
    for _ in 0..64 {
        d.feed(&junk);
        skipped |= matches!(d.next_event(), Some(Event::Skipped(s)) if s.problem == Problem::TooLarge);
        assert!(d.buffered() < 64, "{}", d.buffered());
    }
    d.finish();
    skipped |= matches!(d.next_event(), Some(Event::Skipped(s)) if s.problem == Problem::TooLarge);
    assert!(skipped);
}

/// Output of the fake library: frames, written in random pieces. The stream is
/// handed back open: the library's end of output is the test's to decide.
async fn write_in_pieces(mut to: tokio::io::DuplexStream, frames: Vec<Vec<u8>>, seed: u64) -> tokio::io::DuplexStream {
    let mut rng = Rng(seed);
    let bytes: Vec<u8> = frames.concat();
    let mut rest = &bytes[..];
    while !rest.is_empty() {
        let n = (1 + rng.below(200)).min(rest.len());
        to.write_all(&rest[..n]).await.unwrap();
        rest = &rest[n..];
        if rng.below(4) == 0 {
            tokio::task::yield_now().await;
        }
    }
    to
}

#[tokio::test(flavor = "multi_thread", worker_threads = 2)]
async fn the_writer_puts_error_answers_between_whole_frames() {
    let mut rng = Rng(42);
    let bodies: Vec<Vec<u8>> = (0..300).map(|n| good_body(&mut rng, n)).collect();
    let frames: Vec<Vec<u8>> = bodies.iter().map(|b| message::frame(b)).collect();
    let (library_out, from_library) = tokio::io::duplex(256);
    let (replies_tx, replies_rx) = tokio::sync::mpsc::channel(4);
    let (output, mut client) = tokio::io::duplex(1 << 20);

    let library = tokio::spawn(write_in_pieces(library_out, frames, 7));
    let reader = tokio::spawn(async move {
        for _ in 0..100 {
            let reply = match check_reject(b"{oops") {
                Some(r) => r.reply(),
                None => unreachable!(),
            };
            replies_tx.send(reply).await.unwrap();
            tokio::task::yield_now().await;
        }
    });
    // The outbox's notifications, from another task, go between frames as the replies do.
    let (outbox, outbox_rx) = super::outbox();
    let notifier = tokio::spawn(async move {
        for n in 0..100 {
            assert!(
                outbox
                    .notify("window/logMessage", &json!({ "type": 3, "message": n }))
                    .await
            );
            tokio::task::yield_now().await;
        }
    });
    let writer = tokio::spawn(super::write_output(from_library, replies_rx, outbox_rx, output));
    // The library ends its output only once the reader and the outbox have said
    // everything, as the server does (it exits after the reader); ending it earlier races
    // their last frames against the writer's exit.
    let library_out = library.await.unwrap();
    reader.await.unwrap();
    notifier.await.unwrap();
    drop(library_out);
    writer.await.unwrap();

    let mut out = Vec::new();
    client.read_to_end(&mut out).await.unwrap();
    let mut d = Decoder::new();
    d.feed(&out);
    d.finish();
    let (mut seen, mut errors, mut notes) = (Vec::new(), 0, Vec::new());
    while let Some(event) = d.next_event() {
        let Event::Frame(body) = event else {
            panic!("broken output: {event:?}")
        };
        let v: Value = serde_json::from_slice(&body).expect("whole JSON frames");
        if v["error"]["code"] == message::PARSE_ERROR {
            errors += 1;
        } else if v["method"] == "window/logMessage" {
            notes.push(v["params"]["message"].as_i64().expect("the notification's number"));
        } else {
            seen.push(body);
        }
    }
    assert_eq!(errors, 100);
    assert_eq!(
        notes,
        (0..100).collect::<Vec<i64>>(),
        "the outbox's notifications, whole and in order"
    );
    assert_eq!(seen, bodies, "the library's frames, whole and in order");
}

fn check_reject(body: &[u8]) -> Option<message::Rejection> {
    match message::check(body) {
        Verdict::Reject(r) => Some(r),
        Verdict::Accept { .. } => None,
    }
}

/// All frames of `bytes` as JSON.
fn responses(bytes: &[u8]) -> Vec<Value> {
    let mut d = Decoder::new();
    d.feed(bytes);
    std::iter::from_fn(|| d.next_event())
        .map(|e| match e {
            Event::Frame(body) => serde_json::from_slice(&body).unwrap(),
            e => panic!("broken output: {e:?}"),
        })
        .collect()
}

async fn read_until_answer(from: &mut tokio::io::DuplexStream, out: &mut Vec<u8>, id: i64) {
    let mut chunk = [0; 4096];
    while !responses(out).iter().any(|r| r["id"] == id) {
        let n = tokio::time::timeout(Duration::from_secs(20), from.read(&mut chunk))
            .await
            .unwrap_or_else(|_| panic!("no answer to {id}"))
            .unwrap();
        assert!(n > 0, "the server closed its output");
        out.extend(&chunk[..n]);
    }
}

#[tokio::test]
async fn serving_survives_bad_frames_and_ends_at_exit_with_the_input_still_open() {
    let (service, socket) = tower_lsp_server::LspService::new(crate::lsp::Backend::new);
    let (mut client_in, server_in) = tokio::io::duplex(1 << 16);
    let (server_out, mut client_out) = tokio::io::duplex(1 << 20);
    let (outbox, outbox_rx) = super::outbox();
    let serving = tokio::spawn(super::serve(server_in, server_out, socket, service, outbox_rx));

    let msg = |v: Value| message::frame(v.to_string().as_bytes());
    let mut input = b"Content-Length: 9\r\n\r\n{not json".to_vec();
    input.extend(b"Content-Lenght: 2\r\n\r\n{}");
    input.extend(msg(
        json!({"jsonrpc":"2.0","id":1,"method":"initialize","params":{"capabilities":{}}}),
    ));
    input.extend(b"Content-Length: 2\r\n\r\n[]");
    client_in.write_all(&input).await.unwrap();
    // Wait for each answer before going on, as a client does.
    let mut out = Vec::new();
    read_until_answer(&mut client_out, &mut out, 1).await;
    // A notification of the outbox arrives whole, between the library's frames.
    assert!(
        outbox
            .notify("window/logMessage", &json!({ "type": 3, "message": "from the outbox" }))
            .await
    );
    let mut input = msg(json!({"jsonrpc":"2.0","method":"initialized","params":{}}));
    input.extend(msg(json!({"jsonrpc":"2.0","id":2,"method":"shutdown"})));
    client_in.write_all(&input).await.unwrap();
    read_until_answer(&mut client_out, &mut out, 2).await;
    client_in
        .write_all(&msg(json!({"jsonrpc":"2.0","method":"exit"})))
        .await
        .unwrap();
    // client_in stays open: serving must end at `exit` all the same.
    tokio::time::timeout(Duration::from_secs(20), serving)
        .await
        .expect("serving ends at exit")
        .unwrap();
    client_out.read_to_end(&mut out).await.unwrap();
    let answers = responses(&out);
    let codes: Vec<&Value> = answers.iter().map(|r| &r["error"]["code"]).collect();
    let errors_without_id = answers
        .iter()
        .filter(|r| r["id"].is_null() && r.get("method").is_none());
    assert_eq!(errors_without_id.count(), 2, "{answers:?}");
    assert!(
        answers
            .iter()
            .any(|r| r["method"] == "window/logMessage" && r["params"]["message"] == "from the outbox"),
        "{answers:?}"
    );
    assert!(codes.contains(&&json!(message::PARSE_ERROR)), "{answers:?}");
    assert!(codes.contains(&&json!(message::INVALID_REQUEST)), "{answers:?}");
    assert!(answers
        .iter()
        .any(|r| r["id"] == 1 && r["result"]["capabilities"].is_object()));
    assert!(answers
        .iter()
        .any(|r| r["id"] == 2 && r["result"].is_null() && r.get("error").is_none()));
    drop(client_in);
}
