/// A condition in plain words, for `curio ask --explain` and `curio cite`: trainers and
/// practitioners should be able to read why a rule fired without reading YAML.
extension Condition {
    /// E.g. "injury.bruising (present or possible) and child.pre_mobile (present or possible)".
    public var plainDescription: String { describe(nested: false) }

    private func describe(nested: Bool) -> String {
        let text: String
        switch self {
        case .always:
            return "always"
        case .finding(let id, let statuses):
            return "\(id) (\(Self.describe(statuses)))"
        case .known(let id):
            return "\(id) was mentioned"
        case .fact(let name, let comparison):
            guard let comparison else { return "\(name) is known" }
            return "\(name) \(comparison.op.rawValue) \(comparison.value.description)"
        case .priority(let priority):
            return priority == .emergency
                ? "an emergency recommendation fired"
                : "a recommendation of priority \(priority.rawValue) or higher fired"
        case .recommendation(let id):
            return "\(id) fired"
        case .not(let inner):
            return "not \(inner.describe(nested: true))"
        case .all(let items):
            text = items.map { $0.describe(nested: true) }.joined(separator: " and ")
        case .any(let items):
            text = items.map { $0.describe(nested: true) }.joined(separator: " or ")
        case .atLeast(let count, let items):
            return "at least \(count) of [\(items.map { $0.describe(nested: false) }.joined(separator: "; "))]"
        }
        return nested ? "(\(text))" : text
    }

    private static func describe(_ statuses: Set<FindingStatus>) -> String {
        let ordered = FindingStatus.allCases.reversed().filter(statuses.contains).map(\.rawValue)
        return ordered.isEmpty ? "never" : ordered.joined(separator: " or ")
    }
}
