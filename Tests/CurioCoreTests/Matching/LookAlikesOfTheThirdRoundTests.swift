import Testing

@testable import CurioCore

/// Look-alikes a review found in the third round's new cues, both ways: a coloured "bit" on an
/// adult is no bruise of the baby's (on the baby it is a possible one); a psychiatric ward as a
/// workplace is no admission; a relative's call about an appointment raises no concern (a call
/// about the mother's drinking does); a neighbour's call makes the parents' conditions
/// second-hand but what she sees of the baby stays told; the baby alone in a pram or cot is the
/// baby's danger, not the mother's isolation (a mother alone in the flat is); a baby crying alone
/// for hours is neglect.
@Suite("Look-alikes of the third round's cues")
struct LookAlikesOfTheThirdRoundTests {
    @Test func aColouredBitOnAnAdultIsNoBruise() {
        #expect(MatcherFixture.status(.bruising, in: "mum has got a purple bit on her arm from the car door") == nil)
        #expect(MatcherFixture.status(.bruising, in: "there's a bluey bit behind his ear, she doesn't know how") == .possible)
    }

    @Test func aPsychiatricWardAsAWorkplace() {
        #expect(MatcherFixture.status(.mentalHealth, in: "dad does night shifts on the mental health unit as a support worker") == nil)
        #expect(MatcherFixture.status(.mentalHealth, in: "mum spent three weeks on the psych ward after the birth") == .present)
        #expect(MatcherFixture.status(.mentalHealth, in: "her partner trained as a psych nurse") == nil)
        #expect(MatcherFixture.status(.mentalHealth, in: "she was seen by the psych liaison team in A&E last night") == .present)
    }

    @Test func aRelativesCallAboutAnAppointment() {
        #expect(MatcherFixture.status(.familyConcern, in: "Her nan here, ringing to rearrange Thursday's weigh-in") == nil)
        #expect(MatcherFixture.status(.familyConcern, in: "Her nan here. She's not feeding him properly and I'm scared for him") == .present)
    }

    @Test func aNeighboursCallKeepsWhatSheSeesOfTheBaby() {
        let text = "I'm a neighbour, she's been drinking all afternoon and the baby has been crying alone in his cot for hours"
        #expect(MatcherFixture.status(.neglect, in: text) == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .possible)
        #expect(MatcherFixture.status(.isolation, in: text) == nil)
        #expect(MatcherFixture.status(.isolation, in: "mum is alone in the flat all day with nobody to talk to") == .present)
    }

    /// A baby crying alone for hours is left unattended; a baby who sleeps in his own cot is not.
    @Test func aBabyCryingAloneForHours() {
        #expect(MatcherFixture.status(.neglect, in: "she was screaming by herself upstairs all evening") == .present)
        #expect(MatcherFixture.status(.neglect, in: "he sleeps alone in his cot all night now") == nil)
    }

    /// "Came" is read as "come": a birth told with it is no pregnancy, while the baby's coming
    /// after a word of what is ahead is one.
    @Test func theBabyThatCameIsBorn() {
        #expect(MatcherFixture.status(.unborn, in: "she moved back near her mum before the baby came") == nil)
        #expect(MatcherFixture.status(.unborn, in: "he says he'll get a job once the baby arrives") == .present)
    }

    /// The mother's split lip is a possible sign of abuse, not an adult's injury to ignore.
    @Test func theMothersSplitLip() {
        #expect(MatcherFixture.status(.domesticAbuse, in: "mum had a split lip when I visited and he answered every question") == .possible)
        #expect(MatcherFixture.status(.otherInjury, in: "mum had a split lip when I visited and he answered every question") == nil)
    }
}
