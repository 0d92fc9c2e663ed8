@testable import CurioCore
import Testing

/// Classes a probe of the baby's age found. Missed: an age said beside a date of birth the
/// reader did not take ("so 7/52 at today's visit"), so the date (perhaps mistyped) gave years;
/// a child's age in years without "old" ("he's 2", "she's 3 and has bruises", "just turned 1",
/// "a year and a half", "at 2 years he...", "saw a 12 month old"); a note's "Day N" heading;
/// a gestation said in its notation or of "she" beside the pregnancy ("mum is 32+5 and...",
/// "she's 28 weeks and hasn't told the baby's father"). False: a mark's or an injury's age
/// ("the bruise has been there about 5 days", "at least 10 days old") read as the baby's;
/// a due date, "24/7", a birth against its due date, a miscarriage's weeks, a hypothetical
/// question, a check still planned and "by two weeks" read as ages; a gestation at birth beside
/// a born baby's age, and a pregnancy told as past beside it, read as a pregnancy now. Sentences
/// written for the classes, both ways.
@Suite("Ages in years, days of life and durations")
struct AgesInYearsDaysAndDurationsTests {
    static let today = CivilDate(year: 2026, month: 11, day: 29)!

    func result(_ text: String) -> MatchResult { MatcherFixture.matcher.match(text, today: Self.today) }

    func expectAge(_ text: String, _ weeks: Double?) {
        let age = result(text).facts[FactName.childAgeWeeks]?.number
        if let weeks {
            #expect(age.map { abs($0 - weeks) <= 0.05 } == true, "\(text): \(String(describing: age))")
        } else {
            #expect(age == nil, "\(text): \(String(describing: age))")
        }
    }

    /// An age said now beside a date of birth is the one read: a mistyped year in the date gave
    /// a baby of weeks an age of years (and the mobility question instead of the protocol).
    @Test(arguments: [
        ("DOB 03/01/2025, so 9/52 at today's contact; bruise on his arm", 9.0 as Double?),
        ("date of birth 10/10/2024, she's 6 weeks old today", 6),
        ("DOB 14/09/2026 - 11/52 at today's visit", 11),
        // Look-alikes: a stay somewhere is no age, and the date of birth is read.
        ("DOB 01/10/26, spent 2 weeks at nan's", 8.4),
        ("she has been 3 weeks at the refuge", nil),
    ])
    func anAgeSaidNowBesideADateOfBirth(text: String, weeks: Double?) {
        expectAge(text, weeks)
    }

    /// A mark's or an injury's age is not the baby's: the mark as its clause's subject, or an
    /// injury dated ("at least", "estimated"). The baby's age beside a mark still is.
    @Test(arguments: [
        ("the mark on her thigh has been there about 4 days", nil as Double?),
        ("the bruises were roughly a week old", nil),
        ("the bruise on his cheek was yellow and 4 days old", nil),
        ("a spiral fracture estimated 2 to 3 weeks old", nil),
        ("metaphyseal fracture with new bone formation, so at least a week old", nil),
        // The baby's age.
        ("baby has bruising to the cheek and is 6 weeks old", 6),
        ("the bruise was first seen at 5 weeks", 5),
        ("bruise on his arm, he is 3 weeks old", 3),
        ("the bruise was noticed at the 8 week check", 8),
        ("the bruise is on the 7 week old's forehead", 7),
        ("he's at least 6 weeks old, mum isn't sure", 6),
    ])
    func aMarksAgeIsNotTheBabys(text: String, weeks: Double?) {
        expectAge(text, weeks)
    }

    /// Years said of the child without "old": a bare number of up to four years after "he" or
    /// "she" (or "turned"), the clause ending or going on with "and", "with", "now"; years with
    /// their unit said so; "at N years" with the child named after; a child seen or rung about.
    @Test(arguments: [
        ("She's 3 and has a bruise on her shin", 156.5),
        ("he's 1 and a half, into everything", 78.3),
        ("He's just turned 2 and walks well", 104.4),
        ("Just turned 1, cruising round the furniture", 52.2),
        ("she is nearly 2, climbing on everything", 104.1),
        ("he's 2 years and has a bruise on his back", 104.4),
        ("she's a year and a half, bruise on her shin", 78.3),
        ("at 3 years he still isn't sitting unaided", 156.5),
        ("I'm ringing about a 2 year old with bruises on his back", 104.4),
        ("saw a 13 month old at clinic today, walking well", 56.5),
        ("he's 1 and 3 months", 65.2),
    ])
    func yearsSaidOfTheChild(text: String, weeks: Double) {
        expectAge(text, weeks)
    }

