/// A section of the briefing, or a protocol or resource it names, that a recommendation cites.
///
/// Sections are data (`dialogues/protocols.yaml`) so that a safeguarding lead can correct a
/// title or an address without touching Swift. Each keeps the address exactly as its source
/// prints it, and `addressNote` says honestly where that address comes from when the source
/// shows only a link title.
public struct ProtocolSection: Sendable, Hashable, Codable {
    /// What kind of thing is cited: the difference matters to a practitioner deciding how much
    /// weight to give it (a local protocol versus a review's learning versus a general duty).
    public enum Kind: String, Sendable, Hashable, Codable, CaseIterable {
        /// A section of the 7 Minute Briefing itself.
        case briefingSection = "briefing-section"
        /// A local protocol the briefing names.
        case protocolDocument = "protocol"
        /// A web page or resource the briefing names.
        case resource
        /// A duty that applies whatever the briefing says (999, referral for domestic abuse...).
        case generalDuty = "general-duty"
    }

    /// A stable id that rules cite, e.g. `baby-bruising-protocol`.
    public var id: String
    /// The section or document title, as the source prints it.
    public var title: String
    /// The source document (or publisher) the title belongs to.
    public var source: String
    public var kind: Kind
    /// The address as the source gives it, when it gives one.
    public var url: String?
    /// Where the address comes from, when it is not printed beside the title.
    public var addressNote: String?
    /// The section of the briefing that names this protocol or resource, if any.
    public var partOf: String?
    /// What the section says, in the project's own words (for `curio cite`).
    public var summary: String
    /// The line of `protocols.yaml` the section starts on, for messages.
    public var line: Int?

    public init(
        id: String, title: String, source: String, kind: Kind, url: String? = nil,
        addressNote: String? = nil, partOf: String? = nil, summary: String = "", line: Int? = nil
    ) {
        self.id = id
        self.title = title
        self.source = source
        self.kind = kind
        self.url = url
        self.addressNote = addressNote
        self.partOf = partOf
        self.summary = summary
        self.line = line
    }

    /// The citation as recommendations render it (`{"source","section","url"}`).
    public var citation: Citation { Citation(source: source, section: title, url: url) }

    enum CodingKeys: String, CodingKey {
        case id, title, source, kind, url, summary
        case addressNote = "address_note"
        case partOf = "part_of"
    }
}
