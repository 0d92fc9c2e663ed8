import Testing

@testable import CurioCore

/// An injury set right as another child's, in a cleft ("no, it was his sister's hand that got
/// burnt", "it's her toddler who's got the cut on his knee"), or a toddler's own injury ("the
/// toddler has a cut on his knee", as the bruise file already reads it): not the baby's. The
/// baby's injury said beside it, or set right the other way, stays.
@Suite("Injury set right as another child's")
struct InjurySetRightAsAnotherChildsTests {
    @Test(arguments: [
        "the toddler has a cut on his knee",
        "her toddler's got a burn on his hand",
        "no, it was his big sister's hand that got burnt",
        "it's his brother who's got the graze, not the baby",
    ])
    func otherChildsInjuryIsSilent(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "no, it was his sister's arm that was bruised",
        "it's her toddler who's got the bruise on his leg, not the baby",
    ])
    func otherChildsBruiseIsSilent(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "it's not his sister who has the burn, it's the baby",
        "the toddler has a burn and the baby has one on his hand",
        "it was his brother who bit him, there's a bite mark on his arm",
        "it's her toddler who's got the cut on his knee and the baby has a burn on her hand",
    ])
    func babysInjuryStays(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }
}
