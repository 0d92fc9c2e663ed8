import Testing

@testable import CurioCore

/// An injury placed on the body after a comma that follows another factor's denial ("no DA,
/// bruise L cheek", "nil DA, small bruise forehead") is said, not one more thing denied: a list
/// of denials names kinds, not a place. Before, the comma carried the denial on and the bruise
/// came out absent, a missed bruising protocol. A list word between ("no DA, or bruises on his
/// arm") or an injury not placed ("no DA, bruises") keeps the list, as does a list of kinds
/// ending in "or" ("no alcohol, drugs, bruising or marks on his face").
@Suite("A placed injury after another factor's denial")
struct PlacedInjuryAfterAnotherFactorsDenialTests {
    @Test(arguments: ["no DA, bruise L cheek", "no DA, bruise on his left ear", "nil DA, small bruise forehead"])
    func thePlacedInjuryIsSaid(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .absent, "\(text)")
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "No DA, alcohol or bruises", "no DA, or bruises on his arm", "no DA, bruises", "No alcohol, drugs, bruising or marks on his face",
        "no bruises, cuts or burns",
    ])
    func aListOfKindsIsDenied(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .absent, "\(text)")
    }
}
