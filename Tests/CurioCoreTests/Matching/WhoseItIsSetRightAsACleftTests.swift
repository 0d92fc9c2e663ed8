import Testing

@testable import CurioCore

/// Whose it is, set right as a cleft: to the other carer ("it's not mum who drinks, it's her
/// partner"; "it's not dad who hits her, it's her new partner") the factor is told, not denied;
/// away from the baby ("it's not the baby with the burn, it's his sister") the injury is not the
/// baby's; to the baby ("it's not his brother who has the bruise, it's the baby") it is the
/// baby's. Set right to a relative ("it's not mum who drinks, it's her brother") it stays denied;
/// said after it with the parent denied ("the one with depression is her sister, not mum") it is
/// the relative's.
@Suite("Whose it is, set right as a cleft")
struct WhoseItIsSetRightAsACleftTests {
    @Test(arguments: [
        ("it's not mum who drinks, it's her partner, and he's living there", RiskFactorID.substanceMisuse),
        ("it's not dad who takes drugs, it's mum", .substanceMisuse),
        ("it's not mum who's depressed, it's dad", .mentalHealth),
        ("it's not dad who hits her, it's her new partner", .domesticAbuse),
    ])
    func otherCarersIsTold(text: String, id: RiskFactorID) {
        #expect(MatcherFixture.status(id, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "sorry, I got that wrong - it's not the baby with the burn, it's his sister",
        "it's not the baby who's got the cut, it's mum",
    ])
    func injuryAwayFromTheBabyIsNotHis(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.familyConcern, in: text) == nil, "\(text)")
    }

    @Test func bruisesAwayFromTheBabyAreNotHis() {
        #expect(MatcherFixture.status(.bruising, in: "it's not him who has the bruises, it's his brother") == nil)
    }

    @Test(arguments: [
        ("it's not his brother who has the bruise, it's the baby", RiskFactorID.bruising),
        ("it's not the baby's dad who has the burn, it's the baby", .otherInjury),
    ])
    func injuryToTheBabyIsHis(text: String, id: RiskFactorID) {
        #expect(MatcherFixture.status(id, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "the one with depression is her sister, not mum",
        "the drinking is her dad's, not hers",
        "the one with depression is her mum, not her",
    ])
    func saidAfterWithTheParentDeniedIsSomeoneElses(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["the one who drinks is dad, not mum", "the drinker is her partner, not her"])
    func saidAfterOfTheOtherCarerStays(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .present, "\(text)")
    }

    @Test func setRightToARelativeStaysDenied() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "it's not mum who drinks, it's her brother") == .absent)
    }
}
