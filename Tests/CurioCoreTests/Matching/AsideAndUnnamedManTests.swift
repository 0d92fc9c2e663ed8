import Testing

@testable import CurioCore

/// The baby's father ringing with an aside between dashes ("the baby's dad - they're separated -
/// rang to say she's drinking again"): a family member's concern, what he tells second-hand. A
/// man in the home nobody names ("there's a man there at every visit but nobody's ever told us
/// who he is", "mum won't say who he is"): the father or male carer unknown.
@Suite("An aside in a father's call, and a man nobody names")
struct AsideAndUnnamedManTests {
    @Test(arguments: [
        "the baby's dad - they're separated - rang to say she's drinking again",
        "dad - he lives in Leeds now - called to report she's using again",
    ])
    func fathersCallIsAFamilyConcern(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .possible, "\(text)")
    }

    @Test(arguments: [
        "there's a man there at every visit but nobody's ever told us who he is",
        "a man keeps answering the door and no one will tell us who he is",
        "mum won't say who he is, he's there most days",
    ])
    func manNobodyNamesIsUnknown(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .present, "\(text)")
    }

    @Test func manNamedStaysSilent() {
        #expect(MatcherFixture.status(.fatherUnknown, in: "she told us who he is, it's her cousin") == nil)
    }
}
