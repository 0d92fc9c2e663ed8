@testable import CurioCore
import Testing

/// Classes from the second probe that sit between factors: a baby left alone or in a car told
/// with a past time (neglect to refer, not 999), a baby shaken within the hour with who saw it
/// between (999), a plan in place now (no parent's childhood in care), services named as advice
/// (no abuse) and a disclosure after the advice (abuse), a pregnancy by the month it is due.
/// Sentences written for the classes.
@Suite("Past neglect, plans now, advice and disclosure")
struct PastNeglectPlansAndAdviceTests {
    @Test(arguments: [
        "two weeks ago the police found the baby left in the car outside the pub",
        "last year the twins were left alone in the flat overnight",
        "the baby was left in the car while she shopped last month",
        "the newborn was found alone in the house 3 weeks ago",
    ])
    func leftAloneInThePastIsNeglectNotDanger(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) != nil, "\(text)")
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// Still alone, or left minutes ago, or last night: the baby may be alone now.
    @Test(arguments: [
        "the baby was left alone 10 minutes ago",
        "baby left in the car outside the shop",
        "the baby was left alone last night and she is still on her own now",
    ])
    func leftAloneLatelyIsStillDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    @Test func shakenWithinTheHourWithAWitnessBetween() {
        #expect(MatcherFixture.status(.immediateDanger, in: "he shook the baby in front of his mum an hour ago") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "dad shook the baby's rattle in front of her an hour ago") == nil)
    }

    @Test(arguments: ["CP plan now in place", "the twins are currently on a CIN plan", "child protection plan agreed at conference"])
    func aPlanNowIsNoParentsChildhood(text: String) {
        #expect(MatcherFixture.status(.childhoodInCare, in: text) == nil, "\(text)")
    }

    @Test func aPlanInTheParentsChildhoodStands() {
        #expect(MatcherFixture.status(.childhoodInCare, in: "mum was on a CP plan herself as a teenager") == .present)
    }

    @Test func servicesNamedAsAdviceAreNoAbuseButADisclosureAfterThemIs() {
        #expect(MatcherFixture.status(.domesticAbuse, in: "gave her the number for the DA helpline in case she ever needs it") == nil)
        #expect(MatcherFixture.status(.domesticAbuse, in: "signposted to DA services, she then disclosed he hits her") == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: "DA services are involved after the assault") == .present)
    }

    @Test func aBabyDueInAMonthIsUnborn() {
        #expect(MatcherFixture.status(.unborn, in: "she is having a baby in early June") == .present)
        #expect(MatcherFixture.status(.unborn, in: "they had the baby in hospital in June") == nil)
    }
}
