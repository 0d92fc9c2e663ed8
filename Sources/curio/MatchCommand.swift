import ArgumentParser
import CurioClient
import CurioCore
import CurioServer
import Foundation

/// `curio match`: the intent matcher alone.
struct MatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Show the findings and facts the matcher hears in one utterance.",
        discussion: """
            --explain lists, for every cue the matcher recognised, the lexicon line it comes \
            from, the context triggers whose scope reached it and the status that resulted, \
            so a trainer can see which file to change.
            """)

    @OptionGroup var options: DialoguesOption

    @Flag(help: "Print one JSON object.")
    var json = false

    @Flag(help: "Batch mode: read {\"id\", \"text\"} lines on stdin, write one JSON object per line.")
    var jsonl = false

    @Flag(help: "Also show why: each cue, its lexicon line, the triggers and scopes that decided it.")
    var explain = false

    @Argument(help: "The utterance (words are joined with spaces).")
    var text: [String] = []

    func validate() throws {
        if jsonl && !text.isEmpty { throw ValidationError("--jsonl reads standard input; give no text") }
        if !jsonl && text.isEmpty { throw ValidationError("give the text to match, or --jsonl") }
        if jsonl && explain { throw ValidationError("--explain works on one utterance, not with --jsonl") }
    }

    func run() throws {
        HeapTuning.apply(topPad: HeapTuning.oneShotTopPad)
        // One utterance: its tables read in place in the snapshot (a shorter start); a batch
        // keeps them copied into huge pages, where matching is faster.
        let knowledge = try options.loadMatching(borrowingTables: !jsonl)
        if jsonl {
            let today = CivilDate(Date())
            BatchMode.run { id, text in JSONLines.line(BatchLine.MatchOutput(id: id, knowledge.matcher.match(text, today: today))) }
            StandardStreams.exit(keeping: knowledge)
        }
        let utterance = text.joined(separator: " ")
        let result = knowledge.matcher.match(utterance, today: CivilDate(Date()))
        if json {
            if explain {
                StandardStreams.write(JSONLines.line(Explained(result, knowledge.matcher.explain(utterance))))
            } else {
                StandardStreams.write(JSONLines.line(BatchLine.MatchOutput(result)))
            }
            StandardStreams.exit(keeping: knowledge)
        }
        StandardStreams.write(TextRendering.match(result, catalogue: knowledge.riskFactors))
        if explain { StandardStreams.write(Self.render(knowledge.matcher.explain(utterance))) }
        StandardStreams.exit(keeping: knowledge)
    }

    /// `--json --explain`: the match output with the explanations beside it.
    struct Explained: Encodable {
        var findings: [Finding]
        var facts: [String: FactValue]
        var explanations: [MatchExplanation]

        init(_ result: MatchResult, _ explanations: [MatchExplanation]) {
            findings = result.findings
            facts = result.facts
            self.explanations = explanations
        }
    }

    static func render(_ explanations: [MatchExplanation]) -> String {
        guard !explanations.isEmpty else { return "Why: no cue of the lexicon matched." }
        var lines = ["Why:"]
        for item in explanations {
            let status = item.status?.rawValue ?? "nothing"
            lines.append("  \(item.factor) \(status): \"\(item.words)\" matched cue `\(item.cue)` (\(item.location))")
            for use in item.triggers {
                lines.append("      \(use.kind) \"\(use.words)\" (`\(use.phrase)`, \(use.location)) reaches \"\(use.scope)\"")
            }
            lines.append("      => \(item.outcome)")
        }
        return lines.joined(separator: "\n")
    }
}
