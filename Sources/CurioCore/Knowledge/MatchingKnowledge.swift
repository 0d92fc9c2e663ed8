import Foundation

/// The part of the knowledge the matcher needs: the taxonomy and the lexicon (which carries the
/// rule book's inferences that combine situations, `Lexicon.combinations`).
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
        return MatchingKnowledge(riskFactors: riskFactors, matcher: Matcher(lexicon: lexicon, laterAbsentStands: riskFactors.laterAbsentStands, presentStands: riskFactors.critical))
    }
}
