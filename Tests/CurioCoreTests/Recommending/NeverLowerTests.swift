import Testing

@testable import CurioCore

/// An absent finding can stop a rule from firing but never lowers the priority of what fires:
/// adding "no X" for any other factor keeps every recommendation and its priority.
@Suite struct NeverLowerTests {
    typealias F = RecommendingFixture

    static let cases: [[(RiskFactorID, FindingStatus)]] = [
        [(.immediateDanger, .present)],
        [(.bruising, .possible), (.preMobile, .present)],
        [(.otherInjury, .present)],
        [(.neglect, .present)],
        [(.domesticAbuse, .possible)],
        [(.bruising, .present), (.preMobile, .absent), (.substanceMisuse, .present)],
        [(.mentalHealth, .present), (.isolation, .present)],
        [(.unborn, .present), (.childhoodInCare, .present)],
        [(.mentalHealthUntreated, .possible)],
        [(.familyConcern, .present)],
        [(.naiveExpectations, .present), (.fatherUnknown, .present), (.inconsolableCrying, .present)],
    ]

    @Test(arguments: 0..<cases.count)
    func absentFindingsNeverTakeAnythingAway(_ index: Int) {
        let findings = Self.cases[index]
        let before = F.advise(findings, age: 30)
        let stated = Set(findings.map(\.0))
        for other in F.knownFactors.sorted() where !stated.contains(other) && other != .preMobile {
            let after = F.advise(findings + [(other, .absent)], age: 30)
            for recommendation in before.recommendations {
                let kept = after.recommendation(recommendation.id)
                #expect(kept?.priority == recommendation.priority, "\(recommendation.id) lost when \(other) is absent")
            }
            #expect(after.topPriority == before.topPriority)
        }
    }

    @Test func priorityIsTheRulesWhateverElseIsSaid() {
        // A bruise on a pre-mobile baby stays urgent however reassuring the rest of the case is.
        let reassuring = F.knownFactors.subtracting([.bruising, .preMobile]).map { ($0, FindingStatus.absent) }
        let advice = F.advise([(.bruising, .possible)] + reassuring, age: 2)
        #expect(advice.recommendation("bruising-protocol")?.priority == .urgent)
        #expect(advice.topPriority == .urgent)
    }
}
