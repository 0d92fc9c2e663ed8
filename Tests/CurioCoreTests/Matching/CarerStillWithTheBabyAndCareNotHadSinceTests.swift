import Testing

@testable import CurioCore

/// Two classes found in reviewing the merge of gc's look-alikes. A carer said to have the baby
/// with a word of time between ("he's now got the baby in the car", "she's still got the baby")
/// has it in their charge: drunk or high, that is danger now. gc's protective refusal ("so mum
/// refused to hand her over") had taken the words that gave the danger before, and "now"
/// between "he's" and "got" kept the carer from being read as in charge. A baby settled by
/// someone ("got the baby off to sleep") is a task done, not a carer in charge. One check missed
/// for the weather is no neglect (gc), but the baby not seen or rebooked since is care still not
/// had. Sentences written for the classes, both ways.
@Suite("A carer still with the baby, care not had since")
struct CarerStillWithTheBabyAndCareNotHadSinceTests {
    @Test(arguments: [
        "Dad turned up drunk and aggressive so mum refused to hand her over; he's now got the baby in the car.",
        "dad is drunk and he's now got the baby in the car",
        "mum is off her face and she's still got the baby",
        "mum is off her face and she's got the baby down by the river",
    ])
    func impairedCarerWhoHasTheBabyNow(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    @Test(arguments: [
        "he's just got the baby off to sleep, mum is drunk",
        "he's got the baby down for a nap, mum is drunk",
        "Dad is sober and he's now got the baby.",
    ])
    func settledOrSoberIsNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        "Missed the 8 week check because of the snow, and hasn't been seen since.",
        "DNA'd clinic because of the buses, not rebooked.",
    ])
    func missedAndNotSeenSinceIsNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "Missed one weigh-in because of the snow.",
        "Missed a weigh-in because of the snow but was seen the next day.",
    ])
    func oneMissedForTheWeatherIsNoNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }
}

/// A carer said to be with the baby now ("he's still with the baby"): drunk or high, danger now.
/// Another carer with the baby, or the carer sober, is no danger.
@Suite("A carer with the baby now")
struct CarerWithTheBabyNowTests {
    @Test func impairedCarerWithTheBabyIsDanger() {
        #expect(MatcherFixture.status(.immediateDanger, in: "dad is drunk and he's still with the baby") == .present)
    }

    @Test(arguments: ["mum is drunk, dad is with the baby", "mum is sober and she's with the baby", "mum's drunk but nan is with the baby"])
    func anotherOrASoberCarerIsNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }
}

/// The baby at a carer's home now ("the baby is at nan's"): in that carer's hands, so a carer
/// there drunk or high is danger now; another carer impaired elsewhere, or a sober one, is not.
@Suite("The baby at a carer's home")
struct BabyAtACarersHomeTests {
    @Test(arguments: ["the baby is at nan's and nan is off her face", "the baby is at dad's and he's smashed"])
    func anImpairedCarerAtHomeWithTheBabyIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["the baby is at nan's, mum is drunk", "the baby is at nan's and nan is lovely"])
    func anotherOrASoberCarerIsNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }
}
