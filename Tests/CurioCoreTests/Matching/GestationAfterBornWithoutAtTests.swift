import Testing

@testable import CurioCore

/// The gestation at birth written straight after "born" or "delivered", as notes do ("born 34/40 by EMCS",
/// "delivered 36+3/40 via LSCS"), with a birth event after it: a born baby, no pregnancy now. A pregnancy's own
/// gestation ("booked at 12/40", "28/40, plans a water birth") stays unborn.
@Suite("A gestation after 'born' without 'at'")
struct GestationAfterBornWithoutAtTests {
    @Test(arguments: [
        "born 34/40 by EMCS for fetal distress",
        "Bb delivered 36+3/40 via LSCS, now 5/52",
        "born 35+1/40 by SVD, Apgars 9 and 10",
    ])
    func staysSilentUnborn0(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == nil, "\(text)")
    }
    /// ...or with nothing after it: the note says the birth, and a born baby has no pregnancy
    /// now (read as one, the bruising and mobility questions were asked of an unborn baby).
    @Test(arguments: ["Born 34/40", "born 31+2/40, now 6/52", "delivered 37/40", "Born 29+5/40."])
    func theBirthWordAloneIsAtBirth(text: String) {
        let match = MatcherFixture.matcher.match(text)
        #expect(match.status(of: .unborn) == nil, "\(text)")
        #expect(match.facts[FactName.gestationWeeks] != nil, "\(text)")
    }

    /// The birth word denied before it is no birth: "not born 34/40" is a pregnancy.
    @Test(arguments: ["not born 34/40", "baby isnt born 36/40"])
    func aDeniedBirthWordIsAPregnancy(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "booked at 12/40, lives with partner",
        "G1P0 28/40, plans a water birth",
        "mum 30/40, partner violent, MARAC referral made",
    ])
    func isPresentUnborn1(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == .present, "\(text)")
    }
}
