import ArgumentParser
import CurioCore

/// `curio protocols`: the briefing sections, protocols and resources recommendations cite.
struct ProtocolsCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "protocols",
        abstract: "List the briefing sections, protocols and resources Curio cites.")

    @OptionGroup var options: DialoguesOption

    @Flag(help: "Print one JSON object.")
    var json = false

    func run() throws {
        let rules = try options.loadKnowledge().recommender.rules
        if json {
            StandardStreams.write(JSONLines.line(["sections": rules.sections]))
            return
        }
        var lines: [String] = []
        let topLevel = rules.sections.filter { $0.partOf == nil }
        var source = ""
        for section in topLevel {
            if section.source != source {
                source = section.source
                if !lines.isEmpty { lines.append("") }
                lines.append(source)
            }
            lines += Self.describe(section, rules: rules, indent: "  ")
            for named in rules.sections(partOf: section.id) {
                lines += Self.describe(named, rules: rules, indent: "      ")
            }
        }
        lines.append("")
        lines.append("* the source shows no address beside this title; `curio cite ID` says where the address comes from.")
        lines.append("`curio cite ID` shows a section and every recommendation that cites it.")
        StandardStreams.write(lines.joined(separator: "\n"))
    }

    static func describe(_ section: ProtocolSection, rules: RuleBook, indent: String) -> [String] {
        var citedBy = rules.rules(citing: section.id).map(\.id)
        if rules.nothingApplies.section == section.id { citedBy.append("(the note when nothing applies)") }
        var lines = ["\(indent)\(section.id.padding(toLength: max(30 - indent.count, section.id.count + 1), withPad: " ", startingAt: 0)) \(section.title)"]
        if section.partOf != nil { lines[0] += "  (\(section.source))" }
        if let url = section.url {
            lines.append("\(indent)    <\(url)>" + (section.addressNote == nil ? "" : " *"))
        }
        lines.append("\(indent)    cited by: " + (citedBy.isEmpty ? "no recommendation" : citedBy.joined(separator: ", ")))
        return lines
    }
}
