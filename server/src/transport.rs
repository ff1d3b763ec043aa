//! vigie's own stdio transport, in front of tower-lsp-server.
//!
//! The library's frame stream ends at the first frame it cannot decode, and the server
//! with it. So the client's bytes go through vigie's [`frame::Decoder`] first: well-formed
//! frames whose body is a JSON-RPC message ([`message::check`]) are handed to the library
//! over an in-memory pipe, bad bodies are answered here (Parse error or Invalid Request),
//! broken framing is logged and skipped, and serving goes on.
//!
//! Output: the library writes into a second pipe; one writer task owns stdout, cuts the
//! library's output into whole frames and writes them, and writes the error answers of the
//! reader and the notifications of the [`Outbox`] between two frames, never inside one.

pub mod frame;
pub mod message;

use std::fmt;

use tokio::io::{AsyncRead, AsyncReadExt, AsyncWrite, AsyncWriteExt};
use tokio::sync::mpsc;
use tower_lsp_server::jsonrpc::{Request, Response};
use tower_lsp_server::{ClientSocket, Server};
use tower_service::Service;

use frame::{Decoder, Event, Skipped};
use message::Verdict;

/// How much is read at once.
const CHUNK: usize = 64 * 1024;
/// The in-memory pipes' buffer.
const PIPE: usize = 64 * 1024;
/// The buffer of the pipe the library writes into, and how much the writer takes at once:
/// the diagnostics of a long article are hundreds of kilobytes (1,512 diagnostics of a
/// 1 MB article: 359 KB), which a 64 KB pipe passed in six task switches and six flushes.
const OUT_PIPE: usize = 1024 * 1024;
/// Error answers waiting for the writer.
const REPLIES: usize = 32;
/// Notifications of the [`Outbox`] waiting for the writer.
const OUTBOX: usize = 16;

/// Notifications the server writes itself, around the library: serialised once, straight
/// from their typed parameters, into a frame. The library turns parameters into a
/// `serde_json::Value` tree first and then into text, which took 3 to 6 ms for the 1,512
/// diagnostics of a 1 MB article; publishDiagnostics goes this way.
#[derive(Debug, Clone)]
pub struct Outbox {
    tx: mpsc::Sender<Vec<u8>>,
}

/// An outbox, and what [`serve`] takes to write its notifications.
pub fn outbox() -> (Outbox, mpsc::Receiver<Vec<u8>>) {
    let (tx, rx) = mpsc::channel(OUTBOX);
    (Outbox { tx }, rx)
}

impl Outbox {
    /// Sends the notification `method` with `params`; false when it cannot be serialised or
    /// the writer is gone (the client too, then).
    pub async fn notify<P: serde::Serialize>(&self, method: &str, params: &P) -> bool {
        #[derive(serde::Serialize)]
        struct Notification<'a, P> {
            jsonrpc: &'static str,
            method: &'a str,
            params: &'a P,
        }
        let body = match serde_json::to_vec(&Notification {
            jsonrpc: "2.0",
            method,
            params,
        }) {
            Ok(body) => body,
            Err(e) => {
                tracing::error!("cannot serialise a {method} notification: {e}");
                return false;
            }
        };
        self.tx.send(message::frame(&body)).await.is_ok()
    }
}

/// Serves `service` on the LSP byte streams `input` and `output` until the client exits
/// (the `exit` notification) or `input` ends; the notifications of the outbox whose
/// receiver is `outbox` are written between the library's frames.
pub async fn serve<I, O, S>(input: I, output: O, socket: ClientSocket, service: S, outbox: mpsc::Receiver<Vec<u8>>)
where
    I: AsyncRead + Unpin,
    O: AsyncWrite + Unpin,
    S: Service<Request, Response = Option<Response>> + Send + 'static,
    S::Error: Into<Box<dyn std::error::Error + Send + Sync>>,
    S::Future: Send,
{
    let (library_in, to_library) = tokio::io::duplex(PIPE);
    let (library_out, from_library) = tokio::io::duplex(OUT_PIPE);
    let (replies, pending_replies) = mpsc::channel(REPLIES);

    let library = Server::new(library_in, library_out, socket).serve(service);
    let writer = write_output(from_library, pending_replies, outbox, output);
    let reader = read_input(input, to_library, replies);
    // The library ends after `exit` or at the end of its input, and drops its output
    // pipe, which ends the writer. The reader may still wait on the client's input then:
    // it is dropped.
    let served = async {
        tokio::join!(library, writer);
    };
    tokio::pin!(served, reader);
    tokio::select! {
        () = &mut served => {}
        () = &mut reader => served.await,
    }
}

