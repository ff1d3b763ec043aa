//! The figure analysis on article-like text (`vigie_core::fuzzing::figures_only`): ranges in
//! bounds, on character boundaries, inside their sentence.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    vigie_core::fuzzing::figures_only(data);
});
