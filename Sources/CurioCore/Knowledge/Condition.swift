import Foundation

/// A condition over the case picture, written as data in `dialogues/`: it guards dialogue
/// transitions and fires recommendation rules, so both read the same language.
///
/// ```yaml
/// finding: injury.bruising                      # present or possible
/// finding: {id: child.neglect, status: present} # only these statuses
/// known: injury.bruising                        # said either way, absent included
/// fact: child.age_weeks < 26                    # < <= > >= == != on a number or text
/// fact: caller.role                             # the fact is known
/// all: [ ... ]     any: [ ... ]     not: { ... }
/// at_least: {count: 2, of: [ ... ]}
/// priority: urgent                              # another rule of this priority or higher fired
/// recommendation: bruising-protocol             # that rule fired
/// ```
public indirect enum Condition: Sendable, Hashable {
    case finding(RiskFactorID, statuses: Set<FindingStatus>)
    case known(RiskFactorID)
    case fact(String, Comparison?)
    case all([Condition])
    case any([Condition])
    case not(Condition)
    case atLeast(Int, [Condition])
    case priority(Priority)
    case recommendation(String)
    case always

    /// A comparison of a fact with a constant.
    public struct Comparison: Sendable, Hashable {
        public enum Operator: String, Sendable, CaseIterable {
            case lessOrEqual = "<=", greaterOrEqual = ">=", notEqual = "!=", equal = "=="
            case less = "<", greater = ">"
        }
        public var op: Operator
        public var value: FactValue
    }

    /// The risk-factor ids the condition names, for validation against the taxonomy.
    public var riskFactors: Set<RiskFactorID> {
        switch self {
        case .finding(let id, _), .known(let id): [id]
        case .all(let items), .any(let items), .atLeast(_, let items):
            items.reduce(into: []) { $0.formUnion($1.riskFactors) }
        case .not(let inner): inner.riskFactors
        case .fact, .priority, .recommendation, .always: []
        }
    }

    /// The recommendation ids the condition names.
    public var recommendations: Set<String> {
        switch self {
        case .recommendation(let id): [id]
        case .all(let items), .any(let items), .atLeast(_, let items):
            items.reduce(into: []) { $0.formUnion($1.recommendations) }
        case .not(let inner): inner.recommendations
        default: []
        }
    }

    /// The fact names the condition reads.
    public var facts: Set<String> {
        switch self {
        case .fact(let name, _): [name]
        case .all(let items), .any(let items), .atLeast(_, let items):
            items.reduce(into: []) { $0.formUnion($1.facts) }
        case .not(let inner): inner.facts
        default: []
        }
    }

    /// Whether the condition depends on other rules having fired (and so must be evaluated
    /// after them).
    public var dependsOnRecommendations: Bool {
        switch self {
        case .priority, .recommendation: true
        case .all(let items), .any(let items), .atLeast(_, let items):
            items.contains { $0.dependsOnRecommendations }
        case .not(let inner): inner.dependsOnRecommendations
        default: false
        }
    }
}

/// What a condition is evaluated against.
public struct ConditionContext: Sendable {
    public var picture: CasePicture
    /// Recommendations already fired (id and priority), for `priority:` and `recommendation:`.
    public var fired: [String: Priority]

    public init(picture: CasePicture, fired: [String: Priority] = [:]) {
        self.picture = picture
        self.fired = fired
    }
}

extension Condition {
    /// Evaluates the condition; when it holds, returns the findings that made it hold (so that a
    /// recommendation can say `because`), otherwise nil.
    public func evaluate(in context: ConditionContext) -> [RiskFactorID]? {
        var because: [RiskFactorID] = []
        return holds(in: context, adding: &because) ? because : nil
    }

    /// Whether the condition holds; when it does, the findings that made it hold are added to
    /// `because` (each once, in order), and when it does not, `because` is left as it was.
    /// One list for the whole condition instead of one per sub-condition: the recommender
    /// evaluates every rule on every answer.
    func holds(in context: ConditionContext, adding because: inout [RiskFactorID]) -> Bool {
        switch self {
        case .always:
            return true
        case .finding(let id, let statuses):
            guard let status = context.picture.status(of: id), statuses.contains(status) else { return false }
            if !because.contains(id) { because.append(id) }
            return true
        case .known(let id):
            guard context.picture.status(of: id) != nil else { return false }
            if !because.contains(id) { because.append(id) }
            return true
        case .fact(let name, let comparison):
            guard let value = context.picture.facts[name] else { return false }
            return comparison?.holds(for: value) ?? true
        case .all(let items):
            let mark = because.count
            for item in items where !item.holds(in: context, adding: &because) {
                because.removeSubrange(mark...)
                return false
            }
            return true
        case .any(let items):
            var held = false
            for item in items {
                let mark = because.count
                if item.holds(in: context, adding: &because) {
                    held = true
                } else {
                    because.removeSubrange(mark...)
                }
            }
            return held
        case .atLeast(let count, let items):
            let start = because.count
            var held = 0
            for item in items {
                let mark = because.count
                if item.holds(in: context, adding: &because) {
                    held += 1
                } else {
                    because.removeSubrange(mark...)
                }
            }
            if held < count { because.removeSubrange(start...) }
            return held >= count
        case .not(let inner):
            let mark = because.count
            let held = inner.holds(in: context, adding: &because)
            because.removeSubrange(mark...)
            return !held
        case .priority(let minimum):
            return context.fired.values.contains { $0 >= minimum }
        case .recommendation(let id):
            return context.fired[id] != nil
        }
    }
}

