import Testing

@testable import CurioCore

/// "Nil concerns re MGM, supportive, visits daily": no worry about a relative, so the support said of her after
/// the comma is not denied (isolation stays unsaid, not present). A concern about a parent's own mental health or
/// drinking denied stays a denial.
@Suite("No concerns about a relative")
struct NoConcernsAboutARelativeTests {
    @Test(arguments: [
        "Nil concerns re MGM, supportive, visits daily",
        "no concerns about her sister, helps every day",
    ])
    func isNotFoundIsolation0(text: String) {
        #expect(![.present, .possible].contains(MatcherFixture.status(.isolation, in: text)), "\(text)")
    }
    @Test(arguments: [
        "No concerns re support network - MGM and sister nearby",
    ])
    func isAbsentIsolation1(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .absent, "\(text)")
    }
    @Test(arguments: [
        "No concerns re mum's mental health at the 6 week review",
    ])
    func isAbsentMentalHealth2(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .absent, "\(text)")
    }
    @Test(arguments: [
        "no concerns re dad's drinking",
    ])
    func isAbsentSubstanceMisuse3(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .absent, "\(text)")
    }
}
