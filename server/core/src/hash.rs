//! The one stable hash of vigie: the same on every run, platform and version of Rust, for
//! what is written to disk (the index cache's checksum and its dictionaries key, cache file
//! names, the extracted dictionaries' folder). Not for hash tables, not cryptographic.

/// A 64-bit checksum, FNV-style over 64-bit words with a rotation after each multiply (so
/// that high bits feed back into low ones), and a final avalanche. Changing any one 8-byte
/// word of the input always changes the result (each step is a bijection of the state).
#[derive(Debug, Clone)]
pub struct StableHasher {
    state: u64,
    buf: [u8; 8],
    buffered: usize,
    len: u64,
}

impl Default for StableHasher {
    fn default() -> StableHasher {
        StableHasher {
            state: 0xcbf2_9ce4_8422_2325,
            buf: [0; 8],
            buffered: 0,
            len: 0,
        }
    }
}

impl StableHasher {
    const PRIME: u64 = 0x0000_0100_0000_01b3;

    pub fn new() -> StableHasher {
        StableHasher::default()
    }

    fn word(&mut self, w: u64) {
        self.state = (self.state ^ w).wrapping_mul(Self::PRIME).rotate_left(23);
    }

    pub fn write(&mut self, mut bytes: &[u8]) {
        self.len = self.len.wrapping_add(bytes.len() as u64);
        if self.buffered > 0 {
            let take = (8 - self.buffered).min(bytes.len());
            self.buf[self.buffered..self.buffered + take].copy_from_slice(&bytes[..take]);
            self.buffered += take;
            bytes = &bytes[take..];
            if self.buffered < 8 {
                return;
            }
            self.word(u64::from_le_bytes(self.buf));
            self.buffered = 0;
        }
        let mut words = bytes.chunks_exact(8);
        for w in &mut words {
            self.word(u64::from_le_bytes(w.try_into().expect("chunks of 8")));
        }
        let rest = words.remainder();
        self.buf[..rest.len()].copy_from_slice(rest);
        self.buffered = rest.len();
    }

    pub fn finish(&self) -> u64 {
        let mut s = self.clone();
        if s.buffered > 0 {
            s.buf[s.buffered..].fill(0);
            s.word(u64::from_le_bytes(s.buf));
        }
        s.word(s.len);
        // The finaliser of SplitMix64: every input bit moves about half the output bits.
        let mut z = s.state;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }
}

/// The stable hash of several byte strings, each one's length included so that
/// `["ab", "c"]` and `["a", "bc"]` differ.
pub fn stable_hash(parts: &[&[u8]]) -> u64 {
    let mut h = StableHasher::new();
    for part in parts {
        h.write(&(part.len() as u64).to_le_bytes());
        h.write(part);
    }
    h.finish()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parts_are_delimited_and_the_value_is_fixed() {
        assert_ne!(stable_hash(&[b"ab", b"c"]), stable_hash(&[b"a", b"bc"]));
        assert_eq!(stable_hash(&[b"vigie"]), stable_hash(&[b"vigie"]));
        // Fixed forever: cache file names and the extracted dictionaries' folder depend on it.
        assert_eq!(format!("{:016x}", stable_hash(&[b"vigie"])), "14281b63b5c5f2ec");
    }
}
