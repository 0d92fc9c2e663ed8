import ArgumentParser
import CurioClient
import CurioCore

/// `curio ask`: a one-shot quick consultation for a free-text case description.
struct AskCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "ask",
        abstract: "Recommend actions, with citations, for a free-text case description.")

    @OptionGroup var options: DialoguesOption

    @Flag(help: "Print one JSON object.")
    var json = false

    @Flag(help: "Batch mode: read {\"id\", \"text\"} lines on stdin, write one JSON object per line.")
    var jsonl = false

    @Flag(help: "Also show the chain finding → rule → recommendation → citation behind the advice.")
    var explain = false

    @Argument(help: "The case description (words are joined with spaces).")
    var text: [String] = []

    func validate() throws {
        if jsonl && !text.isEmpty { throw ValidationError("--jsonl reads standard input; give no text") }
        if explain && (json || jsonl) { throw ValidationError("--explain is for the text output; the JSON already carries `because` and `evidence`") }
        if !jsonl && text.isEmpty { throw ValidationError("describe the case, or use --jsonl") }
    }

    func run() throws {
        let knowledge = try options.loadKnowledge()
        if jsonl {
            BatchMode.run { id, text in
                let (match, advice) = knowledge.ask(text)
                return JSONLines.line(BatchLine.AskOutput(id: id, match: match, advice: advice))
            }
            return
        }
        let (match, advice) = knowledge.ask(text.joined(separator: " "))
        if json {
            StandardStreams.write(JSONLines.line(BatchLine.AskOutput(match: match, advice: advice)))
        } else {
            StandardStreams.write(TextRendering.advice(advice, facts: match.facts, catalogue: knowledge.riskFactors))
            if explain {
                StandardStreams.write(
                    "\n" + ExplanationRendering.explanation(
                        advice, rules: knowledge.recommender.rules, catalogue: knowledge.riskFactors))
            }
        }
    }
}
