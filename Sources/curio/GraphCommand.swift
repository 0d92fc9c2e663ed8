import ArgumentParser
import CurioCore

/// `curio graph NAME`: draws a dialogue as Graphviz DOT (default) or Mermaid.
struct GraphCommand: ParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "graph",
        abstract: "Draw a dialogue as Graphviz DOT or Mermaid.",
        discussion: "For a picture: curio graph consultation | dot -Tsvg > consultation.svg")

    @OptionGroup var options: DialoguesOption

    @Argument(help: "The dialogue's name (e.g. consultation, duty-triage).")
    var name: String

    @Option(help: "dot or mermaid.")
    var format: String = "dot"

    func run() throws {
        let knowledge = try options.loadKnowledge()
        guard let dialogue = knowledge.dialogues[name] else {
            throw ValidationError("no dialogue named `\(name)` (there are: \(knowledge.dialogues.keys.sorted().joined(separator: ", ")))")
        }
        guard let format = DialogueGraph.Format(rawValue: format) else {
            throw ValidationError("--format is dot or mermaid")
        }
        StandardStreams.write(DialogueGraph.render(dialogue, format: format))
    }
}
