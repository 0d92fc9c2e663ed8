import Testing

@testable import CurioCore

/// Two classes from the end of the twenty-seventh session's fresh probe. A carer who has gone
/// off with the baby ("he's just left with the baby in the car") has it in their charge: with
/// the carer drunk or high, danger now. Little food in the home ("wasn't much food in the
/// cupboards", "hardly any formula left") is a doubt of neglect. Sentences written for the
/// classes, both ways.
@Suite("Gone off with the baby, little food in the home")
struct GoneOffWithTheBabyAndLittleFoodTests {
    /// A drunk or high carer gone off with the baby: danger now, and the call to 999.
    @Test(arguments: [
        "he's been drinking all day and he's just left with the baby in the car",
        "dad's off his face and has gone off with the baby",
        "mum is drunk and stormed out with him in the pram",
    ])
    func impairedCarerGoneWithTheBaby(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// A sober carer going out with the baby, or a baby left with someone, is no danger.
    @Test(arguments: [
        "mum has left with the baby to stay at her sister's", "dad is sober and just left with the baby for the park",
        "she was left with the baby all week while he was away",
    ])
    func soberOrLeftWithSomeone(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// Little food or formula in the home: neglect possible; none at all stays present.
    @Test func littleFoodIsADoubt() {
        for text in ["There wasn't much food in the cupboards and the heating was off", "hardly any food in the house",
            "barely any formula left"] {
            #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
        }
        #expect(MatcherFixture.status(.neglect, in: "no food in the cupboards") == .present)
        #expect(MatcherFixture.status(.neglect, in: "there's not much food waste") == nil)
    }

    /// Not fed, with the carer given as the reason: neglect; a poorly baby not feeding is not.
    @Test func notFedBecauseOfTheCarer() {
        #expect(MatcherFixture.status(.neglect, in: "he hasn't fed since last night because mum is too drunk to make a bottle") == .present)
        #expect(MatcherFixture.status(.neglect, in: "hasn't been fed since 6am because dad forgot") == .present)
        #expect(MatcherFixture.status(.neglect, in: "He hasn't fed since last night and has a temperature.") == nil)
    }
}
