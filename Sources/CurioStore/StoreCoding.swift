import CurioCore
import Foundation

/// How the store writes values: JSON for the structured columns, and one text form for every
/// time (UTC, milliseconds, `2025-06-01T10:12:03.250Z`) so that times sort as text and read
/// plainly in `sqlite3`.
enum StoreCoding {
    private static let timeStyle = Date.ISO8601FormatStyle(includingFractionalSeconds: true, timeZone: .gmt)

    /// The stored text of a time (rounded to the millisecond).
    static func text(_ date: Date) -> String {
        let milliseconds = (date.timeIntervalSince1970 * 1000).rounded()
        return timeStyle.format(Date(timeIntervalSince1970: milliseconds / 1000))
    }

    /// A time read back; nil when the text is not one the store wrote.
    static func date(_ text: String?) -> Date? {
        guard let text else { return nil }
        return try? timeStyle.parse(text)
    }

    static func encode<Value: Encodable>(_ value: Value) throws -> String {
        let encoder = JSONEncoder()
        encoder.outputFormatting = [.sortedKeys]
        encoder.dateEncodingStrategy = .custom { date, encoder in
            var container = encoder.singleValueContainer()
            try container.encode(text(date))
        }
        do {
            return String(decoding: try encoder.encode(value), as: UTF8.self)
        } catch {
            throw CaseJournalError(.failed, "A consultation could not be encoded for the case store (\(Value.self)).")
        }
    }

    static func decode<Value: Decodable>(_ type: Value.Type, from text: String?, path: String) throws -> Value? {
        guard let text else { return nil }
        let decoder = JSONDecoder()
        decoder.dateDecodingStrategy = .custom { decoder in
            let container = try decoder.singleValueContainer()
            if let seconds = try? container.decode(Double.self) { return Date(timeIntervalSinceReferenceDate: seconds) }
            let string = try container.decode(String.self)
            guard let date = date(string) else {
                throw DecodingError.dataCorruptedError(in: container, debugDescription: "not a time")
            }
            return date
        }
        do {
            return try decoder.decode(Value.self, from: Data(text.utf8))
        } catch {
            throw CaseJournalError(
                .corrupt, "The case store \(path) holds a record this version of curio cannot read (\(Value.self)).")
        }
    }
}
