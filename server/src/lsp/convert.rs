//! Every conversion between byte offsets in a document and LSP positions lives here.
//!
//! Positions count columns in the negotiated encoding: UTF-8 bytes when the client offers
//! them, else UTF-16 code units (the protocol's default). Lines end at `\n`, `\r\n` or `\r`
//! (ropey's `cr_lines`), as the protocol says. All conversions are O(log n) on the rope.

use ropey::Rope;
use tower_lsp_server::ls_types::{Position, PositionEncodingKind, Range};

/// The position encoding agreed with the client.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum PositionEncoding {
    Utf8,
    #[default]
    Utf16,
}

impl PositionEncoding {
    /// UTF-8 when the client offers it, else UTF-16.
    pub fn negotiate(offered: Option<&[PositionEncodingKind]>) -> PositionEncoding {
        match offered {
            Some(kinds) if kinds.contains(&PositionEncodingKind::UTF8) => PositionEncoding::Utf8,
            _ => PositionEncoding::Utf16,
        }
    }

    pub fn kind(self) -> PositionEncodingKind {
        match self {
            PositionEncoding::Utf8 => PositionEncodingKind::UTF8,
            PositionEncoding::Utf16 => PositionEncodingKind::UTF16,
        }
    }
}

/// A position whose line is past the end of the document.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error("position {line}:{character} is past the end of the document ({lines} lines)")]
pub struct OutOfRange {
    pub line: u32,
    pub character: u32,
    pub lines: usize,
}

/// Byte offset of `pos`. A column past the end of its line is clamped to the line's end
/// (before its line break), as the protocol asks; a column inside a character (half a
/// surrogate pair, inside a UTF-8 sequence) rounds down to the character's start.
pub fn to_offset(rope: &Rope, pos: Position, enc: PositionEncoding) -> Result<usize, OutOfRange> {
    let line = pos.line as usize;
    if line >= rope.len_lines() {
        return Err(OutOfRange {
            line: pos.line,
            character: pos.character,
            lines: rope.len_lines(),
        });
    }
    let line_start = rope.line_to_byte(line);
    let line_end = line_content_end(rope, line);
    let col = pos.character as usize;
    let offset = match enc {
        PositionEncoding::Utf8 => {
            let b = (line_start + col).min(line_end);
            rope.char_to_byte(rope.byte_to_char(b))
        }
        PositionEncoding::Utf16 => {
            let start_char = rope.byte_to_char(line_start);
            let start_cu = rope.char_to_utf16_cu(start_char);
            let end_cu = rope.char_to_utf16_cu(rope.byte_to_char(line_end));
            let target = (start_cu + col).min(end_cu);
            rope.char_to_byte(rope.utf16_cu_to_char(target))
        }
    };
    Ok(offset)
}

/// The position of byte `offset` (clamped to the document).
pub fn to_position(rope: &Rope, offset: usize, enc: PositionEncoding) -> Position {
    let offset = offset.min(rope.len_bytes());
    let char_idx = rope.byte_to_char(offset);
    let line = rope.char_to_line(char_idx);
    let col = match enc {
        PositionEncoding::Utf8 => rope.char_to_byte(char_idx) - rope.line_to_byte(line),
        PositionEncoding::Utf16 => rope.char_to_utf16_cu(char_idx) - rope.char_to_utf16_cu(rope.line_to_char(line)),
    };
    Position::new(line as u32, col as u32)
}

pub fn to_range(rope: &Rope, range: std::ops::Range<usize>, enc: PositionEncoding) -> Range {
    Range::new(to_position(rope, range.start, enc), to_position(rope, range.end, enc))
}

/// Byte offset of the end of `line`'s content, before its line break.
fn line_content_end(rope: &Rope, line: usize) -> usize {
    let slice = rope.line(line);
    let mut n = slice.len_chars();
    if n > 0 && slice.char(n - 1) == '\n' {
        n -= 1;
    }
    if n > 0 && slice.char(n - 1) == '\r' {
        n -= 1;
    }
    rope.line_to_byte(line) + slice.char_to_byte(n)
}
