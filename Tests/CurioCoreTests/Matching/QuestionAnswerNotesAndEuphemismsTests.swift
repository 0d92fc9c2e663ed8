import Testing

@testable import CurioCore

/// Classes a probe of notes and second-hand accounts found. False: a note's question answered
/// in the note ("Q: Any bruising? A: None.", "Immediate danger? - Not at the moment") read as a
/// doubt of the factor the question names, the answer ignored; a birthmark's other name
/// ("stork bite", "angel kiss mark") read as a bite or a mark. Missed: babies left on their own
/// told with a plural subject or the perfect ("the twins have been left on their own"); a pram
/// or car seat outside with no adult anywhere; a threat told as a euphemism or in a quote ("neither
/// of you will wake up", "I'll shut it up for good", "I'm going to let go" of a baby in the bath);
/// an injury told by its sign or cause (puncture wounds, hair pulled out, the dog went for him).
/// Sentences written for the classes.
@Suite("Question-and-answer notes, euphemistic threats, birthmark names")
struct QuestionAnswerNotesAndEuphemismsTests {
    /// The answer "no", "none", "not at the moment" denies what the question names.
    @Test func answeredNoIsAbsent() {
        #expect(MatcherFixture.status(.bruising, in: "Q: Any marks on his legs? A: None seen.") == .absent)
        #expect(MatcherFixture.status(.immediateDanger, in: "Immediate danger? - Not at present, dad has left the address.") == .absent)
        #expect(MatcherFixture.status(.substanceMisuse, in: "Drinking? A: Not that I know of.") == .absent)
        #expect(MatcherFixture.status(.preMobile, in: "Q: Is she mobile yet? A: No, not yet.") == .present)
    }

    /// The answer "yes" tells it; not knowing is a doubt.
    @Test func answeredYesIsToldAndDontKnowIsADoubt() {
        #expect(MatcherFixture.status(.preMobile, in: "Mobile? - Yes, cruising round the furniture.") == .absent)
        #expect(MatcherFixture.status(.preMobile, in: "Is he crawling? Yes.") == .absent)
        #expect(MatcherFixture.status(.substanceMisuse, in: "Does she drink? Yes, every night.") == .present)
        #expect(MatcherFixture.status(.bruising, in: "Q: Any marks? A: Yes, one on his leg.") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "Q: Is the baby safe tonight? A: I don't know, nobody is picking up.") == .possible)
        #expect(MatcherFixture.status(.bruising, in: "Bruise on his ear? No idea, I haven't seen him") == .possible)
    }

    /// A denied danger gives no emergency advice.
    @Test func deniedDangerInANoteIsNoEmergency() {
        let text = "Q: Is anyone in immediate danger? A: Not right now, he has gone to his mum's."
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .absent)
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"))
    }

    /// A birthmark's other name is no bite or mark; a real bite beside it still is.
    @Test func birthmarkNamesAreNoInjury() {
        for text in ["There's a pink stork bite on the back of his neck",
            "An angel kiss mark on her forehead",
            "Stork bites on the nape of her neck"] {
            #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
            #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
        }
        #expect(MatcherFixture.status(.otherInjury, in: "the dog bite on his arm") == .present)
        #expect(MatcherFixture.status(.bruising, in: "a stork bite and a bruise on his cheek") == .present)
    }

    /// Babies left on their own, the subject plural or the verb perfect.
    @Test(arguments: [
        "the two babies have been left on their own",
        "the baby has been left on her own",
        "The toddlers keep getting left on their own while mum goes to the shop",
    ])
    func leftOnTheirOwn(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    @Test func neverLeftOnTheirOwn() {
        #expect(MatcherFixture.status(.immediateDanger, in: "the twins have never been left alone") == .absent)
        #expect(MatcherFixture.status(.immediateDanger, in: "she has never left the baby on her own") == .absent)
    }

    /// A pram or car seat outside with no adult: danger and neglect; with the carer there, nothing.
    @Test func pramWithNoAdult() {
        for text in ["pram left outside the shop with the baby in it, no adult anywhere",
            "An unattended buggy outside Tesco with a newborn asleep in it.",
            "baby in a car seat on the pavement, no parent around"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        }
        for text in ["Baby asleep in the pram outside the cafe, mum sitting by the window.",
            "The baby was in her pram in the garden while mum hung the washing out.",
            "She takes the buggy with the baby to the park, no adult support though"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        }
    }

    /// A threat told as a euphemism, in a quote or as a condition: possible danger, to call on.
    @Test(arguments: [
        "He told her 'leave me and you and the baby won't wake up one morning'.",
        "He says if she won't stop crying he'll silence her permanently",
        "Dad shouted that he'd shut the brat up once and for all",
        "She said she wants to hold her under the water",
    ])
    func euphemisticThreats(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .possible, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    @Test func aThreatToBothIsAbuseToo() {
        #expect(MatcherFixture.status(.domesticAbuse, in: "He told her 'leave me and you and the baby won't wake up one morning'.") == .present)
    }

    /// Tiredness and settling are no threats.
    @Test(arguments: [
        "neither of you will wake up for the 2am feed at this rate",
        "Nobody will wake up in time if the alarm isn't fixed",
        "if he doesn't settle I'll try the dummy",
    ])
    func noThreat(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// An injury told by its sign or its cause.
    @Test(arguments: [
        "two small puncture marks on her hand",
        "a clump of hair missing from her head",
        "there's a patch where his hair has been ripped out",
    ])
    func injuryBySign(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    @Test func injuryBySignDeniedOrNotTheBabys() {
        #expect(MatcherFixture.status(.otherInjury, in: "no puncture wounds") == .absent)
        #expect(MatcherFixture.status(.otherInjury, in: "the dog went for the postman") == nil)
    }
}
