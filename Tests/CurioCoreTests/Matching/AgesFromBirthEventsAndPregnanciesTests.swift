@testable import CurioCore
import Testing

/// Ages told as a birth event, and a pregnancy's weeks told apart from a baby's age (s19):
/// a birth on a weekday or a day of the month had no age, so a bruise on a baby of days
/// waited for the age question before the bruising protocol came; a pregnancy's weeks next to
/// "first pregnancy" or "with her second" were read as a born baby's age; the gestation at a
/// birth ("37 weeks when her waters broke") replaced the baby's own age told later; a past
/// pregnancy's weeks ("when she was 30 weeks pregnant") made a born baby unborn; and a mark's
/// age ("a bruise that looks a few days old") was read as the baby's. Sentences written for the
/// classes, with look-alikes that must keep (or give no) age.
@Suite("Ages from birth events and pregnancies")
struct AgesFromBirthEventsAndPregnanciesTests {
    static let today = CivilDate(year: 2026, month: 11, day: 29)!

    func facts(_ text: String) -> [String: FactValue] {
        MatcherFixture.matcher.match(text, today: Self.today).facts
    }

    func age(_ text: String) -> Double? { facts(text)[FactName.childAgeWeeks]?.number }
    func gestation(_ text: String) -> Double? { facts(text)[FactName.gestationWeeks]?.number }

    /// A birth on a weekday is within the last week, "last Friday" within the last fortnight:
    /// an age under the bruising protocol's either way. Another person's arrival is none.
    @Test(arguments: [
        ("he was born on Wednesday, there's a bruise on his chin", 0.4 as Double?),
        ("baby was born on the Sunday", 0.4),
        ("she was born last Friday", 1.0),
        ("born at the weekend", 0.4),
        ("twins born this morning", 0.1),
        // Look-alikes: another person or a thing arriving, a birth with no day.
        ("the health visitor arrived on Monday", nil),
        ("the letter arrived last Tuesday", nil),
        ("dad was on Wednesday's late shift", nil),
    ])
    func aBirthOnADayIsAnAge(text: String, weeks: Double?) {
        MatcherFixture.expectAge(text, is: weeks)
    }

    /// "born on the 14th": a day of the month alone is the last such day up to the
    /// consultation's (today the 29th: the 14th is this month's, the 30th last month's).
    @Test(arguments: [
        ("she was born on the 14th", 2.1 as Double?),
        ("he arrived on the 22nd, bruise on his ear", 1.0),
        ("born on the 30th", 4.3),
        // Another person's arrival, and a day that is no birth.
        ("the social worker arrived on the 22nd", nil),
        ("the review is on the 14th", nil),
    ])
    func aBirthOnADayOfTheMonthIsAnAge(text: String, weeks: Double?) {
        let read = age(text)
        if let weeks {
            #expect(read != nil && abs(read! - weeks) <= 0.05, "\(text): \(String(describing: read))")
        } else {
            #expect(read == nil, "\(text): \(String(describing: read))")
        }
    }

