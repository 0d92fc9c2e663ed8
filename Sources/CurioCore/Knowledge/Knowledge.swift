import Foundation

/// Everything Curio knows, loaded from one `dialogues/` folder: the taxonomy, the matcher's
/// lexicon, the recommendation rules with the protocol sections they cite, and the dialogues.
///
/// A value: a reload builds a new one and swaps it in only when it loaded cleanly.
public final class Knowledge: Sendable {
    public let directory: URL
    public let riskFactors: RiskFactorCatalogue
    public let matcher: Matcher
    public let recommender: Recommender
    public let dialogues: [String: Dialogue]
    public let answers: AnswerVocabulary

    public init(
        directory: URL, riskFactors: RiskFactorCatalogue, matcher: Matcher, recommender: Recommender,
        dialogues: [String: Dialogue], answers: AnswerVocabulary
    ) {
        self.directory = directory
        self.riskFactors = riskFactors
        self.matcher = matcher
        self.recommender = recommender
        self.dialogues = dialogues
        self.answers = answers
    }

    /// The dialogue a consultation starts with when none is named.
    public static let defaultDialogue = "consultation"

    /// Loads everything in `directory`. `cache`: where the compiled lexicon is kept between
    /// runs (`LexiconCache`); without one the lexicon is compiled from its files.
    public static func load(from directory: URL, cache: LexiconCache? = nil) throws -> Knowledge {
        let matching = try MatchingKnowledge.load(from: directory, cache: cache)
        let riskFactors = matching.riskFactors
        let rules = try RuleBook.load(from: directory, knownFactors: riskFactors.ids)
        let dialogues = try DialogueLoader.loadAll(from: directory)
        let answers = try AnswerVocabulary.load(from: directory)
            .preparing(options: dialogues.values.flatMap { $0.states.flatMap(\.options) } + Consultation.offerOptions)
        return Knowledge(
            directory: directory, riskFactors: riskFactors, matcher: matching.matcher,
            recommender: Recommender(rules: rules, taxonomy: riskFactors.ids), dialogues: dialogues, answers: answers)
    }

    /// Matcher and recommender in one step: what `curio ask` does for a free-text description.
    /// `today`: the day a date of birth is counted to (see `Matcher.match(_:today:)`).
    public func ask(_ text: String, today: @autoclosure () -> CivilDate = CivilDate(Date())) -> (match: MatchResult, advice: Advice) {
        let match = matcher.match(text, today: today())
        let picture = CasePicture(findings: match.findings + match.situations, facts: match.facts)
        return (match, recommender.advise(picture))
    }
}

/// Finds the `dialogues/` folder: an explicit path, then `CURIO_DIALOGUES`, then `./dialogues`,
/// then a `dialogues/` beside or above the executable (so `swift run` and a built binary run
/// from anywhere both find the shipped data).
public enum DialoguesLocator {
    public static let environmentVariable = "CURIO_DIALOGUES"

    public static func locate(
        explicit: String? = nil,
        environment: [String: String] = ProcessInfo.processInfo.environment,
        currentDirectory: String = FileManager.default.currentDirectoryPath,
        executable: String = CommandLine.arguments.first ?? ""
    ) throws -> URL {
        if let explicit { return try checked(URL(fileURLWithPath: explicit), from: "--dialogues") }
        if let value = environment[environmentVariable], !value.isEmpty {
            return try checked(URL(fileURLWithPath: value), from: environmentVariable)
        }
        var candidates = [URL(fileURLWithPath: currentDirectory).appendingPathComponent("dialogues")]
        var folder = URL(fileURLWithPath: executable).resolvingSymlinksInPath().deletingLastPathComponent()
        for _ in 0..<6 {
            candidates.append(folder.appendingPathComponent("dialogues"))
            folder = folder.deletingLastPathComponent()
        }
        if let found = candidates.first(where: isDialoguesFolder) { return found.standardizedFileURL }
        throw DataFileError(
            file: "dialogues",
            "no dialogues folder found: run from the Curio folder, pass --dialogues DIR or set \(environmentVariable)")
    }

    static func isDialoguesFolder(_ url: URL) -> Bool {
        FileManager.default.fileExists(atPath: url.appendingPathComponent(RiskFactorCatalogue.fileName).path)
    }

    static func checked(_ url: URL, from source: String) throws -> URL {
        guard isDialoguesFolder(url) else {
            throw DataFileError(
                file: url.path, "(\(source)) is not a dialogues folder: it has no \(RiskFactorCatalogue.fileName)")
        }
        return url.standardizedFileURL
    }
}
