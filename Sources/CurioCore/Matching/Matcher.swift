import Foundation

// INTERFACE STUB: the matcher work replaces this file's bodies (keep the public signatures).

/// The matcher's cue data, loaded from `dialogues/lexicon/`.
public struct Lexicon: Sendable {
    public init() {}

    public static let folderName = "lexicon"

    /// Loads every lexicon file; cues naming an id outside `knownFactors` are an error.
    public static func load(from directory: URL, knownFactors: Set<RiskFactorID>) throws -> Lexicon {
        Lexicon()
    }
}

/// Maps one free-text utterance onto risk factors (with status and evidence) and facts.
public struct Matcher: Sendable {
    public let lexicon: Lexicon

    public init(lexicon: Lexicon) { self.lexicon = lexicon }

    public func match(_ text: String) -> MatchResult { MatchResult() }
}
