import Testing

@testable import CurioCore

/// Critical misses a round of probes found, each class both ways. Missed: a baby alone told as a
/// scene with a pause ("the baby was - alone in his cot") or second-hand ("left on its own in the
/// flat"), and nobody known to have the baby; poor growth told plainly (no weight put on, only a
/// small gain with its amount, below the lowest centiles from a higher one, how thin the baby
/// is, also under "I'd be surprised if ... hadn't noticed"); an injury told by a sign inside and
/// a suspected cause (blood in the urine, drowsy and vomiting, with a kick, a fall, a throw);
/// a threat of murder-suicide ("would take the baby with him"); facts cancelled by a request for
/// advice after them ("please advise"); a "would" reaching past ", and" + a parent's admission;
/// a bruise in unusual words (a purple smudge, dabs of colour, a dusky thumbprint-shaped patch).
/// Kept apart: a parent alone, a mother's pregnancy weight, an adult's own injury, a baby taken
/// to the shops, advice given, lips or hands, and a birthmark recorded at birth. Sentences
/// written for the classes.
@Suite("Alone scenes, plain growth, injury signs, murder-suicide, advice requests, bruise words")
struct AloneScenesPlainGrowthInjurySignsAndBruiseWordsTests {
    /// A baby alone told as a scene with a pause after its verb: danger now and neglect.
    @Test(arguments: [
        "when the police got in, the baby was - on her own in the back bedroom",
        "the twins were - alone upstairs",
    ])
    func aBabyAloneAfterAPause(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// ...told second-hand, the baby called "it": possible.
    @Test(arguments: [
        "a neighbour rang to say the baby has been left on its own in the house",
        "her sister says the baby was left by itself in the car",
    ])
    func aBabyLeftOnItsOwnSecondHand(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .possible, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
    }

    /// A parent alone after the same pause is the parent's isolation, never the baby alone.
    @Test(arguments: ["mum was - on her own in the flat", "dad is, alone, at home"])
    func aParentAloneAfterAPause(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// Nobody known to have the baby: possible neglect; a known carer, or another person
    /// cared for, gives none.
    @Test func nobodyKnownToHaveTheBaby() {
        for text in ["unclear who is minding the baby tonight", "no idea who's looking after the kids while mum's at work"] {
            #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
        }
        for text in ["we know who is looking after the baby", "not sure who is caring for her mum"] {
            #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
        }
    }

    /// Poor growth told plainly: neglect present.
    @Test(arguments: [
        "he hasn't put on any weight in the last month",
        "she has not put any weight on since the last clinic",
        "only gained 80g in a fortnight",
        "has put on just 150 grams since birth",
        "now below the 2nd, was 75th at birth",
    ])
    func poorGrowthToldPlainly(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// How thin the baby is, also under "I'd be surprised if ... hadn't": possible.
    @Test(arguments: ["I was struck by how skinny the baby is", "I'd be surprised if dad hadn't seen how thin she's got"])
    func howThinTheBabyIs(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
    }

    /// A pregnancy's weight, catch-up growth, a good gain: no neglect; a surprise without the
    /// "not" still doubts.
    @Test func growthLookAlikes() {
        for text in ["mum hasn't put on any weight during her pregnancy", "was on the 2nd, now on the 50th", "he's gained 250g this week"] {
            #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
        }
        #expect(MatcherFixture.status(.substanceMisuse, in: "I'd be surprised if she was drinking") == nil)
    }

    /// A sign of an injury inside with a suspected cause: an injury, possible when queried.
    @Test func injurySignsWithACause() {
        for text in ["blood in her urine since dad's partner kicked her", "drowsy and vomiting after she was dropped"] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
        }
        for text in ["passing blood in his wee, ?punched", "haematuria ?kick"] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == .possible, "\(text)")
        }
        for text in ["blood in his urine, likely a UTI", "dad was kicked and is peeing blood", "mum was sick and drowsy after she fell"] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
        }
    }

    /// A parent's suicide with the baby taken along: danger now and mental ill health.
    @Test(arguments: [
        "he's suicidal and told the crisis team he'd take the kids with him",
        "she keeps saying that when she dies she's taking the baby with her",
    ])
    func murderSuicideThreat(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
    }

    /// The baby taken along on an errand is no threat.
    @Test func aBabyTakenAlongIsNoThreat() {
        #expect(MatcherFixture.status(.immediateDanger, in: "she'd take the baby with her to the shops") == nil)
    }

    /// A request for advice after the facts keeps them; advice given stays advice.
    @Test func adviceRequestedAfterTheFacts() {
        #expect(MatcherFixture.status(.neglect, in: "baby's lost weight and mum isn't feeding him enough, please advise") == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: "dad drinks every night, could you advise") == .present)
        #expect(MatcherFixture.status(.neglect, in: "mum was advised about weight loss") == nil)
    }

    /// A "would" ends at ", and" + a parent's admission; alone it stays a hypothetical.
    @Test func wouldEndsAtAnAdmission() {
        #expect(
            MatcherFixture.status(.neglect, in: "she said he'd settle himself, and she has admitted leaving him alone in the flat at night")
                == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "he would be fine on his own, she thinks") == nil)
    }

    /// A bruise in unusual words on a part of the body where a colour is a bruise.
    @Test(arguments: [
        "a purple smudge on his cheek",
        "a bluish dab behind her ear",
        "a dusky fingertip-sized patch on her thigh",
        "smudges of purple on his shin",
        "bluish smudge on his back, no MBS noted at birth",
    ])
    func aBruiseInUnusualWords(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    /// Blue lips, and a birthmark recorded at birth, are no bruise.
    @Test(arguments: ["a purple smudge on his lips", "bluish smudge on the sacrum, MBS recorded at the NIPE"])
    func notABruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }

    /// The advice: 999 for the baby alone and the threat, a referral for the growth and the
    /// queried injury, the bruising protocol for the smudge, nothing for a recorded birthmark.
    @Test func recommendations() {
        let alone = DialogueFixtures.recommendationIDs("2 month old, when we got there the baby was - alone in his cot")
        #expect(alone.contains("emergency-services"))
        let threat = DialogueFixtures.recommendationIDs("7 week old, dad is suicidal and says he would take the baby with him")
        #expect(threat.contains("emergency-services"))
        let growth = DialogueFixtures.recommendationIDs("9 week old, weight dropped 2 centiles, mum not feeding enough, please advise")
        #expect(growth.contains("refer-csc"))
        let injury = DialogueFixtures.recommendationIDs("a 5 week old passing blood in his wee, ?punched")
        #expect(injury.contains("refer-csc"))
        let smudge = DialogueFixtures.recommendationIDs("a 6 week old with a purplish smudge along his jaw")
        #expect(smudge.contains("bruising-protocol"))
        let birthmark = DialogueFixtures.recommendationIDs("4 month old, bluish smudge on the sacrum, MBS recorded at the NIPE, dad is involved")
        #expect(!birthmark.contains("bruising-protocol"))
    }
}
