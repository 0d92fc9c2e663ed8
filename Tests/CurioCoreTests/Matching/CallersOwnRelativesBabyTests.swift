import Testing

@testable import CurioCore

/// A caller's own sister's, brother's, daughter's or neighbour's baby ("my sister's baby has a
/// bruise on his face", "my neighbour's baby was left on his own last night") is the baby the
/// call is about: an aunt, a grandparent or a neighbour ringing the duty desk. The look-alike
/// of another household's child ("her sister's baby had a bruise", said by a practitioner of
/// the mother's sister) had taken these words, and the bruise, the injury and the baby left
/// alone were lost: missed urgent findings.
@Suite("A caller's own relative's baby")
struct CallersOwnRelativesBabyTests {
    @Test(arguments: [
        ("my sister's baby has a bruise on his face", RiskFactorID.bruising),
        ("my neighbours baby has some bruises on her legs", .bruising),
        ("my sister's baby has a burn on his hand", .otherInjury),
        ("my brothers baby has a broken arm and nobody took him to hospital", .otherInjury),
        ("my sisters baby is left alone all day", .immediateDanger),
        ("my sisters baby is left alone all day", .neglect),
        ("my neighbour's baby was left on his own last night", .immediateDanger),
    ])
    func isTheCasesBaby(text: String, id: RiskFactorID) {
        #expect(MatcherFixture.status(id, in: text) == .present, "\(text)")
    }

    /// Said of the mother's sister's baby by a practitioner, it stays another child's.
    @Test(arguments: ["her sister's baby had a bruise", "the neighbours kids have bruises from the trampoline"])
    func anotherHouseholdsChildStaysSilent(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }
}
