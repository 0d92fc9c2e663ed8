/// Why the matcher reported (or dropped) one cue: the cue and where it is written, the words
/// it matched, and the context triggers whose scope reached it. `curio match --explain`
/// prints these so a trainer can see which line of which lexicon file to change.
public struct MatchExplanation: Codable, Sendable, Hashable {
    /// A context trigger that applied to the cue.
    public struct TriggerUse: Codable, Sendable, Hashable {
        /// negation, hedge, hypothetical, experiencer, second_hand, childhood.
        public var kind: String
        /// The words of the utterance that fired it.
        public var words: String
        /// The trigger phrase as written in the lexicon, and where.
        public var phrase: String
        public var location: String
        /// The words its scope covered.
        public var scope: String
    }

    /// The factor the cue speaks to (after a childhood reading, the factor it became).
    public var factor: RiskFactorID
    /// The status it gave, or nil when the cue gave nothing (see `outcome`).
    public var status: FindingStatus?
    /// The cue pattern as written, and its file:line.
    public var cue: String
    public var location: String
    /// The utterance's words the cue matched.
    public var words: String
    public var triggers: [TriggerUse]
    /// In words: "present", "negated → absent", "dropped: hypothetical"...
    public var outcome: String
}
