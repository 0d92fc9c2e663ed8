import Testing

@testable import CurioCore

/// A baby's pain on handling told by what the baby does, with no injury word: a cry when the ribs
/// or a limb is pressed, a scream told after the lifting, or the baby seeming sore when handled
/// (a sign to look into: possible). It may be a fracture nobody has seen. A cry said to be hunger,
/// wind or a dislike of the bath, a tummy pressed to wind her, and a mother flinching at her
/// partner's touch stay silent.
@Suite("Pain on handling told without an injury word")
struct PainOnHandlingToldWithoutAnInjuryWordTests {
    @Test(arguments: ["he cries out when you press on his ribs", "she yelps if dad squeezes her arm",
        "when I picked her up she let out this awful scream", "as soon as nan lifts him he screams"])
    func isAnInjury(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["she seems really sore whenever we change her", "he looks uncomfortable when I hold him"])
    func soreWhenHandledIsPossible(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .possible, "\(text)")
    }

    @Test(arguments: ["he cries when I pick him up because he's hungry", "she screams when I take her out of the bath",
        "she cries when I press on her tummy to wind her", "mum flinches whenever her partner touches her arm"])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }
}
