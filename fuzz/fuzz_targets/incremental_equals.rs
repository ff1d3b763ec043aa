//! The incremental analysis against the whole one: the checks of `vigie_core::fuzzing::figures` (which also compares the incremental analysis).

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    vigie_core::fuzzing::figures(data);
});
