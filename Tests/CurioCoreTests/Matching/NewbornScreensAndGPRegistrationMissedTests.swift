import Testing

@testable import CurioCore

/// The baby's newborn screening checks missed ("missed her hearing screen", "the hip scan was
/// missed") and the baby not registered with a GP, said with "has" ("hasn't been registered with a GP
/// yet"), are missed health care: neglect. A parent's own registration or a check that was done
/// gives nothing.
@Suite("Newborn screens and GP registration missed")
struct NewbornScreensAndGPRegistrationMissedTests {
    @Test(arguments: ["Hasn't been registered with a GP yet and missed her hearing screen.", "baby still hasn't been registered with a doctor", "missed the newborn hearing test and the hip scan", "he missed his hearing screening twice", "the heel prick was missed", "has missed her newborn check at the GP", "they haven't yet been registered with a surgery"])
    func isNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["mum hasn't been registered with a GP since moving", "the hearing screen was fine", "newborn hearing test done, clear", "partner hasn't registered with a GP"])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["she hasn't been registered with a GP since they moved", "hasn't seen her friends since she moved here"])
    func aFamilysMoveIsNoMobility(text: String) {
        #expect(MatcherFixture.status(.preMobile, in: text) == nil, "\(text)")
    }
}
