import Testing

@testable import CurioCore

/// The baby alone for a time told as gone by, its length said in more words or with "all
/// evening" ("he was on his own for a couple of hours last night while she was out", "the twins
/// were on their own for 2 hours while dad was at the bookies"): left alone, neglect, not the
/// parent's isolation. A mother on her own all day, or a carer on his own with the baby, is not.
@Suite("Baby alone for a time gone by")
struct BabyAloneForATimeGoneByTests {
    @Test(arguments: [
        "he was on his own for a couple of hours last night while she was out",
        "he was by himself all evening while mum was at the pub",
        "the twins were on their own for 2 hours while dad was at the bookies",
        "the baby was alone for a few hours on Saturday while they were at the party",
    ])
    func isNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.isolation, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        "she was on her own all day while he was out",
        "he was on his own with the baby while mum was at work",
    ])
    func lookAlikesAreNoNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }
}
