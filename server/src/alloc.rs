//! The process's allocator: the system's (glibc's malloc, two arenas: see `main.rs`) for
//! the language server, mimalloc for the command line's runs.
//!
//! Why two. A warm start of `vigie mentions` over 100,000 articles loads the index cache on
//! one core while the other walks the corpus: with glibc's malloc the two threads took
//! twice as long together as apart (they wait on its locks: `__lll_lock_wait_private` in
//! the profile), 0.7-0.9 s for the whole command; with mimalloc 0.37-0.45 s. But in the
//! server, which runs all day, mimalloc held more memory (typing benchmark, 66 KB article:
//! VmHWM 129 MB against 40 with glibc; tuned to purge at once, 37 MB but keystrokes in a
//! 1 MB article 15 ms instead of 9-10). So the server keeps glibc, and a command switches
//! to mimalloc first thing ([`use_mimalloc`]).
//!
//! Blocks allocated before the switch (arguments, configuration) stay the system's: a block
//! is freed by the allocator that owns it, which mimalloc tells
//! (`mi_is_in_heap_region`, a lookup in its page map). The switch happens once and is never
//! undone, so a block from mimalloc is only ever seen by a thread that sees the switch.

use std::alloc::{GlobalAlloc, Layout, System};
use std::ffi::c_void;
use std::sync::atomic::{AtomicBool, Ordering};

use libmimalloc_sys as mi;

/// The global allocator of every binary of this crate (see the module's documentation).
pub struct Allocator;

static MIMALLOC: AtomicBool = AtomicBool::new(false);

/// From now on, new blocks come from mimalloc. For a process that ends when its work is
/// done (the command line); never for the server.
pub fn use_mimalloc() {
    MIMALLOC.store(true, Ordering::Release);
}

fn mimalloc_on() -> bool {
    MIMALLOC.load(Ordering::Acquire)
}

/// Whether mimalloc owns `ptr` (never, before the switch).
fn from_mimalloc(ptr: *mut u8) -> bool {
    // SAFETY: a query of mimalloc's page map, valid for any address.
    mimalloc_on() && unsafe { mi::mi_is_in_heap_region(ptr as *const c_void) }
}

// SAFETY: every block is freed or resized by the allocator that gave it (`from_mimalloc`),
// with the layout it was allocated with; mimalloc's aligned functions honour any alignment.
unsafe impl GlobalAlloc for Allocator {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        if mimalloc_on() {
            mi::mi_malloc_aligned(layout.size(), layout.align()) as *mut u8
        } else {
            System.alloc(layout)
        }
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        if mimalloc_on() {
            mi::mi_zalloc_aligned(layout.size(), layout.align()) as *mut u8
        } else {
            System.alloc_zeroed(layout)
        }
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        if from_mimalloc(ptr) {
            mi::mi_free(ptr as *mut c_void)
        } else {
            System.dealloc(ptr, layout)
        }
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        if from_mimalloc(ptr) {
            mi::mi_realloc_aligned(ptr as *mut c_void, new_size, layout.align()) as *mut u8
        } else {
            // A block of the system's stays the system's, resized.
            System.realloc(ptr, layout, new_size)
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Blocks from before the switch are freed and resized by the system's allocator, those
    /// from after by mimalloc, in any order and across threads. (The switch is global: the
    /// rest of this test binary runs with mimalloc from here on, which exercises the same
    /// mix.)
    #[test]
    fn blocks_from_both_sides_of_the_switch_are_freed_by_their_owner() {
        let before: Vec<Vec<u8>> = (0..1000).map(|i| vec![i as u8; 1 + i * 7 % 5000]).collect();
        let big_before = vec![7u64; 1 << 20];
        use_mimalloc();
        let after: Vec<Vec<u8>> = (0..1000).map(|i| vec![i as u8; 1 + i * 11 % 5000]).collect();
        assert!(after.iter().all(|v| from_mimalloc(v.as_ptr() as *mut u8)));
        assert!(before.iter().all(|v| !from_mimalloc(v.as_ptr() as *mut u8)));
        assert!(!from_mimalloc(big_before.as_ptr() as *mut u8));
        // Resized blocks keep their contents and their owner.
        let mut grown = before.clone();
        let mut moved = before;
        for (i, v) in moved.iter_mut().enumerate() {
            v.resize(v.len() * 3 + 10, i as u8);
            assert!(v.iter().all(|&b| b == i as u8));
        }
        grown.extend(after);
        // Freed on another thread.
        std::thread::spawn(move || drop((grown, moved, big_before)))
            .join()
            .unwrap();
        // Over-aligned blocks.
        let layout = Layout::from_size_align(100, 4096).unwrap();
        // SAFETY: a non-zero size; freed with its layout.
        unsafe {
            let p = Allocator.alloc(layout);
            assert_eq!(p as usize % 4096, 0);
            Allocator.dealloc(p, layout);
        }
    }
}
