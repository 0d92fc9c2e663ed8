import Foundation

/// A day of the calendar (year, month, day), without a time or a zone: what a date of birth
/// written in a note is, and what "today" is for the consultation reading it.
///
/// Why not `Date`: a note's "DOB 01/10/26" names a day, not an instant, and the age in weeks
/// is the count of days between two days. Counted on days, the answer does not depend on the
/// machine's time zone or the time of day of the consultation.
public struct CivilDate: Sendable, Hashable {
    public var year: Int
    public var month: Int
    public var day: Int

    /// The day, if it exists in the Gregorian calendar (no 31st of April, no 29th of February
    /// outside a leap year).
    public init?(year: Int, month: Int, day: Int) {
        guard (1...12).contains(month), day >= 1, day <= Self.days(inMonth: month, of: year), (1900...9999).contains(year) else {
            return nil
        }
        self.year = year
        self.month = month
        self.day = day
    }

    /// The day `date` falls on in `zone` (by default the machine's: the practitioner's day).
    public init(_ date: Date, in zone: TimeZone = .current) {
        var calendar = Calendar(identifier: .gregorian)
        calendar.timeZone = zone
        let parts = calendar.dateComponents([.year, .month, .day], from: date)
        year = parts.year ?? 1970
        month = parts.month ?? 1
        day = parts.day ?? 1
    }

    static func days(inMonth month: Int, of year: Int) -> Int {
        switch month {
        case 2: return year % 4 == 0 && (year % 100 != 0 || year % 400 == 0) ? 29 : 28
        case 4, 6, 9, 11: return 30
        default: return 31
        }
    }

    /// Days since 1 March of year 0 (any fixed origin does: only differences are used), by the
    /// usual civil-to-days arithmetic.
    var dayNumber: Int {
        let y = month <= 2 ? year - 1 : year
        let m = month <= 2 ? month + 9 : month - 3
        return 365 * y + y / 4 - y / 100 + y / 400 + (153 * m + 2) / 5 + day - 1
    }

    /// Whole days from `self` to `later` (negative when `later` is earlier).
    func days(until later: CivilDate) -> Int { later.dayNumber - dayNumber }
}
