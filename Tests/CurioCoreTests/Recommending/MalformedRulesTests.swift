import Foundation
import Testing

@testable import CurioCore

/// Rule files that are wrong are rejected at load with `file:line: what is wrong`.
@Suite struct MalformedRulesTests {
    typealias F = RecommendingFixture

    /// Loads a folder whose recommendations file is the shipped one with `old` replaced by `new`.
    func loadError(replacing old: String, with new: String, in file: String = RuleBook.rulesFileName) throws -> String {
        let shipped = file == RuleBook.rulesFileName ? F.shippedRules : F.shippedProtocols
        #expect(shipped.contains(old), "the fixture text is not in the shipped \(file)")
        let edited = shipped.replacingOccurrences(of: old, with: new)
        let folder = file == RuleBook.rulesFileName
            ? try F.folder(recommendations: edited) : try F.folder(protocols: edited)
        defer { try? FileManager.default.removeItem(at: folder) }
        do {
            _ = try RuleBook.load(from: folder, knownFactors: F.knownFactors)
        } catch {
            return String(describing: error)
        }
        Issue.record("the edited file loaded")
        return ""
    }

    /// The 1-based line of the first occurrence of `text` in the shipped rules file.
    func line(of text: String, in file: String = F.shippedRules) -> Int {
        let prefix = file.components(separatedBy: text)[0]
        return prefix.components(separatedBy: "\n").count
    }

    @Test func theShippedFilesHaveNoProblems() {
        #expect(F.book.problems(knownFactors: F.knownFactors).isEmpty)
        #expect(RuleBook.check(directory: F.dialogues, knownFactors: F.knownFactors).isEmpty)
    }

    @Test func anUnknownFindingIsRejected() throws {
        let message = try loadError(replacing: "      finding: child.immediate_danger\n    advice", with: "      finding: child.imediate_danger\n    advice")
        #expect(message.contains("recommendations.yaml:"))
        #expect(message.contains("rule `emergency-services` names unknown finding `child.imediate_danger`"))
        #expect(message.contains("did you mean `child.immediate_danger`"))
    }

    @Test func anUnknownFindingInAnInferenceIsRejected() throws {
        let message = try loadError(replacing: "  - finding: child.pre_mobile\n    status: present", with: "  - finding: child.premobile\n    status: present")
        #expect(message.contains("the inference of `child.premobile` names unknown finding `child.premobile`"))
    }

    /// `replaces` names statuses weaker than the inference's own (it raises, never lowers, a
    /// finding); anything else is rejected at its line.
    @Test(arguments: ["[absent, sometimes]", "[present]", "[absent, present]"])
    func aBadReplacedStatusIsRejected(_ replaced: String) throws {
        let message = try loadError(replacing: "    replaces: [absent, possible]", with: "    replaces: \(replaced)")
        #expect(message.contains("recommendations.yaml:\(line(of: "    replaces: [absent, possible]"))"), "\(message)")
        #expect(message.contains("replaces"), "\(message)")
    }

    @Test func anUnknownSectionIsRejectedAtItsLine() throws {
        let message = try loadError(replacing: "      - general-duty-emergency\n", with: "      - general-duty-emergncy\n")
        let expectedLine = line(of: "      - general-duty-emergency\n")
        #expect(message.contains("recommendations.yaml:\(expectedLine): rule `emergency-services` cites unknown section `general-duty-emergncy`"))
        #expect(message.contains("did you mean `general-duty-emergency`"))
    }

    @Test func anUnknownRecommendationIsRejected() throws {
        let message = try loadError(replacing: "      priority: urgent            #", with: "      recommendation: refer-cs  #")
        #expect(message.contains("rule `strategy-meeting-attendance` names unknown recommendation `refer-cs`"))
    }

    @Test func aRuleThatCanNeverFireIsRejected() throws {
        let message = try loadError(
            replacing: "      finding: referral.family_concern\n",
            with: "      all: [{finding: referral.family_concern}, {finding: {id: referral.family_concern, status: absent}}]\n")
        #expect(message.contains("rule `family-concerns-equal-weight` can never fire"))
    }

