import Testing

@testable import CurioCore

/// A carer's threat told in everyday words (to put the baby down hard, to drop him on his head,
/// to put a pillow over his face, that she'll end up hurting him) is a threat to harm: danger
/// now. Denied, or a baby put down for a nap, it is none; a drop told as done stays an injury.
@Suite("Carer's threat in everyday words")
struct CarersThreatInEverydayWordsTests {
    @Test(arguments: [
        "She says she'll put him down hard if he doesn't stop screaming.",
        "dad said he'd put her down hard",
        "She told me she'd drop him on his head if he carries on.",
        "Mum said she would put a pillow over her face.",
        "Mum says she'll end up hurting him.",
        "Dad keeps saying he'll knock him out if he doesn't shut up.",
        "She said she'll give him something to cry about.",
    ])
    func isDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["She'd never put him down hard.", "I'll put him down in the cot for his nap.", "He said he'd knock him out if he sees him near the house."])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }
    @Test func losingItWithTheBabyIsPossible() {
        #expect(MatcherFixture.status(.immediateDanger, in: "She says she'll lose it with the baby one of these days.") == .possible)
    }
    @Test func aDropToldAsDoneIsAnInjury() {
        #expect(MatcherFixture.status(.otherInjury, in: "She dropped him on his head yesterday.") == .present)
    }
}
