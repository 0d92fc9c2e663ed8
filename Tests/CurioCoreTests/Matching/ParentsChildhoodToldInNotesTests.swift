import Testing

@testable import CurioCore

/// A parent's own childhood told as growing up with grown-ups who hit, drank or used, or with DV itself
/// ("growing up with her mum's boyfriends hitting her, and says..."), her age then with mum or dad named ("MGPs split
/// up after DV when mum was 9"), CSA with its abuser or age, grandparents' violence or drinking, or told by her
/// ("mum spoke about being hit by her stepdad as a child"): adverse childhood, not abuse, danger or isolation now.
/// Current abuse told after a childhood place or person ("grew up around here and her partner hits her") stays.
@Suite("A parent's childhood told in notes")
struct ParentsChildhoodToldInNotesTests {
    @Test(arguments: [
        "Mum talks about growing up with her mum's boyfriends hitting her, and says she wants better for bb",
        "FOB grew up watching his dad beat his mum and says he'd never do that",
        "she grew up around her stepdad's drinking and was moved to her aunt's at 10",
        "dad was brought up with his father using heroin, and spent time in care",
        "MGPs split up after DV when mum was 9",
        "PGF drank heavily when dad was 11",
        "PGM and PGF both alcoholics - dad was raised by his aunt from age 5",
        "MGM heroin user, mum was brought up by her grandad",
        "MGM alcoholic, mum went into care at 12",
        "Maternal Hx: CSA by her uncle aged 6-9, had therapy",
        "Dad's history - CSA as a child",
        "Mum spoke about being hit by her stepdad as a child",
        "FOB's hx: witnessed DV growing up, father alcoholic",
        "mum reports her childhood was chaotic, MGM used drugs",
        "Mum (19) was physically abused by her dad aged 10-14",
        "MGF violent towards MGM throughout mum's childhood",
        "mum says her stepdad used to hit her when she was younger",
        "dad grew up with DV at home and says he won't repeat it",
    ])
    func isPresentAdverseChildhood0(text: String) {
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "Mum talks about growing up with her mum's boyfriends hitting her, and says she wants better for bb",
        "FOB grew up watching his dad beat his mum and says he'd never do that",
        "MGPs split up after DV when mum was 9",
        "dad grew up with DV at home and says he won't repeat it",
        "MGF violent towards MGM throughout mum's childhood",
        "mum says her stepdad used to hit her when she was younger",
        "MGF is violent towards MGM, mum worried about her own mum",
    ])
    func isNotFoundDomesticAbuse1(text: String) {
        #expect(![.present, .possible].contains(MatcherFixture.status(.domesticAbuse, in: text)), "\(text)")
    }
    @Test(arguments: [
        "Mum talks about growing up with her mum's boyfriends hitting her, and says she wants better for bb",
        "mum says her stepdad used to hit her when she was younger",
    ])
    func isNotFoundImmediateDanger2(text: String) {
        #expect(![.present, .possible].contains(MatcherFixture.status(.immediateDanger, in: text)), "\(text)")
    }
    @Test(arguments: [
        "she grew up around her stepdad's drinking and was moved to her aunt's at 10",
        "PGF drank heavily when dad was 11",
        "MGM drinks heavily, visits daily",
    ])
    func isNotFoundSubstanceMisuse3(text: String) {
        #expect(![.present, .possible].contains(MatcherFixture.status(.substanceMisuse, in: text)), "\(text)")
    }
    @Test(arguments: [
        "MGPs split up after DV when mum was 9",
        "Her parents separated when she was 6, she lives with partner who is supportive",
    ])
    func isNotFoundIsolation4(text: String) {
        #expect(![.present, .possible].contains(MatcherFixture.status(.isolation, in: text)), "\(text)")
    }
    @Test(arguments: [
        "Mum grew up around here and her partner hits her",
        "Mum was 12 when she met FOB, he is now hitting her",
        "mum grew up in care; partner currently hitting her",
        "she grew up with her dad, and now her partner is hitting her",
    ])
    func isPresentDomesticAbuse5(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "she grew up round the corner and he is hitting her right now",
    ])
    func isPresentImmediateDanger6(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "Mum and FOB separated last month, no family nearby",
    ])
    func isPresentIsolation7(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "when mum was pregnant she was drinking heavily",
    ])
    func isPresentSubstanceMisuse8(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "mum talked about growing up in care",
    ])
    func isPresentChildhoodInCare9(text: String) {
        #expect(MatcherFixture.status(.childhoodInCare, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "MGM drinks heavily, visits daily",
        "we talked about PND and safe sleep",
    ])
    func isNotFoundAdverseChildhood10(text: String) {
        #expect(![.present, .possible].contains(MatcherFixture.status(.adverseChildhood, in: text)), "\(text)")
    }
    @Test(arguments: [
        "we talked about PND and safe sleep",
    ])
    func isNotFoundMentalHealth11(text: String) {
        #expect(![.present, .possible].contains(MatcherFixture.status(.mentalHealth, in: text)), "\(text)")
    }
}
