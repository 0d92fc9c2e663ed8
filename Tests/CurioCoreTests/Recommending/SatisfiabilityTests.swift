import Testing

@testable import CurioCore

/// The exact decision of whether a condition can ever hold.
@Suite struct SatisfiabilityTests {
    let solver = Satisfiability(rulePriorities: ["a": .urgent, "b": .consider], otherPriorities: [.urgent, .consider])

    func decide(_ yaml: String) throws -> Satisfiability.Verdict {
        solver.decide(try Condition(DataNode.parse(yaml, file: "test.yaml")))
    }

    @Test func satisfiableConditions() throws {
        #expect(try decide("finding: injury.bruising") == .satisfiable)
        #expect(try decide("not: {known: father.unknown}") == .satisfiable)
        #expect(try decide("all: [{fact: child.age_weeks > 25}, {fact: child.age_weeks < 26}]") == .satisfiable)
        #expect(try decide("at_least: {count: 3, of: [{finding: a.x}, {finding: a.y}, {not: {finding: a.z}}]}") == .satisfiable)
        #expect(try decide("all: [{priority: urgent}, {not: {recommendation: a}}]") == .satisfiable)
        #expect(try decide("all: [{finding: {id: a.x, status: possible}}, {not: {finding: {id: a.x, status: present}}}]") == .satisfiable)
    }

    @Test func unsatisfiableConditions() throws {
        #expect(try decide("all: [{finding: a.x}, {not: {known: a.x}}]") == .unsatisfiable)
        #expect(try decide("all: [{fact: child.age_weeks < 26}, {fact: child.age_weeks >= 26}]") == .unsatisfiable)
        #expect(try decide("all: [{fact: child.age_weeks > 25}, {fact: child.age_weeks <= 25}]") == .unsatisfiable)
        #expect(try decide("priority: emergency") == .unsatisfiable)
        #expect(try decide("all: [{recommendation: a}, {not: {priority: urgent}}]") == .unsatisfiable)
        #expect(try decide("always: false") == .unsatisfiable)
        #expect(try decide("finding: {id: a.x, status: [absent]}") == .satisfiable)
    }

    @Test func aConflictBehindManyFactorsIsFoundQuickly() throws {
        let many = (1...16).map { "{finding: f.n\($0)}" }.joined(separator: ", ")
        #expect(try decide("all: [{any: [\(many)]}, {finding: a.x}, {finding: {id: a.x, status: absent}}]") == .unsatisfiable)
        #expect(try decide("at_least: {count: 16, of: [\(many)]}") == .satisfiable)
    }
}
