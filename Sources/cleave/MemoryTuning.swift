#if canImport(CMalloc)
    private import CMalloc
#endif

/// How the C allocator is set up before a command runs.
///
/// The analyses build and drop large arrays again and again (a flow network per separation
/// plan). By default glibc gives every block above a moving threshold its own `mmap` and
/// returns it on `free`, so each plan faults in fresh, zeroed pages: on a million items a
/// fifth of the time went to page faults. Serving blocks up to the largest threshold glibc
/// allows from the heap, and not trimming the heap on every free, lets the next plan reuse
/// the pages the last one freed.
enum MemoryTuning {
    static func apply() {
        #if canImport(CMalloc)
            _ = mallopt(M_MMAP_THRESHOLD, 32 << 20)
            _ = mallopt(M_TRIM_THRESHOLD, 512 << 20)
        #endif
    }
}
