import Testing

@testable import CurioCore

/// Classes found when the review's battery was run on the merged branches (after fix-rv):
/// a threat ended in the next sentence by a refuge he has found (the danger goes on); a
/// doubt that answers a question just asked ("Is anyone with him? Maybe.") does not doubt
/// what is told next; the blow told with a pronoun (injury) does not take the words of a baby
/// thrown against a wall (danger); rows said to have nothing physical are denied abuse.
/// Sentences written for the classes, both ways.
@Suite("Review 23 merge")
struct ReviewTwentyThreeMergeTests {
    @Test func aRefugeHeHasFoundDoesNotEndTheThreat() {
        let found = "He is threatening to hurt them. She and the twins are in a refuge and he is outside it now"
        #expect(MatcherFixture.status(.immediateDanger, in: found) == .present)
        let ended = "He threatened to kill the baby. He's been arrested and is in custody."
        #expect(MatcherFixture.status(.immediateDanger, in: ended) == nil)
        #expect(MatcherFixture.status(.domesticAbuse, in: ended) == .present)
    }

    @Test func aDoubtAnsweringAQuestionDoesNotDoubtWhatFollows() {
        let answered = "Is he on his own? Perhaps. Mum has just punched him in the face."
        #expect(MatcherFixture.status(.otherInjury, in: answered) == .present)
        let doubted = "Maybe. The flat was filthy."
        #expect(MatcherFixture.status(.neglect, in: doubted) == .possible)
    }

    @Test func aBabyThrownAgainstAWallIsDangerAndInjury() {
        for text in ["Dad has just thrown him against the wall", "mum has slammed the baby against the door"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
            #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
        }
        // Her against the door, said of him, is the mother: abuse, not the baby.
        #expect(MatcherFixture.status(.immediateDanger, in: "last night he slammed her against the door") == nil)
        // A blow told with a pronoun and no wall is the injury (a referral), not 999.
        #expect(MatcherFixture.status(.otherInjury, in: "Dad hit him") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "Dad hit him") == nil)
    }

    @Test func rowsWithNothingPhysicalAreDenied() {
        #expect(MatcherFixture.status(.domesticAbuse, in: "they argue a lot but there is nothing physical") == .absent)
        #expect(MatcherFixture.status(.domesticAbuse, in: "they row all the time") == .possible)
        #expect(MatcherFixture.status(.domesticAbuse, in: "they had a row and he pushed her into the wall") == .present)
    }
}
