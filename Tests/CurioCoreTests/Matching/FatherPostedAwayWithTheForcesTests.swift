import Testing

@testable import CurioCore

/// A father in the forces posted or stationed away is a known man (not `father.unknown`) and a
/// partner absent (`parent.isolation` present), as "deployed" already reads. Support moved in
/// after a "but" makes the isolation absent.
@Suite("Father posted away with the forces")
struct FatherPostedAwayWithTheForcesTests {
    @Test(arguments: [
        "dad's in the army, posted in Germany, we have all his details",
        "he's in the RAF and stationed in Cyprus till next year",
    ])
    func isIsolation(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.fatherUnknown, in: text) != .present, "\(text)")
    }

    @Test(arguments: [
        "dad's in the navy and posted abroad but her mum has moved in to help",
        "dad's in the army, stationed in Germany, but her sister is staying with her",
    ])
    func supportMovedInIsAbsent(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .absent, "\(text)")
    }
}
