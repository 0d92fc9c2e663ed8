import Testing

@testable import CurioCore

/// In a long answer a doubt that opens the next clause ("..., plus possibly a faint mark") doubts
/// what follows, not the denial before the joiner; and "as well as" or "plus"/"also" with a new
/// subject opens a new clause that a denial before it does not reach. A list of what is denied
/// still goes on ("no drugs as well as alcohol").
@Suite("Doubt and new-clause joiners in long answers")
struct DoubtAndNewClauseJoinersInLongAnswersTests {
    @Test(arguments: [
        "denies drugs or alcohol plus possibly a small mark on her chin",
        "no cannabis use, maybe a bruise on his leg",
    ])
    func denialBeforeADoubtStaysDenied(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .absent, "\(text)")
        #expect(MatcherFixture.status(.bruising, in: text) == .possible, "\(text)")
    }
    @Test(arguments: [
        "No marks as well as he's been left on his own in the flat all night",
        "nothing of concern at the visit as well as the baby has been left alone in the flat",
    ])
    func dangerAfterAsWellAsIsTold(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "he isn't crawling as well as he settles easily",
    ])
    func crierDenialDoesNotReachNextClause(text: String) {
        #expect(MatcherFixture.status(.inconsolableCrying, in: text) == .absent, "\(text)")
    }
    @Test(arguments: ["denies DV as well as plenty of help from her sister", "no DA as well as good support from friends"])
    func supportAfterAsWellAsIsNotDenied(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .absent, "\(text)")
    }
    @Test(arguments: ["no DA as well as grandad drinks"])
    func relativeAfterAsWellAsStaysTheirs(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["no drugs as well as alcohol", "denies drinking as well as drugs"])
    func listOfDenialsGoesOn(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .absent, "\(text)")
    }
}