    /// What years must leave alone: a parent's age, another child's, a time, a weight, a
    /// difference in age, a past age, a pregnancy or a baby in the same answer, an older child
    /// named by its age, and ages past five years.
    @Test(arguments: [
        "mum is 19 and dad is 21",
        "she's 18 and lives with her mum",
        "he's 2 hours late for his feed",
        "she's 3 stone lighter than last year",
        "Mum has a toddler, he's 3, and the baby has a bruise",
        "she's pregnant again and he's 2",
        "dad is 3 years older than mum",
        "they've been together 2 years",
        "he was 3 when his mum died",
        "mum also has a 2 year old",
        "A 2 year old lives there too",
        "she's 4 for the EPDS",
        "he's 7 and has autism",
    ])
    func notYearsOfTheChild(text: String) {
        expectAge(text, nil)
    }

    /// A note's "Day N" heading is the baby's day of life; a day of something else is not.
    @Test(arguments: [
        ("Day 10 new birth visit, cord off", 1.4 as Double?),
        ("MW visit: day 6, jaundice settling", 0.9),
        ("Notes. Day 4, feeding hourly", 0.6),
        ("day 3 of her antibiotics, bruise on arm", nil),
        ("Day 45, nothing new to report", nil),
    ])
    func aDayOfLifeHeadingANote(text: String, weeks: Double?) {
        expectAge(text, weeks)
    }

    /// Times, rates, plans and questions are no ages.
    @Test(arguments: [
        "the due date is three weeks away",
        "nan has been there 24/7 since the birth",
        "What if he's 5 months and still not rolling?",
        "If she's 6 weeks, does the protocol apply?",
        "we will ask about crawling at the 12 month review",
        "she plans to go back to work by 6 weeks",
        "born 3 weeks early by section",
        "she miscarried at 11 weeks last year",
    ])
    func noAgeInTimesPlansAndQuestions(text: String) {
        expectAge(text, nil)
    }

    /// The baby's own age around such words still is one.
    @Test(arguments: [
        ("he was born 10 days ago", 1.4),
        ("she's 6 weeks, is that a concern?", 6),
        ("at the 6 week check there was a bruise on her arm", 6),
        ("Day 12, small bruise on his chest", 1.7),
        ("3/7 old, jaundiced", 0.4),
    ])
    func theBabysAgeStillRead(text: String, weeks: Double) {
        expectAge(text, weeks)
    }

    /// A gestation in its notation said of the mother, and bare weeks of "she" beside a
    /// pregnancy, are a pregnancy now; a score and a baby girl's weeks are not.
    @Test(arguments: [
        ("Mum is 34+2 and has a learning disability", 34.3),
        ("She's 39+1 and being induced tomorrow", 39.1),
        ("She's 26 weeks and hasn't told the baby's father", 26),
        ("At 36 weeks she still hasn't seen a midwife", 36),
        ("Antenatal: 24 weeks, lives alone", 24),
    ])
    func aGestationNowIsUnborn(text: String, weeks: Double) {
        let result = result(text)
        #expect(result.status(of: .unborn) == .present, "\(text)")
        #expect(result.facts[FactName.gestationWeeks]?.number.map { abs($0 - weeks) <= 0.05 } == true, "\(text)")
        #expect(result.facts[FactName.childAgeWeeks] == nil, "\(text)")
    }

    @Test func notAGestationNow() {
        #expect(result("scored 12+3 on the EPDS").status(of: .unborn) == nil)
        let girl = result("She's 14 weeks and her father is very involved")
        #expect(girl.status(of: .unborn) == nil)
        #expect(girl.facts[FactName.childAgeWeeks]?.number == 14)
    }