/// Reads the client's bytes: good frames go to the library, error answers to the writer.
/// Ends at the end of the input, or after handing on `exit` (like the library, which
/// reads nothing after it: a read left pending on stdin would hold up the process's exit).
async fn read_input<I, W>(mut input: I, mut library: W, replies: mpsc::Sender<Vec<u8>>)
where
    I: AsyncRead + Unpin,
    W: AsyncWrite + Unpin,
{
    let mut decoder = Decoder::new();
    let mut chunk = vec![0; CHUNK];
    loop {
        let ended = match input.read(&mut chunk).await {
            Ok(0) => true,
            Ok(n) => {
                decoder.feed(&chunk[..n]);
                false
            }
            Err(e) if e.kind() == std::io::ErrorKind::Interrupted => continue,
            Err(e) => {
                tracing::error!("cannot read the client's input: {e}");
                true
            }
        };
        if ended {
            decoder.finish();
        }
        while let Some(event) = decoder.next_event() {
            match event {
                Event::Frame(body) => match message::check(&body) {
                    Verdict::Accept { exit, ill_shaped } => {
                        if let Some(why) = ill_shaped {
                            // The library drops it, silently.
                            tracing::warn!("dropping a notification with wrong params: {why}");
                        }
                        if library.write_all(&message::frame(&body)).await.is_err() || exit {
                            return;
                        }
                    }
                    Verdict::Reject(rejection) => {
                        tracing::warn!(
                            "answering {} ({}) to a message that begins {}",
                            rejection.code,
                            rejection.message,
                            Head(&body)
                        );
                        // A closed channel: the writer is gone, and so is the client.
                        let _ = replies.send(rejection.reply()).await;
                    }
                },
                Event::Skipped(skipped) => {
                    log_skipped(&skipped);
                    if skipped.problem.is_body() {
                        let _ = replies.send(message::truncated().reply()).await;
                    }
                }
            }
        }
        if ended {
            return;
        }
    }
}

fn log_skipped(s: &Skipped) {
    tracing::warn!(
        "skipped {} bytes of input: {}; they begin {}",
        s.bytes,
        s.problem,
        Head(&s.head)
    );
}

/// Owns the output: the library's frames, whole, and the reader's error answers between
/// them. Ends when the library's output ends.
async fn write_output<R, W>(
    mut library: R,
    mut replies: mpsc::Receiver<Vec<u8>>,
    mut outbox: mpsc::Receiver<Vec<u8>>,
    mut output: W,
) where
    R: AsyncRead + Unpin,
    W: AsyncWrite + Unpin,
{
    // The library's output is trusted and already in memory: no limit on its frames.
    let mut frames = Decoder::with_max_body(usize::MAX);
    let mut chunk = vec![0; OUT_PIPE];
    loop {
        tokio::select! {
            read = library.read(&mut chunk) => {
                let n = match read {
                    Ok(0) => break,
                    Ok(n) => n,
                    Err(e) => {
                        tracing::error!("cannot read the server's output: {e}");
                        break;
                    }
                };
                frames.feed(&chunk[..n]);
                while let Some(event) = frames.next_event() {
                    match event {
                        Event::Frame(body) => {
                            if output.write_all(&message::frame(&body)).await.is_err() {
                                return;
                            }
                        }
                        Event::Skipped(s) => tracing::error!("the server's own output is broken: {s:?}"),
                    }
                }
                if output.flush().await.is_err() {
                    return;
                }
            }
            Some(reply) = replies.recv() => {
                if output.write_all(&reply).await.is_err() || output.flush().await.is_err() {
                    return;
                }
            }
            Some(frame) = outbox.recv() => {
                if output.write_all(&frame).await.is_err() || output.flush().await.is_err() {
                    return;
                }
            }
        }
    }
    // What the reader and the outbox still had to say (the outbox's notifications were
    // dropped here until a test saw the last ones missing when the library's end came first).
    while let Ok(frame) = replies.try_recv().or_else(|_| outbox.try_recv()) {
        if output.write_all(&frame).await.is_err() {
            return;
        }
    }
    let _ = output.flush().await;
}

/// The first bytes of a message, for the log, escaped; never more than [`frame::HEAD`].
struct Head<'a>(&'a [u8]);

impl fmt::Display for Head<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let shown = &self.0[..self.0.len().min(frame::HEAD)];
        write!(f, "\"{}\"", shown.escape_ascii())?;
        if self.0.len() > shown.len() {
            write!(f, " (and {} bytes more)", self.0.len() - shown.len())?;
        }
        Ok(())
    }
}

#[cfg(test)]
mod tests;
