import Foundation
import Testing

@testable import CurioCore

/// A compiled condition must answer exactly what the condition answers: the same truth and the
/// same findings in `because`, in the same order, on any picture and any set of fired rules.
@Suite struct CompiledConditionTests {
    static let factors: [RiskFactorID] = RecommendingFixture.knownFactors.sorted()
    static let rules = ["emergency-services", "bruising-protocol", "refer-csc", "record-father"]

    /// Pictures of every kind: each factor unknown, absent, possible or present; ages and roles.
    static func pictures(count: Int, seed: UInt64) -> [CasePicture] {
        var random = SeededRandom(seed: seed)
        return (0..<count).map { _ in
            var findings: [Finding] = []
            for id in factors + ["zz.named_by_no_rule"] {
                switch Int.random(in: 0..<5, using: &random) {
                case 0: findings.append(Finding(id: id, status: .absent, evidence: "no \(id)"))
                case 1: findings.append(Finding(id: id, status: .possible, evidence: "maybe \"\(id)\"", turn: 2))
                case 2: findings.append(Finding(id: id, status: .present, evidence: "\(id)\there", turn: 1))
                default: break
                }
            }
            var facts: [String: FactValue] = [:]
            if let age = [nil, 0.5, 8, 25.9, 26, 40].randomElement(using: &random)! { facts[FactName.childAgeWeeks] = .number(age) }
            if Bool.random(using: &random) { facts[FactName.callerRole] = .text(["GP", "health visitor"].randomElement(using: &random)!) }
            if Bool.random(using: &random) { facts[FactName.gestationWeeks] = .number(20) }
            return CasePicture(findings: findings, facts: facts)
        }
    }

    /// The compiled form of `condition`, with a table of every factor and the rule names above.
    static func compile(_ condition: Condition) -> (CompiledCondition, FactorTable) {
        let table = FactorTable(factors + Array(condition.riskFactors))
        let positions = Dictionary(uniqueKeysWithValues: rules.enumerated().map { ($1, [$0]) })
        return (CompiledCondition(condition, factors: table, rules: positions), table)
    }

    /// Both answers for one picture and one set of fired rules (id → priority).
    static func expectSame(
        _ condition: Condition, _ picture: CasePicture, fired: [String: Priority],
        sourceLocation: SourceLocation = #_sourceLocation
    ) {
        let expected = condition.evaluate(in: ConditionContext(picture: picture, fired: fired))
        let (compiled, table) = compile(condition)
        var context = CompiledContext(factors: table.count, facts: picture.facts, rules: rules.count)
        // The situations too, as the recommender reads them (the picture keeps them apart).
        for (id, finding) in picture.findings.merging(picture.situations, uniquingKeysWith: { first, _ in first }) {
            if let number = table.number(of: id) { context.statuses[number] = UInt8(finding.status.rank) }
        }
        for (position, id) in rules.enumerated() where fired[id] != nil { context.fired[position] = true }
        context.topFired = fired.values.map(\.rank).max() ?? 0
        // What was there before is kept, whatever the answer (-1: no factor's number).
        var because: [Int32] = [-1]
        let held = compiled.holds(in: context, adding: &because)
        #expect(because.first == -1, sourceLocation: sourceLocation)
        let got = held ? because.dropFirst().map { table.ids[Int($0)] } : nil
        #expect(got == expected, "\(condition)", sourceLocation: sourceLocation)
        if !held { #expect(because == [-1], sourceLocation: sourceLocation) }
    }

    static func condition(_ yaml: String) throws -> Condition {
        try Condition(DataNode.parse(yaml, file: "test.yaml"))
    }

    @Test func everyKindOfConditionAnswersAsTheConditionDoes() throws {
        let conditions = try [
            "always: true", "always: false",
            "finding: injury.bruising", "finding: {id: child.neglect, status: [absent]}",
            "finding: {id: injury.bruising, status: [present, absent]}",
            "known: parent.mental_health", "fact: child.age_weeks < 26", "fact: caller.role == gp",
            "fact: caller.role", "fact: pregnancy.gestation_weeks >= 12",
            "all: [{finding: injury.bruising}, {finding: child.pre_mobile}, {known: child.neglect}]",
            "any: [{finding: injury.bruising}, {known: child.neglect}, {finding: parent.mental_health}]",
            "not: {any: [{finding: injury.bruising}, {known: child.neglect}]}",
            "at_least: {count: 2, of: [{finding: injury.bruising}, {finding: parent.isolation}, {known: child.neglect}, {finding: injury.bruising}]}",
            "any: [{all: [{finding: injury.bruising}, {not: {finding: child.neglect}}]}, {at_least: {count: 1, of: [{known: injury.bruising}, {fact: child.age_weeks}]}}]",
            "all: [{any: [{finding: parent.domestic_abuse}, {finding: parent.substance_misuse}]}, {priority: urgent}]",
            "priority: high", "priority: emergency", "recommendation: refer-csc", "recommendation: no-such-rule",
            "any: [{recommendation: bruising-protocol}, {finding: injury.other}, {not: {priority: consider}}]",
        ].map(Self.condition)
        let firedSets: [[String: Priority]] = [
            [:], ["refer-csc": .urgent], ["emergency-services": .emergency, "record-father": .consider],
            ["bruising-protocol": .urgent, "record-father": .consider],
        ]
        for picture in Self.pictures(count: 60, seed: 11) {
            for condition in conditions {
                for fired in firedSets { Self.expectSame(condition, picture, fired: fired) }
            }
        }
    }

    /// Every condition Curio ships (rules, citations, inferences), on many pictures.
    @Test func everyShippedConditionAnswersAsTheConditionDoes() {
        let book = RecommendingFixture.book
        let conditions = book.rules.map(\.condition) + book.rules.flatMap { $0.citations.compactMap(\.onlyWhen) }
            + book.inferences.map(\.condition)
        #expect(conditions.count > book.rules.count)
        for picture in Self.pictures(count: 200, seed: 5) {
            for condition in conditions {
                Self.expectSame(condition, picture, fired: [:])
                Self.expectSame(condition, picture, fired: ["refer-csc": .urgent, "record-father": .consider])
            }
        }
    }
}

/// The factor table finds every factor it numbers, in id order, and nothing else.
@Suite struct FactorTableTests {
    @Test func everyFactorIsFoundByItsNumberAndNoOtherIs() {
        let ids = CompiledConditionTests.factors + ["a", "", "zz.named_by_no_rule", "child.pre_mobile"]
        let table = FactorTable(ids)
        #expect(table.ids == Array(Set(ids)).sorted())
        for (number, id) in table.ids.enumerated() {
            #expect(table.number(of: id) == number)
            // The same text in other storage (ids read from answers are never the table's own strings).
            #expect(table.number(of: RiskFactorID(String(decoding: Array(id.rawValue.utf8), as: UTF8.self))) == number)
        }
        for unknown: RiskFactorID in ["child", "child.pre_mobil", "child.pre_mobile ", "injury.bruisinG", "b", "née"] {
            #expect(table.number(of: unknown) == nil)
        }
        let empty = FactorTable([RiskFactorID]())
        #expect(empty.count == 0)
        #expect(empty.number(of: "a") == nil)
        // Many ids: the table grows and still finds each.
        let many = (0..<500).map { RiskFactorID("factor.\($0)") }
        let large = FactorTable(many)
        for id in many { #expect(large.number(of: id).map { large.ids[$0] } == id) }
    }
}
