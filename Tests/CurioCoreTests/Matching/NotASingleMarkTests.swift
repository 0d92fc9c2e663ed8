import Testing

@testable import CurioCore

/// "Not a single mark on her", "not one bruise on him" say there is none: the cue of a bruise
/// said not to be the baby's first or only one ("not the only mark on him") had read "not a
/// single mark" as more marks, a negation error the held-out probe BO found.
@Suite("Not a single mark")
struct NotASingleMarkTests {
    @Test(arguments: ["Skin check all clear, not a single mark on her.", "not one bruise on him"])
    func saysNone(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .absent, "\(text)")
    }

    @Test(arguments: ["it's not his only bruise", "not the baby's first bruise", "that's not the only mark on him", "not just one bruise"])
    func moreThanOneIsStillABruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }
}
