import Foundation
import Testing

@testable import CurioCore
import CurioTestSupport

/// Situations (`risk-factors.yaml`'s `situations`, ids `now.…`): what is true at the moment of
/// the call, read like factors (negation, hedging, whose it is) but never reported. Two of them
/// together make immediate danger by an inference, whether they are said in one sentence, two
/// sentences or two answers ("mum is very drunk." / "she is on her own with the baby").
/// Sentences written for the class.
@Suite struct SituationTests {
    let matcher = MatcherFixture.matcher

    func situation(_ id: RiskFactorID, in text: String) -> FindingStatus? {
        matcher.match(text).situations.first { $0.id == id }?.status
    }

    @Test func aSituationIsReadButNeverAFinding() {
        let result = matcher.match("Dad is very drunk and he has the baby on his own tonight")
        // (Having the baby on his own also says he is where the baby is, `now.harmer_there`:
        // danger only with the baby hurt by the same carer, `same_carer` in recommendations.yaml.)
        #expect(result.situations.map(\.id).sorted() == ["now.carer_impaired", "now.harmer_there", "now.sole_care"])
        #expect(!result.findings.contains { $0.id.isSituation })
        // The factor his words also say is found as before: the situation's cue takes no words
        // from it.
        #expect(result.status(of: .substanceMisuse) == .present)
    }

    @Test func contextDecidesASituationsStatus() {
        #expect(situation("now.carer_impaired", in: "mum is very drunk") == .present)
        // Denied: not read at all, or read as absent; never present.
        #expect(situation("now.carer_impaired", in: "mum is not drunk") != .present)
        #expect(situation("now.carer_impaired", in: "no, dad is not very drunk") != .present)
        #expect(situation("now.carer_impaired", in: "dad might be drunk, hard to tell on the phone") == .possible)
        // Someone else's state is read as theirs, told apart from the parents' (WhoseStateTests).
        #expect(matcher.match("her friend is very drunk").situations.first?.carers == .other)
        #expect(situation("now.sole_care", in: "she is not alone with him, her sister is there") == .absent)
    }

    /// "drunk" is read as "drink": a baby drinking milk, or a habit, is no carer drunk now.
    @Test func drinkingIsNotAlwaysDrunk() {
        #expect(situation("now.carer_impaired", in: "the baby is drinking 4oz bottles") == nil)
        #expect(situation("now.carer_impaired", in: "she is drinking well from the breast") == nil)
        #expect(situation("now.carer_impaired", in: "dad drinks at weekends") == nil)
        #expect(situation("now.carer_impaired", in: "her EPDS is high") == nil)
        #expect(situation("now.carer_impaired", in: "she is high risk") == nil)
        #expect(situation("now.carer_impaired", in: "mum had a glass of wine with lunch today") == nil)
        // The state said plainly, with a time or by its signs.
        // A pronoun's "is drunk" is also "is drinking": read unless what was drunk, how much or
        // how often follows ("she's drinking" alone is read, a known look-alike).
        #expect(situation("now.carer_impaired", in: "she's drunk. the baby is with her") == .present)
        #expect(situation("now.carer_impaired", in: "he's drunk, mum said") == .present)
        #expect(situation("now.carer_impaired", in: "yes she's drunk") == .present)
        #expect(situation("now.carer_impaired", in: "he's drunk and shouting") == .present)
        #expect(situation("now.carer_impaired", in: "she's drinking 5oz every 3 hours") == nil)
        #expect(situation("now.carer_impaired", in: "she's drunk all her bottle") == nil)
        #expect(situation("now.carer_impaired", in: "he's drunk 4oz and settled") == nil)
        #expect(situation("now.carer_impaired", in: "she's drunk well today") == nil)
        // How much or how often: the habit (substance misuse), not a state now.
        #expect(situation("now.carer_impaired", in: "mum is drinking heavily while caring for the baby") == nil)
        #expect(situation("now.carer_impaired", in: "dad is drinking more since the birth") == nil)
        #expect(situation("now.carer_impaired", in: "mum is drinking right now") == .present)
        #expect(situation("now.carer_impaired", in: "mum has been drinking since lunchtime") == .present)
        #expect(situation("now.carer_impaired", in: "dad took crack an hour ago") == .present)
        #expect(situation("now.carer_impaired", in: "he was slurring his words and smelt of alcohol") == .present)
    }

