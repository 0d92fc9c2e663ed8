import Testing

@testable import CurioCore

/// Classes a probe of dictated, thought-aloud and scene-told consultations found: spoken
/// punctuation ("full stop") read as the negation "stop"; a question frame dropping the facts
/// of this family told in or after it; voice-to-text homophones of injury words ("brews",
/// "scold", "bern"); a "no danger" answer denying a second-hand report told after it; neglect
/// and danger told as a scene (a young child minding the baby, a baby strapped in a seat while
/// the carer sleeps, hands round her neck with the baby held, a hob left on). With the
/// look-alikes that must stay as they were. Sentences written for the classes.
@Suite("Dictation, question frames and scenes")
struct DictationQuestionsAndScenesTests {
    /// Spoken punctuation said aloud to voice-to-text ("full stop", "new paragraph", "next line")
    /// ends the sentence and negates nothing; someone told or begged to stop is doing it, and a
    /// carer who stopped still stopped.
    @Test func spokenPunctuationIsABoundaryNotANegation() {
        #expect(MatcherFixture.status(.bruising, in: "he's eleven weeks full stop I saw a bruise behind his ear") == .present)
        #expect(MatcherFixture.status(.mentalHealth, in: "she's 20 weeks pregnant new paragraph she's been diagnosed with bipolar") == .present)
        #expect(MatcherFixture.status(.bruising, in: "no marks on him full stop") == .absent)
        #expect(MatcherFixture.status(.domesticAbuse, in: "nothing to report next line dad punched the wall in front of the baby yesterday") == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: "she was screaming at him to stop hitting her") == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: "I asked him to stop drinking in front of the baby") == .present)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "she stopped taking her antidepressants last month") == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: "she stopped drinking when she found out she was pregnant") == .absent)
    }

    /// A question about this family's facts (whether words said are a threat, whether to refer if a
    /// parent does what they do, whether to take a report seriously) doubts them instead of
    /// dropping them; a disclosure at routine enquiry is a finding. General questions and advice
    /// stay hypothetical.
    @Test func questionFramesAboutThisFamilyHedge() {
        #expect(MatcherFixture.status(.immediateDanger, in: "Is \"I'm going to kill the baby\" a threat? He said it tonight") == .possible)
        // The doing told straight after the question ("She does.") states it.
        #expect(MatcherFixture.status(.substanceMisuse, in: "Do we need to refer if mum drinks every night? She does.") == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: "Do we need to refer if mum drinks every night?") == .possible)
        #expect(MatcherFixture.status(.familyConcern, in: "Should I take the aunt's phone call seriously?") == .possible)
        #expect(MatcherFixture.status(.domesticAbuse, in: "Routine enquiry about DV: disclosed that her husband pushes her and checks her messages") == .present)
        #expect(MatcherFixture.status(.bruising, in: "Should I refer if I find a bruise on a baby?") == nil)
        #expect(MatcherFixture.status(.bruising, in: "What happens if I find a bruise?") == nil)
        // An enquiry answered: nothing disclosed is a denial (probe AE; the conventions' "absent").
        #expect(MatcherFixture.status(.domesticAbuse, in: "Routine enquiry re DA: nil disclosed") == .absent)
        #expect(MatcherFixture.status(.mentalHealth, in: "if she gets low we will refer her to perinatal") == nil)
    }

    /// Voice-to-text homophones of injury and condition words: "brews"/"brewsing" (a bruise only
    /// with a colour or on the body, never the tea), "scold" with the body or what scalds (never a
    /// telling-off), "bern", "domestic violins", "bi polar".
    @Test func voiceToTextHomophonesOfInjuryWords() {
        #expect(MatcherFixture.status(.bruising, in: "a dark purple brews on his arm") == .present)
        #expect(MatcherFixture.status(.bruising, in: "brewsing on both cheeks") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "a scold on her leg from the kettle") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "a nasty bern on his palm") == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: "history of domestic violins with her ex") == .present)
        #expect(MatcherFixture.status(.mentalHealth, in: "dad has bi polar") == .present)
        #expect(MatcherFixture.status(.bruising, in: "we had a brew and a chat") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "she scolded him for swearing") == nil)
        #expect(MatcherFixture.status(.bruising, in: "nan brews her tea very strong") == nil)
        #expect(MatcherFixture.status(.bruising, in: "no brewsing seen") == .absent)
    }

