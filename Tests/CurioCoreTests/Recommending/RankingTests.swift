import Testing

@testable import CurioCore

/// Recommendations are ranked by priority, then in the rule book's order, and each says which
/// findings fired it and from which words.
@Suite struct RankingTests {
    typealias F = RecommendingFixture

    @Test func recommendationsAreOrderedByPriorityThenRuleOrder() {
        let advice = F.advise(
            [
                (.immediateDanger, .present), (.bruising, .present), (.otherInjury, .present),
                (.mentalHealth, .present), (.mentalHealthUntreated, .present), (.traumaticBirth, .present),
                (.inconsolableCrying, .present), (.fatherUnknown, .present), (.familyConcern, .possible),
            ], age: 5)
        #expect(advice.recommendations.map(\.id) == [
            "emergency-services",
            "bruising-protocol", "refer-csc",
            "combined-parental-risk", "family-concerns-equal-weight", "untreated-mental-health",
            "record-father", "strategy-meeting-attendance", "icon-crying-support",
        ])
        let priorities = advice.recommendations.map(\.priority)
        #expect(priorities == priorities.sorted(by: >))
        #expect(advice.topPriority == .emergency)
    }

    @Test func theOrderDoesNotDependOnTheOrderFindingsWereHeard() {
        let findings: [(RiskFactorID, FindingStatus)] = [
            (.inconsolableCrying, .present), (.isolation, .present), (.bruising, .present), (.fatherUnknown, .present),
        ]
        let forwards = F.advise(findings, age: 6).recommendations.map(\.id)
        let backwards = F.advise(findings.reversed(), age: 6).recommendations.map(\.id)
        #expect(forwards == backwards)
    }

    @Test func everyRecommendationExplainsItself() {
        let advice = F.advise(
            [(.mentalHealth, .present), (.traumaticBirth, .possible), (.unborn, .present), (.learningDifficulty, .present)])
        for recommendation in advice.recommendations {
            #expect(!recommendation.because.isEmpty, "\(recommendation.id) has no because")
            #expect(recommendation.evidence.map(\.finding) == recommendation.because)
            #expect(!recommendation.citations.isEmpty)
        }
        let combined = advice.recommendation("combined-parental-risk")
        #expect(combined?.because == [.mentalHealth, .traumaticBirth])
        #expect(combined?.evidence.map(\.status) == [.present, .possible])
        #expect(advice.recommendation("pre-birth-protocol")?.because == [.unborn, .learningDifficulty, .mentalHealth])
    }

    @Test func evidenceKeepsTheTurnItCameFrom() {
        var picture = CasePicture()
        picture.add(Finding(id: .inconsolableCrying, status: .present, evidence: "screams for hours", turn: 3))
        let evidence = F.recommender.advise(picture).recommendation("icon-crying-support")?.evidence.first
        #expect(evidence?.words == "screams for hours")
        #expect(evidence?.turn == 3)
    }

    @Test func citationsCarryTheSourceTheSectionAndTheAddress() throws {
        let meeting = try #require(F.advise([(.otherInjury, .present)]).recommendation("strategy-meeting-attendance"))
        let citation = try #require(meeting.citations.first)
        #expect(citation.source == "7 Minute Briefing: Thematic Review NAI & Neglect")
        #expect(citation.section == "Referrals + Strategy Meetings")
        #expect(citation.url == "www.safeguardingcambspeterborough.org.uk")
    }
}