    @Test func twoSituationsInTwoSentencesAreDanger() {
        #expect(DialogueFixtures.recommendationIDs("Mum is very drunk. She is on her own with the baby.").contains("emergency-services"))
        #expect(DialogueFixtures.recommendationIDs("He is punching the walls right now. The baby is asleep upstairs.").contains("emergency-services"))
        #expect(DialogueFixtures.recommendationIDs("Dad took heroin earlier today. He has the 3 month old by himself.").contains("emergency-services"))
    }

    /// In the words of a duty log or a crew's handover, and told in the home's own words.
    @Test(arguments: [
        "Mother appears intoxicated, slurring words. No other adult present. Infant 3/12.",
        "dad's been on the vodka since this morning. he's got the 6 week old on his own.",
        "dad is drunk and kicking off, mum has run out, he has the baby",
        "Caller says partner is attacking mum at the moment, baby in the flat",
        "He is throwing things at her now. She is holding the baby.",
    ])
    func toldTheWayADeskHearsIt(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// A carer unable to care in other ways than drink or drugs (collapsed, psychotic now, saying
    /// goodbye), and a fire or a weapon where the baby is, told in two sentences.
    @Test(arguments: [
        "Dad has collapsed. He was looking after the baby on his own.",
        "Mum is psychotic and not making sense. She is on her own with the 2 week old.",
        "Mum texted that she can't go on and is saying goodbye. She has the 6 week old with her.",
        "Mum passed out drunk. Baby is with her.",
        "Dad has a knife. The baby is in the house.",
        "The house is on fire. The baby is inside.",
        "The smoke alarm is going off and the baby is still upstairs.",
    ])
    func otherWaysACarerCannotCareAndDangersInTheHome(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// The carer's clause goes on to the baby with its subject left out ("drunk and has the
    /// baby"), or the baby is in the carer's hands (holding, feeding) or care: the one unable to
    /// care has the baby.
    @Test(arguments: [
        "she's drunk and on her own with the baby",
        "dad is drunk and has the baby",
        "Dad is very drunk and looking after the 5 week old",
        "Mum's off her face and feeding the baby",
        "dad is drunk and holding the baby",
        "Mum is feeding the baby. She's drunk.",
        "Mum is high. Baby in her care.",
        "Dad collapsed while holding the baby",
    ])
    func theImpairedCarerHasTheBaby(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// British slang for drunk or high as the carer's state, and the signs of it now (slurring,
    /// unable to stand, pinned pupils, nodding off after using), with a carer who has the baby.
    @Test(arguments: [
        "Dad's absolutely hammered and he has the baby on his own.",
        "She's completely wasted and the 4 week old is with her.",
        "Mum is steaming drunk and on her own with the baby.",
        "Mum is slurring badly on the phone and she is alone with the baby.",
        "He can barely stand and he's holding the baby.",
        "Mum's eyes are pinned and she is feeding the baby.",
        "Dad is nodding off after taking heroin with the baby on his chest.",
        "She's drunk. She's got him.",
        "Dad is wasted. He has the baby.",
        "Hes wasted. Hes got the baby.",
        "The babysitter has the baby. The babysitter is very drunk.",
        "Mum is on the bridge. She has the baby with her.",
        "Both parents are very drunk and have the baby.",
        "Dad has necked a bottle of vodka and he's in charge of the baby.",
        "Mum is drunk and in bed with the baby.",
        "The mother is heavily intoxicated and is the only one caring for the infant.",
        "mum v drunk n on her own wiv baby",
        "Dad is tripping on acid and holding his daughter.",
        "Mum is blotto and alone with the baby.",
    ])
    func slangAndSignsOfACarerUnableToCare(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// The slang words as verbs or idioms ("smashed the plate", "pissed off", "wasted no time")
    /// and slurring with its medical cause: no carer unable to care.
    @Test(arguments: [
        "Mum is pissed off with the housing officer; she's on her own with the baby most days.",
        "She's wasted no time getting back to work, she has the baby on Mondays.",
        "Mum's speech is slurred since her stroke, she has the baby with her.",
        "Dad hammered the fence in this morning, he is looking after the baby.",
        "He is wasting time on his phone, he has the baby.",
        "Dad is pissing about in the garden, he has the baby.",
        "Mum is wasted with tiredness, alone with the baby.",
        "Mum is mashing up his food, she has the baby.",
        "Dad is steaming the bottles, he has the baby.",
        "Mum is with her son at the park; dad is very drunk at home.",
    ])
    func slangAsAVerbIsNoState(text: String) {
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// The matcher reports the danger two situations make in one utterance, by the rule book's
    /// own inferences (`Inference.combinesSituations`): `curio match` says what `ask` advises.
    @Test func theMatcherReportsTheDangerTwoSituationsMake() throws {
        let danger = try #require(matcher.match("Mum is very drunk. She is alone with the baby.").findings.first { $0.id == .immediateDanger })
        #expect(danger.status == .present)
        #expect(danger.inferredFrom?.contains("\"Mum is very drunk\"") == true)
        #expect(MatcherFixture.status(.immediateDanger, in: "Mum is very drunk. Dad is looking after the baby.") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "Mum might be drunk, she is on her own with the baby.") == .possible)
        // As `curio match` loads it (`Knowledge.load` builds it with `MatchingKnowledge`): the
        // lexicon with the rule book's inferences, nothing else.
        let loaded = try ShippedKnowledge.knowledge
        #expect(loaded.matcher.match("He is punching the walls right now. The baby is upstairs.").status(of: .immediateDanger) == .present)
        // Only inferences that read situations are the matcher's: an age gives no pre-mobile here.
        #expect(loaded.matcher.match("he is 8 weeks old").findings.isEmpty)
    }

    /// A carer suicidal now, threatening it, just overdosed, or in a crisis of the mind, with
    /// the baby; told as over, no danger.
    @Test(arguments: [
        "Mum is suicidal and alone with the 3 week old.",
        "Dad is threatening suicide and he has the baby.",
        "She has overdosed and is alone with the baby.",
        "Mum says she has the pills lined up, the baby is with her.",
        "Mum is having a psychotic episode and is home alone with the baby.",
        "Mum is on the bridge with the baby.",
    ])
    func aCarerInCrisisWithTheBaby(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// The same with "'s" for "is" ("she's suicidal") and the subject left out ("and is in
    /// crisis"), and look-alikes of the crisis words.
    @Test func crisisWordsWithTheirSubject() {
        #expect(DialogueFixtures.recommendationIDs("She's suicidal and alone with the baby.").contains("emergency-services"))
        #expect(DialogueFixtures.recommendationIDs("Mum's taken an overdose and is alone with the baby.").contains("emergency-services"))
        #expect(DialogueFixtures.recommendationIDs("Mum is alone with the baby and is in crisis.").contains("emergency-services"))
        #expect(!DialogueFixtures.recommendationIDs("The family is in crisis over the housing; mum is alone with the baby.").contains("emergency-services"))
        #expect(!DialogueFixtures.recommendationIDs("Mum overdosed in 2019; she's alone with the baby.").contains("emergency-services"))
        #expect(!DialogueFixtures.recommendationIDs("She is going to end it with her boyfriend; she has the baby.").contains("emergency-services"))
        #expect(!DialogueFixtures.recommendationIDs("Mum can barely stand after her section, she is holding the baby.").contains("emergency-services"))
    }

    @Test(arguments: [
        "Mum was suicidal as a teenager; she's alone with the baby most days.",
        "Mum took an overdose when she was 15; she is on her own with the baby today.",
        "Mum has a crisis plan in place and is on her own with the baby in the day.",
    ])
    func aCrisisToldAsOverIsNoDanger(text: String) {
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// The state and the care said in one breath are one carer's, whoever it is: a grandparent
    /// drunk and looking after the baby is danger, though the situations are the parents'.
    @Test func inOneBreathWhoeverTheCarer() {
        #expect(DialogueFixtures.recommendationIDs("Nan is drunk and looking after the baby by herself.").contains("emergency-services"))
        #expect(!DialogueFixtures.recommendationIDs("Nan is drunk; mum is holding the baby.").contains("emergency-services"))
        #expect(MatcherFixture.status(.substanceMisuse, in: "mum is drunk and caring for the baby tonight") == .present)
    }

    /// A police log's "male"/"female", a subject kept with "he" or "she" after "'s" was dropped,
    /// and the baby taken off on the carer's own.
    @Test(arguments: [
        "Male is drunk and he's holding the baby, mum isn't here.",
        "He's in charge of the newborn and he is high.",
        "He stank of weed and he's taken her home on his own.",
    ])
    func aCarerUnableToCareInALogsWords(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// The practitioner holding the baby, a baby that has drunk its feed, a habit of drinking:
    /// no one unable to care has the baby now.
    @Test(arguments: [
        "I was holding the baby while mum made a drink. She was fine.",
        "She's drunk all her bottle. Mum is holding her.",
        "Mum is drinking heavily while caring for the baby, grandmother says.",
        "Mum is feeding the baby. Dad drinks at weekends.",
    ])
    func noOneUnableToCareHasTheBaby(text: String) {
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    @Test(arguments: [
        "Dad was in the armed forces. The baby is at home.",
        "Smoke alarm fitted. The baby is in the house.",
        "He was convicted of carrying a knife years ago. The baby is at home.",
        "Mum used to hear voices years ago. She is on her own with the baby.",
        "Mum says she can't go on like this with no sleep, she is on her own with the baby.",
        "Mum fainted after the birth. She is on her own with the baby now.",
        "He is fighting a cold. The baby is at home with mum.",
        "Her eczema is out of control. The baby is in the room.",
        "DA ongoing. Baby at home with mum.",
    ])
    func historyAndHomeSafetyAreNoDanger(text: String) {
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// A state or a fight told as over, advice about one, or a worry without evidence: no danger.
    @Test(arguments: [
        "Mum was very drunk last night but dad was there. Today she is on her own with the baby and fine.",
        "They had a fight last week, he punched the wall. The baby is in the house with mum now and she is safe.",
        "Advised mum not to drink when she is on her own with the baby.",
        "If dad gets drunk while he has the baby on his own, mum will call the police.",
        "Dad used to drink heavily, sober 3 years. He has the baby on his own on Saturdays.",
        "They argue a lot. The baby is in the room when they do.",
    ])
    func overOrAdviceOrWorryIsNoDanger(text: String) {
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    @Test func oneSituationAloneOrDeniedIsNoDanger() {
        #expect(!DialogueFixtures.recommendationIDs("Mum is very drunk. Dad is looking after the baby.").contains("emergency-services"))
        #expect(!DialogueFixtures.recommendationIDs("Mum is not drunk. She is on her own with the baby.").contains("emergency-services"))
        #expect(!DialogueFixtures.recommendationIDs("Her friend is very drunk. Mum is on her own with the baby.").contains("emergency-services"))
        #expect(!DialogueFixtures.recommendationIDs("There was a fight last year. The baby is at home.").contains("emergency-services"))
        #expect(!DialogueFixtures.recommendationIDs("He is hitting all his milestones. The baby is in the room with me.").contains("emergency-services"))
    }

    /// The danger found this way says what it was inferred from, in the practitioner's words.
    @Test func theInferredDangerQuotesBothSituations() throws {
        let advice = DialogueFixtures.knowledge.ask("Mum is very drunk. She is on her own with the baby.").advice
        let danger = try #require(advice.findings.first { $0.id == .immediateDanger })
        #expect(danger.status == .present)
        #expect(danger.inferredFrom?.contains("\"Mum is very drunk\"") == true)
        #expect(danger.inferredFrom?.contains("\"on her own with the baby\"") == true)
        #expect(!advice.findings.contains { $0.id.isSituation })
    }

    /// "'s" before a word of a state is "is" (`is_before`'s `words`): "she's drunk" was "she
    /// drunk", which reads as "she drinks".
    @Test func isBeforeAState() {
        #expect(MatcherFixture.words("she's drunk") == ["she", "is", "drunk"])
        // The end of an answer ends its last sentence: a word that needs a clause end after it
        // may end the answer ("dad has the baby and he is smashed").
        #expect(MatcherFixture.endMark("she's drunk") && MatcherFixture.endMark("he is smashed ") && !MatcherFixture.endMark("he is smashed."))
        #expect(!MatcherFixture.endMark("is he smashed?") && !MatcherFixture.endMark(""))
        #expect(MatcherFixture.status(.immediateDanger, in: "Dad has the baby and he is smashed") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "Mum has the baby on her own and shes hammered") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "Dad has the baby and he has smashed the window") == nil)
        #expect(MatcherFixture.words("he's alone with her") == ["he", "is", "alone", "with", "her"])
        #expect(MatcherFixture.words("the baby's blanket") == ["the", "baby", "blanket"])
    }
}
