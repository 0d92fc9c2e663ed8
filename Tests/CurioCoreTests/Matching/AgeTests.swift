@testable import CurioCore
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
        ("a week and a half old", 1.5),
        ("baby is 3 months and a half", 15.2),
        ("bruise on a 2 week and a half old", 2.5),
        ("baby 3 weeks and a half sister aged 4", 3.0),
        ("a fortnight-old... no, he's 15 days old", 2.1),
        ("a week old", 1.0),
    ])
    func ageForms(text: String, weeks: Double) {
        let age = MatcherFixture.age(text)
        #expect(age != nil && abs(age! - weeks) <= 0.05, "\(text): \(String(describing: age))")
    }

    /// Years with a smaller unit after them are an age when said of the child ("he is 1 yr 3
    /// mths"): read as the months alone, a walking toddler was a baby of weeks, under the
    /// bruising protocol's age. Said of anything else, the smaller unit goes with its years and
    /// is no age either; a day after the birth is the baby's day of life whatever follows.
    @Test(arguments: [
        ("Child is 1 year 2 months and walking", 60.9 as Double?),
        ("he is 1 yr 3 mths", 65.2),
        ("Toddler: 2 years 1 month, bruise on shin", 108.7),
        ("together 1 year 6 months, baby is 6 weeks", 6.0),
        ("parents together 2 years 3 months", nil),
        ("in the flat for 1 year 2 months", nil),
        ("postnatal day 6: jaundiced", 0.9),
        ("PN day 3, feeding well", 0.4),
        ("NBV day 12, feeding well", 1.7),
        // Scans named by their weeks and a run of days are no age.
        ("the 12 and 20 week scans were normal", nil),
        ("crying three days running", nil),
        ("her toddler is 20 months and the baby is 6 weeks", 6.0),
    ])
    func yearsWithMonthsAndTheDayAfterTheBirth(text: String, weeks: Double?) {
        MatcherFixture.expectAge(text, is: weeks)
    }

    /// A unit typed with a letter dropped, doubled or swapped is still the unit: "aged 7 weeeks"
    /// had no age, so a bruise on that baby never reached the bruising protocol.
    @Test(arguments: [
        ("aged 7 weeeks, bruise on cheek", 7.0),
        ("baby is 7 weks old", 7.0),
        ("he is 3 monthss old", 13.0),
        ("3 mnoths old", 13.0),
        ("10 dayys old", 1.4),
    ])
    func aMistypedUnitIsTheUnit(text: String, weeks: Double) {
        let age = MatcherFixture.age(text)
        #expect(age != nil && abs(age! - weeks) <= 0.05, "\(text): \(String(describing: age))")
    }

    /// A letter changed for another makes a word of its own, and the first letter dropped too
    /// ("weak", "ears"): no age.
    @Test(arguments: ["she is 7 weak old", "bruises on 2 ears old", "2 eeks old"])
    func aWordOfItsOwnIsNoUnit(text: String) {
        #expect(MatcherFixture.age(text) == nil, "\(text)")
    }

    /// Weeks and days ("34+2") are a gestation's notation: a pregnancy now, not the baby's age.
    /// A check still ahead ("12 week imms due") and a duration "of" something ("2 weeks of
    /// counselling") are no age; "6 weeks of age" is one.
    @Test func gestationNotationChecksAheadAndDurationsOfSomething() {
        let pregnancy = MatcherFixture.matcher.match("She's 34+2 weeks.")
        #expect(pregnancy.facts[FactName.childAgeWeeks] == nil)
        #expect(pregnancy.facts[FactName.gestationWeeks]?.number.map { abs($0 - 34.3) < 0.05 } == true)
        #expect(MatcherFixture.status(.unborn, in: "She's 34+2 weeks.") == .present)
        #expect(MatcherFixture.age("born at 34+2 weeks, now 6 weeks old") == 6)
        #expect(MatcherFixture.age("12 week imms due.") == nil)
        #expect(MatcherFixture.age("Baby 6/52 seen in clinic today; 12 week imms due.") == 6)
        #expect(MatcherFixture.age("12 week imms done, bruise on arm") == 12)
        #expect(MatcherFixture.age("Mum had 2 weeks of counselling, baby is 11 weeks.") == 11)
        #expect(MatcherFixture.age("baby is 6 weeks of age") == 6)
        // The unit left out ("28+3 primip", "35+1, lives alone") and months said of a pregnancy
        // ("about 5 months gone") are gestations too; a score ("10+5 on the EPDS") is not.
        #expect(MatcherFixture.status(.unborn, in: "28+3 primip, care leaver") == .present)
        #expect(MatcherFixture.matcher.match("35+1, lives alone").facts[FactName.gestationWeeks]?.number.map { abs($0 - 35.1) < 0.05 } == true)
        #expect(MatcherFixture.matcher.match("she's about 5 months gone").facts[FactName.gestationWeeks]?.number.map { abs($0 - 21.7) < 0.05 } == true)
        #expect(MatcherFixture.status(.unborn, in: "scored 10+5 on the EPDS") == nil)
        #expect(MatcherFixture.age("she's about 5 months gone") == nil)
    }

    /// Tens and units in words ("twenty-one days old" had been read as one day), the half sign
    /// ("3½ months"), and weeks of an unborn baby (a gestation, not an age).
    @Test func compoundNumberWordsTheHalfSignAndAnUnbornsWeeks() {
        #expect(MatcherFixture.age("Twenty-one days old, bruise on cheek") == 3)
        #expect(MatcherFixture.age("she is thirty five days old") == 5)
        #expect(MatcherFixture.age("3½ months old").map { abs($0 - 15.2) < 0.05 } == true)
        #expect(MatcherFixture.age("Unborn baby at 19 weeks") == nil)
        #expect(MatcherFixture.matcher.match("Unborn baby at 19 weeks").facts[FactName.gestationWeeks] == .number(19))
    }

    @Test func unitTyposKeepOffTheUnitsThemselves() {
        let typos = Dictionary(uniqueKeysWithValues: AgeWords.unitTypos(["week", "weeks", "month", "months", "day", "days"]).map { ($0.typo, $0.unit) })
        #expect(typos["weeeks"] == "weeks" && typos["weks"] == "weeks" && typos["mnoths"] == "months")
        #expect(typos["week"] == nil && typos["eeks"] == nil && typos["ays"] == nil)
    }

    @Test(arguments: [
        "She's 28 weeks pregnant.",
        "Twins born at 31 weeks.",
        "Mum is 19 and dad is 22.",
        "He spent two weeks on the neonatal unit.",
        "They moved here three months ago.",
        "She drank for a year after her mum died.",
        "EMCS, baby in NICU 5 days.",
        "She moved in a week and a half ago.",
    ])
    func notTheBabysAge(text: String) {
        #expect(MatcherFixture.age(text) == nil, "\(text)")
    }

    /// A vague quantity is an age when said as one ("old", "is"), and the day of the birth
    /// gives the age when no number does. Without these a bruise on "a couple of weeks old"
    /// baby had no age, so no bruising protocol.
    @Test(arguments: [
        ("a couple of weeks old, bruise on cheek", 2.0),
        ("few months old baby with a bruise", 13.0),
        ("a few days old and jaundiced", 0.4),
        ("baby is a couple of weeks", 2.0),
        ("born a couple of days ago", 0.3),
        ("she was born last week", 1.0),
        ("baby born yesterday, mark on forehead", 0.1),
        ("delivered by section last week", 1.0),
        ("born last week, he's now 9 days old", 1.3),
    ])
    func vagueAndRelativeAges(text: String, weeks: Double) {
        let age = MatcherFixture.age(text)
        #expect(age != nil && abs(age! - weeks) <= 0.05, "\(text): \(String(describing: age))")
    }

    @Test(arguments: [
        "I'll visit again in a couple weeks.",
        "Mum has been low for a couple of weeks.",
        "We'll review in a few weeks.",
        "A few weeks ago he had a cold.",
        "I did the new birth visit yesterday.",
        "Mum and new born baby discharged yesterday.",
        "Her last labour was a long one.",
    ])
    func vagueTimesAreNotAges(text: String) {
        #expect(MatcherFixture.age(text) == nil, "\(text)")
    }

    /// Vague quantities are known words with their value negated: the tokens carry it for the
    /// age reader, and a pattern's `<number>` (a positive value) never takes them.
    @Test func vagueQuantitiesAreNoPatternNumbers() throws {
        let lexicon = MatcherFixture.matcher.lexicon
        for (word, value) in lexicon.age.vague {
            let known = try #require(lexicon.known.find(word), "\(word)")
            #expect(known.value == -value, "\(word)")
        }
        #expect(!lexicon.age.vague.isEmpty)
    }

    @Test func gestationNowGivesUnborn() {
        let result = MatcherFixture.matcher.match("Mum's 26 weeks with her second.")
        #expect(result.facts[FactName.gestationWeeks] == .number(26))
        #expect(result.status(of: .unborn) == .present)
        let birth = MatcherFixture.matcher.match("He was born at 35 weeks.")
        #expect(birth.facts[FactName.gestationWeeks] == .number(35))
        #expect(birth.status(of: .unborn) == nil)
    }

    /// A parent's baby named by its age, the possessive dropped ("mum's 6 week old"), is the
    /// baby: it had been read as a pregnancy of 6 weeks ("mum's 30 weeks"), so a bruise on it
    /// gave no advice at all. A parent's child of years ("dad's 2 year old") is an older child,
    /// not the baby, and a mother's weeks without "old" are still a gestation.
    @Test(arguments: [
        ("mum's 6 week old has a bruise on his cheek", Double?.some(6), Double?.none),
        ("dad's 3 month old was in the car with him", 13, nil),
        ("mum's 4 year old has a bruise on her leg", nil, nil),
        ("dad's 2 year old is at nursery, the baby is at home", nil, nil),
        ("mum's 30 weeks", nil, 30),
    ] as [(String, Double?, Double?)])
    func aParentsBabyNamedByAgeIsTheBaby(text: String, weeks: Double?, gestation: Double?) {
        let result = MatcherFixture.matcher.match(text)
        #expect(result.facts[FactName.childAgeWeeks] == weeks.map(FactValue.number), "\(text)")
        #expect(result.facts[FactName.gestationWeeks] == gestation.map(FactValue.number), "\(text)")
    }

    /// A brother, sister, nephew or niece named by an age under a year is the baby, told by a
    /// sibling or another relative ("her 6 week old brother has a bruise"): its age had gone
    /// unread, so the protocol waited for it. An older one stays another child.
    @Test(arguments: [
        ("her 6 week old brother has a bruise on his face", Double?.some(6)),
        ("I'm ringing about my 3 month old niece", 13),
        ("her 9 month old brother is crawling and the baby is 6 weeks old", 6),
        ("half-brother is 9 months and the baby is 6 weeks", 6),
        ("her 18 month old sister has a bruise", nil),
        ("his 4 year old brother is at school", nil),
    ] as [(String, Double?)])
    func aBabySiblingsAgeIsTheBabys(text: String, weeks: Double?) {
        MatcherFixture.expectAge(text, is: weeks)
    }

    /// An age corrected with "I meant", "that should be" or "typo" gives way to the correction
    /// ("9 months - sorry, I meant 9 weeks" had kept 9 months, past the protocol's age).
    @Test(arguments: [
        ("she's 9 months - sorry, I meant 9 weeks", 9.0),
        ("9 months old, sorry that should be 9 weeks", 9.0),
        ("he is 10 months, typo, 10 weeks", 10.0),
        ("she is 6 weeks and I meant to ask about her 8 week check", 6.0),
    ])
    func anAgeCorrectedWithIMeantGivesWay(text: String, weeks: Double) {
        MatcherFixture.expectAge(text, is: weeks)
    }

    /// "Old" after the unit says an age even after a time word ("noted in 9 wk old"), while
    /// "in 3 weeks" stays a time; an age after "since" is a point a later age replaces.
    @Test(arguments: [
        ("retinal bleeds found in 7 wk old", Double?.some(7)),
        ("fractures seen in 10 week old baby", 10),
        ("review in 3 weeks", nil),
        ("unsettled since 2 weeks old, now 9 weeks", 9),
    ] as [(String, Double?)])
    func oldSaysAnAgeAfterATimeWord(text: String, weeks: Double?) {
        #expect(MatcherFixture.age(text) == weeks, "\(text)")
    }

    /// A pregnancy word just before the weeks makes them a gestation ("pregnant, about 16
    /// weeks"); a baby's age said before a later pregnancy stays the age.
    @Test func aPregnancyJustBeforeTheWeeksIsAGestation() {
        let pregnant = MatcherFixture.matcher.match("she told me she is pregnant, about 16 weeks")
        #expect(pregnant.facts[FactName.gestationWeeks] == .number(16))
        #expect(pregnant.facts[FactName.childAgeWeeks] == nil)
        let baby = MatcherFixture.matcher.match("baby 16 weeks, mum pregnant again")
        #expect(baby.facts[FactName.childAgeWeeks] == .number(16))
    }

    /// A first or later pregnancy named ("primip, 38 weeks"), or an antenatal event a few words
    /// before "at" ("booking bloods done at 12 weeks"), makes the weeks a gestation, not a
    /// baby's age (which had made the baby pre-mobile by age).
    @Test(arguments: [
        ("primip, 38 weeks, partner not engaging with services", 38.0),
        ("booking bloods done at 12 weeks, no concerns", 12.0),
        ("multigravida at 31 weeks", 31.0),
    ])
    func aPregnancyNamedIsAGestation(text: String, weeks: Double) {
        let result = MatcherFixture.matcher.match(text)
        #expect(result.facts[FactName.gestationWeeks] == .number(weeks), "\(text)")
        #expect(result.facts[FactName.childAgeWeeks] == nil, "\(text)")
    }

    /// "A month", "a fortnight", "a few weeks" without "old" are the baby's age when they end
    /// the clause right after the baby (or its pronoun) and a linking word, or the pronoun whose
    /// "'s" was dropped; "only" or "just" may stand between. Elsewhere they are times.
    @Test(arguments: [
        ("bruise on her ear, she's a fortnight", 2.0),
        ("the baby is only a month, bruise on cheek", 4.3),
        ("he's just a few weeks; mark on his arm", 3.0),
        ("baby just a fortnight.", 2.0),
        ("she is a week", 1.0),
    ])
    func aDurationEndingTheClauseAfterTheBabyIsItsAge(text: String, weeks: Double) {
        #expect(MatcherFixture.age(text) == weeks, "\(text)")
    }

    @Test(arguments: [
        "the review is a week away",
        "breastfed for only a few weeks",
        "the baby is a week overdue for his jabs",
        "it is a month since the visit",
        "saw baby a few weeks ago",
        "the gap is a month.",
    ])
    func aDurationElsewhereIsATime(text: String) {
        #expect(MatcherFixture.age(text) == nil, "\(text)")
    }
    /// A child of a year or more named by age as a noun is another child ("mum also has a 3
    /// year old"), unless the child in question is named by its pronoun and a linking word
    /// ("he is a 2 year old") and no other child is spoken of.
    @Test(arguments: [
        ("he is a 2 year old with a bruise on his shin", Double?.some(104.4)),
        ("she is now a 1 year old and cruising", Double?.some(52.2)),
        ("mum also has a 3 year old", Double?.none),
        ("the baby is 6 weeks and her brother, he's a 2 year old", Double?.some(6)),
        ("he is a 2 year old, and the baby is 5 weeks", Double?.some(5)),
    ])
    func anOlderChildNamedByItsPronounIsTheChild(text: String, weeks: Double?) {
        MatcherFixture.expectAge(text, is: weeks)
    }

    /// An age a check was done at ("at the 6-8 week check") is a point in the past: an age
    /// said after it is the age now.
    @Test(arguments: [
        ("She had a mark at the 6-8 week check, which has faded; she's 4 months.", 17.4),
        ("seen at the 8 week check with a bruise, now 11 weeks", 11.0),
        ("at the 6 week check he was feeding well; he is 10 weeks", 10.0),
    ])
    func aLaterAgeReplacesTheAgeOfACheck(text: String, weeks: Double) {
        #expect(MatcherFixture.age(text) == weeks, "\(text)")
    }
    /// A rota told in weeks ("three weeks on, three weeks off") is no age: the baby's age said
    /// after it is read.
    @Test func aRotaInWeeksIsNoAge() {
        #expect(MatcherFixture.age("Partner works away, three weeks on three weeks off, she's alone with the 5 week old.") == 5)
        #expect(MatcherFixture.age("dad is two weeks off then back offshore") == nil)
    }

    /// Beside a born baby's age, a pregnancy said with a past verb ("since she was pregnant",
    /// "when she found out she was pregnant") is the one that ended in the birth; without an
    /// age, or said now, or "again", it is a pregnancy now.
    @Test(arguments: [
        ("he has been hitting her since she was pregnant, the baby is 3 weeks", FindingStatus?.none),
        ("she stopped her meds when she found out she was pregnant, baby now 9 weeks", FindingStatus?.none),
        ("she came off her antidepressants when she found out she was pregnant", FindingStatus?.some(.present)),
        ("she has just found out she is pregnant", FindingStatus?.some(.present)),
        ("the baby is 9 weeks and mum is pregnant again", FindingStatus?.some(.present)),
        ("the baby is 9 weeks and she was pregnant again by the six week check", FindingStatus?.some(.present)),
    ])
    func aPregnancyToldAsATimeIsNoPregnancyNow(text: String, status: FindingStatus?) {
        #expect(MatcherFixture.status(.unborn, in: text) == status, "\(text)")
    }
}
