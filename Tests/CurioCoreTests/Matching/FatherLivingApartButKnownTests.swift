import Testing

@testable import CurioCore

/// A father who lives apart ("dad doesn't live with them", "FOB (lives separately)") is not thereby unknown, nor the
/// mother isolated; one who attends appointments or is present for the visit, is on the birth certificate (said with
/// or without "the"), has the baby on a routine or good contact, is known (absent). Never seen, unnamed or
/// unrecorded stays unknown, and another's attending or having the baby ("father unknown, MGM attends all
/// appointments") is not his.
@Suite("A father living apart but known")
struct FatherLivingApartButKnownTests {
    @Test(arguments: [
        "FOB (lives separately) attends all appts, on birth cert, has bb every other weekend.",
        "Dad doesn't live with them but he has the baby alternate weekends",
        "FOB not living with mum, named on the birth cert",
        "baby's father (not cohabiting) named on birth cert and attends clinic with mum",
        "FOB named on birth certificate, sees bb twice a week",
        "Dad, who lives with his parents, has baby overnight on Saturdays",
        "FOB has contact alternate weekends, attends appts",
        "FOB involved, named on BC",
        "Dad has PR, sees bb weekly",
        "Father - lives separately, good contact",
        "FOB does not reside with mum but attends appointments",
        "dad, who lives in Bolton, visits 3x a week",
        "FOB lives with his own parents, has bb every Saturday",
        "bio dad not living at the address, registered on the birth certificate",
        "FOB (Ryan, 30) present for the whole visit",
        "Dad (Sam, 22) present throughout visit, holding bb",
    ])
    func isAbsentFatherUnknown0(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .absent, "\(text)")
    }
    @Test(arguments: [
        "Dad doesn't live with them.",
        "FOB not living in the household",
        "FOB does not reside with mum",
    ])
    func isNotFoundFatherUnknown1(text: String) {
        #expect(![.present, .possible].contains(MatcherFixture.status(.fatherUnknown, in: text)), "\(text)")
    }
    @Test(arguments: [
        "Dad doesn't live with them and no professional has ever met him",
        "FOB not named on birth cert, whereabouts unknown",
        "Father not known, mum won't give details",
        "not named on the birth certificate, dad never seen",
        "FOB (lives separately) has never attended any appts and is not on the birth cert",
        "FOB does not reside with mum, whereabouts unknown",
        "father not on birth cert, no contact",
        "father unknown, MGM attends all appointments with mum",
        "dad's whereabouts unknown, nan has bb every weekend",
    ])
    func isPresentFatherUnknown2(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "FOB (not living with mum) has bb overnight on Saturdays",
        "Dad doesn't live with them but he has the baby alternate weekends",
    ])
    func isNotFoundIsolation3(text: String) {
        #expect(![.present, .possible].contains(MatcherFixture.status(.isolation, in: text)), "\(text)")
    }
    @Test(arguments: [
        "mum is not living with her mum any more and has no family support",
        "Mum isn't living with her parents, no friends locally",
    ])
    func isFoundIsolation4(text: String) {
        #expect([.present, .possible].contains(MatcherFixture.status(.isolation, in: text)), "\(text)")
    }
}
