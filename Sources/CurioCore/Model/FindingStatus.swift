/// How a risk factor stands in what the practitioner said.
///
/// `possible` covers hedged, suspected, second-hand and unknown: the recommender treats it as
/// enough wherever the protocol says a suspicion must be acted on.
public enum FindingStatus: String, Codable, Sendable, CaseIterable, Comparable {
    case absent
    case possible
    case present

    /// Present and possible both count as "found"; absent is an explicit negation.
    public var isPositive: Bool { self != .absent }

    /// Absent < possible < present: when two statements about one factor meet in a case, the
    /// stronger wins, so a later "no" never hides an earlier concern (safety first).
    public var rank: Int {
        switch self {
        case .absent: 1
        case .possible: 2
        case .present: 3
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}
