import Testing

@testable import CurioCore

/// The birth named, then told to the speaker by another as "it was terrifying" ("she says the
/// delivery went fine, but dad told me it was terrifying"), is a traumatic birth. A referral named
/// as a relative's before a dash ("Referral from MGM - ...") reports second-hand: possible, and
/// the family's concern.
@Suite("Birth told by the partner, and a referral from a relative")
struct BirthToldByThePartnerAndAReferralFromARelativeTests {
    @Test func birthToldByThePartner() {
        #expect(MatcherFixture.status(.traumaticBirth, in: "Mum says the delivery went fine, but dad told me it was terrifying.") == .present)
    }
    @Test func referralFromARelative() {
        let text = "Referral from MGM - worried about dad's drinking."
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .possible)
        #expect(MatcherFixture.status(.familyConcern, in: text) == .present)
    }
}
