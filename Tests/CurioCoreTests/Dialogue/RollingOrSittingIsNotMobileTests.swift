import Testing

@testable import CurioCore

/// To "is the baby moving independently yet? (rolling does not count)", rolling about or
/// sitting told as the whole answer ("he rolls everywhere", "she can sit up", "not quite") is a
/// no: the baby is pre-mobile, and a bruise follows the bruising protocol. They chose nothing,
/// and a bruised 7-month-old got no referral. Whole only: "sits and crawls" says more (the
/// matcher reads the crawling).
@Suite("Rolling or sitting is not mobile")
struct RollingOrSittingIsNotMobileTests {
    static let vocabulary = DialogueFixtures.knowledge.answers

    @Test(arguments: ["he rolls everywhere", "rolls around", "she can sit up", "sits unaided", "not quite"])
    func isANo(answer: String) {
        #expect(Self.vocabulary.choose(answer, among: ["yes", "no", "not sure"]) == "no", "\(answer)")
    }

    @Test(arguments: ["sits and crawls", "she sits up and pulls to stand"])
    func moreSaidChoosesNothing(answer: String) {
        #expect(Self.vocabulary.choose(answer, among: ["yes", "no", "not sure"]) == nil, "\(answer)")
    }
}
