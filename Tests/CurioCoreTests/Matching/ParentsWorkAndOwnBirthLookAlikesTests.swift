import Testing

@testable import CurioCore

/// The parent's job is not the parent's history: a children's home as a workplace is no care
/// history, people with learning disabilities as clients are no learning difficulty; and the
/// parent's own birth long ago is not this baby's traumatic birth. The parent's own history, and
/// a birth said of "she" (a baby girl), stay present.
@Suite("Parent's work and own birth look-alikes")
struct ParentsWorkAndOwnBirthLookAlikesTests {
    @Test(arguments: ["Mum works in a children's home.", "Dad does shifts at a children's home."])
    func workplaceIsNoCareHistory(text: String) {
        #expect(MatcherFixture.status(.childhoodInCare, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["Mum grew up in a children's home and now works there.", "Mum lived in a children's home from 12."])
    func ownCareHistoryStays(text: String) {
        #expect(MatcherFixture.status(.childhoodInCare, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["Mum works with adults with learning disabilities.", "Dad is a support worker for people with a learning disability."])
    func clientsAreNoLearningDifficulty(text: String) {
        #expect(MatcherFixture.status(.learningDifficulty, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["Mum has learning disabilities and works with children."])
    func ownLearningDifficultyStays(text: String) {
        #expect(MatcherFixture.status(.learningDifficulty, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["Mum was born by emergency section herself.", "Dad himself was born by forceps."])
    func parentsOwnBirthIsNotThisBirth(text: String) {
        #expect(MatcherFixture.status(.traumaticBirth, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["She was born by emergency section.", "Mum was born by emergency section and the baby was a forceps delivery."])
    func thisBirthStays(text: String) {
        #expect(MatcherFixture.status(.traumaticBirth, in: text) == .present, "\(text)")
    }
}
