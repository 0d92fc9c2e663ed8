/// Which carer a situation was told of: the mother's side (mum, girlfriend...), the father's
/// (dad, boyfriend...), someone else (nan, a babysitter, a friend), or anyone when the words do
/// not say (a pronoun, "partner", nobody named).
///
/// It decides whether two situations can be about one person: "mum is drunk" and "dad has the
/// baby" cannot, so they make no danger together; "mum is drunk" and "she has the baby" can.
/// Only a carer named by a role word tells them apart; a pronoun never does, since "he" and
/// "she" are as often the baby as a parent, and a wrong guess there would lose a 999.
public struct Carers: OptionSet, Sendable, Hashable {
    public let rawValue: UInt8

    public init(rawValue: UInt8) { self.rawValue = rawValue }

    public static let mother = Carers(rawValue: 1 << 0)
    public static let father = Carers(rawValue: 1 << 1)
    /// Another carer than the parents: a grandparent, a babysitter, a friend, a relative.
    public static let other = Carers(rawValue: 1 << 2)
    /// Nobody told apart: the situation may be anyone's.
    public static let either: Carers = [.mother, .father, .other]

    /// Whether a situation told of `self` and one told of `other` may be one person's.
    public func mayBeTheSame(as other: Carers) -> Bool { !isDisjoint(with: other) }

    /// The names written in records and `match --json`, in this order.
    static let names: [(name: String, carers: Carers)] = [("mother", .mother), ("father", .father), ("other", .other)]
}

extension Carers: Codable {
    /// A list of names (`["mother"]`), so that a stored record says what it means.
    public init(from decoder: any Decoder) throws {
        var carers: Carers = []
        for name in try decoder.singleValueContainer().decode([String].self) {
            guard let known = Self.names.first(where: { $0.name == name }) else {
                throw DecodingError.dataCorrupted(.init(codingPath: decoder.codingPath, debugDescription: "unknown carer `\(name)`"))
            }
            carers.insert(known.carers)
        }
        self = carers
    }

    public func encode(to encoder: any Encoder) throws {
        var container = encoder.singleValueContainer()
        try container.encode(Self.names.filter { contains($0.carers) }.map(\.name))
    }
}
