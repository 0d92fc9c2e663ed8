import Testing

@testable import CurioCore

/// Classes review 23 found in the merged lexicon. Missed: a danger going on now beside an
/// outcome of an earlier episode told with its own time (RC1); a threat ended by custody that
/// is history or told as going on (RC2); the event told after a not-understood danger (RC3);
/// the baby listed with the older children neglected (RC4); a weight fall doubted by "why" or
/// put down to the mother's illness (RC5); a bruise the sibling noticed, or the sibling's push
/// (RC6); a relative's son or daughter who hurt the baby (RC7); the baby dropped in its seat or
/// bath (RC8); the baby taken after a row and the next sentence telling he is gone (RC9); the
/// police called by the neighbours because of his violence (RC11). False: a past fear of not
/// seeing her alive, a baby snatched on the news, the baby taken from her to feed or from its
/// cot, an unanswered letter, a cry for help that says what for (RF1-RF5), a trip to the car
/// with another adult home, a weight dip within the normal range (RF6-RF7), the content of an
/// intrusive thought (RF9). Sentences written for the classes.
@Suite("Review 23 regressions")
struct ReviewTwentyThreeRegressionTests {
    private func urgent(_ text: String) -> Bool {
        let ids = DialogueFixtures.recommendationIDs(text)
        return ids.contains("emergency-services") || ids.contains("refer-csc") || ids.contains("bruising-protocol")
    }

    /// RC1: an outcome with its own earlier time does not reach back over a danger now.
    @Test func outcomeOfAnEarlierEpisode() {
        for text in ["She's gone grey and limp again now, the doctor said it was nothing the first time",
            "He keeps stopping breathing tonight, the nurse told mum he was fine yesterday"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
            #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
        }
        let over = "She choked on a bottle and went blue, the paramedics came and said she was fine"
        #expect(MatcherFixture.status(.immediateDanger, in: over) == nil)
    }

    /// RC2: custody that is history, or a threat going on, does not end the threat.
    @Test func custodyThatIsHistory() {
        for text in ["He's threatening to stab the kids tonight, he was arrested twice last year",
            "Her partner is threatening to hurt the baby. He has been in jail before."] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
            #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
        }
        let held = "He threatened to hurt the twins and was arrested, he's in custody now"
        #expect(MatcherFixture.status(.immediateDanger, in: held) == nil)
        #expect(MatcherFixture.status(.domesticAbuse, in: held) == .present)
    }

    /// RC3: the event told after a not-understood danger is what happened.
    @Test func eventAfterADangerNotUnderstood() {
        for text in ["Mum can't see the risks of leaving him alone, she's left him on his own tonight",
            "Dad doesn't see the danger of leaving her in the bath, he left her in there alone today"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.immediateDanger, in: "mum doesn't understand the dangers of leaving him alone in the bath") == nil)
    }

    /// RC4: the baby neglected with the older children; her guilt about the older ones is not.
    @Test func babyNeglectedWithTheOlderChildren() {
        #expect(MatcherFixture.status(.neglect, in: "Mum is neglecting the older three and the baby too") == .present)
        #expect(MatcherFixture.status(.neglect, in: "Mum feels guilty that she's neglecting her eldest since the twins came") == nil)
    }

    /// RC5: a fall doubted only by what it means, or put down to the baby's own illness.
    @Test func weightFallDoubt() {
        for text in ["His weight has fallen off the chart, hard to say why", "Weight has dropped since dad has been ill and off work"] {
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.neglect, in: "weight has dropped a bit but he's had a bad virus") == .possible)
    }

    /// RC6: the sibling who noticed a bruise, or pushed the baby; the sibling's own bruise is theirs.
    @Test func siblingWhoNoticedOrPushed() {
        #expect(MatcherFixture.status(.bruising, in: "His sister was minding her and she spotted a mark on her leg") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "Her big brother shoved him off the bed and he hit his head on the floor") == .present)
        #expect(MatcherFixture.status(.bruising, in: "her older brother is 6 and he has a bruise on his knee from football") == nil)
    }

    /// RC7: a relative's son or daughter who hurt the baby; a friend's baby hurt is not this one.
    @Test func relativesChildWhoActs() {
        #expect(MatcherFixture.status(.otherInjury, in: "Her cousin's son was minding the baby and shook him") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "her sister's baby ended up in A&E after the boyfriend shook him") == nil)
    }

    /// RC8: the baby dropped in the thing it lies in; the baby's things dropped are not.
    @Test func droppedWithTheBabyInIt() {
        #expect(MatcherFixture.status(.otherInjury, in: "Mum dropped the moses basket down the stairs with her in it") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "dad dropped the baby's bath seat while tidying up") == nil)
    }

    /// RC9: taken after a row, and the next sentence telling he is gone.
    @Test func takenAfterARowThenGone() {
        #expect(MatcherFixture.status(.immediateDanger, in: "He took the kids after a row. He is not answering his phone.") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "dad took the baby after an argument. they have gone to nan's.") == nil)
    }

    /// RC11: police called by the neighbours because of his violence to her.
    @Test func policeCalledByTheNeighbours() {
        let text = "Police were called by a neighbour after he kicked her, the children were upstairs"
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present)
        #expect(DialogueFixtures.recommendationIDs(text).contains("refer-csc"))
        #expect(MatcherFixture.status(.domesticAbuse, in: "police were called by the neighbours about the barking dog") == nil)
    }

    /// RF1-RF5: look-alikes of a threat, a snatch, a grab, no answer and a cry for help.
    @Test func dangerLookAlikes() {
        for text in ["She was terrified she'd never see him alive again during the surgery",
            "She is upset after a newborn was abducted in a TV drama",
            "Dad grabbed him from her to feed him",
            "Nan grabbed him from his cot when the fire alarm went",
            "The baby was lying on the bedroom floor and nobody is answering the emails"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
            #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
        }
        for text in ["He texted mum saying she won't see the kids alive again", "her baby has been snatched from outside the shop",
            "he grabbed the baby from her and ran off"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        }
    }

    /// RF6-RF7: a trip to the car; a dip in the normal range (a dip told plainly stays present).
    @Test func neglectLookAlikes() {
        #expect(MatcherFixture.status(.neglect, in: "She props him on the sofa and nips out to the car to get the bags") == nil)
        #expect(MatcherFixture.status(.neglect, in: "Her weight has dipped a little") == .present)
        #expect(MatcherFixture.status(.neglect, in: "His weight tailed off in the first few days, as expected") == nil)
        #expect(MatcherFixture.status(.neglect, in: "her weight has dropped off since 8 weeks") == .present)
    }

    /// RF9: the content of a thought is no injury; an act told after it by its doer is.
    @Test func contentOfAThought() {
        let thought = "He talks about horrible thoughts of the baby being thrown, he has never done anything"
        #expect(MatcherFixture.status(.otherInjury, in: thought) == nil)
        // His own thoughts are his mental health, and no urgent advice.
        #expect(MatcherFixture.status(.mentalHealth, in: thought) == .present)
        #expect(!urgent(thought))
        #expect(MatcherFixture.status(.otherInjury, in: "He has had thoughts of hurting the baby and he shook him yesterday") == .present)
    }
}
