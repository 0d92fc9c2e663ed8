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

    /// A week of life with the week word first ("week 9 baby", "a week-3 baby"), and a day of
    /// life after a word for the baby or "on" said of it. A day or week of something else, one
    /// at a point of a pregnancy, and a rate ("3 days a week") are no age.
    @Test(arguments: [
        ("wk 9 baby", 9.0 as Double?),
        ("week 9 baby, bruise on cheek", 9.0),
        ("a week-3 baby with a bruise", 3.0),
        ("wk9 baby", 9.0),
        ("week 3 of life", 3.0),
        ("newborn, day 3", 0.4),
        ("Newborn (day 3), mum has severe PND history", 0.4),
        ("day 5 twins", 0.7),
        ("day 10 baby", 1.4),
        ("she's on day 4", 0.6),
        ("baby is now on day 6", 0.9),
        // Look-alikes.
        ("week 30 of pregnancy", nil),
        ("week 2 of the course", nil),
        ("at week 9 baby had a heartbeat", nil),
        ("in week 2 baby was unsettled", nil),
        ("day 3 of the admission", nil),
        ("on day 5 of her antibiotics", nil),
        ("she is on day 4 of antibiotics", nil),
        ("mum is on day 4", nil),
        ("baby, day 3 of admission", nil),
        ("3 days a week", nil),
        ("she goes to nursery 3 days a week", nil),
        ("2 days per week", nil),
        ("baby 6 weeks, goes to nan 2 days a week", 6.0),
    ])
    func weekAndDayOfLifeSaidFirst(text: String, weeks: Double?) {
        MatcherFixture.expectAge(text, is: weeks)
    }

    /// A child of more than a year named by its months ("the 13 month old", "her 14 month old")
    /// gives no age: it is as often another child, and in a later answer its age would replace
    /// the baby's and take the baby out of the bruising protocol's age. The age is asked for.
    @Test(arguments: ["the 13 month old", "her 14 month old", "mum also has a 14 month old", "the 2 year old is at nursery"])
    func monthsPastAYearNamedGiveNoAge(text: String) {
        MatcherFixture.expectAge(text, is: nil)
    }

    /// The baby's own age said with an older child's stays the baby's.
    @Test(arguments: [("mum has a 14 month old and a 6 week old", 6.0 as Double?), ("baby is 6 weeks and the 14 month old has a bruise", 6.0)])
    func theBabysAgeBesideAnOlderChilds(text: String, weeks: Double?) {
        MatcherFixture.expectAge(text, is: weeks)
    }

    /// "Arrived" is a birth said of the baby or of no one named; another person's arrival
    /// gives no age.
    @Test(arguments: [
        ("the social worker arrived yesterday", nil as Double?),
        ("the HV arrived yesterday", nil),
        ("police arrived yesterday", nil),
        ("dad arrived last week", nil),
        ("nan arrived last night", nil),
        ("the social worker arrived 10 days ago", nil),
        ("the social worker arrived a few days ago", nil),
        ("mum has just arrived last night", nil),
        ("arrived yesterday", 0.1),
        ("baby arrived yesterday", 0.1),
        ("she arrived last week", 1.0),
        ("baby arrived 10 days ago", 1.4),
    ])
    func arrivalIsABirthOnlyOfTheBaby(text: String, weeks: Double?) {
        MatcherFixture.expectAge(text, is: weeks)
    }

    /// A correction inside one answer: the later age is the one, its unit perhaps left out.
    @Test(arguments: [
        ("9 months - no wait, 9 weeks", 9.0 as Double?),
        ("he's 9 weeks, sorry I mean 9 months", 39.1),
        ("about 7 weeks, no actually 10", 10.0),
        ("6 weeks - no, 7", 7.0),
        ("he is 9 weeks, sorry 10", 10.0),
        // Look-alikes: a number after "no" that is no correction.
        ("baby is 6 weeks, no bruises", 6.0),
        ("baby 6 weeks, no 2 bruises on arm", 6.0),
    ])
    func aCorrectionInsideOneAnswer(text: String, weeks: Double?) {
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