    /// An answer "no danger"/"not in danger" denies only the danger, not a second-hand report told
    /// straight after it with no stop; "no danger of ..." still denies what follows.
    @Test func noDangerAnswerDeniesOnlyTheDanger() {
        #expect(MatcherFixture.status(.bruising, in: "no danger grandad says he thought he saw a mark on her leg") == .possible)
        #expect(MatcherFixture.status(.bruising, in: "not in any danger the childminder says she saw a bruise on his arm") == .possible)
        #expect(MatcherFixture.status(.immediateDanger, in: "no danger of dad hurting him") == .absent)
        #expect(MatcherFixture.status(.immediateDanger, in: "not in immediate danger, she's with nan") == .absent)
    }

    /// Neglect and danger told as a scene: a young child left minding the baby, appointments never
    /// kept, a baby left in a seat while the carer sleeps, the food gone, weight stalled, a boggy
    /// head, teeth marks; and the look-alikes (a baby asleep in his car seat, an older child
    /// helping while mum watches, puffy eyes, strangling told as the past).
    @Test func neglectAndInjuryToldAsAScene() {
        #expect(MatcherFixture.status(.neglect, in: "her 10 year old, Maya, is left minding the baby after school every day") == .present)
        #expect(MatcherFixture.status(.neglect, in: "mum leaves her 9 year old to look after the newborn while she's at work") == .present)
        #expect(MatcherFixture.status(.neglect, in: "she hasn't taken her to one single appointment") == .present)
        #expect(MatcherFixture.status(.neglect, in: "she's left in her bouncer in the lounge while dad is asleep") == .present)
        #expect(MatcherFixture.status(.neglect, in: "the food cupboards were completely bare") == .present)
        #expect(MatcherFixture.status(.neglect, in: "her weight is stalling") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "her scalp feels boggy on one side") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "tooth marks on her thigh") == .present)
        #expect(MatcherFixture.status(.neglect, in: "he fell asleep in his car seat on the drive home") == nil)
        // "He's asleep" may be the baby in his seat; a head swollen from the delivery is the birth's.
        #expect(MatcherFixture.status(.neglect, in: "she left him in his car seat in the hall, he's asleep") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "his head is a bit boggy from the ventouse") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "after the forceps delivery his scalp was puffy") == nil)
        #expect(MatcherFixture.status(.neglect, in: "the 12 year old sometimes helps give the baby a bottle while mum watches") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "her eyes are puffy from crying") == nil)
        #expect(MatcherFixture.status(.domesticAbuse, in: "last year he had his hands round her neck") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "last year he had his hands round her neck") == nil)
    }

    /// What the consultation recommends for the classes: 999, the referral and the protocol where
    /// due, none for the look-alikes.
    @Test func recommendations() {
        #expect(DialogueFixtures.recommendationIDs("mum has been drinking all day full stop she's got the baby on her own").contains("emergency-services"), "mum has been drinking all day full stop she's got the baby on her own")
        #expect(DialogueFixtures.recommendationIDs("Is \"I'm going to kill the baby\" a threat? He said it tonight").contains("emergency-services"), "Is \"I'm going to kill the baby\" a threat? He said it tonight")
        #expect(DialogueFixtures.recommendationIDs("Do we need to refer if mum drinks every night? She does.").contains("refer-csc"), "Do we need to refer if mum drinks every night? She does.")
        #expect(!DialogueFixtures.recommendationIDs("Should I refer if I find a bruise on a baby?").contains("bruising-protocol"), "Should I refer if I find a bruise on a baby?")
        #expect(DialogueFixtures.recommendationIDs("no danger grandad says he thought he saw a mark on her leg, she is 12 weeks").contains("bruising-protocol"), "no danger grandad says he thought he saw a mark on her leg, she is 12 weeks")
        #expect(DialogueFixtures.recommendationIDs("he has his hands around her throat and the baby is in the cot next to them").contains("emergency-services"), "he has his hands around her throat and the baby is in the cot next to them")
        #expect(DialogueFixtures.recommendationIDs("the cooker has been left on and mum has gone out, the baby is in the flat").contains("emergency-services"), "the cooker has been left on and mum has gone out, the baby is in the flat")
        #expect(!DialogueFixtures.recommendationIDs("last year he had his hands round her neck while she was holding the baby").contains("emergency-services"), "last year he had his hands round her neck while she was holding the baby")
        #expect(!DialogueFixtures.recommendationIDs("she once left the oven on when she went out").contains("emergency-services"), "she once left the oven on when she went out")
        #expect(DialogueFixtures.recommendationIDs("her 11 year old is left in charge of the baby every night").contains("refer-csc"), "her 11 year old is left in charge of the baby every night")
    }
}
