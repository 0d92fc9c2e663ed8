import CurioCore
import Testing

@Suite("Professional abbreviations")
struct AbbreviationTests {
    @Test(arguments: [
        ("hx of PND", RiskFactorID.mentalHealth),
        ("EMCS at 38/40", .traumaticBirth),
        ("PPH of 1.5 litres", .traumaticBirth),
        ("4 days in SCBU", .traumaticBirth),
        ("mum was LAC", .childhoodInCare),
        ("on a CIN plan as a teenager", .childhoodInCare),
        ("MARAC last year", .domesticAbuse),
        ("mum has mild LD", .learningDifficulty),
        ("ACEs disclosed at booking", .adverseChildhood),
        ("DNA'd the 6-8 week check", .neglect),
        ("partner is an ex-IVDU", .substanceMisuse),
        ("admitted to NNU for 5 days", .traumaticBirth),
        ("no access visit x2, unable to get access today either", .neglect),
    ])
    func abbreviationMatches(text: String, id: RiskFactorID) {
        #expect(MatcherFixture.status(id, in: text)?.isPositive == true)
    }

    @Test func callerRole() {
        #expect(MatcherFixture.matcher.match("Hi, I'm the HV for this family.").facts[FactName.callerRole] == .text("health visitor"))
        #expect(MatcherFixture.matcher.match("This is the community midwife.").facts[FactName.callerRole] == .text("midwife"))
        #expect(MatcherFixture.matcher.match("The GP saw her yesterday.").facts[FactName.callerRole] == nil)
    }

    /// "#" is shorthand for a fracture, with the usual context around it; before a digit it is
    /// a number sign.
    @Test(arguments: [
        ("the skeletal survey showed a # of the left radius", FindingStatus.present),
        ("spiral #humerus on x-ray", .present),
        ("old rib #s seen on the survey", .present),
        ("?# clavicle, awaiting x-ray", .possible),
        ("query # of the ulna", .possible),
        ("no # seen on the skeletal survey", .absent),
    ])
    func hashIsAFracture(text: String, status: FindingStatus) {
        #expect(MatcherFixture.status("injury.other", in: text) == status)
    }

    @Test func hashBeforeADigitIsANumberSign() {
        #expect(MatcherFixture.status("injury.other", in: "this is case #2 on the list today") == nil)
    }
}

/// A note's shorthand for petechial bleeding in the eye ("subconj haem") is a bruise on the
/// baby, not the mother's haemorrhage; a mark confirmed as a birthmark is a birthmark.
extension AbbreviationTests {
    @Test(arguments: ["subconj haem L eye", "R subconj haemorrhage, 6/52", "sub-conj bleed both eyes"])
    func subconjIsABruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.traumaticBirth, in: text) == nil, "\(text)")
    }

    @Test func aMarkConfirmedAsABirthmarkIsNone() {
        #expect(MatcherFixture.status(.bruising, in: "the marks on his back were confirmed as Mongolian blue spots") == nil)
        #expect(MatcherFixture.status(.bruising, in: "mark on the sacrum identified as a birthmark by the GP") == nil)
    }
}
