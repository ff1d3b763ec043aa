//! The dictionary loader on arbitrary TOML: the checks of `vigie_core::fuzzing::dictionary`.

#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| {
    vigie_core::fuzzing::dictionary(data);
});
