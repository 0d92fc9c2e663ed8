/// What the matcher notes on one token of an utterance once its cues and triggers are found:
/// where scopes stop, where cues start and end, and which injury cue starts or ends there.
///
/// Why one record per token: these were seven arrays of flags and two of cue numbers, each
/// allocated, filled and freed for every utterance; allocating and freeing them was a tenth
/// of the matcher's time. One array of small records costs one allocation, and a scope walk
/// that asks several questions of a token reads one place.
struct TokenMarks: Sendable {
    struct Flags: OptionSet, Sendable {
        let rawValue: UInt8

        /// A sentence mark, or part of a boundary trigger ("but"): every scope stops here.
        static let hardStop = Flags(rawValue: 1 << 0)
        /// A cue that asserts something (not `absent`, not `ignore`) starts or ends here.
        static let cueStart = Flags(rawValue: 1 << 1)
        static let cueEnd = Flags(rawValue: 1 << 2)
        /// A cue of one of `lexicon.newItemFactors` starts here; a cue of none of them ends here.
        static let newItemStart = Flags(rawValue: 1 << 3)
        static let otherItemEnd = Flags(rawValue: 1 << 4)
        /// A parent-subject trigger starts here.
        static let parentSubjectStart = Flags(rawValue: 1 << 5)
    }

    var flags: Flags = []
    /// The new-item factor cue that starts (ends) here, as an index into the lexicon's cues
    /// plus one (0: none): "no fractures bruise on buttock" tells one injury from another.
    var newItemStartCue: Int32 = 0
    var newItemEndCue: Int32 = 0
}