    /// A gestation at birth beside a born baby's age (the notation alone, more weeks than the
    /// baby has lived) is no pregnancy now; said of the mother, or with a pregnancy told, it is.
    @Test func aGestationAtBirthBesideABornBaby() {
        for text in ["GA 29+3, birth weight 1.2kg, now 5 weeks old", "30/40, BW 1.4kg, baby now 6 weeks"] {
            let result = result(text)
            #expect(result.status(of: .unborn) != .present, "\(text)")
            #expect(result.facts[FactName.childAgeWeeks] != nil, "\(text)")
        }
        for text in ["mum 28/40, the 6 week old is with nan", "Mum is pregnant again and the baby is 4 months",
            "she's 12+2 and her 9 month old is crawling"] {
            #expect(result(text).status(of: .unborn) == .present, "\(text)")
        }
    }

    /// A pregnancy told as past ("when/while she was ... pregnant") beside a born baby's age is
    /// no pregnancy now; without a born baby, or with a pregnancy now, it stays one.
    @Test func aPastPregnancyBesideABornBaby() {
        for text in ["He kicked her in the stomach when she was 26 weeks pregnant; the baby is 3 weeks old now.",
            "She was assaulted while she was about 7 months pregnant, baby now 10 days"] {
            let result = result(text)
            #expect(result.status(of: .unborn) == nil, "\(text)")
            #expect(result.facts[FactName.childAgeWeeks] != nil, "\(text)")
        }
        for text in ["he pushed her when she was 20 weeks pregnant", "Mum is pregnant again and the baby is 9 months old",
            "when she was 12 weeks pregnant he left, she's now 30 weeks pregnant"] {
            #expect(result(text).status(of: .unborn) == .present, "\(text)")
        }
    }

    /// The advice follows: the stated age beside a mistyped date of birth brings the bruising
    /// protocol, and a bruise's days on a crawling toddler bring none.
    @Test func theAdviceFollowsTheAge() {
        #expect(DialogueFixtures.recommendationIDs("DOB 03/01/2025, so 9/52 at today's visit; small bruise on her cheek")
            .contains("bruising-protocol"))
        #expect(!DialogueFixtures.recommendationIDs("He's 2 and crawls everywhere; the bruise on his shin has been there about 5 days")
            .contains("bruising-protocol"))
    }

    /// "One day" spelt out is also "some day": a worry for the future ("I worry he'll hurt the
    /// baby one day") or a day in the past ("one day last week she left him") is no baby of a
    /// day (read so, the baby was pre-mobile and the age question was never asked). It is an
    /// age with "old" after it, after a birth word, or linked to the baby.
    @Test(arguments: [
        ("I worry he'll hurt the baby one day", nil as Double?),
        ("one day she will just snap", nil),
        ("one day last week she left him with a neighbour she barely knows", nil),
        ("6 week old, one day last week she left him", 6),
        // An age all the same.
        ("he's one day old", 0.1),
        ("one-day-old baby with a bruise on his arm", 0.1),
        ("born one day ago by EMCS", 0.1),
        ("the baby is one day", 0.1),
        ("the baby is 1 day", 0.1),
    ])
    func oneDayAsAnIdiomIsNoAge(text: String, weeks: Double?) {
        expectAge(text, weeks)
    }

    /// "2yo" says "old" itself, so "the 2yo", "her 3yo" name an older child as "the 2 year old"
    /// does: a sibling blamed for a bruise no longer puts a baby of days past the bruising
    /// protocol. The child seen or rung about, or said of the child, is still the age.
    @Test(arguments: [
        ("parents said the 2yo did it", nil as Double?),
        ("her 3yo has a bruise on his leg", nil),
        ("12 day old with a bruise on his cheek, parents said the 2yo did it", 1.7),
        ("6 week old, the 2yo bit him", 6),
        // The child in question.
        ("saw a 2yo today with bruising on his shins", 104.4),
        ("2yo with bruises on his shins", 104.4),
    ])
    func aSiblingNamedByYearsOldIsNotTheBaby(text: String, weeks: Double?) {
        expectAge(text, weeks)
    }

    /// The idiom's false age made a worry about the future pre-mobile; with no age it is not.
    @Test func aWorryForSomeDayLeavesTheAgeToBeAsked() {
        #expect(MatcherFixture.status(.preMobile, in: "I worry that he'll hurt the baby one day") == nil)
    }
}
