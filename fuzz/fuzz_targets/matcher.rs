//! The matcher and mention_at: the checks of `vigie_core::fuzzing::matcher`.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    vigie_core::fuzzing::matcher(data);
});
