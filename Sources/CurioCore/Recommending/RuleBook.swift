import Foundation

/// The recommendation rules and the protocol sections they cite, from `dialogues/`:
/// `recommendations.yaml` (inferences, rules, what to say when nothing applies) and
/// `protocols.yaml` (the sections and the protocols and resources the briefing names).
public struct RuleBook: Sendable {
    /// Derived findings, applied in order before the rules.
    public let inferences: [Inference]
    /// The rules in file order (the stable order among recommendations of one priority).
    public let rules: [Rule]
    /// The citable sections in file order.
    public let sections: [ProtocolSection]
    public let nothingApplies: NothingApplies
    private let sectionsByID: [String: ProtocolSection]

    public static let rulesFileName = "recommendations.yaml"
    public static let protocolsFileName = "protocols.yaml"

    public init(
        inferences: [Inference] = [], rules: [Rule] = [], sections: [ProtocolSection] = [],
        nothingApplies: NothingApplies = NothingApplies(
            message: "Nothing in the briefing applies to what you have described; follow your local safeguarding procedures.",
            section: "")
    ) {
        self.inferences = inferences
        self.rules = rules
        self.sections = sections
        self.nothingApplies = nothingApplies
        self.sectionsByID = Dictionary(sections.map { ($0.id, $0) }, uniquingKeysWith: { first, _ in first })
    }

    /// Reads both files and checks them (see `problems(knownFactors:)`); any problem fails the
    /// load, so a broken rule can never silently stop advice from being given.
    public static func load(from directory: URL, knownFactors: Set<RiskFactorID>) throws -> RuleBook {
        let book = try read(from: directory)
        let problems = book.problems(knownFactors: knownFactors)
        if problems.count == 1 { throw problems[0] }
        if !problems.isEmpty { throw DataFileErrors(problems) }
        return book
    }

    /// Reads both files without the semantic checks; a malformed file throws `file:line: what`.
    public static func read(from directory: URL) throws -> RuleBook {
        let sections = try ProtocolsFile.read(
            DataNode.load(directory.appendingPathComponent(protocolsFileName), displayName: protocolsFileName))
        let rules = try RecommendationsFile.read(
            DataNode.load(directory.appendingPathComponent(rulesFileName), displayName: rulesFileName))
        return RuleBook(
            inferences: rules.inferences, rules: rules.rules, sections: sections,
            nothingApplies: rules.nothingApplies)
    }

    /// Only the inferences that combine situations (`Inference.combinesSituations`), read from
    /// `recommendations.yaml` alone: what the matcher needs to report the danger one utterance's
    /// situations make (`Lexicon.combinations`), without the rest of the rule book. Unchecked:
    /// `load` checks the whole book wherever advice is given. A folder without the file (a
    /// lexicon alone, in tests) has none.
    public static func situationInferences(from directory: URL) throws -> [Inference] {
        let url = directory.appendingPathComponent(rulesFileName)
        guard FileManager.default.fileExists(atPath: url.path) else { return [] }
        let root = try DataNode.load(url, displayName: rulesFileName)
        return try (root["inferences"]?.sequence("the inferences") ?? []).map(RecommendationsFile.inference)
            .filter(\.combinesSituations)
    }

    /// Everything wrong with the rule files of a dialogues folder, for `curio check`: the
    /// reading error if a file is malformed, else every problem `problems(knownFactors:)` finds.
    public static func check(directory: URL, knownFactors: Set<RiskFactorID>) -> [DataFileError] {
        do {
            return try read(from: directory).problems(knownFactors: knownFactors)
        } catch let error as DataFileError {
            return [error]
        } catch let errors as DataFileErrors {
            return errors.errors
        } catch {
            return [DataFileError(file: rulesFileName, "cannot be read: \(error)")]
        }
    }

    public func section(_ id: String) -> ProtocolSection? { sectionsByID[id] }

    public func rule(_ id: String) -> Rule? { rules.first { $0.id == id } }

    /// The recommendation ids, for checking dialogues and test scripts that name them.
    public var recommendationIDs: Set<String> { Set(rules.map(\.id)) }

    /// The rules that cite a section (under any condition), in file order.
    public func rules(citing section: String) -> [Rule] {
        rules.filter { rule in rule.citations.contains { $0.section == section } }
    }

    /// The protocols and resources a briefing section names.
    public func sections(partOf parent: String) -> [ProtocolSection] {
        sections.filter { $0.partOf == parent }
    }

    var sectionIndex: [String: ProtocolSection] { sectionsByID }
}
