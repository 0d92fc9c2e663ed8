/// Decides exactly whether a condition can ever hold, by searching every case it can tell
/// apart: each risk factor it names as not mentioned, absent, possible or present; each fact
/// it reads as unknown or at and around each constant it is compared with; and each context
/// of fired recommendations (the rules it names fired or not, and the highest priority of the
/// others).
///
/// Those values cover every case: a condition cannot distinguish two fact values that fall in
/// the same interval between its constants, nor two fired sets with the same named rules and
/// the same highest priority. The search assigns one variable at a time and evaluates the
/// condition in three-valued logic, so a branch that is already false is cut and a branch
/// that is already true ends the search; a budget bounds the worst case.
struct Satisfiability {
    /// The rules a condition may name, with their priorities (for `recommendation:`), and the
    /// priorities of all the other rules (for `priority:`).
    var rulePriorities: [String: Priority]
    var otherPriorities: Set<Priority>
    var budget = 2_000_000

    enum Verdict: Equatable {
        case satisfiable
        case unsatisfiable
        /// The search ran out of budget before deciding.
        case undecided
    }

    func decide(_ condition: Condition) -> Verdict {
        let variables = Self.variables(of: condition, rulePriorities: rulePriorities, otherPriorities: otherPriorities)
        var assignment = Assignment(firedIDs: condition.recommendations)
        var steps = 0
        func search(_ index: Int) -> Verdict {
            steps += 1
            if steps > budget { return .undecided }
            switch assignment.value(of: condition) {
            case true?: return .satisfiable
            case false?: return .unsatisfiable
            case nil: break
            }
            guard index < variables.count else { return .unsatisfiable }  // cannot happen: all assigned decides
            let variable = variables[index]
            var undecided = false
            for value in variable.domain {
                assignment.values[variable.key] = value
                switch search(index + 1) {
                case .satisfiable: return .satisfiable
                case .undecided: undecided = true
                case .unsatisfiable: break
                }
                if steps > budget { break }
            }
            assignment.values[variable.key] = nil
            return undecided ? .undecided : .unsatisfiable
        }
        return search(0)
    }

    // MARK: Variables

    enum Key: Hashable {
        case finding(RiskFactorID)
        case fact(String)
        case fired(String)
        case otherTop
    }

    enum Value: Hashable {
        case status(FindingStatus?)
        case fact(FactValue?)
        case fired(Priority?)
    }

    struct Variable {
        var key: Key
        var domain: [Value]
        var uses: Int
    }

    /// The variables the condition reads, most used first (they decide branches soonest).
    static func variables(
        of condition: Condition, rulePriorities: [String: Priority], otherPriorities: Set<Priority>
    ) -> [Variable] {
        var uses: [Key: Int] = [:]
        var constants: [String: [FactValue]] = [:]
        var readsPriority = false
        condition.visitAtoms { atom in
            switch atom {
            case .finding(let id, _), .known(let id):
                uses[.finding(id), default: 0] += 1
            case .fact(let name, let comparison):
                uses[.fact(name), default: 0] += 1
                if let comparison { constants[name, default: []].append(comparison.value) }
            case .recommendation(let id):
                uses[.fired(id), default: 0] += 1
            case .priority:
                readsPriority = true
            default:
                break
            }
        }
        var variables: [Variable] = uses.map { key, count in
            switch key {
            case .finding:
                let statuses: [FindingStatus?] = [.present, .possible, .absent, nil]
                return Variable(key: key, domain: statuses.map(Value.status), uses: count)
            case .fact(let name):
                return Variable(key: key, domain: factValues(constants[name] ?? []).map(Value.fact), uses: count)
            case .fired(let id):
                return Variable(key: key, domain: [.fired(rulePriorities[id]), .fired(nil)], uses: count)
            case .otherTop:
                return Variable(key: key, domain: [], uses: count)
            }
        }
        if readsPriority {
            let levels: [Priority?] = otherPriorities.sorted(by: >) + [nil]
            variables.append(Variable(key: .otherTop, domain: levels.map(Value.fired), uses: 1))
        }
        return variables.sorted {
            ($0.uses, String(describing: $0.key)) > ($1.uses, String(describing: $1.key))
        }
    }

    /// One value in each interval the constants cut the line into, the constants themselves,
    /// a text unlike any constant, and unknown.
    static func factValues(_ constants: [FactValue]) -> [FactValue?] {
        let numbers = Set(constants.compactMap(\.number)).sorted()
        var values: [FactValue?] = []
        if let first = numbers.first { values.append(.number(first - 1)) }
        for (index, number) in numbers.enumerated() {
            values.append(.number(number))
            if index + 1 < numbers.count {
                values.append(.number((number + numbers[index + 1]) / 2))
            }
        }
        if let last = numbers.last { values.append(.number(last + 1)) }
        let texts = Set(constants.filter { $0.number == nil }.map(\.description)).sorted()
        values += texts.map { FactValue.text($0) }
        values.append(.text("\u{1}other"))
        if values.count == 1 { values.append(.number(0)) }
        values.append(nil)
        return values
    }

    // MARK: Three-valued evaluation

    struct Assignment {
        /// The rules the condition names, whose fired state `priority:` also reads.
        var firedIDs: Set<String>
        var values: [Key: Value] = [:]

        /// true or false when the assigned variables decide the condition, nil when not yet.
        func value(of condition: Condition) -> Bool? {
            switch condition {
            case .always:
                return true
            case .finding(let id, let statuses):
                guard case .status(let status)? = values[.finding(id)] else { return nil }
                return status.map(statuses.contains) ?? false
            case .known(let id):
                guard case .status(let status)? = values[.finding(id)] else { return nil }
                return status != nil
            case .fact(let name, let comparison):
                guard case .fact(let fact)? = values[.fact(name)] else { return nil }
                guard let fact else { return false }
                return comparison?.holds(for: fact) ?? true
            case .recommendation(let id):
                guard case .fired(let priority)? = values[.fired(id)] else { return nil }
                return priority != nil
            case .priority(let minimum):
                for value in values.values {
                    if case .fired(let priority?) = value, priority >= minimum { return true }
                }
                let open = values[.otherTop] == nil || firedIDs.contains { values[.fired($0)] == nil }
                return open ? nil : false
            case .not(let inner):
                return value(of: inner).map { !$0 }
            case .all(let items):
                var undecided = false
                for item in items {
                    switch value(of: item) {
                    case false?: return false
                    case nil: undecided = true
                    case true?: break
                    }
                }
                return undecided ? nil : true
            case .any(let items):
                var undecided = false
                for item in items {
                    switch value(of: item) {
                    case true?: return true
                    case nil: undecided = true
                    case false?: break
                    }
                }
                return undecided ? nil : false
            case .atLeast(let count, let items):
                var holding = 0
                var open = 0
                for item in items {
                    switch value(of: item) {
                    case true?: holding += 1
                    case nil: open += 1
                    case false?: break
                    }
                }
                if holding >= count { return true }
                if holding + open < count { return false }
                return nil
            }
        }
    }
}

extension Condition {
    /// Calls `body` on every leaf of the condition.
    func visitAtoms(_ body: (Condition) -> Void) {
        switch self {
        case .all(let items), .any(let items), .atLeast(_, let items):
            for item in items { item.visitAtoms(body) }
        case .not(let inner):
            inner.visitAtoms(body)
        default:
            body(self)
        }
    }
}
