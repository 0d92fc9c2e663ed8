@testable import CurioCore
import Testing

/// An age rejected as it is said ("14 months, not 14 days", "not 6 weeks, 6 months") is the
/// wrong one: it never replaces an age told beside it, and that age replaces it. The rejected
/// 14 days had replaced 14 months (a toddler's age gives way to a baby's told later), making an
/// older child pre-mobile; the rejected 6 weeks had stood against the 6 months that followed.
/// Told alone, an age after "not" is still read ("he's not 6 weeks old yet").
@Suite("Ages rejected as they are said")
struct AgesRejectedAsSaidTests {
    func age(_ text: String) -> Double? { MatcherFixture.matcher.match(text).facts[FactName.childAgeWeeks]?.number }

    @Test(arguments: [
        ("she's 11 months not 11 weeks, crawling everywhere", 47.8),
        ("not 4 weeks - 4 months, sorry", 17.4),
        ("he isn't 3 weeks, he's 3 months", 13.0),
        ("the baby is 9 weeks old, not 9 months as the referral says", 9.0),
        ("8 days, not 8 weeks", 1.1),
    ])
    func theAgeToldBesideTheRejectedOneStands(text: String, weeks: Double) {
        let read = age(text)
        #expect(read.map { abs($0 - weeks) <= 0.1 } == true, "\(text): \(String(describing: read))")
    }

    /// Alone, an age after "not" is still the age the text gives.
    @Test(arguments: [("he's not 6 weeks old yet", 6.0), ("she is not 10 days old and already a bruise", 1.4)])
    func aRejectedAgeAloneIsStillRead(text: String, weeks: Double) {
        let read = age(text)
        #expect(read.map { abs($0 - weeks) <= 0.1 } == true, "\(text): \(String(describing: read))")
    }
}
