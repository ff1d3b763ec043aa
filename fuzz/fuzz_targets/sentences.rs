//! The sentence splitter: the checks of `vigie_core::fuzzing::sentences`.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    vigie_core::fuzzing::sentences(data);
});
