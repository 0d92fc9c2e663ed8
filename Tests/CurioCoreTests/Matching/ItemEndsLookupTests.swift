import Testing
@testable import CurioCore

/// The long word lists are searched by halves; the search must find what a scan finds.
@Suite("Item ends: lookups")
struct ItemEndsLookupTests {
    @Test func searchingByHalvesFindsWhatAScanFinds() {
        var state: UInt64 = 42
        func next() -> UInt64 {
            state = state &* 6364136223846793005 &+ 1442695040888963407
            return state >> 33
        }
        for size in 0..<40 {
            let keys = Array(Set((0..<size).map { _ in Int32(next() % 64) })).sorted()
            let ends = ItemEnds(modifiers: keys, sites: keys)
            for key in Int32(-1)...Int32(70) {
                let expected = key >= 0 && keys.contains(key)
                #expect(ends.isModifier(key) == expected && ends.isSite(key) == expected, "\(key) in \(keys)")
            }
        }
    }
}
