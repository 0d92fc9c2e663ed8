import Testing

@testable import CurioCore

/// A caller who is family relaying what another relative told them: a parent-in-law ("my mother
/// in law said her neighbour saw marks on the baby's neck") or the caller's own grown child or
/// sibling telling of the baby or a partner ("my daughter says her partner grabbed the baby"):
/// a family concern, and what they tell keeps its own reading. A caller's own child telling of
/// themselves may be the baby, told by its parent: no family concern.
@Suite("Caller family relaying")
struct CallerFamilyRelayingTests {
    @Test(arguments: [
        "my mother in law said her neighbour saw marks on the baby's neck",
        "my daughter says her boyfriend shook the baby last night",
        "my sister said the baby's dad hits her",
    ])
    func familyConcernRaised(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["my daughter says she's had a lovely day at nursery", "my son's been poorly, I'm worried about him"])
    func ownChildStaysSilent(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["my sister keeps leaving the baby alone while she goes to the pub, I'm really worried"])
    func neglectKeepsItsWords(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) != nil, "\(text)")
    }
}
