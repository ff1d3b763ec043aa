//! The fuzz targets on the stable toolchain: a seeded generator feeds the same checks as the
//! libFuzzer targets of `fuzz/` (see `vigie_core::fuzzing`). A short bounded pass runs with
//! the tests; `VIGIE_FUZZ_RUNS=N` runs N inputs per target (and `VIGIE_FUZZ_SEED` picks
//! the seed), for a machine without the nightly toolchain.

use vigie_core::fuzzing;

/// xorshift64*: small, deterministic, good enough to spread inputs.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        self.0.wrapping_mul(0x2545_f491_4f6c_dd1d)
    }

    fn bytes(&mut self, max: usize) -> Vec<u8> {
        let n = (self.next() % (max as u64 + 1)) as usize;
        (0..n).map(|_| self.next() as u8).collect()
    }
}

fn runs(default: usize) -> usize {
    std::env::var("VIGIE_FUZZ_RUNS")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(default)
}

fn drive(name: &str, default_runs: usize, max_len: usize, check: fn(&[u8])) {
    let seed = std::env::var("VIGIE_FUZZ_SEED")
        .ok()
        .and_then(|v| v.parse().ok())
        .unwrap_or(0x5eed_0000_0000_0001u64);
    // xorshift stays at zero from zero: a seed equal to the name's length would feed the
    // same empty input every time.
    let mut rng = Rng((seed ^ name.len() as u64).max(1));
    for i in 0..runs(default_runs) {
        let input = rng.bytes(max_len);
        let outcome = std::panic::catch_unwind(|| check(&input));
        assert!(
            outcome.is_ok(),
            "{name}: input {i} (seed {seed}) fails; add it to the regression tests: {input:?}"
        );
    }
}

#[test]
fn figures() {
    drive("figures", 60, 200, fuzzing::figures);
}

#[test]
fn sentences() {
    drive("sentences", 500, 300, fuzzing::sentences);
}

#[test]
fn matcher() {
    drive("matcher", 400, 300, fuzzing::matcher);
}

/// Inputs the cargo-fuzz targets found to fail, kept as regression tests.
#[test]
fn crashes_found_by_the_fuzzers() {
    // matcher, 6 December: a run of zero-width spaces longer than `mention_at`'s window.
    let mut data = vec![0x54u8; 7];
    data.extend([0x5f, 0x41]);
    data.extend(std::iter::repeat_n(0x71u8, 188));
    data.extend([0x41, 0x2d]);
    fuzzing::matcher(&data);
}

#[test]
fn dictionary() {
    drive("dictionary", 1000, 400, fuzzing::dictionary);
}

#[test]
fn cache() {
    drive("cache", 400, 400, fuzzing::cache);
}

#[test]
fn edits() {
    drive("edits", 300, 120, fuzzing::edits);
}
