import Testing

@testable import CurioCore

/// A rule citing a section only under a condition (`refer-csc` cites the general referral duty
/// only with domestic abuse or substance misuse) gets its list for the conditions that hold,
/// made once when the rules are loaded: the same list, shared, whenever the same hold.
@Suite struct CitationChoiceTests {
    static func referral(_ findings: [(RiskFactorID, FindingStatus)]) throws -> Recommendation {
        let advice = RecommendingFixture.recommender.advise(RecommendingFixture.picture(findings))
        return try #require(advice.recommendations.first { $0.id == "refer-csc" })
    }

    static func sections(_ recommendation: Recommendation) -> [String] {
        recommendation.citations.map(\.section)
    }

    @Test func theConditionalCitationComesOnlyWhenItsConditionHolds() throws {
        let neglect = try Self.referral([(.neglect, .present)])
        let abuse = try Self.referral([(.domesticAbuse, .present)])
        let misuse = try Self.referral([(.substanceMisuse, .present), (.neglect, .present)])
        #expect(Self.sections(abuse).count == Self.sections(neglect).count + 1)
        #expect(Self.sections(abuse) == Self.sections(misuse))
        // The unconditional ones, in the rule book's order, are the same either way.
        #expect(Self.sections(abuse).filter { Self.sections(neglect).contains($0) } == Self.sections(neglect))
    }

    @Test func theSameConditionsGiveTheSameSharedList() throws {
        let first = try Self.referral([(.domesticAbuse, .present)])
        let second = try Self.referral([(.substanceMisuse, .present), (.otherInjury, .present)])
        let base = { (recommendation: Recommendation) in recommendation.citations.withUnsafeBufferPointer { $0.baseAddress } }
        #expect(base(first) == base(second))
        #expect(base(first) != base(try Self.referral([(.neglect, .present)])))
    }
}

