import Foundation

/// Reads `dialogues/protocols.yaml`:
///
/// ```yaml
/// sections:
///   - id: baby-bruising-protocol              # what rules cite
///     title: Baby Bruising Protocol           # as the source prints it
///     source: "7 Minute Briefing: Thematic Review NAI & Neglect"
///     kind: briefing-section                  # briefing-section | protocol | resource | general-duty
///     url: www.safeguardingcambspeterborough.org.uk    # exactly as the source gives it
///     address_note: the briefing gives no address of its own; this is the one at its foot
///     part_of: parenting                      # the briefing section that names it (optional)
///     summary: What it says, in our words.
/// ```
///
/// Duplicate ids and unknown `part_of` ids are left to `RuleBook.problems`, which reports
/// them all at once; only a malformed entry stops the reading.
enum ProtocolsFile {
    static let fileKeys: Set<String> = ["sections"]
    static let sectionKeys: Set<String> = [
        "id", "title", "source", "kind", "url", "address_note", "part_of", "summary",
    ]

    static func read(_ root: DataNode) throws -> [ProtocolSection] {
        try root.allowOnly(fileKeys, in: "the protocols file")
        let nodes = try root.required("sections", in: "the protocols file").sequence("the sections")
        guard !nodes.isEmpty else { throw root.error("the protocols file lists no sections") }
        return try nodes.map(section)
    }

    static func section(_ node: DataNode) throws -> ProtocolSection {
        let what = "a protocol section"
        try node.allowOnly(sectionKeys, in: what)
        let id = try node.required("id", in: what).string("the section's id")
        let inSection = "section `\(id)`"
        let kindNode = try node.required("kind", in: inSection)
        let kindText = try kindNode.string("a kind")
        guard let kind = ProtocolSection.Kind(rawValue: kindText) else {
            let known = ProtocolSection.Kind.allCases.map(\.rawValue).joined(separator: ", ")
            throw kindNode.error("unknown kind `\(kindText)` in \(inSection) (expected one of \(known))")
        }
        return ProtocolSection(
            id: id,
            title: try nonEmpty(node.required("title", in: inSection), "a title"),
            source: try nonEmpty(node.required("source", in: inSection), "a source"),
            kind: kind,
            url: try node["url"].map { try nonEmpty($0, "an address") },
            addressNote: try node["address_note"]?.string("an address note"),
            partOf: try node["part_of"]?.string("a section id"),
            summary: try node["summary"]?.string("a summary") ?? "",
            line: node.line)
    }

    static func nonEmpty(_ node: DataNode, _ what: String) throws -> String {
        let text = try node.string(what).trimmingCharacters(in: .whitespacesAndNewlines)
        guard !text.isEmpty else { throw node.error("expected \(what), found nothing") }
        return text
    }
}
