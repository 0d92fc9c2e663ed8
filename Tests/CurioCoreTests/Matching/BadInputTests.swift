import CurioCore
import Foundation
import Testing

@Suite("Bad input")
struct BadInputTests {
    @Test func emptyAndBlank() {
        #expect(MatcherFixture.matcher.match("") == MatchResult())
        #expect(MatcherFixture.matcher.match("   \n\t ").findings.isEmpty)
    }

    @Test func enormousText() {
        let text = String(repeating: "bruise on his cheek ", count: 60_000)  // 1.2 MB
        #expect(MatcherFixture.matcher.match(text) == MatchResult())
    }

    @Test func binaryData() {
        let bytes: [UInt8] = (0..<4096).map { UInt8(truncatingIfNeeded: $0 &* 31 &+ 7) }
        #expect(MatcherFixture.matcher.match(String(decoding: bytes, as: UTF8.self)).findings.isEmpty)
        #expect(MatcherFixture.matcher.match("bruise\u{0}\u{0}").findings.isEmpty)
    }

    @Test func invalidUTF8() {
        let bytes: [UInt8] = [0xC3, 0x28, 0xA0, 0xA1, 0xE2, 0x28, 0xA1, 0xF0, 0x28, 0x8C, 0xBC, 0xFF, 0xFE]
        let text = String(decoding: bytes + bytes + bytes, as: UTF8.self)
        #expect(MatcherFixture.matcher.match(text).findings.isEmpty)
    }

    @Test func oddButValidTextStillWorks() {
        let result = MatcherFixture.matcher.match("“No bruises” — but there’s a mark… on his ear!!! 😟")
        #expect(result.status(of: .bruising) == .present)
        #expect(MatcherFixture.matcher.explain("").isEmpty)
    }

    @Test func evidenceQuotesTheOriginalWords() {
        let result = MatcherFixture.matcher.match("Mum says there's a Small BRUISE on his cheek.")
        let evidence = result.findings.first { $0.id == .bruising }?.evidence ?? ""
        #expect(evidence.contains("BRUISE"))
    }
}
