/// What to say when no rule fires: plainly that nothing in the briefing applies, and where the
/// local procedures are (a section of `protocols.yaml`, so the address is kept in one place).
public struct NothingApplies: Sendable, Hashable {
    /// The sentence to say, without the address.
    public var message: String
    /// The section whose address is given (the Partnership Board's website).
    public var section: String
    public var line: Int?

    public init(message: String, section: String, line: Int? = nil) {
        self.message = message
        self.section = section
        self.line = line
    }

    /// The full text, with the address of the section when it has one.
    func text(sections: [String: ProtocolSection]) -> String {
        guard let target = sections[section] else { return message }
        guard let url = target.url else { return "\(message) (\(target.title))" }
        return "\(message) \(target.title): \(url)"
    }
}
