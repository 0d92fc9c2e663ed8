import ArgumentParser

/// `curio`: the safeguarding consultation assistant. This target only parses arguments and
/// wires the libraries together; the logic lives in CurioCore and the I/O in the other targets.
@main
struct Curio: AsyncParsableCommand {
    static let configuration = CommandConfiguration(
        commandName: "curio",
        abstract: "A consultation assistant for professionals worried about a baby.",
        discussion: """
            Curio supports, and does not replace, professional judgement and local safeguarding \
            procedures. A child in immediate danger needs 999.
            """,
        version: "0.1.0",
        subcommands: [
            MatchCommand.self,
            BenchMatcherCommand.self,
            AskCommand.self,
            CasesCommand.self,
            ReportCommand.self,
            PurgeCommand.self,
            ChatCommand.self,
            ProtocolsCommand.self,
            CiteCommand.self,
            CheckCommand.self,
            GraphCommand.self,
            TestCommand.self,
            ServeCommand.self,
            BenchCommand.self,
        ]
    )
}
