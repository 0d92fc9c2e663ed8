import Testing

@testable import CurioCore

/// Another person's bruise or burn told first and then the baby's too ("her sister's got a bruise on
/// her cheek and so has the baby", "nan has a burn on her hand and so has the baby"): the look-alike
/// of the other person's own injury must not swallow the baby's. Told alone, theirs stays theirs.
@Suite("Another person's injury, and the baby's too")
struct AnotherPersonsInjuryAndTheBabysTooTests {
    @Test(arguments: ["her sister's got a bruise on her cheek and so has the baby",
        "nan has bruises on her arms and the baby has some too", "mum has a mark on her neck and the baby does too",
        "grandad has a bruise and so has the baby"])
    func aBruiseIsTheBabysToo(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["nan has a burn on her hand and so has the baby",
        "his brother has a cut on his lip and the baby has one too"])
    func anInjuryIsTheBabysToo(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["her sister has a bruise on her cheek", "the toddler has a bruise on his leg and so does his friend"])
    func theOtherPersonsAloneStaySilent(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }
}
