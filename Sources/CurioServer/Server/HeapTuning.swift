import NIOCore
import NIOPosix

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
/// Each event loop's heap is also grown once at start (`reserve(on:)`): glibc grows a thread's
/// heap only as far as each allocation needs, a page or so at a time, with an `mprotect` call
/// (and the kernel splitting and merging its memory map) every time. The server's memory grows
/// with every turn a consultation keeps, so that was a system call every few KiB of it, some
/// 2 % of the server's CPU under load. Growing the heap ahead only changes what the process
/// may touch: pages are neither touched nor resident until used.
///
/// Elsewhere than glibc it does nothing.
public enum HeapTuning {
    /// Free memory a heap keeps at its top before giving it back.
    public static let trimThreshold = 64 << 20
    /// Blocks at least this large get memory of their own (`mmap`), returned when freed.
    public static let mmapThreshold = 4 << 20
    /// Extra memory taken whenever the heap grows, so it grows less often.
    public static let topPad = 1 << 20
    /// The same for a one-shot command (`curio match "…"`): loading the lexicon grows the heap
    /// of the thread that runs the command by tens of megabytes, which with the default pad
    /// (128 KiB) was some six hundred `mprotect` calls, a few milliseconds of a cold start. A
    /// larger pad is only address space: pages are not touched until used.
    public static let oneShotTopPad = 16 << 20

    /// How far each event loop's heap is grown at start: most of glibc's 64 MiB per heap, in
    /// blocks small enough to come from the heap (below `mmapThreshold`).
    public static let reservedBytes = 56 << 20
    static let reservationBlock = 3 << 20

    /// Grows the heap of every event loop of `group` by `reservedBytes` (see above), once.
    public static func reserve(on group: any EventLoopGroup = MultiThreadedEventLoopGroup.singleton) async {
        #if canImport(Glibc)
        for loop in group.makeIterator() {
            try? await loop.submit { growHeap() }.get()
        }
        #endif
    }

    /// Takes `reservedBytes` from this thread's heap and gives them back at once: the heap keeps
    /// its size (its free top is below `trimThreshold`), so later growth needs no system call.
    static func growHeap() {
        #if canImport(Glibc)
        var blocks: [UnsafeMutableRawPointer] = []
        for _ in 0..<(reservedBytes / reservationBlock) {
            guard let block = malloc(reservationBlock) else { break }
            blocks.append(block)
        }
        for block in blocks { free(block) }
        #endif
    }

    /// Applies the settings to the allocator of this process, growing each heap by at least
    /// `topPad` at a time.
    public static func apply(topPad: Int = HeapTuning.topPad) {
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
