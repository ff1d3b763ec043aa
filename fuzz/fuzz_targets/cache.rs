//! The index cache decoder on random, truncated and flipped bytes: the checks of `vigie_core::fuzzing::cache`.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    vigie_core::fuzzing::cache(data);
});
