import Testing

@testable import CurioCore

/// Isolation told as a scene: no groups, never out, stuck indoors all day, no one seen but the
/// baby, no credit to ring anyone. A parent going out drinking no more, and an illness for which
/// she "never saw anyone", are no isolation; left alone in her own childhood is her adverse
/// childhood, not isolation now.
@Suite("Cut off told as a scene")
struct CutOffToldAsASceneTests {
    @Test(arguments: [
        "she's stopped going to the baby group",
        "mum rarely goes out these days",
        "she's sat in the flat with the baby all day every day",
        "she doesn't speak to anyone apart from the baby",
        "ran out of credit so she can't phone anyone",
    ])
    func isIsolation(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["mum doesn't go out drinking any more", "she had bad anxiety but never saw anyone"])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["as a girl her mum left her on her own for days at a time"])
    func aloneInHerChildhoodIsAdverseChildhood(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == .present, "\(text)")
    }
}
