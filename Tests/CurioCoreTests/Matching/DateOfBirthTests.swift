@testable import CurioCore
import Foundation
import Testing

/// A date of birth written as a date ("DOB 01/10/26") is read as the baby's age on the day of
/// the consultation. Without it a pre-mobile baby's bruise got "establish whether the baby is
/// mobile" instead of the bruising protocol. Sentences written for the class.
@Suite struct DateOfBirthTests {
    static let today = CivilDate(year: 2026, month: 11, day: 29)!

    func age(_ text: String) -> Double? {
        if case .number(let weeks) = MatcherFixture.matcher.match(text, today: Self.today).facts[FactName.childAgeWeeks] { return weeks }
        return nil
    }

    @Test(arguments: [
        ("DOB 01/10/26, bruise on her arm", 8.4),
        ("d.o.b 1-10-2026", 8.4),
        ("D.O.B. 01/10/26", 8.4),
        ("date of birth: 01/10/2026", 8.4),
        ("born on 15/11/26 with a bruise", 2.0),
        ("birth date 22/11/2026", 1.0),
        ("dob 29/11/26", 0.0),
    ])
    func aDateOfBirthIsTheAgeOnTheDay(text: String, weeks: Double) {
        #expect(age(text) == weeks, "\(text)")
    }

    /// The month in words, with the year or without it (then the last such day up to today).
    /// "born 1st October" had no age, so a bruise on that baby was asked about mobility instead
    /// of going to the bruising protocol.
    @Test(arguments: [
        ("born 1st October, bruise on her cheek", 8.4),
        ("DOB 1 Oct 2026", 8.4),
        ("born on the 1st of October", 8.4),
        ("dob: October 1st, 2026", 8.4),
        ("born October 1st", 8.4),
        ("born 29th November", 0.0),
        ("born 3rd December", 51.6),
    ])
    func aDateOfBirthInWords(text: String, weeks: Double) {
        #expect(age(text) == weeks, "\(text)")
    }

    /// A day and a month not after the words for a birth, a day that does not exist, or one
    /// more than three years back: no age.
    @Test(arguments: ["seen on 1st October", "born 31st April", "DOB 1 Oct 2020", "born in May"])
    func otherWrittenDatesAreNotRead(text: String) {
        #expect(age(text) == nil, "\(text)")
    }

    /// A day that does not exist, one after today (a due date or a slip) or more than three
    /// years back, a date after another word, and a blood pressure are not read; an age said
    /// in words stands.
    @Test func otherDatesAreNotRead() {
        for text in ["baby born 31/04/26", "dob 01/12/26", "DOB 01/10/20", "seen 01/10/26, bruise", "bp 120/80/90", "born at 34/40"] {
            #expect(age(text) == nil, "\(text)")
        }
        #expect(age("dob 1/10/26 and he is 8 weeks") == 8)
    }

    /// A day and a month without the year after the words for a birth ("DOB 03/09"): the last
    /// such day, counted to the note's own day when it gives one in the same form ("seen
    /// 01/10"), before or after the birth's date, else to today. "DOB 3/12" is the 3rd of
    /// December (after "dob" a date, never a fraction); "born 2/12 ago" is still two months.
    /// Left unread, a bruise on a baby of weeks waited for the age question.
    @Test(arguments: [
        ("DOB 03/09", 12.4),
        ("DOB 03/09, seen today 01/10, small bruise on chest", 4.0),
        ("born 3/9, seen 1/10, bruise on his ear", 4.0),
        ("date of birth: 3/9", 12.4),
        ("DOB 3/12", 51.6),
        ("born 2/12 ago", 8.7),
        ("DOB 01/10/26, seen 15/10", 2.0),
        ("Entry 15/10/2026: new birth visit, baby DOB 01/10/2026", 2.0),
        ("Visit 15/10: baby DOB 1/10, feeding well", 2.0),
        // A fraction after the birth is no note's day: counted to today.
        ("DOB 03/09, seen again 2/12 later", 12.4),
    ])
    func aDayAndAMonthOfBirth(text: String, weeks: Double) {
        #expect(age(text) == weeks, "\(text): \(String(describing: age(text)))")
    }

    /// Not after the words for a birth, or a day that never exists: no age.
    @Test(arguments: ["seen 03/09", "DOB 31/02", "DA incident 03/07, police called"])
    func otherDaysAndMonthsAreNotRead(text: String) {
        #expect(age(text) == nil, "\(text)")
    }

    /// Without the consultation's day a date of birth is not read (no age is better than one
    /// counted to the wrong day).
    @Test func withoutTheDayNothingIsRead() {
        #expect(MatcherFixture.matcher.match("DOB 01/10/26").facts[FactName.childAgeWeeks] == nil)
    }

    /// A consultation counts to the day of the answer.
    @Test func aConsultationCountsToTheDayOfTheAnswer() throws {
        let knowledge = DialogueFixtures.knowledge
        var consultation = Consultation(dialogue: try #require(knowledge.dialogues[Knowledge.defaultDialogue]), knowledge: knowledge)
        var parts = DateComponents()
        (parts.year, parts.month, parts.day, parts.hour) = (2026, 11, 29, 12)
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = .current
        let noon = try #require(calendar.date(from: parts))
        _ = consultation.answer("DOB 01/10/26, bruise on her arm", at: noon)
        #expect(consultation.advice.recommendations.contains { $0.id == "bruising-protocol" })
    }

    @Test func civilDatesCountDaysAcrossMonthsAndLeapYears() throws {
        let a = try #require(CivilDate(year: 2028, month: 2, day: 28))
        let b = try #require(CivilDate(year: 2028, month: 3, day: 1))
        #expect(a.days(until: b) == 2)
        #expect(CivilDate(year: 2026, month: 2, day: 29) == nil)
        #expect(CivilDate(year: 2028, month: 2, day: 29) != nil)
        #expect(CivilDate(year: 2026, month: 13, day: 1) == nil)
        let newYear = try #require(CivilDate(year: 2026, month: 12, day: 31))
        #expect(newYear.days(until: try #require(CivilDate(year: 2027, month: 1, day: 1))) == 1)
    }
}
