//! The line index under random edits: the checks of `vigie_core::fuzzing::edits`.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    vigie_core::fuzzing::edits(data);
});
