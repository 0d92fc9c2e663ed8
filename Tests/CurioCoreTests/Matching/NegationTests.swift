import CurioCore
import Testing

@Suite("Negation")
struct NegationTests {
    @Test(arguments: [
        ("No marks anywhere on his body.", RiskFactorID.bruising),
        ("She denies any drug use.", .substanceMisuse),
        ("Fracture ruled out on x-ray.", .otherInjury),
        ("Never been in care.", .childhoodInCare),
        ("DA: nil", .domesticAbuse),
        ("Not isolated, her sister lives round the corner.", .isolation),
        ("Bruising not seen today.", .bruising),
    ])
    func negatedCueIsAbsent(text: String, id: RiskFactorID) {
        #expect(MatcherFixture.status(id, in: text) == .absent)
    }

    @Test func negatedOppositeIsPresent() {
        #expect(MatcherFixture.status(.preMobile, in: "He isn't crawling yet.") == .present)
        #expect(MatcherFixture.status(.inconsolableCrying, in: "She just won't settle for anybody.") == .present)
        #expect(MatcherFixture.status(.fatherUnknown, in: "Nobody from our team has met dad.") == .present)
    }

    @Test func stoppedTreatmentIsUntreated() {
        let result = MatcherFixture.matcher.match("She came off her citalopram last month.")
        #expect(result.status(of: .mentalHealthUntreated) == .present)
        #expect(result.status(of: .mentalHealth) == .present)
    }

    @Test func negationInsideACueDoesNotNegateIt() {
        #expect(MatcherFixture.status(.immediateDanger, in: "The baby is not breathing.") == .present)
    }
}
