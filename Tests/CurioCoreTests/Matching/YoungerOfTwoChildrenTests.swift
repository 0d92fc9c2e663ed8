import Foundation
import Testing

@testable import CurioCore

/// Of two children told by their ages in one utterance, where the first is named by its age as
/// a noun ("her 11 month old is walking", "a 10 month old and a 6 week old"), a younger age said
/// after it is read as the baby's: read as the older child's, a baby of weeks with a bruise lost
/// the bruising protocol (the walker's months made it mobile and too old). An age said as a
/// point in the past ("since he was 6 weeks") does not replace the named child's; nor does an
/// older age said after a younger one (the first stands, as before).
@Suite("The younger of two children named by their ages")
struct YoungerOfTwoChildrenTests {
    @Test(arguments: [
        ("her 11 month old is walking; the baby is 5 weeks and has a mark on his ear", 5.0),
        ("she has a 10 month old and a 3 week old, the little one has a bruise on his cheek", 3.0),
        ("the 9 month old was crawling about, the 7 week old was in the moses basket", 7.0),
        ("the 7 week old was in the moses basket, the 9 month old was crawling about", 7.0),
    ])
    func theYoungerIsTheBabysAge(text: String, weeks: Double) {
        MatcherFixture.expectAge(text, is: weeks)
    }

    @Test(arguments: [
        "a 9 month old baby who has been unsettled since 3 weeks old",
        "the 9 month old has been on formula since he was 4 weeks",
    ])
    func aPointInThePastDoesNotReplaceIt(text: String) {
        let weeks = MatcherFixture.matcher.match(text).facts[FactName.childAgeWeeks]?.number
        #expect(weeks.map { $0 > 38 && $0 < 40 } == true, "\(text): \(String(describing: weeks))")
    }

    /// The marker the consultation reads: set only when the age read was said as a child's noun.
    @Test func theAgeSaysWhenItNamesAChild() {
        #expect(MatcherFixture.matcher.match("her 11 month old is walking").ageNamesAChild)
        #expect(!MatcherFixture.matcher.match("the baby is 11 months old and walking").ageNamesAChild)
        #expect(!MatcherFixture.matcher.match("a bruise on his cheek").ageNamesAChild)
    }

    /// A turn's record keeps the marker (a restored case reads the turn as it was heard); a
    /// record written before the marker existed reads without it, and one without it is
    /// written as before.
    @Test func theMarkerTravelsInATurnsRecord() throws {
        let heard = MatcherFixture.matcher.match("her 11 month old is walking")
        let data = try JSONEncoder().encode(heard)
        #expect(try JSONDecoder().decode(MatchResult.self, from: data) == heard)
        #expect(String(decoding: data, as: UTF8.self).contains("ageNamesAChild"))
        let old = try JSONDecoder().decode(MatchResult.self, from: Data(#"{"findings": [], "facts": {"child.age_weeks": 47.8}}"#.utf8))
        #expect(!old.ageNamesAChild)
        let plain = String(decoding: try JSONEncoder().encode(MatcherFixture.matcher.match("the baby is 5 weeks")), as: UTF8.self)
        #expect(!plain.contains("ageNamesAChild"))
    }

    /// A smaller unit is added on only while it is less than one of the larger ("3 months 2
    /// weeks", "11 weeks and 4 days"): "18 months and 8 weeks" are two children's ages, not a
    /// toddler of 86 weeks, and the baby is the younger.
    @Test(arguments: [("two children: 18 months and 8 weeks", 8.0), ("she's 3 months 2 weeks old", 15.0), ("11 weeks and 4 days", 11.6), ("1 year and 3 months", 65.2)])
    func aSmallerUnitAddsOnOnlyWhileLessThanOneOfTheLarger(text: String, weeks: Double) {
        MatcherFixture.expectAge(text, is: weeks)
    }

    /// Nor is a unit added to years unless it is months: "3 years and 7 weeks" are two
    /// children (the baby of 7 weeks), where "2 months and 3 days" is still one baby.
    @Test(arguments: [("two kids, 3 years and 7 weeks", 7.0), ("a 2 years and 10 days", 1.4), ("she's 2 months and 3 days old", 9.1),
                      ("1 year 2 months", 60.9)])
    func onlyMonthsAreAddedToYears(text: String, weeks: Double) {
        MatcherFixture.expectAge(text, is: weeks)
    }

    @Test func aBruiseOnTheYoungerGetsTheProtocol() {
        let result = MatcherFixture.matcher.match("her 11 month old is walking now, and the 6 week old has a bruise on her arm")
        #expect(result.status(of: .bruising) == .present)
        #expect(result.facts[FactName.childAgeWeeks]?.number == 6)
    }
}
