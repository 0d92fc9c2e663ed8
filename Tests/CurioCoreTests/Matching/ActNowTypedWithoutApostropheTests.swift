import Testing

@testable import CurioCore

/// A carer hurting the baby now, typed without an apostrophe ("shes shaking him", "hes shaking
/// her", "dads hitting him"): danger now and an injury, as "she's shaking him" is. The
/// tokenizer reads a subject's "'s" typed without its apostrophe as "is" before an "-ing" word
/// or a state (`language.yaml`'s `is_before: unmarked`). Read as a word, "shes" met "she" and
/// "shaking" met "shook", so gd took "shes" out of the danger-now cues (it made "she shook the
/// baby last week" danger now), which left the chat form an injury only. The act told with a
/// past time or as a habit ("she shook him last week", "she hits him when he cries") is an
/// injury and no danger now; "he hit her last night" is still the mother's (domestic abuse).
@Suite("The act now, typed without an apostrophe")
struct ActNowTypedWithoutApostropheTests {
    @Test(arguments: ["shes shaking him", "hes shaking her and screaming", "dads shaking him right now", "mums hitting the baby"])
    func theActNowIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// The words as the tokenizer gives them: the subject, then "is".
    @Test func theUnmarkedIsIsRead() {
        let texts = DialogueFixtures.knowledge.matcher.lexicon.tokens("shes shaking him").map(\.text)
        #expect(Array(texts.prefix(4)) == ["she", "is", "shaking", "him"])
        #expect(DialogueFixtures.knowledge.matcher.lexicon.tokens("the mums group").map(\.text).contains("is") == false)
    }

    @Test(arguments: [
        "she shook him last week", "she hits him when he cries", "dad hit him yesterday", "she smacked her the other day",
        "she shook her last week", "he shook the baby last week and he's still in the house",
    ])
    func theActPastOrAsAHabitIsAnInjury(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["he hit her last night", "dad hit her yesterday"])
    func hittingHerIsTheMother(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["hes shaking his head", "shes shaking her head", "she shook her head last week"])
    func gesturesAreNothing(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }
}
