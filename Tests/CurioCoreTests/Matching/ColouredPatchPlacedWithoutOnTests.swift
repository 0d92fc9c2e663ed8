import Testing

@testable import CurioCore

/// A note's shorthand places a coloured patch by its region with no "on" ("blue patch lower
/// back", "slate grey patch base of spine"): a possible bruise, and a Mongolian blue spot only
/// the carer names, with nothing documented at the check, stays one. A spot documented as
/// Mongolian at the newborn check is nothing.
@Suite("A coloured patch placed without on")
struct ColouredPatchPlacedWithoutOnTests {
    @Test(arguments: [
        "blue patch lower back, nothing on the newborn check",
        "bluish patch lower back - could be a mongolian blue spot, could not, nothing documented at the 6 week check",
        "slate grey patch base of spine, mum calls it a Mongolian spot",
        "purple patch upper arm",
        "greyish blue area base of his spine",
        "mum says it's a mongolian blue spot but nothing documented at the baby check",
    ])
    func isPossibleBruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .possible, "\(text)")
    }
    @Test(arguments: [
        "Mongolian blue spots lower back documented at the newborn check",
        "blue patch lower back, documented as a mongolian blue spot at the newborn check",
    ])
    func documentedSpotsStaySilent(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }
}
