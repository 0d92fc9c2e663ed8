import ArgumentParser
import CurioCore

/// `curio cite ID`: one section, protocol or resource, with every recommendation that cites it.
struct CiteCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "cite",
        abstract: "Show one cited section and every recommendation that cites it.")

    @OptionGroup var options: DialoguesOption

    @Flag(help: "Print one JSON object.")
    var json = false

    @Argument(help: "The section id, as `curio protocols` lists it (e.g. baby-bruising-protocol).")
    var id: String

    struct Output: Encodable {
        var section: ProtocolSection
        var citedBy: [Citing]

        struct Citing: Encodable {
            var id: String
            var title: String
            var priority: Priority
            var advice: String
            var onlyWhen: String?

            enum CodingKeys: String, CodingKey {
                case id, title, priority, advice
                case onlyWhen = "only_when"
            }
        }

        enum CodingKeys: String, CodingKey {
            case section
            case citedBy = "cited_by"
        }
    }

    /// An unknown id: said plainly, without the usage text a validation error prints.
    struct UnknownSection: Error, CustomStringConvertible {
        var message: String
        var description: String { message }
    }

    func run() throws {
        let rules = try options.loadKnowledge().recommender.rules
        guard let section = rules.section(id) else {
            let known = rules.sections.map(\.id).joined(separator: ", ")
            throw UnknownSection(message: "no section `\(id)`; the sections are: \(known)")
        }
        let citing = rules.rules(citing: section.id).map { rule in
            Output.Citing(
                id: rule.id, title: rule.title, priority: rule.priority, advice: rule.advice,
                onlyWhen: rule.citations.first { $0.section == section.id }?.onlyWhen?.plainDescription)
        }
        if json {
            StandardStreams.write(JSONLines.line(Output(section: section, citedBy: citing)))
            return
        }
        var lines = ["\(section.title)", "  id:     \(section.id)", "  source: \(section.source)"]
        if let url = section.url { lines.append("  url:    \(url)") }
        if let note = section.addressNote { lines.append("          (\(note))") }
        if let parent = section.partOf.flatMap(rules.section) {
            lines.append("  named in: \(parent.title) [\(parent.id)]")
        }
        let named = rules.sections(partOf: section.id)
        if !named.isEmpty {
            lines.append("  names:  " + named.map { "\($0.title) [\($0.id)]" }.joined(separator: "; "))
        }
        if !section.summary.isEmpty {
            lines.append("")
            lines.append("  \(section.summary)")
        }
        lines.append("")
        if citing.isEmpty {
            lines.append("No recommendation cites it.")
        } else {
            lines.append("Cited by:")
            for rule in citing {
                lines.append("  [\(rule.priority.rawValue.uppercased())] \(rule.id): \(rule.title)")
                lines.append("      \(rule.advice)")
                if let condition = rule.onlyWhen { lines.append("      (cited only when \(condition))") }
            }
        }
        StandardStreams.write(lines.joined(separator: "\n"))
    }
}
