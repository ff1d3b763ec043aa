//! A small JSON-RPC client that spawns the built `vigie lsp` and speaks LSP to it over
//! stdio, as an editor would.

use std::io::{BufRead, BufReader, Write};
use std::path::Path;
use std::process::{Child, ChildStdin, Command, Stdio};
use std::sync::mpsc::{channel, Receiver, RecvTimeoutError};
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use serde_json::{json, Value};

pub const TIMEOUT: Duration = Duration::from_secs(20);

pub struct Client {
    child: Child,
    stdin: ChildStdin,
    /// Each message with when its last byte was read (before its JSON was parsed).
    incoming: Receiver<(Instant, Value)>,
    next_id: i64,
    /// Notifications received so far (method, params), in order.
    pub notifications: Vec<(String, Value)>,
    /// When each of `notifications` was read, before its JSON was parsed.
    arrivals: Vec<Instant>,
    /// Responses received that no call has waited for yet, in order.
    pub stray: Vec<Value>,
    /// The server's log (stderr), line by line.
    log: Arc<Mutex<Vec<String>>>,
}

impl Client {
    /// Starts `vigie lsp --stdio` with extra environment variables.
    pub fn spawn(env: &[(&str, &str)]) -> Client {
        let mut cmd = Command::new(env!("CARGO_BIN_EXE_vigie"));
        cmd.args(["lsp", "--stdio"])
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::piped());
        cmd.env("VIGIE_LOG", "info");
        // The developer's own user-level configuration stays out of the tests.
        cmd.env("VIGIE_USER_CONFIG", "/nonexistent/vigie-e2e/config.toml");
        for (k, v) in env {
            cmd.env(k, v);
        }
        let mut child = cmd.spawn().expect("spawn vigie lsp");
        let stdin = child.stdin.take().unwrap();
        let stdout = child.stdout.take().unwrap();
        let stderr = child.stderr.take().unwrap();
        let log = Arc::new(Mutex::new(Vec::new()));
        let log_lines = log.clone();
        std::thread::spawn(move || {
            // Keep the server's log visible in the test output (cargo shows it on failure).
            for line in BufReader::new(stderr).lines().map_while(Result::ok) {
                eprintln!("[vigie] {line}");
                log_lines.lock().unwrap().push(line);
            }
        });
        let (tx, rx) = channel();
        std::thread::spawn(move || {
            let mut reader = BufReader::new(stdout);
            while let Some(msg) = read_message(&mut reader) {
                if tx.send(msg).is_err() {
                    break;
                }
            }
        });
        Client {
            child,
            stdin,
            incoming: rx,
            next_id: 1,
            notifications: Vec::new(),
            arrivals: Vec::new(),
            stray: Vec::new(),
            log,
        }
    }

    /// Sends bytes as they are: no framing added.
    pub fn send_raw(&mut self, bytes: &[u8]) {
        self.stdin.write_all(bytes).expect("write to server");
        self.stdin.flush().unwrap();
    }

    /// An id no request of this client has used.
    pub fn fresh_id(&mut self) -> i64 {
        self.next_id += 1;
        self.next_id - 1
    }

    /// The server's log lines so far.
    pub fn log(&self) -> Vec<String> {
        self.log.lock().unwrap().clone()
    }

    /// Handles what has arrived within a few milliseconds (notifications kept, responses kept
    /// for the calls that wait for them).
    pub fn receive_pending(&mut self) {
        if let Some(msg) = self.receive(Duration::from_millis(10)) {
            self.stray.push(msg);
        }
    }

    /// Waits for the response whose id is `id` (`null` included), among those already
    /// received and those to come.
    pub fn response(&mut self, id: &Value) -> Value {
        if let Some(i) = self.stray.iter().position(|m| m["id"] == *id) {
            return self.stray.remove(i);
        }
        let deadline = Instant::now() + TIMEOUT;
        while Instant::now() < deadline {
            if let Some(msg) = self.receive(deadline - Instant::now()) {
                if msg["id"] == *id {
                    return msg;
                }
                self.stray.push(msg);
            }
        }
        panic!("no response with id {id} within {TIMEOUT:?}");
    }

    fn send(&mut self, msg: &Value) {
        let body = serde_json::to_string(msg).unwrap();
        write!(self.stdin, "Content-Length: {}\r\n\r\n{}", body.len(), body).expect("write to server");
        self.stdin.flush().unwrap();
    }

    /// Handles one incoming message: answers server requests, keeps notifications; returns
    /// responses.
    fn receive(&mut self, timeout: Duration) -> Option<Value> {
        let (at, msg) = match self.incoming.recv_timeout(timeout) {
            Ok(m) => m,
            Err(RecvTimeoutError::Timeout) => return None,
            Err(RecvTimeoutError::Disconnected) => panic!("the server closed its output"),
        };
        self.handle(at, msg)
    }

    /// Answers a server request, keeps a notification, returns a response.
    fn handle(&mut self, at: Instant, mut msg: Value) -> Option<Value> {
        let method = msg.get("method").map(|m| m.as_str().unwrap_or_default().to_string());
        match (method, msg.get("id").cloned()) {
            (Some(method), Some(id)) => {
                self.notifications.push((method, msg["params"].take()));
                self.arrivals.push(at);
                self.send(&json!({ "jsonrpc": "2.0", "id": id, "result": null }));
                None
            }
            (Some(method), None) => {
                self.notifications.push((method, msg["params"].take()));
                self.arrivals.push(at);
                None
            }
            _ => Some(msg),
        }
    }

    /// Handles every message already received, without waiting, and forgets the
    /// notifications: for a client that sends without reading (a load test), whose
    /// incoming queue would otherwise grow without end.
    #[allow(dead_code)] // used by benches/load.rs
    pub fn drain(&mut self) {
        while let Ok((at, msg)) = self.incoming.try_recv() {
            if let Some(response) = self.handle(at, msg) {
                self.stray.push(response);
            }
        }
        self.notifications.clear();
        self.arrivals.clear();
    }

    /// Sends a request and waits for its answer: `Ok(result)` or `Err(error)`.
    pub fn request(&mut self, method: &str, params: Value) -> Result<Value, Value> {
        let id = self.next_id;
        self.next_id += 1;
        self.send(&json!({ "jsonrpc": "2.0", "id": id, "method": method, "params": params }));
        let msg = self.response(&json!(id));
        match msg.get("error") {
            Some(e) => Err(e.clone()),
            None => Ok(msg["result"].clone()),
        }
    }

    pub fn notify(&mut self, method: &str, params: Value) {
        self.send(&json!({ "jsonrpc": "2.0", "method": method, "params": params }));
    }

    /// Waits for a notification (or server request) `method` whose params satisfy `pred`,
    /// among those already received and those to come.
    pub fn wait_for(&mut self, method: &str, pred: impl Fn(&Value) -> bool) -> Value {
        let at = self.wait_until(method, pred);
        self.notifications[at].1.clone()
    }

    /// Waits for a notification like [`Client::wait_for`], without copying it: its index in
    /// the notifications kept.
    pub fn wait_until(&mut self, method: &str, pred: impl Fn(&Value) -> bool) -> usize {
        let deadline = Instant::now() + TIMEOUT;
        let mut seen = 0;
        loop {
            if let Some(at) = self.notifications[seen..]
                .iter()
                .position(|(m, p)| m == method && pred(p))
            {
                return seen + at;
            }
            seen = self.notifications.len();
            assert!(
                Instant::now() < deadline,
                "no {method} within {TIMEOUT:?}; got {:?}",
                self.notifications
            );
            self.receive(Duration::from_millis(50));
        }
    }

    /// initialize + initialized. `encodings`: what the client offers in
    /// `general.positionEncodings` (empty: the field is left out). Returns the result.
    pub fn initialize(&mut self, root: Option<&Path>, encodings: &[&str]) -> Value {
        let mut caps = json!({
            "window": { "workDoneProgress": true },
            "workspace": { "didChangeWatchedFiles": { "dynamicRegistration": true } },
            "textDocument": { "hover": { "contentFormat": ["markdown", "plaintext"] } }
        });
        if !encodings.is_empty() {
            caps["general"] = json!({ "positionEncodings": encodings });
        }
        let folders = root
            .map(|r| json!([{ "uri": uri(r), "name": "corpus" }]))
            .unwrap_or(Value::Null);
        let result = self
            .request(
                "initialize",
                json!({ "processId": null, "rootUri": null, "capabilities": caps, "workspaceFolders": folders }),
            )
            .expect("initialize succeeds");
        self.notify("initialized", json!({}));
        result
    }

    pub fn open(&mut self, uri: &str, language: &str, text: &str) {
        self.notify(
            "textDocument/didOpen",
            json!({ "textDocument": { "uri": uri, "languageId": language, "version": 1, "text": text } }),
        );
    }

    pub fn hover(&mut self, uri: &str, line: u32, character: u32) -> Result<Value, Value> {
        self.request(
            "textDocument/hover",
            json!({ "textDocument": { "uri": uri }, "position": { "line": line, "character": character } }),
        )
    }

    /// shutdown + exit; asserts a clean exit.
    pub fn shutdown(mut self) {
        self.request("shutdown", Value::Null).expect("shutdown succeeds");
        self.notify("exit", Value::Null);
        let deadline = Instant::now() + TIMEOUT;
        loop {
            if let Some(status) = self.child.try_wait().unwrap() {
                assert!(status.success(), "vigie exited with {status}");
                return;
            }
            assert!(Instant::now() < deadline, "vigie did not exit");
            std::thread::sleep(Duration::from_millis(20));
        }
    }
}

