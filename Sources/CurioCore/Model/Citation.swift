/// Where a recommendation comes from: a section of the briefing, or a protocol it names.
public struct Citation: Codable, Sendable, Hashable {
    /// The source document's title, e.g. "7 Minute Briefing: Thematic Review NAI & Neglect".
    public var source: String
    /// The section of that document, e.g. "Baby Bruising Protocol".
    public var section: String
    /// The address the source gives, when it gives one.
    public var url: String?

    public init(source: String, section: String, url: String? = nil) {
        self.source = source
        self.section = section
        self.url = url
    }
}
