//! Skipping over bytes that do not matter, for the scans over a whole document.

/// A set of bytes, as a table.
pub(crate) type ByteSet = [bool; 256];

/// The set of the bytes in `bytes`.
pub(crate) const fn byte_set(bytes: &[u8]) -> ByteSet {
    let mut t = [false; 256];
    let mut k = 0;
    while k < bytes.len() {
        t[bytes[k] as usize] = true;
        k += 1;
    }
    t
}

/// The next offset of any of three bytes, searched with `memchr3` and searched again only
/// once the scan has passed it: several of these cover a set of rare bytes in a few SIMD
/// passes over the text.
pub(crate) struct NextOf3 {
    needles: [u8; 3],
    /// Offset of the next needle at or after the last `from` asked; `None` before the
    /// first search.
    at: Option<usize>,
}

impl NextOf3 {
    pub(crate) fn new(needles: [u8; 3]) -> NextOf3 {
        NextOf3 { needles, at: None }
    }

    /// The first offset from `from` on holding one of the needles, or `bytes.len()`.
    /// `from` never decreases from one call to the next.
    #[inline]
    pub(crate) fn from(&mut self, bytes: &[u8], from: usize) -> usize {
        match self.at {
            Some(at) if at >= from => at,
            _ => {
                let [a, b, c] = self.needles;
                let at = bytes
                    .get(from..)
                    .and_then(|rest| memchr::memchr3(a, b, c, rest))
                    .map_or(bytes.len(), |p| from + p);
                self.at = Some(at);
                at
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn next_of_three() {
        let text = b"ab<cd]ef@ <<";
        let mut next = NextOf3::new(*b"<]@");
        for i in 0..=text.len() {
            let expected = (i..text.len())
                .find(|&k| b"<]@".contains(&text[k]))
                .unwrap_or(text.len());
            assert_eq!(next.from(text, i), expected, "{i}");
        }
    }
}
