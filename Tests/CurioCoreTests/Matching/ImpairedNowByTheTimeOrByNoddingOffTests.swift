import Testing

@testable import CurioCore

/// Drunk or high named with the time that is now ("he's absolutely hammered at the moment"), and
/// drugs taken and then nodding off ("dad's injected and nodded off"), with the same carer alone
/// with the baby, are danger now. (The look-alike "hammered at the door" stays no state.)
@Suite("Impaired now by the time, or by nodding off")
struct ImpairedNowByTheTimeOrByNoddingOffTests {
    @Test(arguments: [
        "yes, and he's absolutely hammered at the moment and looking after the baby on his own",
        "yes - dad's injected and nodded off, he's got the baby alone",
        "his dad is completely wasted right now and minding the baby on his own",
    ])
    func isDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["he absolutely hammered at the door, she has the baby"])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }
}
