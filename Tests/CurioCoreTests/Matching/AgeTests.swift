import CurioCore
import Testing

@Suite("Age and gestation")
struct AgeTests {
    @Test(arguments: [
        ("Baby is 9/52.", 9.0),
        ("A four-week-old boy.", 4.0),
        ("She is 5/12 now.", 21.7),
        ("born 3 days ago", 0.4),
        ("a 1mo baby", 4.3),
        ("her 6 wk old", 6.0),
        ("seven weeks", 7.0),
        ("one and a half months old", 6.5),
        ("a fortnight-old... no, he's 15 days old", 2.1),
        ("a week old", 1.0),
    ])
    func ageForms(text: String, weeks: Double) {
        let age = MatcherFixture.age(text)
        #expect(age != nil && abs(age! - weeks) <= 0.05, "\(text): \(String(describing: age))")
    }

    @Test(arguments: [
        "She's 28 weeks pregnant.",
        "Twins born at 31 weeks.",
        "Mum is 19 and dad is 22.",
        "He spent two weeks on the neonatal unit.",
        "They moved here three months ago.",
        "She drank for a year after her mum died.",
    ])
    func notTheBabysAge(text: String) {
        #expect(MatcherFixture.age(text) == nil, "\(text)")
    }

    @Test func gestationNowGivesUnborn() {
        let result = MatcherFixture.matcher.match("Mum's 26 weeks with her second.")
        #expect(result.facts[FactName.gestationWeeks] == .number(26))
        #expect(result.status(of: .unborn) == .present)
        let birth = MatcherFixture.matcher.match("He was born at 35 weeks.")
        #expect(birth.facts[FactName.gestationWeeks] == .number(35))
        #expect(birth.status(of: .unborn) == nil)
    }
}
