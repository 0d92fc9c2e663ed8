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

    @Flag(help: "Run the test scripts in-process and shade the states and transitions they never reach.")
    var coverage = false

    @Option(name: .customLong("tests"), help: "Scripts or folders for --coverage (default: the dialogues' tests folder).")
    var tests: [String] = []

    func run() throws {
        let knowledge = try options.loadKnowledge()
        guard let dialogue = knowledge.dialogues[name] else {
            throw ValidationError("no dialogue named `\(name)` (there are: \(knowledge.dialogues.keys.sorted().joined(separator: ", ")))")
        }
        guard let format = DialogueGraph.Format(rawValue: format) else {
            throw ValidationError("--format is dot or mermaid")
        }
        guard coverage else {
            StandardStreams.write(DialogueGraph.render(dialogue, format: format))
            return
        }
        let roots = tests.isEmpty ? [knowledge.directory.appendingPathComponent("tests").path] : tests
        var suite = ScriptSuite()
        suite.run(try ScriptFiles.collect(roots)) { InProcessScriptDriver(knowledge: knowledge) }
        let figures = suite.coverage.figures(for: dialogue)
        StandardStreams.write(
            DialogueGraph.render(
                dialogue, format: format, unvisitedStates: Set(figures.unvisitedStates),
                unvisitedTransitions: Set(figures.untakenTransitions)))
    }
}
