@testable import CurioCore
import Testing

/// Classes of age language the matcher had missed (s18): an approximation around the number,
/// a week or day of life named before its number, a child counted in months past a year, a
/// birth word said of another person, and a correction inside one answer. Each with look-alikes
/// that must give no age (or keep the age they gave).
@Suite("Age language classes")
struct AgeLanguageClassTests {
    /// "5 and a bit months", "3ish months", "just over 3 months": read as the number (a little
    /// under it after "nearly"); a duration or a time around the same words stays none.
    @Test(arguments: [
        ("5 and a bit months", 21.7 as Double?),
        ("baby is 5 and a bit months old", 21.7),
        ("4 and a half-ish months", 19.6),
        ("3ish months", 13.0),
        ("3-ish months, bruise on ear", 13.0),
        ("baby is 3ish months old", 13.0),
        ("3 or so months", 13.0),
        ("just over 3 months", 13.0),
        ("a little over 3 months", 13.0),
        ("the baby is just over a month", 4.3),
        ("nearly 4 months", 17.1),
        ("Coming up 6 months, not crawling or sitting yet.", 25.8),
        // Look-alikes: durations and times.
        ("for just over 3 weeks", nil),
        ("over 3 weeks", nil),
        ("for 3 and a bit weeks", nil),
        ("3 and a bit weeks ago", nil),
        ("for nearly 3 weeks", nil),
        ("follow up 6 months", nil),
    ])
    func approximationsAroundTheNumber(text: String, weeks: Double?) {
        MatcherFixture.expectAge(text, is: weeks)
    }

    /// What the new readings must leave alone: gestations, durations, times, parents' and
    /// siblings' ages, corrected prematurity.
    @Test func lookAlikesElsewhereUnchanged() {
        for text in ["ten days on NICU", "for 3 weeks", "two months ago", "mum is 19", "his sister is 3"] {
            #expect(MatcherFixture.age(text) == nil, "\(text)")
        }
        #expect(MatcherFixture.age("14 weeks, 6 corrected") == 14)
        for (text, weeks) in [("32 weeks pregnant", 32.0), ("born at 34 weeks", 34), ("mum is 30/40", 30)] {
            let result = MatcherFixture.matcher.match(text)
            #expect(result.facts[FactName.childAgeWeeks] == nil, "\(text)")
            #expect(result.facts[FactName.gestationWeeks]?.number == weeks, "\(text)")
        }
    }
}
