/// Where a recommendation comes from: a section of the briefing, or a protocol it names.
public struct Citation: Codable, Sendable, Hashable {
    /// The source document's title, e.g. "7 Minute Briefing: Thematic Review NAI & Neglect".
    public var source: String
    /// The section of that document, e.g. "Baby Bruising Protocol".
    public var section: String
    /// The address the source gives, when it gives one.
    public var url: String?
    /// The citation's JSON, written once when the rules are loaded (see `Prewritten`): a rule
    /// cited only under a condition (`only_when`) has no fixed list to keep as JSON, and
    /// escaping its citations' titles and addresses again for every recommendation written was
    /// most of writing one. Not part of the citation's value: not compared, hashed or encoded.
    var prewritten: Prewritten<Citation>?

    public init(source: String, section: String, url: String? = nil) {
        self.source = source
        self.section = section
        self.url = url
    }

    enum CodingKeys: String, CodingKey {
        case source, section, url
    }

    public static func == (lhs: Self, rhs: Self) -> Bool {
        lhs.source == rhs.source && lhs.section == rhs.section && lhs.url == rhs.url
    }

    public func hash(into hasher: inout Hasher) {
        hasher.combine(source)
        hasher.combine(section)
        hasher.combine(url)
    }

    /// The citation with its JSON written, for the recommendations that will carry it.
    func withPrewrittenJSON() -> Citation {
        var citation = self
        citation.prewritten = nil
        citation.prewritten = Prewritten(citation)
        return citation
    }
}
