#if canImport(Glibc)
import Glibc
#endif

/// How the server asks glibc's allocator to keep the memory it has, set once at start.
///
/// A server turn allocates and frees a few hundred KiB of short-lived values (the matcher's
/// scratch, the answer's picture, the bytes of the line). With glibc's defaults, memory freed
/// at the top of a thread's heap beyond 128 KiB is handed back to the kernel at once, and
/// taken again on the next turn: every page of it then costs a page fault and the kernel
/// zeroing it, about a tenth of the server's CPU under load. Keeping up to 64 MiB of free
/// heap, and serving blocks below 4 MiB from the heap rather than fresh `mmap`s, trades a
/// bounded amount of resident memory for not paying that on every turn.
///
/// Elsewhere than glibc it does nothing.
public enum HeapTuning {
    /// Free memory a heap keeps at its top before giving it back.
    public static let trimThreshold = 64 << 20
    /// Blocks at least this large get memory of their own (`mmap`), returned when freed.
    public static let mmapThreshold = 4 << 20
    /// Extra memory taken whenever the heap grows, so it grows less often.
    public static let topPad = 1 << 20

    /// Applies the settings to the allocator of this process.
    public static func apply() {
        #if canImport(Glibc)
        // `mallopt` and its constants live in <malloc.h>, which the Glibc module leaves out:
        // found by name, with glibc's values of the constants.
        typealias Mallopt = @convention(c) (Int32, Int32) -> Int32
        guard let process = dlopen(nil, RTLD_NOW), let symbol = dlsym(process, "mallopt") else { return }
        let mallopt = unsafeBitCast(symbol, to: Mallopt.self)
        let trimThresholdOption: Int32 = -1  // M_TRIM_THRESHOLD
        let topPadOption: Int32 = -2  // M_TOP_PAD
        let mmapThresholdOption: Int32 = -3  // M_MMAP_THRESHOLD
        _ = mallopt(trimThresholdOption, Int32(trimThreshold))
        _ = mallopt(mmapThresholdOption, Int32(mmapThreshold))
        _ = mallopt(topPadOption, Int32(topPad))
        #endif
    }
}