impl Drop for Client {
    fn drop(&mut self) {
        let _ = self.child.kill();
    }
}

fn read_message(reader: &mut impl BufRead) -> Option<(Instant, Value)> {
    let mut len = None;
    loop {
        let mut line = String::new();
        if reader.read_line(&mut line).ok()? == 0 {
            return None;
        }
        let line = line.trim_end();
        if line.is_empty() {
            break;
        }
        if let Some(v) = line.strip_prefix("Content-Length:") {
            len = v.trim().parse().ok();
        }
    }
    let mut body = vec![0; len?];
    reader.read_exact(&mut body).ok()?;
    let at = Instant::now();
    Some((at, serde_json::from_slice(&body).expect("the server sends JSON")))
}

/// Calls `cond` every `every` until it holds; panics with `what` after [`TIMEOUT`].
pub fn poll(what: &str, every: Duration, mut cond: impl FnMut() -> bool) {
    let deadline = Instant::now() + TIMEOUT;
    while !cond() {
        assert!(Instant::now() < deadline, "{what} within {TIMEOUT:?}");
        std::thread::sleep(every);
    }
}

pub fn uri(path: &Path) -> String {
    let path = path.canonicalize().unwrap_or_else(|_| path.to_path_buf());
    format!("file://{}", path.display())
}

