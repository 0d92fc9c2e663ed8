import Foundation

/// The part of the knowledge the matcher needs: the taxonomy, the lexicon and the inferences
/// that combine situations (read from the rule book alone).
///
/// `curio match` loads only this, not the recommendation rules, protocols and dialogue flows:
/// they are most of the dialogues folder and a one-shot match never reads them.
public struct MatchingKnowledge: Sendable {
    public let riskFactors: RiskFactorCatalogue
    public let matcher: Matcher

    public init(riskFactors: RiskFactorCatalogue, matcher: Matcher) {
        self.riskFactors = riskFactors
        self.matcher = matcher
    }

    /// With a `cache`, the lexicon comes from its snapshot when that is current (see `LexiconCache`).
    public static func load(from directory: URL, cache: LexiconCache? = nil) throws -> MatchingKnowledge {
        let riskFactors = try RiskFactorCatalogue.load(from: directory)
        let lexicon = try cache?.lexicon(for: directory, knownFactors: riskFactors.ids).lexicon
            ?? Lexicon.load(from: directory, knownFactors: riskFactors.ids)
        let combining = try RuleBook.situationInferences(from: directory)
        return MatchingKnowledge(riskFactors: riskFactors, matcher: Matcher(lexicon: lexicon, combining: combining))
    }
}
