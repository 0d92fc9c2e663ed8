import Testing

@testable import CurioCore

/// When no rule fires, the advice says so plainly and points to the local procedures on the
/// Partnership Board's website, instead of inventing advice.
@Suite struct NothingAppliesTests {
    typealias F = RecommendingFixture

    @Test func anEmptyCaseGetsThePointerToLocalProcedures() throws {
        let advice = F.advise([])
        #expect(advice.recommendations.isEmpty)
        #expect(advice.topPriority == nil)
        let note = try #require(advice.nothingApplies)
        #expect(note.contains("no recommendation"))
        #expect(note.contains("local safeguarding procedures"))
        #expect(note.contains("http://www.safeguardingcambspeterborough.org.uk/children-board/"))
    }

    @Test func reassuringFindingsAloneGiveNothing() {
        let advice = F.advise(
            [(.bruising, .absent), (.mentalHealth, .absent), (.fatherUnknown, .absent), (.preMobile, .absent)], age: 40)
        #expect(advice.recommendations.isEmpty)
        #expect(advice.nothingApplies != nil)
    }

    @Test func whenSomethingAppliesThereIsNoNote() {
        #expect(F.advise([(.fatherUnknown, .present)]).nothingApplies == nil)
    }

    @Test func theNoteIsEncodedForClients() throws {
        let data = try JSONLines.encoder().encode(F.advise([]))
        let text = String(decoding: data, as: UTF8.self)
        #expect(text.contains("\"nothing_applies\""))
    }
}
