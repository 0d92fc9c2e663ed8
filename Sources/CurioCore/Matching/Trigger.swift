/// A context word in the ConText sense: it changes how the cues within its scope are read.
struct Trigger: Sendable {
    enum Kind: String, Sendable, CaseIterable {
        /// "no", "denies", "not seen", "ruled out": the cue is negated.
        case negation
        /// "possibly", "might", "query", "not sure", "?": the cue is only possible.
        case hedge
        /// "if", "watch out for", "talked about": not a finding at all.
        case hypothetical
        /// "her sister", "grandad": a parent factor said of someone else gives nothing.
        case experiencer
        /// "mum", "dad", "herself": the parents are the subject again (ends `experiencer`).
        case parentSubject = "parent_subject"
        /// "grandma says", "neighbour saw": reported by someone else, so only possible.
        case secondHand = "second_hand"
        /// "as a child", "growing up": the parent's own childhood.
        case childhood
        /// "but", "however", "apart from": every scope ends here.
        case boundary
    }

    /// A set of kinds as bits: the kinds that reach one cue, checked several times a cue.
    struct Kinds {
        private var bits: UInt16 = 0

        private static func bit(_ kind: Kind) -> UInt16 {
            switch kind {
            case .negation: 1 << 0
            case .hedge: 1 << 1
            case .hypothetical: 1 << 2
            case .experiencer: 1 << 3
            case .parentSubject: 1 << 4
            case .secondHand: 1 << 5
            case .childhood: 1 << 6
            case .boundary: 1 << 7
            }
        }

        mutating func insert(_ kind: Kind) { bits |= Self.bit(kind) }
        func contains(_ kind: Kind) -> Bool { bits & Self.bit(kind) != 0 }
    }

    enum Direction: String, Sendable, CaseIterable {
        case forward
        case backward
        case both
    }

    var kind: Kind
    var direction: Direction
    /// When set, the trigger only affects these factors.
    var only: Set<RiskFactorID>?
    /// Counts only as the first words of a sentence that ends in `?` ("What does the
    /// protocol say...?" is a question, not a statement).
    var questionOpener = false
    /// When set, the most tokens this trigger reaches, below its kind's window: "rather than"
    /// denies the word or two after it ("rather than isolated, she has her mum round daily"),
    /// not the clause that follows, where a negation's nine words reached the support told.
    var window: Int? = nil
    var text: String
    var file: String
    var line: Int?

    var location: String { line.map { "\(file):\($0)" } ?? file }
}

/// How far each kind of trigger reaches.
struct ScopeRule: Sendable {
    /// Most tokens a scope covers.
    var window: Int
    /// `clause`: also ends at a comma or "and" unless a list of cues goes on;
    /// `sentence`: ends only at sentence marks and boundary words.
    var endsAtClause: Bool
}
