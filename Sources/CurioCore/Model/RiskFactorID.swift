/// The id of a risk factor in the taxonomy (`design/risk-factors.md`), such as `injury.bruising`.
///
/// Ids are a contract shared with dialogues, rules, trainers' scripts and the evaluation sets,
/// so they are kept as opaque strings and validated against `dialogues/risk-factors.yaml`
/// rather than frozen into a Swift enum that would need a rebuild for every new id.
public struct RiskFactorID: RawRepresentable, Hashable, Comparable, Codable, Sendable,
    ExpressibleByStringLiteral, CustomStringConvertible
{
    public let rawValue: String

    public init(rawValue: String) { self.rawValue = rawValue }
    public init(_ rawValue: String) { self.rawValue = rawValue }
    public init(stringLiteral value: String) { self.rawValue = value }

    public init(from decoder: any Decoder) throws {
        rawValue = try decoder.singleValueContainer().decode(String.self)
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(rawValue)
    }

    public var description: String { rawValue }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rawValue < rhs.rawValue }

    /// The prefix of a situation's id (`now.carer_impaired`): see `isSituation`.
    public static let situationPrefix = "now."

    /// A situation, not a risk factor: something true at the moment of the call ("mum is
    /// drunk", "she is alone with the baby") that matters only in combination with another
    /// (`risk-factors.yaml`'s `situations`). The matcher reads it like a factor, negation and
    /// all, and the case picture keeps it across turns, so that two facts told in two answers
    /// (or two sentences) can make an inference such as immediate danger; it is never reported
    /// as a finding. Told by its id so that every layer can keep it apart without the catalogue.
    public var isSituation: Bool { rawValue.hasPrefix(Self.situationPrefix) }
}

extension RiskFactorID {
    public static let immediateDanger: Self = "child.immediate_danger"
    public static let unborn: Self = "child.unborn"
    public static let preMobile: Self = "child.pre_mobile"
    public static let bruising: Self = "injury.bruising"
    public static let otherInjury: Self = "injury.other"
    public static let neglect: Self = "child.neglect"
    public static let inconsolableCrying: Self = "child.inconsolable_crying"
    public static let mentalHealth: Self = "parent.mental_health"
    public static let mentalHealthUntreated: Self = "parent.mental_health_untreated"
    public static let traumaticBirth: Self = "birth.traumatic"
    public static let isolation: Self = "parent.isolation"
    public static let adverseChildhood: Self = "parent.adverse_childhood"
    public static let childhoodInCare: Self = "parent.childhood_in_care"
    public static let learningDifficulty: Self = "parent.learning_difficulty"
    public static let naiveExpectations: Self = "parent.naive_expectations"
    public static let fatherUnknown: Self = "father.unknown"
    public static let familyConcern: Self = "referral.family_concern"
    public static let domesticAbuse: Self = "parent.domestic_abuse"
    public static let substanceMisuse: Self = "parent.substance_misuse"
}
