import Testing

@testable import CurioCore

@Suite("Answer vocabulary")
struct AnswerVocabularyTests {
    let vocabulary = DialogueFixtures.knowledge.answers
    let options = ["yes", "no", "not sure"]

    @Test(
        "short answers choose the option they mean",
        arguments: [
            ("yes", "yes"), ("Yep.", "yes"), ("yeah, on his arm", "yes"), ("no", "no"), ("Nope", "no"),
            ("no, nothing seen", "no"), ("not sure", "not sure"), ("no idea", "not sure"),
            ("Don't know", "not sure"), ("dont know tbh", "not sure"), ("NOT SURE!", "not sure"),
        ])
    func chooses(answer: String, option: String) {
        #expect(vocabulary.choose(answer, among: options) == option)
    }

    @Test(
        "an answer that starts with none of them, or only starts a longer sentence with one, chooses nothing",
        arguments: [
            "", "   ", "nothingness", "yesterday", "8 weeks", "notably",
            "not sure who the father is or where he lives", "no concerns were raised by the school nurse at all",
            "yes the grandmother rang again this morning about him",
        ])
    func choosesNothing(answer: String) {
        #expect(vocabulary.choose(answer, among: options) == nil)
    }

    @Test("multi-word options are chosen by their own words")
    func multiWordOptions() {
        #expect(vocabulary.choose("health visitor", among: ["health visitor", "GP"]) == "health visitor")
        #expect(vocabulary.choose("gp here", among: ["health visitor", "GP"]) == "GP")
        #expect(vocabulary.choose("known and involved, he's at every visit", among: ["known and involved", "not known"]) == "known and involved")
    }
}
