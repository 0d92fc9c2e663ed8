import Testing

@testable import CurioCore

/// Isolation told as a scene: no groups, never out, stuck indoors all day, no one seen but the
/// baby, no credit to ring anyone. A parent going out drinking no more, and an illness for which
/// she "never saw anyone", are no isolation; left alone by her own parent as a child is her
/// adverse childhood, not isolation now, while isolation told beside a care history stays.
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
    @Test(arguments: ["as a girl her mum left her on her own for days at a time", "her mum would leave him home alone when he was 6"])
    func aloneInHerChildhoodIsAdverseChildhood(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["she's really isolated, grew up in foster care and has nobody now"])
    func isolationBesideACareHistoryStays(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.childhoodInCare, in: text) == .present, "\(text)")
    }
}
