import Testing

@testable import CurioCore

/// Pre-mobility inferred from an age under 26 weeks (even over stated mobility, by the
/// protocol's definition), stated mobility standing from 6 months, and the unknown father
/// inferred only at the end of a consultation.
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

    /// Every baby under 6 months counts as pre-mobile under the protocol (risk-factors.md), so a
    /// 20-week-old said to be crawling, or maybe crawling, with a bruise follows the bruising
    /// protocol, and the advice says why.
    @Test(arguments: [FindingStatus.absent, .possible])
    func underSixMonthsTheAgeBeatsStatedMobility(_ stated: FindingStatus) throws {
        let advice = F.advise([(.preMobile, stated), (.bruising, .present)], age: 20)
        let finding = try #require(advice.findings.first { $0.id == .preMobile })
        #expect(finding.status == .present)
        #expect(finding.inferredFrom?.hasPrefix("age 20 weeks: under 6 months") == true)
        let bruising = try #require(advice.recommendation("bruising-protocol"))
        #expect(bruising.evidence.contains { $0.finding == .preMobile && $0.inferredFrom != nil })
    }

    /// From 6 months, what was said of mobility stands: a crawling 30-week-old is mobile.
    @Test func fromSixMonthsStatedMobilityStands() {
        let advice = F.advise([(.preMobile, .absent), (.bruising, .present)], age: 30)
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

    /// A bruise heard before the age or mobility: the bruising protocol cannot apply yet, but
    /// the practitioner is told at once to find out, and why.
    @Test func aBruiseWithNoAgeOrMobilityAsksForThemAtOnce() throws {
        let advice = F.advise([(.bruising, .possible)])
        #expect(!advice.findings.contains { $0.id == .preMobile })
        #expect(advice.recommendations.map(\.id) == ["bruise-establish-mobility"])
        #expect(advice.recommendations.first?.priority == .high)
        #expect(!F.ids([(.bruising, .present)], age: 8).contains("bruise-establish-mobility"))
        #expect(!F.ids([(.bruising, .present), (.preMobile, .absent)]).contains("bruise-establish-mobility"))
        #expect(!F.ids([(.bruising, .present), (.unborn, .present)]).contains("bruise-establish-mobility"))
    }

    /// Between 6 and 12 months an age says nothing of mobility: a bruise whose baby nobody has
    /// said crawls still asks for it at once; a mobile baby, or a child over a year, does not.
    @Test func aBruiseOnABabyOverSixMonthsAsksAboutMobility() {
        for age in [26.0, 30.4, 43.4, 52.1] {
            let advice = F.advise([(.bruising, .present)], age: age)
            #expect(advice.recommendations.map(\.id) == ["bruise-establish-mobility"], "age \(age)")
        }
        #expect(!F.ids([(.bruising, .present)], age: 52.2).contains("bruise-establish-mobility"))
        #expect(!F.ids([(.bruising, .present), (.preMobile, .absent)], age: 34).contains("bruise-establish-mobility"))
        let preMobile = F.ids([(.bruising, .present), (.preMobile, .present)], age: 34)
        #expect(preMobile.contains("bruising-protocol") && !preMobile.contains("bruise-establish-mobility"))
    }

    @Test func theUnknownFatherIsInferredOnlyAtTheEnd() {
        #expect(!F.advise([]).findings.contains { $0.id == .fatherUnknown })
        let finding = F.advise([], complete: true).findings.first { $0.id == .fatherUnknown }
        #expect(finding?.status == .possible)
        #expect(F.advise([(.fatherUnknown, .absent)], complete: true).findings.first { $0.id == .fatherUnknown }?.status == .absent)
    }

    /// The reason names the facts it was inferred from; each `{name}` is filled, an unknown
    /// one is left as written.
    @Test func theReasonIsFilledFromTheFacts() {
        func reason(_ text: String) -> Inference {
            Inference(finding: "child.pre_mobile", status: .present, condition: .always, reason: text)
        }
        let facts: [String: FactValue] = ["child.age_weeks": .number(8), "caller.role": .text("GP")]
        #expect(reason("age {child.age_weeks} weeks").filled(with: facts) == "age 8 weeks")
        #expect(reason("{caller.role} said {child.age_weeks}").filled(with: facts) == "GP said 8")
        #expect(reason("age {unknown.fact} weeks").filled(with: facts) == "age {unknown.fact} weeks")
        #expect(reason("nothing to fill").filled(with: facts) == "nothing to fill")
        #expect(reason("unclosed {child.age_weeks").filled(with: facts) == "unclosed {child.age_weeks")
        #expect(reason("age {child.age_weeks} weeks").filled(with: [:]) == "age {child.age_weeks} weeks")
    }

    /// A reason's `{a|b}` is the first of them the case knows: a fact's value or a situation's
    /// words, quoted; left as written when none is known.
    @Test func aReasonFillsTheFirstKnownOfItsAlternatives() {
        let reason = Inference.Reason("{now.violence|now.hazard} with the baby there ({now.baby_present|now.sole_care}), age {child.age_weeks}")
        let situations: [RiskFactorID: Finding] = [
            "now.hazard": Finding(id: "now.hazard", status: .present, evidence: "has a knife"),
            "now.sole_care": Finding(id: "now.sole_care", status: .present, evidence: "he has the baby"),
        ]
        #expect(reason.filled(with: [FactName.childAgeWeeks: .number(6)], situations: situations)
            == "\"has a knife\" with the baby there (\"he has the baby\"), age 6")
        #expect(reason.filled(with: [:]) == "{now.violence|now.hazard} with the baby there ({now.baby_present|now.sole_care}), age {child.age_weeks}")
    }
}
