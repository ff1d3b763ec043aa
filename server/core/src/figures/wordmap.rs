//! A read-only map from words to values, built once, for the lookups made on every token.
//!
//! Open addressing over a power-of-two table at most half full. A word is keyed by its
//! length and its first and last eight bytes (read as integers): for words of up to 16
//! bytes, most of a news text, equal keys mean equal words and a lookup compares no
//! strings. Longer words are compared in full.

/// Length and first and last eight bytes of a word (zero-padded below eight bytes).
#[derive(Clone, Copy, PartialEq, Eq)]
struct Key {
    len: usize,
    head: u64,
    tail: u64,
}

impl Key {
    #[inline]
    fn of(w: &[u8]) -> Key {
        let len = w.len();
        let (head, tail) = if len > 8 {
            (load8(&w[..8]), load8(&w[len - 8..]))
        } else {
            (load_short(w), 0)
        };
        Key { len, head, tail }
    }

    #[inline]
    fn hash(self) -> u64 {
        (self.head ^ self.tail.rotate_left(29) ^ (self.len as u64).rotate_right(7)).wrapping_mul(0x9E37_79B9_7F4A_7C15)
    }
}

#[inline]
fn load8(w: &[u8]) -> u64 {
    let mut b = [0u8; 8];
    b.copy_from_slice(&w[..8]);
    u64::from_le_bytes(b)
}

/// The bytes of `w` (at most eight) as a little-endian integer, zero-padded.
#[inline]
fn load_short(w: &[u8]) -> u64 {
    let n = w.len();
    if n >= 4 {
        // Two overlapping reads: the overlap holds the same bytes in both.
        let mut lo = [0u8; 4];
        let mut hi = [0u8; 4];
        lo.copy_from_slice(&w[..4]);
        hi.copy_from_slice(&w[n - 4..]);
        u64::from(u32::from_le_bytes(lo)) | (u64::from(u32::from_le_bytes(hi)) << ((n - 4) * 8))
    } else if n > 0 {
        // Bytes 0, n/2 and n-1 cover every byte of a word of 1 to 3 bytes.
        u64::from(w[0]) | (u64::from(w[n / 2]) << (8 * (n / 2))) | (u64::from(w[n - 1]) << (8 * (n - 1)))
    } else {
        0
    }
}

struct Slot<V> {
    key: Key,
    /// Index of the word in `words`, for the full comparison of long words.
    word: u32,
    value: V,
}

/// A set of words.
pub(crate) type WordSet = WordMap<()>;

pub(crate) struct WordMap<V> {
    slots: Box<[Option<Slot<V>>]>,
    words: Vec<Box<str>>,
    shift: u32,
}

impl<V: Copy> WordMap<V> {
    /// Builds the map; a word given twice keeps its last value.
    pub(crate) fn new<S: AsRef<str>>(entries: impl IntoIterator<Item = (S, V)>) -> WordMap<V> {
        let entries: Vec<(S, V)> = entries.into_iter().collect();
        let bits = (entries.len().max(1) * 2).next_power_of_two().trailing_zeros().max(4);
        let mut map = WordMap {
            slots: (0..1usize << bits).map(|_| None).collect(),
            words: Vec::with_capacity(entries.len()),
            shift: 64 - bits,
        };
        for (w, v) in entries {
            map.insert(w.as_ref(), v);
        }
        map
    }

    fn insert(&mut self, w: &str, value: V) {
        let key = Key::of(w.as_bytes());
        let mask = self.slots.len() - 1;
        let mut i = (key.hash() >> self.shift) as usize;
        loop {
            match &mut self.slots[i] {
                Some(s) if s.key == key && *self.words[s.word as usize] == *w => {
                    s.value = value;
                    return;
                }
                Some(_) => i = (i + 1) & mask,
                empty @ None => {
                    *empty = Some(Slot {
                        key,
                        word: self.words.len() as u32,
                        value,
                    });
                    self.words.push(w.into());
                    return;
                }
            }
        }
    }

    /// The value of `w`, if it is in the map.
    #[inline]
    pub(crate) fn get(&self, w: &str) -> Option<V> {
        if w.len() > 16 {
            return self.get_long(w);
        }
        // Up to 16 bytes, equal keys are equal words: no string comparison, no call.
        let key = Key::of(w.as_bytes());
        let mask = self.slots.len() - 1;
        let mut i = (key.hash() >> self.shift) as usize & mask;
        loop {
            match &self.slots[i] {
                Some(s) if s.key == key => return Some(s.value),
                Some(_) => i = (i + 1) & mask,
                None => return None,
            }
        }
    }

    /// [`Self::get`] for words of more than 16 bytes, compared in full.
    #[inline(never)]
    fn get_long(&self, w: &str) -> Option<V> {
        let key = Key::of(w.as_bytes());
        let mask = self.slots.len() - 1;
        let mut i = (key.hash() >> self.shift) as usize & mask;
        loop {
            match &self.slots[i] {
                Some(s) if s.key == key && *self.words[s.word as usize] == *w => return Some(s.value),
                Some(_) => i = (i + 1) & mask,
                None => return None,
            }
        }
    }

    /// Whether `w` is in the map.
    #[inline]
    pub(crate) fn contains(&self, w: &str) -> bool {
        self.get(w).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_what_it_holds_and_nothing_else() {
        let words = [
            "",
            "a",
            "de",
            "d'",
            "les",
            "été",
            "deux",
            "trois",
            "millions",
            "centaines",
            "quatre-vingt",
            "quatre-vingts",
            "a-very-long-word-indeed",
            "a-very-long-word-indeeD",
            "b-very-long-word-indeed",
        ];
        let map = WordMap::new(words.iter().enumerate().map(|(i, w)| (*w, i)));
        for (i, w) in words.iter().enumerate() {
            assert_eq!(map.get(w), Some(i), "{w}");
        }
        for w in [
            "b",
            "dé",
            "le",
            "trois ",
            "million",
            "quatre-vingtz",
            "a-very-long-word-indeed!",
            "x",
        ] {
            assert_eq!(map.get(w), None, "{w}");
        }
        // Every prefix of a word, and the word with one byte changed, are told apart.
        let map = WordMap::new([("abcdefghijklmnopqrstu", 1)]);
        let w = "abcdefghijklmnopqrstu";
        for k in 0..w.len() {
            assert_eq!(map.get(&w[..k]), None);
            let mut changed = w.as_bytes().to_vec();
            changed[k] = b'z';
            assert_eq!(map.get(std::str::from_utf8(&changed).unwrap()), None);
        }
        assert_eq!(map.get(w), Some(1));
    }

    #[test]
    fn last_value_wins() {
        let map = WordMap::new([("de", 1), ("de", 2)]);
        assert_eq!(map.get("de"), Some(2));
    }
}
