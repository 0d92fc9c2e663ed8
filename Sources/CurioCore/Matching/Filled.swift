extension Array {
    /// `count` copies of `value`, for the matcher's per-token flags and bitsets.
    ///
    /// Why not `Array(repeating:count:)`: it allocates through a standard-library entry point
    /// that looks the storage's type metadata up in the runtime (a hash and a lock) on every
    /// call, some 500 instructions; with half a dozen such arrays an utterance, that was a
    /// twentieth of the matcher's time. Reserving and appending stays on the specialised path.
    @inline(__always)
    static func filled(with value: Element, count: Int) -> [Element] {
        var array: [Element] = []
        array.reserveCapacity(count)
        for _ in 0..<count { array.append(value) }
        return array
    }
}
