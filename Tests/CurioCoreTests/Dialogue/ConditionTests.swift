import Testing

@testable import CurioCore

@Suite("Conditions")
struct ConditionTests {
    func condition(_ yaml: String) throws -> Condition {
        try Condition(DataNode.parse(yaml, file: "test.yaml"))
    }

    let picture = CasePicture(
        findings: [
            Finding(id: .bruising, status: .possible, evidence: "maybe a mark"),
            Finding(id: .neglect, status: .absent, evidence: "well cared for"),
            Finding(id: .mentalHealth, status: .present, evidence: "PND"),
        ],
        facts: ["child.age_weeks": .number(8), "caller.role": .text("GP")])

    @Test("a finding holds when present or possible, unless statuses are named")
    func findingStatuses() throws {
        let context = ConditionContext(picture: picture)
        #expect(try condition("finding: injury.bruising").evaluate(in: context) == [.bruising])
        #expect(try condition("finding: child.neglect").evaluate(in: context) == nil)
        #expect(try condition("finding: {id: injury.bruising, status: present}").evaluate(in: context) == nil)
        #expect(try condition("known: child.neglect").evaluate(in: context) == [.neglect])
        #expect(try condition("known: child.unborn").evaluate(in: context) == nil)
    }

    @Test("facts compare numbers and text")
    func facts() throws {
        let context = ConditionContext(picture: picture)
        #expect(try condition("fact: child.age_weeks < 26").evaluate(in: context) != nil)
        #expect(try condition("fact: child.age_weeks >= 26").evaluate(in: context) == nil)
        #expect(try condition("fact: caller.role == gp").evaluate(in: context) != nil)
        #expect(try condition("fact: pregnancy.gestation_weeks").evaluate(in: context) == nil)
    }

    @Test("all, any, not and at_least combine, collecting the findings that made them hold")
    func combinations() throws {
        let context = ConditionContext(picture: picture)
        let two = try condition(
            "at_least: {count: 2, of: [{finding: parent.mental_health}, {finding: injury.bruising}, {finding: child.neglect}]}")
        #expect(two.evaluate(in: context).map(Set.init) == [.mentalHealth, .bruising])
        let three = try condition(
            "at_least: {count: 3, of: [{finding: parent.mental_health}, {finding: injury.bruising}, {finding: child.neglect}]}")
        #expect(three.evaluate(in: context) == nil)
        #expect(try condition("not: {finding: child.neglect}").evaluate(in: context) == [])
        #expect(try condition("any: [{finding: child.neglect}, {finding: injury.bruising}]").evaluate(in: context) == [.bruising])
        #expect(try condition("all: [{finding: parent.mental_health}, {fact: child.age_weeks < 26}]").evaluate(in: context) == [.mentalHealth])
    }

    @Test("priority and recommendation conditions read what has fired")
    func firedRules() throws {
        let context = ConditionContext(picture: picture, fired: ["bruising-protocol": .urgent])
        #expect(try condition("priority: urgent").evaluate(in: context) != nil)
        #expect(try condition("priority: emergency").evaluate(in: context) == nil)
        #expect(try condition("recommendation: bruising-protocol").evaluate(in: context) != nil)
        #expect(try condition("priority: urgent").dependsOnRecommendations)
    }

    @Test("bad conditions are errors with their line")
    func badConditions() throws {
        #expect(throws: DataFileError.self) { try condition("priority: soon") }
        #expect(throws: DataFileError.self) { try condition("at_least: {count: 3, of: [{finding: a.b}]}") }
        #expect(throws: DataFileError.self) { try condition("finding: {id: a.b, status: maybe}") }
        #expect(throws: DataFileError.self) { try condition("fact: child.age_weeks <") }
    }
}
