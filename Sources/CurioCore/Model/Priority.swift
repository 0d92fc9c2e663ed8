/// How soon a recommendation must be acted on, highest first: emergency > urgent > high > consider.
public enum Priority: String, Codable, Sendable, CaseIterable, Comparable {
    case consider
    case high
    case urgent
    case emergency

    public var rank: Int {
        switch self {
        case .consider: 1
        case .high: 2
        case .urgent: 3
        case .emergency: 4
        }
    }

    public static func < (lhs: Self, rhs: Self) -> Bool { lhs.rank < rhs.rank }
}
