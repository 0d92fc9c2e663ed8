import Testing

@testable import CurioCore

/// "Plus" adds an item: after a denial ("no DA plus bruising", "nil DV plus burns", "denies
/// drugs plus faltering growth") the injury or neglect after it is told, not one more thing
/// denied, placed on the body or not (a missed bruise is the worst defect). A denial said again
/// after "plus" keeps its item denied ("no bruising plus no marks"), and a report or a doubt
/// before it still reaches it.
@Suite("Plus after a denial")
struct PlusAfterADenialTests {
    @Test(arguments: [
        "nil DV plus bruising", "denies alcohol plus bruise noted behind ear", "no MH hx plus fingertip bruising",
        "no concerns re DA plus marks noted",
    ])
    func bruisingIsTold(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "no DV plus burns", "denies cannabis plus rib fractures", "no bruising plus swelling",
        "no DA plus bleeding from her nose",
    ])
    func otherInjuryIsTold(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["no substance use plus faltering growth", "nil DA plus weight loss"])
    func neglectIsTold(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["no bruising plus no marks", "nil bruises plus nil other marks", "no marks or bruises plus no burns"])
    func denialSaidAgainStaysAbsent(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .absent, "\(text)")
    }
    @Test(arguments: ["nan says she saw bruising plus burns on him"])
    func reportStillReaches(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .possible, "\(text)")
    }
}
