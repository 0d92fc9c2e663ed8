/// A `Condition` compiled once, when the rules are loaded, for the recommender's inner loop.
///
/// `Condition` is a tree of enums holding arrays and strings: walking it retained and
/// released each node, and every `finding:` hashed its id into the case picture. Compiled, the
/// tree is one flat array of operations in prefix order (each composite knows where its
/// subtree ends), factors are `FactorTable` numbers and recommendations are rule positions, so
/// evaluating a rule is a walk over plain integers.
///
/// It gives exactly what `Condition.holds(in:adding:)` gives (`CompiledConditionTests` holds
/// the two to the same answers): the same truth, and the same findings in `because`, in the
/// same order.
struct CompiledCondition: Sendable {
    struct Op: Sendable {
        enum Kind: UInt8, Sendable {
            case always, finding, known, fact, all, any, not, atLeast, priority, recommendation
        }
        var kind: Kind
        /// The factor (`finding`, `known`), the fact (an index into `facts`), the count
        /// (`atLeast`), the priority's rank, or an index into `recommendations`.
        var argument: Int32 = 0
        /// For `finding`: the statuses that satisfy it, one bit per `FindingStatus.rank`.
        var statuses: UInt8 = 0
        /// The position just past this operation's subtree.
        var end: Int32 = 0
    }

    private(set) var ops: [Op] = []
    /// The fact tests, by `argument`.
    private(set) var facts: [(name: String, comparison: Condition.Comparison?)] = []
    /// The rule positions each `recommendation:` names (one, as rule ids are unique), by `argument`.
    private(set) var recommendations: [[Int]] = []

    /// - Parameters:
    ///   - factors: numbers every factor the condition names.
    ///   - rules: the rule positions by recommendation id.
    init(_ condition: Condition, factors: FactorTable, rules: [String: [Int]]) {
        append(condition, factors: factors, rules: rules)
    }

    private mutating func append(_ condition: Condition, factors: FactorTable, rules: [String: [Int]]) {
        let at = ops.count
        switch condition {
        case .always:
            ops.append(Op(kind: .always))
        case .finding(let id, let statuses):
            ops.append(Op(kind: .finding, argument: Self.number(id, factors), statuses: statuses.reduce(0) { $0 | 1 << $1.rank }))
        case .known(let id):
            ops.append(Op(kind: .known, argument: Self.number(id, factors)))
        case .fact(let name, let comparison):
            ops.append(Op(kind: .fact, argument: Int32(facts.count)))
            facts.append((name, comparison))
        case .all(let items), .any(let items), .atLeast(_, let items):
            var op = Op(kind: .all)
            if case .any = condition { op.kind = .any }
            if case .atLeast(let count, _) = condition { op = Op(kind: .atLeast, argument: Int32(count)) }
            ops.append(op)
            for item in items { append(item, factors: factors, rules: rules) }
        case .not(let inner):
            ops.append(Op(kind: .not))
            append(inner, factors: factors, rules: rules)
        case .priority(let minimum):
            ops.append(Op(kind: .priority, argument: Int32(minimum.rank)))
        case .recommendation(let id):
            ops.append(Op(kind: .recommendation, argument: Int32(recommendations.count)))
            recommendations.append(rules[id] ?? [])
        }
        ops[at].end = Int32(ops.count)
    }

    private static func number(_ id: RiskFactorID, _ factors: FactorTable) -> Int32 {
        guard let number = factors.number(of: id) else {
            preconditionFailure("\(id) is missing from the factor table built from the same conditions")
        }
        return Int32(number)
    }

    /// Whether the condition holds; when it does, the numbers of the findings that made it hold
    /// are added to `because` (each once, in order), and when it does not, `because` is left as
    /// it was.
    func holds(in context: CompiledContext, adding because: inout [Int32]) -> Bool {
        ops.withUnsafeBufferPointer { ops in holds(at: 0, ops, context, &because) }
    }

    private func holds(at index: Int, _ ops: UnsafeBufferPointer<Op>, _ context: CompiledContext, _ because: inout [Int32]) -> Bool {
        let op = ops[index]
        switch op.kind {
        case .always:
            return true
        case .finding:
            let status = context.statuses[Int(op.argument)]
            guard status != 0, op.statuses & (1 << status) != 0 else { return false }
            if !because.contains(op.argument) { because.append(op.argument) }
            return true
        case .known:
            guard context.statuses[Int(op.argument)] != 0 else { return false }
            if !because.contains(op.argument) { because.append(op.argument) }
            return true
        case .fact:
            let test = facts[Int(op.argument)]
            guard let value = context.facts[test.name] else { return false }
            return test.comparison?.holds(for: value) ?? true
        case .all:
            let mark = because.count
            var item = index + 1
            while item < Int(op.end) {
                if !holds(at: item, ops, context, &because) {
                    because.removeSubrange(mark...)
                    return false
                }
                item = Int(ops[item].end)
            }
            return true
        case .any, .atLeast:
            let start = because.count
            var held = 0
            var item = index + 1
            while item < Int(op.end) {
                let mark = because.count
                if holds(at: item, ops, context, &because) {
                    held += 1
                } else {
                    because.removeSubrange(mark...)
                }
                item = Int(ops[item].end)
            }
            if op.kind == .any { return held > 0 }
            if held < Int(op.argument) { because.removeSubrange(start...) }
            return held >= Int(op.argument)
        case .not:
            let mark = because.count
            let held = holds(at: index + 1, ops, context, &because)
            because.removeSubrange(mark...)
            return !held
        case .priority:
            return context.topFired >= Int(op.argument)
        case .recommendation:
            return recommendations[Int(op.argument)].contains { context.fired[$0] }
        }
    }
}

/// What a compiled condition reads: the case picture by factor number, its facts, and the
/// rules fired so far.
struct CompiledContext: Sendable {
    /// Each numbered factor's status as its `FindingStatus.rank`, 0 when nothing was said.
    var statuses: [UInt8]
    var facts: [String: FactValue]
    /// Whether each rule, by its position in the rule book, has fired.
    var fired: [Bool]
    /// The highest `Priority.rank` among the rules fired, 0 when none has.
    var topFired = 0

    init(factors: Int, facts: [String: FactValue], rules: Int) {
        self.statuses = Array(repeating: 0, count: factors)
        self.facts = facts
        self.fired = Array(repeating: false, count: rules)
    }
}
