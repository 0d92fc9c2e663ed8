import CurioCore
import Testing

@Suite("Hypothetical, advice and questions")
struct HypotheticalTests {
    @Test(arguments: [
        "If he starts drinking again, call us.",
        "We talked about the signs of postnatal depression.",
        "Gave advice on safe sleep and coping with crying.",
        "Keep an eye out for any bruising.",
        "Is there a protocol for bruising in babies?",
        "What should I do if I see a bruise?",
    ])
    func givesNoFinding(text: String) {
        let result = MatcherFixture.matcher.match(text)
        #expect(result.findings.filter(\.status.isPositive).isEmpty, "\(result.findings)")
    }

    @Test func statementAfterAdviceStillCounts() {
        let result = MatcherFixture.matcher.match("I gave her the ICON leaflet. Baby has a bruise on his ear.")
        #expect(result.status(of: .bruising) == .present)
    }
}

/// A long note whose mark comes after a comma, seen by the writer ("after going through sleep
/// and feeding, noticed a small bruise on her arm"): what was discussed before the comma does
/// not make the mark a hypothetical. Advice alone still gives nothing. Sentences written for the
/// class.
extension HypotheticalTests {
    @Test(arguments: [
        "we talked about feeding, sleep and the move, I noticed a bruise on her arm",
        "after discussing the housing and benefits, noticed some bruising on his chest",
    ])
    func aMarkSeenAfterTheDiscussionIsThere(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "discussed what to do if she notices a bruise",
        "talked about the bruising protocol, noticed nothing of concern",
    ])
    func adviceStillGivesNothing(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }
}

/// A worry about what may happen some day ("she might one day leave him in the car") is no
/// finding, not a possible one.
extension HypotheticalTests {
    @Test func whatMayHappenSomeDayIsNoFinding() {
        #expect(MatcherFixture.status(.immediateDanger, in: "dad worries he could one day leave the twins in the car") == nil)
        #expect(MatcherFixture.status(.neglect, in: "dad worries he could one day leave the twins in the car") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "she might end up hurting the baby") == .possible)
    }
}
