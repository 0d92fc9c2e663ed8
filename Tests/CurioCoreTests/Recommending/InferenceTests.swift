import Testing

@testable import CurioCore

/// Pre-mobility inferred from an age under 26 weeks, stated mobility overriding it, and the
/// unknown father inferred only at the end of a consultation.
@Suite struct InferenceTests {
    typealias F = RecommendingFixture

    @Test(arguments: [0.0, 1.4, 8, 25.9])
    func anAgeUnder26WeeksMakesABabyPreMobile(_ age: Double) throws {
        let advice = F.advise([], age: age)
        let finding = try #require(advice.findings.first { $0.id == .preMobile })
        #expect(finding.status == .present)
        #expect(finding.inferredFrom == "age \(FactValue.number(age).description) weeks")
    }

    @Test(arguments: [26.0, 26.1, 40])
    func anAgeOf26WeeksOrMoreInfersNothing(_ age: Double) {
        #expect(!F.advise([], age: age).findings.contains { $0.id == .preMobile })
        #expect(!F.ids([(.bruising, .present)], age: age).contains("bruising-protocol"))
    }

    @Test func theInferenceNamesTheAge() throws {
        let advice = F.advise([(.bruising, .present)], age: 8)
        let bruising = try #require(advice.recommendation("bruising-protocol"))
        let evidence = try #require(bruising.evidence.first { $0.finding == .preMobile })
        #expect(evidence.inferredFrom == "age 8 weeks")
        #expect(bruising.evidence.first { $0.finding == .bruising }?.words == "words for injury.bruising")
    }

    @Test func statedMobilityWinsOverTheAge() {
        // A 20-week-old who is stated to be crawling is mobile.
        let advice = F.advise([(.preMobile, .absent), (.bruising, .present)], age: 20)
        #expect(advice.findings.first { $0.id == .preMobile }?.status == .absent)
        #expect(advice.findings.first { $0.id == .preMobile }?.inferredFrom == nil)
        #expect(advice.recommendation("bruising-protocol") == nil)
    }

    @Test func statedPreMobilityWinsOverAnOlderAge() {
        // A 40-week-old who cannot move independently (e.g. a disability) is pre-mobile.
        let advice = F.advise([(.preMobile, .present), (.bruising, .possible)], age: 40)
        #expect(advice.recommendation("bruising-protocol") != nil)
        #expect(advice.findings.first { $0.id == .preMobile }?.evidence == "words for child.pre_mobile")
    }

    @Test func noAgeAndNoBruiseNoInference() {
        #expect(!F.advise([(.mentalHealth, .present)]).findings.contains { $0.id == .preMobile })
    }

    /// The protocol says act: a bruise heard before the age or mobility is treated as on a
    /// possibly pre-mobile baby, until either is known.
    @Test func aBruiseWithNoAgeOrMobilityIsTreatedAsPossiblyPreMobile() throws {
        let advice = F.advise([(.bruising, .possible)])
        let inferred = try #require(advice.findings.first { $0.id == .preMobile })
        #expect(inferred.status == .possible)
        #expect(inferred.inferredFrom == "no age or mobility given yet")
        #expect(advice.recommendations.first?.id == "bruising-protocol")
        #expect(!F.ids([(.bruising, .present), (.preMobile, .absent)]).contains("bruising-protocol"))
        #expect(!F.ids([(.bruising, .present)], age: 40).contains("bruising-protocol"))
        #expect(!F.ids([(.bruising, .present), (.unborn, .present)]).contains("bruising-protocol"))
    }

    @Test func theUnknownFatherIsInferredOnlyAtTheEnd() {
        #expect(!F.advise([]).findings.contains { $0.id == .fatherUnknown })
        let finding = F.advise([], complete: true).findings.first { $0.id == .fatherUnknown }
        #expect(finding?.status == .possible)
        #expect(F.advise([(.fatherUnknown, .absent)], complete: true).findings.first { $0.id == .fatherUnknown }?.status == .absent)
    }
}
