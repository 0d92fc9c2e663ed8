import Testing

@testable import CurioCore

/// A baby called a crier or a screamer who then settles ("a crier but she settles quickly on the
/// breast") is no inconsolable crying: absent. One who won't settle stays present.
@Suite("Crier who settles")
struct CrierWhoSettlesTests {
    @Test(arguments: ["She's a crier but she settles quickly on the breast.", "A right screamer but calms down with a feed."])
    func isAbsent(text: String) {
        #expect(MatcherFixture.status(.inconsolableCrying, in: text) == .absent, "\(text)")
    }
    @Test func wontSettleStays() {
        #expect(MatcherFixture.status(.inconsolableCrying, in: "He's a crier but won't settle for anyone.") == .present)
    }
}
