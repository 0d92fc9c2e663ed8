/// A phrase that signals a risk factor, and how to read it.
///
/// Most cues say a factor is there ("bruise on his cheek"). Some say the opposite when said
/// plainly ("settles easily" means no inconsolable crying, "crawling" means not pre-mobile),
/// so negating them makes the factor present ("won't settle", "not crawling yet"). A few
/// count only when negated ("not rolling yet" tells us a baby is pre-mobile; rolling itself
/// says nothing). `ignore` cues are look-alikes that must not fire ("bruising protocol",
/// "crying in the background"): matched like cues, they claim the words and give nothing.
struct Cue: Sendable {
    enum Reading: String, Sendable, CaseIterable {
        case present
        case possible
        case absent
        case onlyWhenNegated = "only_when_negated"
        case ignore
    }

    /// The factors the cue speaks to (usually one).
    var factors: [RiskFactorID]
    var reading: Reading
    /// Factors found with it when it is said plainly (a psychiatric medicine is treatment, and
    /// also says there is mental ill health).
    var also: [RiskFactorID]
    /// The pattern as written, and where.
    var text: String
    var file: String
    var line: Int?

    var location: String { line.map { "\(file):\($0)" } ?? file }
}

/// What the lexicon says about a factor beyond its cues.
struct FactorRules: Sendable {
    /// The factor describes the baby's parents or carers: said of another relative ("her
    /// sister has depression") it gives nothing.
    var aboutParent = false
    /// What the factor becomes when it describes the parent's own childhood ("her mum drank
    /// when she was little" is adverse childhood, not current substance misuse).
    var inChildhood: RiskFactorID?
    /// Factors that come with this one (untreated mental ill health is mental ill health).
    var implies: [RiskFactorID] = []
}