/// Independent position arithmetic for expectations: the (line, column) of byte `offset`,
/// with columns in UTF-16 code units or UTF-8 bytes; lines end at \n, \r\n or \r.
pub fn position(text: &str, offset: usize, utf8: bool) -> (u32, u32) {
    let before = &text[..offset];
    let mut line = 0;
    let mut line_start = 0;
    let bytes = before.as_bytes();
    let mut i = 0;
    while i < bytes.len() {
        if bytes[i] == b'\n' || (bytes[i] == b'\r' && bytes.get(i + 1) != Some(&b'\n')) {
            line += 1;
            line_start = i + 1;
        }
        i += 1;
    }
    let col_text = &before[line_start..];
    let col = if utf8 {
        col_text.len()
    } else {
        col_text.encode_utf16().count()
    };
    (line, col as u32)
}

/// The expected LSP range of the only occurrence of `needle` in `text`.
pub fn range_of(text: &str, needle: &str, utf8: bool) -> Value {
    let start = unique(text, needle);
    let (sl, sc) = position(text, start, utf8);
    let (el, ec) = position(text, start + needle.len(), utf8);
    json!({ "start": { "line": sl, "character": sc }, "end": { "line": el, "character": ec } })
}

/// Byte offset of the only occurrence of `needle`.
pub fn unique(text: &str, needle: &str) -> usize {
    let found: Vec<_> = text.match_indices(needle).collect();
    assert_eq!(found.len(), 1, "{needle:?} must occur exactly once in the fixture");
    found[0].0
}

/// Byte offset of an LSP position (columns in UTF-8 bytes or UTF-16 units), computed
/// independently of the server.
pub fn offset_of(text: &str, line: u32, character: u32, utf8: bool) -> usize {
    let mut offset = 0;
    for _ in 0..line {
        let rest = &text[offset..];
        let next = rest.find(['\n', '\r']).expect("line exists");
        offset += next + if rest[next..].starts_with("\r\n") { 2 } else { 1 };
    }
    let mut units = 0;
    for (i, c) in text[offset..].char_indices() {
        if units >= character as usize || c == '\n' || c == '\r' {
            return offset + i;
        }
        units += if utf8 { c.len_utf8() } else { c.len_utf16() };
    }
    text.len()
}

/// A message with French no-break spaces (before the colon, inside « ») as plain spaces.
pub fn plain_spaces(s: &str) -> String {
    s.replace(['\u{A0}', '\u{202F}'], " ")
}

impl Client {
    /// Waits for diagnostics of `uri` at `version`.
    pub fn diagnostics(&mut self, uri: &str, version: i64) -> Vec<Value> {
        let p = self.wait_for("textDocument/publishDiagnostics", |p| {
            p["uri"] == uri && p["version"] == version
        });
        p["diagnostics"].as_array().unwrap().clone()
    }

    /// When the notification at `at` (see [`Client::wait_until`]) was read, before its JSON
    /// was parsed.
    #[allow(dead_code)]
    pub fn arrival(&self, at: usize) -> Instant {
        self.arrivals[at]
    }

    /// Forgets the notifications received so far (a long benchmark keeps none).
    #[allow(dead_code)]
    pub fn clear_notifications(&mut self) {
        self.notifications.clear();
        self.arrivals.clear();
    }

    /// The server's process id (the typing benchmark reads its memory).
    #[allow(dead_code)]
    pub fn pid(&self) -> u32 {
        self.child.id()
    }

    /// Sends one incremental change.
    pub fn change(&mut self, uri: &str, version: i64, range: Value, text: &str) {
        self.notify(
            "textDocument/didChange",
            serde_json::json!({ "textDocument": { "uri": uri, "version": version }, "contentChanges": [{ "range": range, "text": text }] }),
        );
    }
}
