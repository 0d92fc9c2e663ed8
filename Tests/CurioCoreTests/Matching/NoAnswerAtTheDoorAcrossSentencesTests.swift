import Testing

@testable import CurioCore

/// Nobody answering the door now (the situation now.unanswered), with the baby heard or said
/// to be inside in the next sentence ("No one is answering the door. The baby is screaming in
/// there."): the baby may be alone, a possible danger and a possible neglect, as the two told in
/// one sentence are. Calls not answered, and a door not answered at a past visit, are no
/// situation of the moment.
@Suite("No answer at the door, across sentences")
struct NoAnswerAtTheDoorAcrossSentencesTests {
    @Test(arguments: ["No one is answering the door. The baby is screaming in there.", "Mum's not opening the door. I can hear the baby crying."])
    func isPossibleDangerAndNeglect(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .possible, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    @Test(arguments: ["Nobody's answering my calls. The baby's in the flat.", "She wasn't answering at the last visit. The baby is in the house."])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }
}