    @Test func aRuleWithImpossibleAgesIsRejected() throws {
        let message = try loadError(
            replacing: "      finding: parent.mental_health_untreated\n    advice",
            with: "      all: [{fact: child.age_weeks < 26}, {fact: child.age_weeks >= 26}]\n    advice")
        #expect(message.contains("rule `untreated-mental-health` can never fire"))
    }

    @Test func aRuleDependingOnAPriorityNoRuleHasIsRejected() throws {
        // Only emergency-services is emergency; if it becomes urgent, nothing can reach emergency.
        var rules = F.shippedRules.replacingOccurrences(of: "    priority: emergency\n", with: "    priority: urgent\n")
        rules = rules.replacingOccurrences(of: "      priority: urgent            #", with: "      priority: emergency         #")
        let folder = try F.folder(recommendations: rules)
        defer { try? FileManager.default.removeItem(at: folder) }
        let problems = RuleBook.check(directory: folder, knownFactors: F.knownFactors).map(\.description)
        #expect(problems.contains { $0.contains("rule `strategy-meeting-attendance` can never fire") })
    }

    @Test func twoRulesWithTheSameIdAreRejected() throws {
        let message = try loadError(replacing: "  - id: icon-crying-support\n", with: "  - id: record-father\n")
        #expect(message.contains("rule `record-father` is defined twice (first at line \(line(of: "  - id: record-father\n")))"))
    }

    @Test func aPriorityOutsideTheFourIsRejected() throws {
        let message = try loadError(replacing: "    priority: high\n    when:\n      finding: referral", with: "    priority: medium\n    when:\n      finding: referral")
        #expect(message.contains("recommendations.yaml:"))
        #expect(message.contains("rule `family-concerns-equal-weight` has priority `medium`; a priority is one of emergency, urgent, high or consider"))
    }

    @Test func aMisspeltKeyIsRejected() throws {
        let message = try loadError(replacing: "    cites:\n      - general-duty-emergency", with: "    cite:\n      - general-duty-emergency")
        #expect(message.contains("unknown key `cite` in a rule"))
    }

    @Test func aRuleWithoutCitationsIsRejected() throws {
        let message = try loadError(replacing: "    cites:\n      - general-duty-emergency", with: "    cites: []")
        #expect(message.contains("rule `emergency-services` cites nothing"))
    }

    @Test func aBrokenConditionIsRejectedWithItsLine() throws {
        let old = "      finding: child.immediate_danger\n    advice"
        let message = try loadError(replacing: old, with: "      findings: child.immediate_danger\n    advice")
        #expect(message.contains("recommendations.yaml:\(line(of: old)): unknown condition `findings`"))
    }

    @Test func aYAMLSyntaxErrorIsRejectedWithItsLine() throws {
        let message = try loadError(replacing: "  - id: emergency-services\n", with: "  - id: [emergency-services\n")
        #expect(message.contains("recommendations.yaml:"))
        #expect(message.contains("YAML"))
    }

    @Test func aDuplicateSectionIsRejected() throws {
        let message = try loadError(
            replacing: "  - id: training\n", with: "  - id: resources\n", in: RuleBook.protocolsFileName)
        #expect(message.contains("protocols.yaml:"))
        #expect(message.contains("section `resources` is defined twice"))
    }

    @Test func anUnknownSectionKindIsRejected() throws {
        let message = try loadError(
            replacing: "    kind: general-duty\n", with: "    kind: duty\n", in: RuleBook.protocolsFileName)
        #expect(message.contains("protocols.yaml:"))
        #expect(message.contains("unknown kind `duty`"))
    }

    @Test func checkReportsEveryProblemAtOnce() throws {
        var rules = F.shippedRules.replacingOccurrences(of: "      - general-duty-emergency\n", with: "      - nowhere\n")
        rules = rules.replacingOccurrences(of: "  - id: icon-crying-support\n", with: "  - id: record-father\n")
        let folder = try F.folder(recommendations: rules)
        defer { try? FileManager.default.removeItem(at: folder) }
        let problems = RuleBook.check(directory: folder, knownFactors: F.knownFactors)
        #expect(problems.count == 2)
        #expect(problems.allSatisfy { $0.file == RuleBook.rulesFileName && $0.line != nil })
    }
}
