import Testing

@testable import CurioCore

/// The caller's own deferral about a detail ("I'd have to check the dates", "we'd need to
/// confirm the exact date") or afterthought ("come to think of it", "now I think about it") and
/// a modest yes ("I'd say yes") are notes on the telling: the "would" or "thinking about" in
/// them must not make a bruise told after them a maybe (it dropped a bruise on a baby of 9 weeks
/// at the age question). A deferral about the bruise itself ("I'd have to check with mum whether
/// there are any bruises") and a modest no stay as they were.
@Suite("Deferrals and afterthoughts in an answer")
struct DeferralsAndAfterthoughtsInAnAnswerTests {
    @Test(arguments: [
        "about 9 weeks I'd have to check the dates, and nan found a bruise on her back",
        "we'd need to confirm the exact date, but there's a bruise on his cheek",
        "nothing else, now I think about it there's a bruise on her shin",
        "I'd say yes, a small bruise on his ear",
    ])
    func bruiseIsTold(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["no injuries, but come to think of it there was a mark on his leg"])
    func afterthoughtBruiseAfterADenial(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.otherInjury, in: text) == .absent, "\(text)")
    }

    @Test(arguments: ["I'd have to check with mum whether there are any bruises", "I'd say no bruises"])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }

    /// The age told before the deferral is still read.
    @Test func ageBeforeTheDeferral() {
        MatcherFixture.expectAge("about 9 weeks I'd have to check the dates, and nan found a bruise on her back", is: 9)
    }
}