    /// Bare weeks after words that say the pregnancy is now ("hasn't given birth yet", "carrying
    /// triplets"), or with "with her second" after them, are its gestation, and the baby is
    /// unborn; a baby's weeks after a pregnancy told as history, a birth or with a word for the
    /// baby stay the baby's age.
    @Test(arguments: [
        ("second pregnancy, mum's about 19 weeks", 19.0),
        ("she hasn't given birth yet, she's 33 weeks", 33.0),
        ("mum's 26 weeks with her third", 26.0),
        ("she is carrying triplets, 20 weeks", 20.0),
    ])
    func weeksAfterAPregnancyAreItsGestation(text: String, weeks: Double) {
        #expect(age(text) == nil, "\(text)")
        #expect(gestation(text) == weeks, "\(text)")
        #expect(MatcherFixture.status(.unborn, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        ("she had a hard pregnancy, she's 7 weeks now", 7.0),
        ("straightforward pregnancy and birth, she's 5 weeks", 5.0),
        ("it was her first pregnancy, she's 9 weeks", 9.0),
        ("anxiety in her second pregnancy, she's 10 weeks", 10.0),
        ("baby is 12 weeks and mum is pregnant again", 12.0),
        ("she's 8 weeks old, mum is expecting again", 8.0),
        // The pregnancy's history told first, then the baby's weeks: read as a gestation, these
        // made a born baby unborn and hid the bruising protocol.
        ("Normal pregnancy, she's 10 weeks, bruise on her cheek", 10.0),
        ("pregnancy was uneventful, she's 8 weeks", 8.0),
        ("seen antenatally by the perinatal team, she's 6 weeks now", 6.0),
    ])
    func aBabysWeeksNearAPregnancyStayItsAge(text: String, weeks: Double) {
        #expect(age(text) == weeks, "\(text)")
    }

    /// The bruising protocol for a baby whose weeks follow the pregnancy's history.
    @Test func aBruiseAfterThePregnancysHistoryIsTheProtocol() {
        let ids = DialogueFixtures.recommendationIDs("Normal pregnancy, she's 10 weeks, bruise on her cheek")
        #expect(ids.contains("bruising-protocol"))
        #expect(!ids.contains("pre-birth-protocol"))
    }

    /// "due in about ten weeks", "crying for around 3 weeks": a time past a word of about.
    @Test(arguments: [
        ("the baby is due in about eight weeks", nil as Double?),
        ("he's been crying for around 3 weeks", nil),
        ("baby is about 9 weeks", 9.0),
    ])
    func aTimePastAboutIsNoAge(text: String, weeks: Double?) {
        MatcherFixture.expectAge(text, is: weeks)
    }

    /// The gestation at a birth event told after the weeks is no age: the baby's own age,
    /// told later, is read.
    @Test(arguments: [
        ("She was 38 weeks when she went into labour. Baby is 12 days old now.", 1.7 as Double?, 38.0 as Double?),
        ("she was 36 weeks when she was induced, he is now 3 weeks", 3.0, 36.0),
        ("admitted at 39+4 in labour, baby now 9 days old", 1.3, nil),
    ])
    func theGestationAtABirthIsNoAge(text: String, weeks: Double?, gestationWeeks: Double?) {
        #expect(age(text).map { abs($0 - weeks!) <= 0.05 } == true, "\(text): \(String(describing: age(text)))")
        if let gestationWeeks { #expect(gestation(text).map { abs($0 - gestationWeeks) <= 0.05 } == true, "\(text)") }
        #expect(MatcherFixture.status(.unborn, in: text) != .present, "\(text)")
    }

    /// The weeks of a pregnancy past ("when she was 28 weeks pregnant") are a gestation, not
    /// the baby's age, and the age reader does not make them a pregnancy now (the word
    /// "pregnant" still does, as the cues read it: "he hit her when she was 24 weeks pregnant"
    /// may be this pregnancy). "Born at 33 weeks gestation" makes no baby unborn.
    @Test(arguments: [
        ("Dad moved out when she was 28 weeks pregnant. The baby is 11 days old.", 1.6, 28.0),
        ("He has been on the scene since she was 4 months pregnant; the baby is now 3 weeks.", 3.0, 17.4),
    ])
    func aPregnancyPastGivesItsGestation(text: String, weeks: Double, gestationWeeks: Double) {
        #expect(age(text) == weeks, "\(text)")
        #expect(gestation(text) == gestationWeeks, "\(text)")
    }

    @Test func aBirthAtAGestationIsNoPregnancyNow() {
        let text = "The baby is 5 weeks old, born at 33 weeks gestation."
        #expect(MatcherFixture.status(.unborn, in: text) != .present)
        #expect(age(text) == 5)
    }

    @Test(arguments: [
        "she is 28 weeks pregnant",
        "gestation 24 weeks",
        "she's 20 weeks gestation",
        "she was 8 weeks pregnant when she found out",
        "he hit her when she was 24 weeks pregnant",
    ])
    func aPregnancyNowIsStillOne(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == .present, "\(text)")
    }

    /// A mark's age is not the baby's; the baby's age next to a mark still is.
    @Test(arguments: [
        ("a purple bruise on her arm that looks a couple of days old", nil as Double?),
        ("bruising on his thigh which is about a week old", nil),
        ("a mark on her cheek that seemed a few days old", nil),
        ("a bruise about a week old on his back", nil),
        // The baby's age.
        ("she has a bruise on her leg and she's 7 weeks old", 7.0),
        ("a bruise on the baby who is 6 weeks old", 6.0),
        ("a bruise on the baby that is 6 weeks old", 6.0),
        ("mark on his arm, he's a few days old", 0.4),
        // A determiner before the number names a child by its age, not a mark's.
        ("bruising has appeared again on this five month old", 21.7),
        ("marks have come up on her 10 week old", 10.0),
    ])
    func aMarksAgeIsNotTheBabys(text: String, weeks: Double?) {
        MatcherFixture.expectAge(text, is: weeks)
    }

    /// The mother as the sentence's subject, carried into a clause by "and" or "who", makes
    /// bare weeks a gestation (s22: "Mum was a LAC herself and is now 26 wks" made a born baby
    /// of 26 weeks and no pregnancy). Anything between that may be the baby's ("he", "baby"),
    /// another number, or weeks too few for a pregnancy told this way keep the baby's age.
    @Test(arguments: [
        ("Mother was in foster care herself and is now 28 wks.", nil as Double?, 28 as Double?),
        ("Mum, who is 22 weeks, has no one to help her", nil, 22),
        ("mum has moved in with her sister and is 31 weeks", nil, 31),
        // The baby's age.
        ("Mum is exhausted and he is 20 weeks", 20, nil),
        ("mum is coping and the baby is 16 weeks", 16, nil),
        ("Mum is 19 and is 24 weeks", 24, nil),
        ("mum has been tearful and is 6 weeks", 6, nil),
        ("Mum is well and is 14 weeks postnatal", 14, nil),
    ])
    func theMotherCarriedIntoAClauseIsPregnant(text: String, weeks: Double?, gestationWeeks: Double?) {
        #expect(age(text) == weeks, "\(text): age \(String(describing: age(text)))")
        #expect(gestation(text) == gestationWeeks, "\(text): gestation \(String(describing: gestation(text)))")
    }

    /// A day of life after a postnatal contact ("MW home visit day 4", "discharged home on day
    /// 9") or said of a word for the baby ("baby is day 6"); a mother's day after her operation
    /// and a day of a course are none (s22).
    @Test(arguments: [
        ("midwife note day 6: jaundiced and sleepy", 0.9 as Double?),
        ("postnatal visit day 3, feeding well", 0.4),
        ("went home on day 8 after phototherapy", 1.1),
        ("the baby is day 5 and still not feeding", 0.7),
        // None.
        ("she is day 2 post section and in pain", nil),
        ("day 10 of her antibiotics", nil),
        ("seen on day 3 of the admission", nil),
    ])
    func aDayOfLifeAfterAContact(text: String, weeks: Double?) {
        MatcherFixture.expectAge(text, is: weeks)
    }

    /// "03/07" with a leading zero is a date (a month), not three days; "3/7 old" still is.
    @Test func aLeadingZeroWritesADate() {
        #expect(age("police attended on 03/07 after an argument") == nil)
        #expect(age("baby 5/7 old, jaundiced") == 0.7)
    }

    /// A date of birth with a later contact date in the note: the age at that contact, not on
    /// the day the note is read (today the 29th of November 2026). A date still to come (a
    /// booked review) is no contact.
    @Test(arguments: [
        ("DOB 05/03/2025. Seen 16/04/2025 at the 6 week check, bruise on her arm", 6.0 as Double?),
        ("DOB 01/10/2026, mark seen 15/10/2026 and again 29/10/2026", 4.0),
        ("DOB 01/10/2026, review booked 10/12/2026", 8.4),
    ])
    func aDateOfBirthReadAtTheNotesLaterDate(text: String, weeks: Double?) {
        let read = age(text)
        #expect(read != nil && abs(read! - weeks!) <= 0.05, "\(text): \(String(describing: read))")
    }

    /// Days written as a fraction up to a fortnight ("14/7", as "10/7" was), while "24/7" stays
    /// all the time.
    @Test(arguments: [
        ("?mark on her flank, 14/7 old, for review", 2.0 as Double?),
        ("baby is 12/7, feeding well", 1.7),
        ("dad is with them 24/7", nil),
        ("support around the clock, 15/7 a fortnight on", nil),
    ])
    func daysAsAFractionUpToAFortnight(text: String, weeks: Double?) {
        MatcherFixture.expectAge(text, is: weeks)
    }

    /// The booking appointment named just before the weeks gives the pregnancy's gestation, not
    /// a born baby's age ("at booking, 14 weeks" had made an unborn baby 14 weeks old).
    @Test(arguments: [
        ("positive tox screen for cannabis at booking, 14 weeks", 14.0),
        ("Booking - 11 weeks, declined the MW's questions about DA", 11.0),
    ])
    func weeksAfterTheBookingAreAGestation(text: String, weeks: Double) {
        #expect(age(text) == nil, "\(text): \(String(describing: age(text)))")
        #expect(gestation(text) == weeks, "\(text): \(String(describing: gestation(text)))")
    }

    /// Days after a birth word that say a stay on a unit ("EMCS, 3 days in SCBU") are how long,
    /// not how old; "section 3 days ago" is still the age.
    @Test(arguments: [
        ("emergency section, then 5 days in SCBU for his breathing", nil as Double?),
        ("forceps delivery, 2 days on the neonatal unit", nil),
        ("born by section 3 days ago", 0.4),
        ("delivered 10 days ago, mum tearful", 1.4),
    ])
    func aStayAfterTheBirthIsNoAge(text: String, weeks: Double?) {
        MatcherFixture.expectAge(text, is: weeks)
    }
}
