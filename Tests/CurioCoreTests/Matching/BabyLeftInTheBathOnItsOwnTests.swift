import Testing

@testable import CurioCore

/// A baby left in the bath, told with how alone after the place ("left in the bath on his own"),
/// is danger now (drowning takes moments) as well as neglect; the neglect cue of a baby left in
/// its pram or cot on its own took those words and dropped the danger. With a time gone by it is
/// neglect only; a baby sitting happily in the bath is nothing.
@Suite("Baby left in the bath on its own")
struct BabyLeftInTheBathOnItsOwnTests {
    @Test(arguments: [
        "she'd been left in the bath on her own while he had a cigarette",
        "dad left him in the bath by himself to answer his phone",
        "was left in the bath unattended for a few minutes",
    ])
    func isDangerAndNeglect(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.isolation, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["he was left in the bath on his own last month"])
    func pastIsNeglectOnly(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["she loves sitting in the bath on her own with her ducks"])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }
}
