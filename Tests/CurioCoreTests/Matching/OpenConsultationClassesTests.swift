import Testing

@testable import CurioCore

/// Classes from the consultation probes still failing at s17: a mark that was food or juice and
/// wiped off, the baby named; a grandparent's or other adult
/// relative's own fall and bruise; a job in a domestic abuse service; weight barely gained;
/// "bruise" with its vowels dropped; another case from the speaker's past told to compare; the
/// baby named as another child's baby sister or brother. And short answers to the bruise
/// question: a little, one seen with its time, and who spotted or found it. Sentences written
/// for the classes, with look-alikes both ways.
@Suite("Open consultation classes")
struct OpenConsultationClassesTests {
    /// A mark the speaker found to be food or juice, which came off: no bruise.
    @Test(arguments: [
        "the brown mark on Noah's hand was chocolate, it came right off",
        "the red mark on her arm was just ribena, it wiped off",
    ])
    func aMarkThatWasFoodAndCameOffIsNoBruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }

    /// ...but food said without its coming off, or not coming off, leaves a mark to look at.
    @Test(arguments: [
        "the mark on his cheek was food, it did not wipe off",
        "the mark on his cheek was food",
    ])
    func aMarkSaidToBeFoodStaysAMark(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    /// A mark said to be someone's doing is a mark: "Mark is his stepdad" at the start of a
    /// sentence is not read as a name, because no cue can tell it from "the mark is his dad's
    /// doing" (the safe side: a false mark, never a missed one).
    @Test func aMarkSaidToBeSomeonesDoingIsAMark() {
        #expect(MatcherFixture.status(.bruising, in: "the mark is his dad's doing, he is 6 weeks") == .present)
        #expect(MatcherFixture.status(.bruising, in: "the mark was her dad's fault") == .present)
        #expect(MatcherFixture.status(.bruising, in: "mark is on her cheek") == .present)
    }

    /// A grandparent's or aunt's own fall and bruise is theirs; the baby's own bruise told after it,
    /// and mum's fall (said of the baby she may have carried), stay the baby's.
    @Test func anAdultRelativesOwnFallIsNotTheBabysBruise() {
        for text in ["auntie, who lives with them, tripped and bruised her knee", "grandad slipped and banged his head on the step"] {
            #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
            #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
        }
        #expect(MatcherFixture.status(.bruising, in: "nan fell and bruised her face, the baby has a bruise on his cheek too") == .present)
        #expect(MatcherFixture.status(.bruising, in: "mum fell and bruised her face") == .present)
        // His, after a woman's fall, is the baby boy's; hers after a man's, the baby girl's.
        #expect(MatcherFixture.status(.bruising, in: "nan fell and bruised his arm") == .present)
        #expect(MatcherFixture.status(.bruising, in: "grandad slipped and bruised her leg") == .present)
    }

    /// A job in a domestic abuse service is no abuse told; a service involved with the family is.
    @Test func aJobInADomesticAbuseServiceIsNoAbuse() {
        #expect(MatcherFixture.status(.domesticAbuse, in: "her husband is a detective in the DV unit") == nil)
        #expect(MatcherFixture.status(.domesticAbuse, in: "dad works for a DV charity") == nil)
        #expect(MatcherFixture.status(.domesticAbuse, in: "the DV unit are involved with the family") == .present)
        // Working with a service is support she gets, not a job.
        #expect(MatcherFixture.status(.domesticAbuse, in: "mum is working with the DA service") == .present)
    }

    /// Weight barely or hardly gained: growth faltering (the negating word is the cue's own).
    @Test(arguments: [
        "he's hardly gained any weight in a month",
        "she's hardly put on any weight since her 6 week check",
    ])
    func weightBarelyGainedIsNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    @Test func barelyGainingSomethingElseIsNothing() {
        #expect(MatcherFixture.status(.neglect, in: "mum has barely gained any sleep") == nil)
    }

    /// "Bruise" with its vowels dropped, as in a note.
    @Test(arguments: ["small brse R forearm", "brses to back and abdo"])
    func bruiseWithoutVowelsIsABruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    /// Another case from the speaker's past, told to compare, is not this baby's; this baby's own
    /// bruise told in the next sentence is.
    @Test func anotherCaseFromThePastIsNotThisBabys() {
        #expect(MatcherFixture.status(.bruising, in: "I once saw a case where a baby had a bruise on his ear") == nil)
        #expect(MatcherFixture.status(.substanceMisuse, in: "we've had another family where dad was drinking heavily") == nil)
        // Without "once" or "another", a family or a referral "where" is this case.
        #expect(MatcherFixture.status(.substanceMisuse, in: "we have a family where dad is drinking heavily") == .present)
        #expect(MatcherFixture.status(.bruising, in: "we had a referral where the health visitor saw a bruise on his ear") == .present)
        #expect(
            MatcherFixture.status(.bruising, in: "I had a case where the mum was drinking. This baby has a bruise on his ear") == .present)
    }

    /// A carer talking about what a psychosis sees, alone with the baby: the talk is a state, and
    /// the baby in her sole care said after it is danger now (the "talking about" of advice had
    /// taken it as hypothetical). Talk of advice still reaches on.
    @Test(arguments: [
        "mum keeps talking about devils and she has the baby on her own",
        "dad is ranting about spirits, the baby is with him alone",
    ])
    func psychoticTalkWithTheBabyAloneIsDanger(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    @Test func talkOfAdviceIsNoDanger() {
        #expect(!DialogueFixtures.recommendationIDs("we talked about safe sleep and she is on her own with the baby at night")
            .contains("emergency-services"))
    }

    /// The baby named as another child's baby sister: still the baby to the danger cues.
    @Test func theBabyNamedAsABabySisterIsTheBaby() {
        let text = "a teacher says her baby sister is home alone with dad who is passed out drunk"
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"))
    }

    /// Short answers to the bruise question: a little, one seen with its time (a yes), who
    /// spotted or found it first (second-hand: possible). Both give the protocol to a 7 week old.
    @Test("short answers to the bruise question", arguments: ["consultation", "duty-triage"])
    func shortAnswersToTheBruiseQuestion(dialogue: String) throws {
        let opening = dialogue == "consultation" ? ["no", "health visitor", "mum struggling", "7 weeks"] : ["no", "7 weeks"]
        func bruising(after answer: String) throws -> FindingStatus? {
            try DialogueFixtures.status(of: .bruising, in: dialogue, after: opening, asked: "bruising", answer: answer)
        }
        for answer in ["a bit", "a little bit", "one last night, on her leg"] {
            #expect(try bruising(after: answer) == .present, "\(answer)")
        }
        for answer in ["dad spotted one yesterday", "she found one this morning"] {
            #expect(try bruising(after: answer) == .possible, "\(answer)")
        }
        #expect(try bruising(after: "no") == .absent)
        // "NM" (no marks) to the bruise question is a no.
        #expect(try bruising(after: "NM") == .absent)
    }

    /// "NM" (not mobile) or "non mobile" as the whole answer to the mobility question: pre-mobile.
    @Test("NM to the mobility question is pre-mobile")
    func notMobileShorthand() throws {
        let opening = ["no", "GP", "bruise on the leg", "10 months"]
        for answer in ["NM", "non mobile"] {
            let status = try DialogueFixtures.status(of: .preMobile, in: "consultation", after: opening, asked: "mobility", answer: answer)
            #expect(status == .present, "\(answer)")
        }
    }

    /// The baby said to be bruised all over, and named as a baby brother (folded to the baby).
    @Test(arguments: ["the baby is black and blue", "her baby brother is black and blue", "the newborn looks covered in bruises"])
    func theBabyBlackAndBlueIsBruising(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }
}
