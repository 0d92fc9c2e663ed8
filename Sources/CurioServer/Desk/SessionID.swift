/// Session ids: 128 bits from the system's cryptographic random source, as 32 hex digits.
///
/// The id is the only thing that lets a client resume a consultation, and a consultation
/// holds sensitive case details, so it must not be guessable from other ids or from time.
/// `SystemRandomNumberGenerator` reads `getrandom(2)` / `arc4random` and is fit for that.
public enum SessionID {
    public static func make() -> String {
        var generator = SystemRandomNumberGenerator()
        return hex(generator.next()) + hex(generator.next())
    }

    static func hex(_ value: UInt64) -> String {
        let digits = String(value, radix: 16)
        return String(repeating: "0", count: 16 - digits.count) + digits
    }

    /// A short prefix for logs: enough to follow one session, too short to resume it.
    public static func prefix(_ id: String) -> String {
        String(id.prefix(8))
    }
}
