import Testing

@testable import CurioCore

/// A reported answer "no" that names what it denies ("mum said no bruises on him at all", "the
/// caller rang back, she said no injuries to him"): the injury denied, as a plain "no bruises"
/// is. The answer's "no" used to be taken by the trigger that denies a question back across it
/// ("asked if he hits her and she said no"), so nothing denied what followed, and a second-hand
/// report made it a possible bruise. Only "no": "she said nothing about the mark on his cheek"
/// tells the mark, and a contrast after the denial still tells the injury.
@Suite("An answer no naming what it denies")
struct AnswerNoNamingWhatItDeniesTests {
    @Test(arguments: ["mum said no bruises on him at all", "dad says no marks anywhere"])
    func bruisingIsDenied(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .absent, "\(text)")
    }

    @Test(arguments: ["the caller rang back, she said no injuries to him"])
    func injuryIsDenied(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .absent, "\(text)")
    }

    /// "No one" the same way: "she said no one's in danger" denies the danger, though reported.
    @Test(arguments: ["The neighbour phoned, she said no one's in danger and the baby's asleep"])
    func dangerIsDenied(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .absent, "\(text)")
    }

    @Test(arguments: ["she said no marks but there's a red patch behind his ear", "she said nothing about the mark on his cheek"])
    func theMarkToldStays(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["asked if he hits her and she said no"])
    func theQuestionStillDenied(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == nil, "\(text)")
    }
}
