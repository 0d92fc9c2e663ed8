import Testing

@testable import CurioCore

/// Support promised but unreliable told in notes: a relative's cancelled visits counted ("MGM has cancelled the
/// last 3 planned visits": not the baby's missed appointments), help "on and off" or "hit and miss", a relative
/// who says she can't help, family near "but they don't speak". The idiom "can't help worrying", family near who
/// help, and the baby's own cancelled appointments, stay as they were.
@Suite("A relative's support that lets her down")
struct RelativesSupportThatLetsHerDownTests {
    @Test(arguments: [
        "Mum's sister has cancelled the last two planned weekends with her",
        "MGM cancelled her last 4 visits, mum on her own most days",
        "support from PGM is hit and miss",
        "says help from her family is 'on and off'",
        "Mum relies on her nan, but nan told us she is unwell herself and can't help",
        "Mum thinks her sister will help, but her sister says she won't be able to help as she works nights",
        "her parents live round the corner but won't help with the baby",
        "MGM lives nearby however they are estranged",
    ])
    func isPresentIsolation0(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "MGM cancelled her last 4 visits, mum on her own most days",
    ])
    func isNotFoundNeglect1(text: String) {
        #expect(![.present, .possible].contains(MatcherFixture.status(.neglect, in: text)), "\(text)")
    }
    @Test(arguments: [
        "MGM can't help worrying about them but visits daily",
        "her mum couldn't help but laugh, she's round every day",
    ])
    func isNotFoundIsolation2(text: String) {
        #expect(![.present, .possible].contains(MatcherFixture.status(.isolation, in: text)), "\(text)")
    }
    @Test(arguments: [
        "Mum has cancelled the last 3 health visiting appointments",
        "cancelled the last 3 clinic visits for the baby's weight",
    ])
    func isFoundNeglect3(text: String) {
        #expect([.present, .possible].contains(MatcherFixture.status(.neglect, in: text)), "\(text)")
    }
    @Test(arguments: [
        "MGM lives nearby and pops in daily",
    ])
    func isAbsentIsolation4(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .absent, "\(text)")
    }
}
