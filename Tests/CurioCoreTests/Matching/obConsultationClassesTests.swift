import Testing

@testable import CurioCore

/// Classes found by the ob grid (how the baby's age and a pregnancy's gestation are told): the
/// age decides the bruising protocol (under 6 months) and a pregnancy decides child.unborn and the
/// pre-birth protocol. Sentences written for the classes, with look-alikes that must not move.
@Suite("ob consultation classes")
struct ObConsultationClassesTests {
    /// A woman or lady as the subject of her weeks ("Lady at 35 weeks", "the woman is 29 weeks")
    /// is a pregnancy at that gestation, as "mum at 30 weeks" is, not a born baby of seven or
    /// eight months. A postnatal point, a woman seen with the baby at an age, or a neighbour's
    /// word about the baby at an age stay the baby's age.
    @Test(arguments: [
        ("Lady at 35 weeks, partner in prison.", 35.0),
        ("Woman at 27 weeks, care leaver.", 27.0),
        ("The lady is 31 weeks and has nowhere to live.", 31.0),
    ])
    func aWomanAtHerWeeksIsPregnant(text: String, weeks: Double) {
        let result = MatcherFixture.matcher.match(text)
        #expect(result.facts[FactName.gestationWeeks]?.number == weeks, "\(text)")
        #expect(result.facts[FactName.childAgeWeeks] == nil, "\(text)")
        #expect(MatcherFixture.status(.unborn, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        ("the woman at 6 weeks postnatal was very low, bruise on baby's arm", 6.0),
        ("I saw the woman and baby at 7 weeks, bruise on his arm", 7.0),
        ("the lady next door says at 9 weeks he had a bruise on his ear", 9.0),
    ])
    func aBabysAgeBesideAWomanStays(text: String, weeks: Double) {
        MatcherFixture.expectAge(text, is: weeks)
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
        #expect(MatcherFixture.matcher.match(text).facts[FactName.gestationWeeks] == nil, "\(text)")
    }

    /// Bare weeks followed by "and it's her first (second, third) pregnancy" are a gestation now;
    /// "it was her first pregnancy" is a born baby's history and leaves the baby's age.
    @Test func herFirstPregnancyAfterTheWeeks() {
        for (text, weeks) in [("She's 23 weeks and this is her first pregnancy.", 23.0), ("she's 25 weeks, it's her second pregnancy", 25.0)] {
            let facts = MatcherFixture.matcher.match(text).facts
            #expect(facts[FactName.gestationWeeks]?.number == weeks, "\(text)")
            #expect(facts[FactName.childAgeWeeks] == nil, "\(text)")
        }
        MatcherFixture.expectAge("She's 10 weeks and it was her first pregnancy, bruise on her leg.", is: 10)
    }

    /// A period late by a number of days or weeks is a pregnancy suspected, and the weeks are no age.
    @Test func aPeriodLateByWeeksIsAPossiblePregnancy() {
        for text in ["her period is 5 weeks late", "mum says her period's about 9 days overdue"] {
            #expect(MatcherFixture.status(.unborn, in: text) == .possible, "\(text)")
            MatcherFixture.expectAge(text, is: nil)
        }
        #expect(MatcherFixture.status(.unborn, in: "the health visitor is 10 minutes late") == nil)
    }

    /// The trimester by another word or in figures ("last", "final", "3rd"), and the mother due on
    /// a day of next month or this one, are a pregnancy; a baby due her jabs or at clinic is not.
    @Test func aTrimesterOrADueDayOfNextMonth() {
        for text in ["she's in her final trimester and sofa surfing", "2nd trimester, partner controlling",
                     "mum's due on the 20th of next month", "she's due at the end of this month"] {
            #expect(MatcherFixture.status(.unborn, in: text) == .present, "\(text)")
        }
        for text in ["she's due her jabs at the end of next month", "she's due at clinic on the 3rd of next month"] {
            #expect(MatcherFixture.status(.unborn, in: text) == nil, "\(text)")
        }
    }

    /// The baby named between a birth verb and "at" ("delivered him at 39 weeks", "gave birth to
    /// her at 37 weeks") is the gestation at birth, not a baby of nine months; a baby taken
    /// somewhere at an age keeps the age.
    @Test func aBirthVerbWithTheBabyBeforeAt() {
        for text in ["she delivered her at 38 weeks by section", "mum gave birth to him at 36 weeks"] {
            MatcherFixture.expectAge(text, is: nil)
        }
        MatcherFixture.expectAge("mum took her to the GP at 6 weeks, bruise on her arm", is: 6)
        MatcherFixture.expectAge("delivered her at home, she's 7 weeks now", is: 7)
    }

    /// Bare weeks of "she" with the pregnancy not booked after them ("she's 26 weeks and hasn't
    /// booked", "unbooked, 29 weeks") are a gestation; a baby's jabs or check not booked are
    /// neither a pregnancy nor a gestation.
    @Test func notBookedWithMaternity() {
        for (text, weeks) in [("she's 26 weeks and hasn't booked.", 26.0), ("She's 29 weeks and not booked with a midwife", 29.0),
                              ("unbooked, 31 weeks, no fixed address", 31.0), ("33 weeks unbooked, using heroin", 33.0)] {
            let facts = MatcherFixture.matcher.match(text).facts
            #expect(facts[FactName.gestationWeeks]?.number == weeks, "\(text)")
            #expect(facts[FactName.childAgeWeeks] == nil, "\(text)")
        }
        for text in ["she's 9 weeks and not booked in for her jabs", "he's 10 weeks and mum hasn't booked his 8 week check"] {
            #expect(MatcherFixture.status(.unborn, in: text) == nil, "\(text)")
            #expect(MatcherFixture.matcher.match(text).facts[FactName.gestationWeeks] == nil, "\(text)")
        }
    }

    /// An age the baby will reach soon ("she'll be 6 months next week", "he's turning 6 months")
    /// is a little under it now, so under six months and pre-mobile by age; a plan for when the
    /// baby reaches an age gives none, and an age just reached stays.
    @Test func anAgeTheBabyWillReachIsUnderItNow() {
        for text in ["she'll be 6 months on Sunday, bruise on her thigh", "he will be six months next week", "she's turning 6 months soon"] {
            let age = MatcherFixture.age(text)
            #expect(age != nil && age! < 26 && age! > 25, "\(text): \(String(describing: age))")
        }
        MatcherFixture.expectAge("when she turns 6 months mum will wean her", is: nil)
        MatcherFixture.expectAge("he's just turned 6 months", is: 26.1)
        MatcherFixture.expectAge("He's 2 monthes, bruise on his back", is: 8.7)
    }

    /// Bare weeks of "she" with the birth due at a month or soon, or the baby's sex expected, right
    /// after them are a gestation; a baby due at clinic or due her jabs keeps her age.
    @Test func dueAtAMonthOrExpectingAGirlAfterTheWeeks() {
        for (text, weeks) in [("she's 27 weeks and due in August", 27.0), ("She is 21 weeks, expecting twins", 21.0),
                              ("she's 25 weeks and having a girl", 25.0)] {
            let facts = MatcherFixture.matcher.match(text).facts
            #expect(facts[FactName.gestationWeeks]?.number == weeks, "\(text)")
            #expect(facts[FactName.childAgeWeeks] == nil, "\(text)")
        }
        MatcherFixture.expectAge("She's 12 weeks, due in clinic on Monday", is: 12)
        MatcherFixture.expectAge("she's 16 weeks and due her jabs, bruise on her arm", is: 16)
    }

    /// The mother's bruise with her age said between ("mum's 18 and has a bruise on her arm",
    /// "mum, 17, has bruises up her arms") is hers, a possible sign of domestic abuse, not the
    /// baby's bruise; the baby's bruise beside her age stays the baby's.
    @Test func theMothersBruiseWithHerAgeBetween() {
        for text in ["mum's 19 and has a bruise on her arm", "Mum, 16, has bruises up her arms"] {
            #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
            #expect(MatcherFixture.status(.domesticAbuse, in: text) == .possible, "\(text)")
        }
        #expect(MatcherFixture.status(.bruising, in: "mum is 19 and the baby has a bruise on his arm") == .present)
        #expect(MatcherFixture.status(.bruising, in: "mum is 20, has a bruise on her arm and the baby has one on his leg") == .present)
    }

    /// A rule about babies of an age said as a general truth ("babies under 6 months rarely
    /// bruise") is no bruise of this baby's; a bruise told after it, or on babies of an age
    /// named as these ones, is told.
    @Test func aGeneralRuleAboutBabiesOfAnAge() {
        for text in ["babies under six months don't usually bruise", "any baby under 6 months should be referred for a bruise"] {
            #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
        }
        for text in ["babies under 6 months rarely bruise, and he has a bruise on his ear", "both babies under 3 months have bruises",
                     "a baby of 7 weeks with a bruise on her cheek"] {
            #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
        }
    }

    /// The mother said in early pregnancy now ("she's in early pregnancy") is a pregnancy; "in early
    /// pregnancy" as a time gone by stays none.
    @Test func earlyPregnancyNow() {
        #expect(MatcherFixture.status(.unborn, in: "mum is in early pregnancy and still drinking") == .present)
        #expect(MatcherFixture.status(.unborn, in: "in early pregnancy she was very sick, the baby is 6 weeks now") == nil)
    }
}
