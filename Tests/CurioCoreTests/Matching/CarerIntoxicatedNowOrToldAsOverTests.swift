import Testing

@testable import CurioCore

/// A carer on drink or drugs now and in charge of the baby is immediate danger ("on the gear right
/// now", "on spice, completely out of it"); "might have taken something" with the baby is possible
/// danger. The same told as over (a day, a span gone by, a habit "used to ... till she blacked
/// out") is misuse for referral, not a 999 call; told now beside the past, it stays danger.
@Suite("Carer intoxicated now or told as over")
struct CarerIntoxicatedNowOrToldAsOverTests {
    @Test(arguments: [
        "mum's on the gear right now and she's the only one with the baby",
        "he's on spice, completely out of it, and he's got the baby on his own",
        "mum is drunk now and has the baby on her own",
        "dad's injecting in the bathroom with the baby in the bath",
        "she's off her face and driving round with the baby",
    ])
    func isDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["she might have taken something and she's on her own with the baby"])
    func isPossibleDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .possible, "\(text)")
    }

    @Test(arguments: [
        "on Saturday dad got drunk while minding the baby, he's moved out since",
        "a few weeks ago mum was wasted and had the baby on her own, she's engaging now",
        "she used to drink till she blacked out but she's sober now with the baby",
        "she used to get drunk and pass out but she's been sober since the baby came",
    ])
    func toldAsOverIsMisuseNotDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .present, "\(text)")
    }
}
