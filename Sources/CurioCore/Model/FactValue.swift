/// The value of a fact (a dialogue slot), such as `child.age_weeks` or `caller.role`.
///
/// Encoded as a bare JSON scalar so that `facts` reads `{"child.age_weeks": 8}` as the
/// contract shows.
public enum FactValue: Codable, Sendable, Hashable, CustomStringConvertible {
    case number(Double)
    case text(String)
    case flag(Bool)

    public init(from decoder: any Decoder) throws {
        let container = try decoder.singleValueContainer()
        if let value = try? container.decode(Bool.self) {
            self = .flag(value)
        } else if let value = try? container.decode(Double.self) {
            self = .number(value)
        } else {
            self = .text(try container.decode(String.self))
        }
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        switch self {
        case .number(let value): try container.encode(value)
        case .text(let value): try container.encode(value)
        case .flag(let value): try container.encode(value)
        }
    }

    public var number: Double? {
        if case .number(let value) = self { return value }
        return nil
    }

    public var text: String? {
        if case .text(let value) = self { return value }
        return nil
    }

    public var description: String {
        switch self {
        case .number(let value):
            value == value.rounded() ? String(Int(value)) : String(format: "%.1f", value)
        case .text(let value): value
        case .flag(let value): value ? "yes" : "no"
        }
    }
}

/// Well-known fact names.
public enum FactName {
    /// The baby's age in weeks (months × 4.345, days ÷ 7), one decimal place.
    public static let childAgeWeeks = "child.age_weeks"
    /// Weeks of pregnancy, when the case is about an unborn baby.
    public static let gestationWeeks = "pregnancy.gestation_weeks"
    /// Who is calling: health visitor, GP, midwife, duty social worker...
    public static let callerRole = "caller.role"
}
