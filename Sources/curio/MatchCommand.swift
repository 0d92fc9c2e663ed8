import ArgumentParser
import CurioClient
import CurioCore

/// `curio match`: the intent matcher alone.
struct MatchCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "match",
        abstract: "Show the findings and facts the matcher hears in one utterance.")

    @OptionGroup var options: DialoguesOption

    @Flag(help: "Print one JSON object.")
    var json = false

    @Flag(help: "Batch mode: read {\"id\", \"text\"} lines on stdin, write one JSON object per line.")
    var jsonl = false

    @Argument(help: "The utterance (words are joined with spaces).")
    var text: [String] = []

    func validate() throws {
        if jsonl && !text.isEmpty { throw ValidationError("--jsonl reads standard input; give no text") }
        if !jsonl && text.isEmpty { throw ValidationError("give the text to match, or --jsonl") }
    }

    func run() throws {
        let knowledge = try options.loadKnowledge()
        if jsonl {
            for line in StandardStreams.lines() where !line.trimmingCharacters(in: .whitespaces).isEmpty {
                switch BatchLine.read(line) {
                case .success(let input):
                    StandardStreams.write(JSONLines.line(BatchLine.MatchOutput(id: input.id, knowledge.matcher.match(input.text))))
                case .failure(let error):
                    StandardStreams.write(error.json)
                }
            }
            return
        }
        let result = knowledge.matcher.match(text.joined(separator: " "))
        if json {
            StandardStreams.write(JSONLines.line(BatchLine.MatchOutput(result)))
        } else {
            StandardStreams.write(TextRendering.match(result, catalogue: knowledge.riskFactors))
        }
    }
}
