import CurioCore
import Testing

/// Notes in shorthand run items together without commas. After another factor's cue in a
/// negation's scope, an injury, danger or neglect cue with no list word between is a new item,
/// said rather than denied; a list joined by "or" is still denied as a whole, and so is a run of
/// injuries or of one factor's words. Sentences written for the class.
@Suite("Shorthand: a new item after a denied one")
struct ShorthandNewItemTests {
    @Test(arguments: [
        "Denies DA bruise on cheek",
        "no DV small bruise L forehead",
        "Nil DA, nil drugs bruise noted behind ear",
        "not yet rolling bruise to R thigh",
        "no hx of DV bruising both upper arms",
        "no concerns re DA burn to palm",
        "denies alcohol use baby found alone in flat",
    ])
    func anInjuryAfterADeniedFactorIsSaid(text: String) {
        let found = [RiskFactorID.bruising, .otherInjury, .immediateDanger, .neglect].compactMap { MatcherFixture.status($0, in: text) }
        #expect(found.contains(.present), "\(text): \(found)")
        #expect(!found.contains(.absent), "\(text): \(found)")
    }

    @Test(arguments: [
        ("no DA or bruises", RiskFactorID.bruising, FindingStatus?.some(.absent)),
        ("no DA or bruises", RiskFactorID.domesticAbuse, FindingStatus?.some(.absent)),
        ("no bruises burns or fractures", RiskFactorID.otherInjury, FindingStatus?.some(.absent)),
        ("no bruise marks seen", RiskFactorID.bruising, FindingStatus?.some(.absent)),
        ("denies low mood anxiety", RiskFactorID.mentalHealth, FindingStatus?.some(.absent)),
        ("no DV bruise on ear", RiskFactorID.domesticAbuse, FindingStatus?.some(.absent)),
    ])
    func listsAreStillDenied(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// An exception to a denial names one ("no marks except one on his ear", "no bruises apart
    /// from a small one on her cheek"), with or without "the".
    @Test(arguments: [
        "no marks except one on his ear",
        "no bruises apart from a small one on her cheek",
        "no bruising other than two on his shin",
        "nil marks besides one on his back",
        "no bruising save for a faint one on her shin",
    ])
    func anExceptionToADenialIsABruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }
}
