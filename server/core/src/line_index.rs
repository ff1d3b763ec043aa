//! Line and column arithmetic on a `&str`: byte offsets to (line, column) in UTF-8 bytes,
//! UTF-16 code units or characters, and back. Lines end at `\n`, `\r\n` or a lone `\r`, as
//! in the Language Server Protocol.

/// How a column is counted.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Encoding {
    Utf8,
    Utf16,
    /// Unicode scalar values: what the CLI reports.
    Chars,
}

/// Line starts of a text, for offset ↔ (line, column) conversions without rescanning.
#[derive(Debug, Clone)]
pub struct LineIndex {
    starts: Vec<usize>,
    len: usize,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let bytes = text.as_bytes();
        let mut starts = vec![0];
        let mut i = 0;
        while i < bytes.len() {
            match bytes[i] {
                b'\n' => starts.push(i + 1),
                b'\r' if bytes.get(i + 1) == Some(&b'\n') => {
                    starts.push(i + 2);
                    i += 1;
                }
                b'\r' => starts.push(i + 1),
                _ => {}
            }
            i += 1;
        }
        LineIndex {
            starts,
            len: text.len(),
        }
    }

    pub fn line_count(&self) -> usize {
        self.starts.len()
    }

    /// Zero-based line and column of byte `offset` (clamped to the text, and to the char
    /// boundary at or before it).
    pub fn line_col(&self, text: &str, offset: usize, enc: Encoding) -> (usize, usize) {
        let mut offset = offset.min(self.len);
        while !text.is_char_boundary(offset) {
            offset -= 1;
        }
        let line = self.starts.partition_point(|&s| s <= offset) - 1;
        let start = self.starts[line];
        (line, column_width(&text[start..offset], enc))
    }

    /// Byte offset of zero-based `line` and `col`; `None` when the line is past the end.
    /// A column past the end of its line is clamped to the line end (as LSP asks).
    pub fn offset(&self, text: &str, line: usize, col: usize, enc: Encoding) -> Option<usize> {
        let start = *self.starts.get(line)?;
        let end = self.line_content_end(text, line);
        Some(start + byte_len_of_column(&text[start..end], col, enc))
    }

    /// End of `line`'s content, before its line break.
    fn line_content_end(&self, text: &str, line: usize) -> usize {
        let next = self.starts.get(line + 1).copied().unwrap_or(self.len);
        let content = &text[self.starts[line]..next];
        self.starts[line] + content.trim_end_matches(['\n', '\r']).len()
    }
}

/// Width of `s` in `enc` units.
pub fn column_width(s: &str, enc: Encoding) -> usize {
    match enc {
        Encoding::Utf8 => s.len(),
        Encoding::Utf16 => s.chars().map(char::len_utf16).sum(),
        Encoding::Chars => s.chars().count(),
    }
}

/// Bytes of the prefix of `s` that is `col` units wide in `enc`, clamped to `s`. A column
/// inside a character (half a surrogate pair, a byte inside a UTF-8 sequence) rounds down
/// to that character's start.
pub fn byte_len_of_column(s: &str, col: usize, enc: Encoding) -> usize {
    let mut units = 0;
    for (i, c) in s.char_indices() {
        let w = match enc {
            Encoding::Utf8 => c.len_utf8(),
            Encoding::Utf16 => c.len_utf16(),
            Encoding::Chars => 1,
        };
        if units + w > col {
            return i;
        }
        units += w;
    }
    s.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn columns_after_emoji_accents_nbsp_and_crlf() {
        let text = "date 2025\r\n😀 é\u{A0}Kyiv\rx\ny";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line_count(), 4);
        let k = text.find("Kyiv").unwrap();
        assert_eq!(idx.line_col(text, k, Encoding::Utf8), (1, 9));
        assert_eq!(idx.line_col(text, k, Encoding::Utf16), (1, 5));
        assert_eq!(idx.line_col(text, k, Encoding::Chars), (1, 4));
        for enc in [Encoding::Utf8, Encoding::Utf16, Encoding::Chars] {
            let (l, c) = idx.line_col(text, k, enc);
            assert_eq!(idx.offset(text, l, c, enc), Some(k));
        }
        assert_eq!(idx.offset(text, 2, 0, Encoding::Utf16), Some(text.find('x').unwrap()));
        // Past the end of a line: its end, before the break.
        assert_eq!(idx.offset(text, 0, 99, Encoding::Utf16), Some(9));
        assert_eq!(idx.offset(text, 9, 0, Encoding::Utf16), None);
    }
}
