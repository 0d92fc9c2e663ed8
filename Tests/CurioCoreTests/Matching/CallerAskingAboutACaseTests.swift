import Testing

@testable import CurioCore

/// A caller asking about, or for advice about, a case named by its person ("the HV is asking for
/// advice about a 6-week-old with a bruise on his cheek") tells the case: its injuries and
/// history are findings, not a hypothetical or a routine enquiry. A missed bruise here is a
/// missed bruising protocol. An enquiry about a topic ("asked about DA") still gives nothing.
@Suite("Caller asking about a case")
struct CallerAskingAboutACaseTests {
    @Test(arguments: [
        "The HV is asking for advice about a 6-week-old with a bruise on his cheek.",
        "The GP is asking for advice about a baby with a swollen, bruised eye.",
        "The HV is ringing for advice about a 9-week-old with a bruise on her forearm.",
    ])
    func bruiseIsTold(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["GP asking about a 3 month old who has a burn on his hand."])
    func injuryIsTold(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["Nursery are concerned about a 10-week-old who is losing weight and always in a dirty nappy."])
    func professionalsConcernTellsNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["A GP wants to discuss a four-month-old whose dad drinks heavily."])
    func caseToDiscussTellsSubstanceMisuse(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "A midwife wants advice about a pregnant 17-year-old who was in care.",
        "A nursery nurse is asking about a pregnant woman at 20 weeks.",
    ])
    func pregnancyIsTold(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["The HV asked about domestic abuse.", "I asked about a history of depression and she said none."])
    func enquiriesStaySilent(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.mentalHealth, in: text) == nil, "\(text)")
    }
}
