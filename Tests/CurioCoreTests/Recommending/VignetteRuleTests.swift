import Testing

@testable import CurioCore

/// The 24 development vignettes with their findings labelled by hand (as the matcher should
/// hear them), so the rules are checked against "the rules applied literally" independently
/// of the matcher. `must`, `mustNot` and `top` are the gold of `eval/vignettes-dev.jsonl`.
@Suite struct VignetteRuleTests {
    typealias F = RecommendingFixture

    struct Vignette: Sendable, CustomTestStringConvertible {
        var id: String
        var age: Double?
        var findings: [(RiskFactorID, FindingStatus)]
        var must: Set<String>
        var mustNot: Set<String>
        var top: Priority?
        var testDescription: String { id }
    }

    static let vignettes: [Vignette] = [
        Vignette(
            id: "dv01", age: 1.6, findings: [(.fatherUnknown, .absent), (.mentalHealth, .absent), (.isolation, .absent), (.bruising, .absent)],
            must: [],
            mustNot: ["emergency-services", "bruising-protocol", "refer-csc", "combined-parental-risk", "pre-birth-protocol", "professional-curiosity", "record-father", "family-concerns-equal-weight", "strategy-meeting-attendance", "icon-crying-support", "untreated-mental-health"],
            top: nil),
        Vignette(
            id: "dv02", age: 6, findings: [(.substanceMisuse, .present), (.neglect, .absent), (.fatherUnknown, .absent)],
            must: ["refer-csc", "strategy-meeting-attendance"],
            mustNot: ["emergency-services", "bruising-protocol", "combined-parental-risk", "pre-birth-protocol", "professional-curiosity", "record-father", "family-concerns-equal-weight", "icon-crying-support", "untreated-mental-health"],
            top: .urgent),
        Vignette(
            id: "dv03", age: 17.4, findings: [(.learningDifficulty, .present), (.fatherUnknown, .absent)],
            must: ["professional-curiosity"],
            mustNot: ["emergency-services", "bruising-protocol", "refer-csc", "combined-parental-risk", "pre-birth-protocol", "record-father", "family-concerns-equal-weight", "strategy-meeting-attendance", "icon-crying-support", "untreated-mental-health"],
            top: .consider),
        Vignette(
            id: "dv04", age: 13, findings: [(.immediateDanger, .present), (.mentalHealth, .present), (.mentalHealthUntreated, .present), (.fatherUnknown, .present)],
            must: ["emergency-services", "untreated-mental-health", "record-father"],
            mustNot: ["bruising-protocol", "pre-birth-protocol", "professional-curiosity", "family-concerns-equal-weight", "icon-crying-support"],
            top: .emergency),
        Vignette(
            id: "dv05", age: 10, findings: [(.bruising, .present), (.preMobile, .present), (.fatherUnknown, .absent)],
            must: ["bruising-protocol", "strategy-meeting-attendance"],
            mustNot: ["emergency-services", "refer-csc", "combined-parental-risk", "pre-birth-protocol", "professional-curiosity", "record-father", "family-concerns-equal-weight", "icon-crying-support", "untreated-mental-health"],
            top: .urgent),
        Vignette(
            id: "dv06", age: 8, findings: [(.fatherUnknown, .present), (.isolation, .absent)],
            must: ["record-father"],
            mustNot: ["emergency-services", "bruising-protocol", "refer-csc", "combined-parental-risk", "pre-birth-protocol", "professional-curiosity", "family-concerns-equal-weight", "strategy-meeting-attendance", "icon-crying-support", "untreated-mental-health"],
            top: .consider),
        Vignette(
            id: "dv07", age: 2, findings: [(.fatherUnknown, .absent)],
            must: [],
            mustNot: ["emergency-services", "bruising-protocol", "refer-csc", "combined-parental-risk", "pre-birth-protocol", "professional-curiosity", "record-father", "family-concerns-equal-weight", "strategy-meeting-attendance", "icon-crying-support", "untreated-mental-health"],
            top: nil),
        Vignette(
            id: "dv08", age: 3, findings: [(.inconsolableCrying, .present), (.traumaticBirth, .absent), (.mentalHealth, .absent), (.isolation, .absent), (.fatherUnknown, .absent)],
            must: ["icon-crying-support"],
            mustNot: ["emergency-services", "bruising-protocol", "refer-csc", "combined-parental-risk", "pre-birth-protocol", "professional-curiosity", "record-father", "family-concerns-equal-weight", "strategy-meeting-attendance", "untreated-mental-health"],
            top: .consider),
        Vignette(
            id: "dv09", age: 13, findings: [(.otherInjury, .present), (.fatherUnknown, .absent)],
            must: ["refer-csc", "strategy-meeting-attendance"],
            mustNot: ["emergency-services", "bruising-protocol", "combined-parental-risk", "pre-birth-protocol", "professional-curiosity", "record-father", "family-concerns-equal-weight", "icon-crying-support", "untreated-mental-health"],
            top: .urgent),
        Vignette(
            id: "dv10", age: nil, findings: [(.unborn, .present), (.mentalHealth, .present), (.mentalHealthUntreated, .present), (.fatherUnknown, .absent), (.isolation, .absent)],
            must: ["pre-birth-protocol", "untreated-mental-health"],
            mustNot: ["emergency-services", "bruising-protocol", "refer-csc", "combined-parental-risk", "professional-curiosity", "record-father", "family-concerns-equal-weight", "strategy-meeting-attendance", "icon-crying-support"],
            top: .high),
        Vignette(
            id: "dv11", age: 7, findings: [(.immediateDanger, .present), (.neglect, .present), (.fatherUnknown, .absent)],
            must: ["emergency-services", "refer-csc", "strategy-meeting-attendance"],
            mustNot: ["bruising-protocol", "combined-parental-risk", "pre-birth-protocol", "professional-curiosity", "record-father", "family-concerns-equal-weight", "icon-crying-support", "untreated-mental-health"],
            top: .emergency),
        Vignette(
            id: "dv12", age: 6, findings: [(.traumaticBirth, .present), (.isolation, .present), (.mentalHealth, .absent)],
            must: ["combined-parental-risk"],
            mustNot: ["emergency-services", "bruising-protocol", "refer-csc", "pre-birth-protocol", "professional-curiosity", "record-father", "family-concerns-equal-weight", "strategy-meeting-attendance", "icon-crying-support", "untreated-mental-health"],
            top: .high),
        Vignette(
            id: "dv13", age: 5, findings: [(.immediateDanger, .present), (.otherInjury, .present), (.bruising, .present), (.inconsolableCrying, .possible), (.fatherUnknown, .absent)],
            must: ["emergency-services", "bruising-protocol", "refer-csc", "strategy-meeting-attendance"],
            mustNot: ["combined-parental-risk", "pre-birth-protocol", "professional-curiosity", "record-father", "family-concerns-equal-weight", "untreated-mental-health"],
            top: .emergency),
        Vignette(
            id: "dv14", age: 6, findings: [(.domesticAbuse, .present), (.familyConcern, .present), (.fatherUnknown, .present)],
            must: ["refer-csc", "strategy-meeting-attendance", "family-concerns-equal-weight", "record-father"],
            mustNot: ["emergency-services", "bruising-protocol", "combined-parental-risk", "pre-birth-protocol", "professional-curiosity", "icon-crying-support", "untreated-mental-health"],
            top: .urgent),
        Vignette(
            id: "dv15", age: nil, findings: [(.unborn, .present), (.learningDifficulty, .present), (.adverseChildhood, .present), (.naiveExpectations, .present), (.fatherUnknown, .present)],
            must: ["pre-birth-protocol", "professional-curiosity", "record-father"],
            mustNot: ["emergency-services", "bruising-protocol", "refer-csc", "combined-parental-risk", "family-concerns-equal-weight", "strategy-meeting-attendance", "icon-crying-support", "untreated-mental-health"],
            top: .high),
        Vignette(
            id: "dv16", age: 39.1, findings: [(.preMobile, .absent), (.bruising, .present), (.substanceMisuse, .present), (.fatherUnknown, .absent)],
            must: ["refer-csc", "strategy-meeting-attendance"],
            mustNot: ["emergency-services", "bruising-protocol", "combined-parental-risk", "pre-birth-protocol", "professional-curiosity", "record-father", "family-concerns-equal-weight", "icon-crying-support", "untreated-mental-health"],
            top: .urgent),
        Vignette(
            id: "dv17", age: 8.7, findings: [(.bruising, .present), (.mentalHealth, .present), (.mentalHealthUntreated, .present), (.traumaticBirth, .present), (.inconsolableCrying, .present), (.isolation, .present), (.fatherUnknown, .absent)],
            must: ["bruising-protocol", "strategy-meeting-attendance", "combined-parental-risk", "untreated-mental-health", "icon-crying-support"],
            mustNot: ["emergency-services", "refer-csc", "pre-birth-protocol", "professional-curiosity", "family-concerns-equal-weight"],
            top: .urgent),
        Vignette(
            id: "dv18", age: nil, findings: [(.unborn, .present), (.childhoodInCare, .present), (.isolation, .present), (.fatherUnknown, .absent)],
            must: ["pre-birth-protocol"],
            mustNot: ["emergency-services", "bruising-protocol", "refer-csc", "combined-parental-risk", "record-father", "family-concerns-equal-weight", "strategy-meeting-attendance", "icon-crying-support", "untreated-mental-health"],
            top: .high),
        Vignette(
            id: "dv19", age: 17.4, findings: [(.immediateDanger, .present), (.domesticAbuse, .present), (.fatherUnknown, .absent)],
            must: ["emergency-services", "refer-csc", "strategy-meeting-attendance"],
            mustNot: ["bruising-protocol", "combined-parental-risk", "pre-birth-protocol", "professional-curiosity", "record-father", "family-concerns-equal-weight", "icon-crying-support", "untreated-mental-health"],
            top: .emergency),
        Vignette(
            id: "dv20", age: 5, findings: [(.familyConcern, .present), (.neglect, .absent), (.fatherUnknown, .absent)],
            must: ["family-concerns-equal-weight"],
            mustNot: ["emergency-services", "bruising-protocol", "refer-csc", "combined-parental-risk", "pre-birth-protocol", "professional-curiosity", "record-father", "strategy-meeting-attendance", "icon-crying-support", "untreated-mental-health"],
            top: .high),
        Vignette(
            id: "dv21", age: 1.7, findings: [(.bruising, .possible), (.fatherUnknown, .absent)],
            must: ["bruising-protocol", "strategy-meeting-attendance"],
            mustNot: ["emergency-services", "refer-csc", "combined-parental-risk", "pre-birth-protocol", "professional-curiosity", "record-father", "family-concerns-equal-weight", "icon-crying-support", "untreated-mental-health"],
            top: .urgent),
        Vignette(
            id: "dv22", age: 7, findings: [(.inconsolableCrying, .present), (.mentalHealth, .present), (.mentalHealthUntreated, .present), (.traumaticBirth, .present), (.fatherUnknown, .absent)],
            must: ["combined-parental-risk", "untreated-mental-health", "icon-crying-support"],
            mustNot: ["emergency-services", "bruising-protocol", "refer-csc", "pre-birth-protocol", "professional-curiosity", "record-father", "family-concerns-equal-weight", "strategy-meeting-attendance"],
            top: .high),
        Vignette(
            id: "dv23", age: 9, findings: [(.neglect, .present), (.fatherUnknown, .absent)],
            must: ["refer-csc", "strategy-meeting-attendance"],
            mustNot: ["emergency-services", "bruising-protocol", "combined-parental-risk", "pre-birth-protocol", "professional-curiosity", "record-father", "family-concerns-equal-weight", "icon-crying-support", "untreated-mental-health"],
            top: .urgent),
        Vignette(
            id: "dv24", age: 43.5, findings: [(.preMobile, .absent), (.bruising, .present), (.fatherUnknown, .absent), (.neglect, .absent)],
            must: [],
            mustNot: ["emergency-services", "bruising-protocol", "refer-csc", "combined-parental-risk", "pre-birth-protocol", "professional-curiosity", "record-father", "family-concerns-equal-weight", "strategy-meeting-attendance", "icon-crying-support", "untreated-mental-health"],
            top: nil),
    ]

    @Test(arguments: vignettes)
    func theRulesGiveTheGold(_ vignette: Vignette) {
        let advice = F.advise(vignette.findings, age: vignette.age)
        let fired = Set(advice.recommendations.map(\.id))
        #expect(vignette.must.subtracting(fired).isEmpty, "missing \(vignette.must.subtracting(fired).sorted())")
        #expect(vignette.mustNot.intersection(fired).isEmpty, "has \(vignette.mustNot.intersection(fired).sorted())")
        #expect(advice.topPriority == vignette.top)
        #expect((advice.nothingApplies != nil) == (vignette.top == nil))
    }
}
