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

/// The first offset from `i` on whose byte is in `set`, or `bytes.len()`.
#[inline]
pub(crate) fn skip_to(bytes: &[u8], mut i: usize, set: &ByteSet) -> usize {
    // Eight bytes at a time: one test for the eight table lookups.
    while let Some(c) = bytes.get(i..i + 8) {
        let hit = set[usize::from(c[0])]
            | set[usize::from(c[1])]
            | set[usize::from(c[2])]
            | set[usize::from(c[3])]
            | set[usize::from(c[4])]
            | set[usize::from(c[5])]
            | set[usize::from(c[6])]
            | set[usize::from(c[7])];
        if hit {
            break;
        }
        i += 8;
    }
    while i < bytes.len() && !set[usize::from(bytes[i])] {
        i += 1;
    }
    i.min(bytes.len())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_the_next_byte_of_the_set() {
        let set = byte_set(b".!\xC2");
        let text = "abc def ghi jkl mno. pqr!\u{a0}x";
        let b = text.as_bytes();
        for i in 0..=b.len() {
            let expected = (i..b.len()).find(|&k| set[usize::from(b[k])]).unwrap_or(b.len());
            assert_eq!(skip_to(b, i, &set), expected, "{i}");
        }
    }
}
