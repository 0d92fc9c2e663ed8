import Testing

@testable import CurioCore

/// Bruises on a pregnant mother's bump ("bruises on her bump where he kicked her") are hers: a
/// pregnancy and domestic abuse, not a child's bruise. A bruise on a bump placed on the baby's
/// body, or a bruise on the baby told beside hers, keeps the bruising finding.
@Suite("Bruises on the mother's bump")
struct BruisesOnTheMothersBumpTests {
    @Test(arguments: [
        "she's 30 weeks and has bruises on her bump where he kicked her",
        "her bump is bruised where he punched her",
    ])
    func isThePregnancyNotABruise(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "bruising on her bump on her forehead",
        "a bruise on the bump on his head",
        "bruises on her bump and a bruise on the baby's cheek",
    ])
    func babysBruiseStays(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }
}