extension Condition.Comparison {
    public func holds(for fact: FactValue) -> Bool {
        switch (fact, value) {
        case (.number(let lhs), .number(let rhs)):
            return compare(lhs, rhs)
        default:
            let lhs = fact.description.lowercased()
            let rhs = value.description.lowercased()
            switch op {
            case .equal: return lhs == rhs
            case .notEqual: return lhs != rhs
            default: return compare(lhs, rhs)
            }
        }
    }

    private func compare<T: Comparable>(_ lhs: T, _ rhs: T) -> Bool {
        switch op {
        case .less: lhs < rhs
        case .lessOrEqual: lhs <= rhs
        case .greater: lhs > rhs
        case .greaterOrEqual: lhs >= rhs
        case .equal: lhs == rhs
        case .notEqual: lhs != rhs
        }
    }
}

extension Array where Element: Equatable {
    mutating func appendUnique(_ items: [Element]) {
        for item in items where !contains(item) { append(item) }
    }
}

// MARK: - Reading conditions from YAML

extension Condition {
    /// The keys a condition mapping may have.
    static let keys: Set<String> = [
        "finding", "known", "fact", "all", "any", "not", "at_least", "priority", "recommendation",
        "always",
    ]

    /// Reads a condition. A mapping with several keys means all of them must hold.
    public init(_ node: DataNode) throws {
        if let items = try? node.sequence() {
            self = .all(try items.map(Condition.init))
            return
        }
        let entries = try node.entries("a condition")
        guard !entries.isEmpty else { throw node.error("an empty condition") }
        var parts: [Condition] = []
        for (key, value) in entries {
            parts.append(try Condition.part(key: key, value: value))
        }
        self = parts.count == 1 ? parts[0] : .all(parts)
    }

    private static func part(key: String, value: DataNode) throws -> Condition {
        switch key {
        case "finding":
            if value.isMapping {
                try value.allowOnly(["id", "status"], in: "a finding condition")
                let id = RiskFactorID(try value.required("id", in: "a finding condition").string("a risk-factor id"))
                var statuses: Set<FindingStatus> = [.present, .possible]
                if let node = value["status"] {
                    statuses = []
                    for text in try node.strings("statuses") {
                        guard let status = FindingStatus(rawValue: text) else {
                            throw node.error("unknown status `\(text)` (expected present, possible or absent)")
                        }
                        statuses.insert(status)
                    }
                }
                return .finding(id, statuses: statuses)
            }
            return .finding(RiskFactorID(try value.string("a risk-factor id")), statuses: [.present, .possible])
        case "known":
            return .known(RiskFactorID(try value.string("a risk-factor id")))
        case "fact":
            return try parseFact(try value.string("a fact test"), at: value)
        case "all":
            return .all(try value.sequence("a list of conditions").map(Condition.init))
        case "any":
            return .any(try value.sequence("a list of conditions").map(Condition.init))
        case "not":
            return .not(try Condition(value))
        case "at_least":
            try value.allowOnly(["count", "of"], in: "at_least")
            let count = try value.required("count", in: "at_least").int("count")
            let items = try value.required("of", in: "at_least").sequence("a list of conditions")
                .map(Condition.init)
            guard count >= 1, count <= items.count else {
                throw value.error("at_least needs a count between 1 and the number of conditions (\(items.count))")
            }
            return .atLeast(count, items)
        case "priority":
            let text = try value.string("a priority")
            guard let priority = Priority(rawValue: text) else {
                throw value.error("unknown priority `\(text)` (expected emergency, urgent, high or consider)")
            }
            return .priority(priority)
        case "recommendation":
            return .recommendation(try value.string("a recommendation id"))
        case "always":
            return try value.bool() ? .always : .not(.always)
        default:
            let known = keys.sorted().joined(separator: ", ")
            throw value.error("unknown condition `\(key)` (expected one of \(known))")
        }
    }

    /// Parses `name`, or `name OP value`.
    static func parseFact(_ text: String, at node: DataNode) throws -> Condition {
        let trimmed = text.trimmingCharacters(in: .whitespaces)
        for op in Comparison.Operator.allCases {
            guard let range = trimmed.range(of: op.rawValue) else { continue }
            let name = trimmed[..<range.lowerBound].trimmingCharacters(in: .whitespaces)
            let raw = trimmed[range.upperBound...].trimmingCharacters(in: .whitespaces)
            guard !name.isEmpty, !raw.isEmpty else {
                throw node.error("a fact test reads `name OP value`, e.g. `child.age_weeks < 26`")
            }
            let value: FactValue = Double(raw).map(FactValue.number) ?? .text(raw)
            return .fact(name, Comparison(op: op, value: value))
        }
        guard !trimmed.isEmpty, !trimmed.contains(" ") else {
            throw node.error("a fact test reads `name` or `name OP value`, e.g. `child.age_weeks < 26`")
        }
        return .fact(trimmed, nil)
    }
}
