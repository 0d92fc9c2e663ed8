import Testing

@testable import CurioCore

/// Every recommendation of `design/recommendations.md`, firing and not firing, on case
/// pictures built directly (independent of the matcher).
@Suite struct RecommendationFiringTests {
    typealias F = RecommendingFixture

    @Test func everyRecommendationOfTheDesignHasARule() {
        let expected: Set<String> = [
            "emergency-services", "bruising-protocol", "refer-csc", "combined-parental-risk",
            "pre-birth-protocol", "professional-curiosity", "record-father", "family-concerns-equal-weight",
            "strategy-meeting-attendance", "icon-crying-support", "untreated-mental-health",
        ]
        // Every contract id has a rule; ids may be added (bruise-establish-mobility,
        // neglect-look-closer), never removed.
        #expect(F.book.recommendationIDs.isSuperset(of: expected))
        #expect(F.book.recommendationIDs.subtracting(expected) == ["bruise-establish-mobility", "neglect-look-closer"])
        let priorities = Dictionary(uniqueKeysWithValues: F.book.rules.map { ($0.id, $0.priority) })
        #expect(priorities["emergency-services"] == .emergency)
        #expect(priorities["bruising-protocol"] == .urgent)
        #expect(priorities["refer-csc"] == .urgent)
        #expect(priorities["combined-parental-risk"] == .high)
        #expect(priorities["pre-birth-protocol"] == .high)
        #expect(priorities["family-concerns-equal-weight"] == .high)
        #expect(priorities["untreated-mental-health"] == .high)
        #expect(priorities["professional-curiosity"] == .consider)
        #expect(priorities["record-father"] == .consider)
        #expect(priorities["strategy-meeting-attendance"] == .consider)
        #expect(priorities["icon-crying-support"] == .consider)
    }

    // MARK: neglect-look-closer (an added id)

    /// Neglect only suspected gets a prompt look (high); neglect seen is a referral, and the
    /// look is not asked for again beside it.
    @Test func suspectedNeglectIsLookedIntoNow() throws {
        let advice = F.advise([(.neglect, .possible)])
        let look = try #require(advice.recommendation("neglect-look-closer"))
        #expect(look.priority == .high)
        #expect(look.evidence.contains { $0.finding == .neglect })
        #expect(advice.recommendation("refer-csc") == nil)
        let seen = F.ids([(.neglect, .present)])
        #expect(seen.contains("refer-csc") && !seen.contains("neglect-look-closer"))
        let withAbuse = F.ids([(.neglect, .possible), (.domesticAbuse, .present)])
        #expect(withAbuse.contains("refer-csc") && !withAbuse.contains("neglect-look-closer"))
        #expect(!F.ids([(.neglect, .absent)]).contains("neglect-look-closer"))
    }

    // MARK: emergency-services

    @Test(arguments: [FindingStatus.present, .possible])
    func emergencyFiresOnImmediateDanger(_ status: FindingStatus) {
        let advice = F.advise([(.immediateDanger, status)])
        #expect(advice.recommendations.first?.id == "emergency-services")
        #expect(advice.topPriority == .emergency)
    }

    @Test func emergencyDoesNotFireWhenDangerIsRuledOut() {
        #expect(!F.ids([(.immediateDanger, .absent)]).contains("emergency-services"))
    }

    // MARK: bruising-protocol

    @Test(arguments: [FindingStatus.present, .possible])
    func bruisingProtocolFiresForAnyBruiseOnAPreMobileBaby(_ status: FindingStatus) {
        #expect(F.ids([(.bruising, status), (.preMobile, .present)]).contains("bruising-protocol"))
        #expect(F.ids([(.bruising, status)], age: 8).contains("bruising-protocol"))
    }

    @Test func bruisingProtocolFiresWhenMobilityIsInDoubt() {
        #expect(F.ids([(.bruising, .present), (.preMobile, .possible)], age: 40).contains("bruising-protocol"))
    }

    @Test func bruisingProtocolDoesNotFireForAMobileChildOrNoBruise() {
        #expect(!F.ids([(.bruising, .present), (.preMobile, .absent)]).contains("bruising-protocol"))
        #expect(!F.ids([(.bruising, .present)], age: 40).contains("bruising-protocol"))
        #expect(!F.ids([(.bruising, .absent)], age: 8).contains("bruising-protocol"))
        #expect(!F.ids([(.preMobile, .present)]).contains("bruising-protocol"))
    }

    @Test func bruisingProtocolSaysReferWithoutDelay() throws {
        let advice = try #require(F.advise([(.bruising, .possible)], age: 2).recommendation("bruising-protocol"))
        #expect(advice.advice.hasPrefix("Refer to Children's Social Care"))
        #expect(advice.advice.contains("never let that hold up the referral"))
        #expect(advice.citations.map(\.section).contains("Baby Bruising Protocol"))
        #expect(advice.citations.contains { $0.section.hasPrefix("Bruising In Pre-Mobile Babies") })
        #expect(advice.because == [.bruising, .preMobile])
    }

    // MARK: refer-csc

    @Test(arguments: [FindingStatus.present, .possible])
    func referFiresOnAnotherInjury(_ status: FindingStatus) {
        #expect(F.ids([(.otherInjury, status)], age: 12).contains("refer-csc"))
    }

    @Test func referFiresOnNeglectOnlyWhenPresent() {
        #expect(F.ids([(.neglect, .present)]).contains("refer-csc"))
        #expect(!F.ids([(.neglect, .possible)]).contains("refer-csc"))
        #expect(!F.ids([(.neglect, .absent)]).contains("refer-csc"))
    }

    @Test(arguments: [RiskFactorID.domesticAbuse, .substanceMisuse])
    func referFiresOnDomesticAbuseOrSubstanceMisuse(_ id: RiskFactorID) throws {
        let advice = F.advise([(id, .present)], age: 6)
        let refer = try #require(advice.recommendation("refer-csc"))
        #expect(refer.because == [id])
        #expect(refer.citations.contains { $0.source.contains("General safeguarding duty") })
        #expect(!F.ids([(id, .absent)], age: 6).contains("refer-csc"))
    }

    @Test func referDoesNotCiteTheGeneralDutyForAnInjury() throws {
        let refer = try #require(F.advise([(.otherInjury, .present)]).recommendation("refer-csc"))
        #expect(!refer.citations.contains { $0.source.contains("General safeguarding duty") })
        #expect(refer.citations.map(\.section) == ["Referrals + Strategy Meetings", "Background"])
    }

    @Test func referFiresForBruisingOnAMobileChildWithOtherConcerns() {
        #expect(F.ids([(.bruising, .present), (.preMobile, .absent), (.mentalHealth, .present)]).contains("refer-csc"))
        #expect(F.ids([(.bruising, .present), (.mentalHealth, .possible)], age: 40).contains("refer-csc"))
        #expect(F.ids([(.bruising, .possible), (.familyConcern, .present)], age: 52).contains("refer-csc"))
    }

    @Test func referDoesNotFireForBruisingOnAMobileChildAlone() {
        #expect(!F.ids([(.bruising, .present), (.preMobile, .absent)], age: 43).contains("refer-csc"))
        #expect(F.advise([(.bruising, .present), (.preMobile, .absent)], age: 43).recommendations.isEmpty)
        // The other concerns must be there, not ruled out.
        #expect(!F.ids([(.bruising, .present), (.mentalHealth, .absent)], age: 43).contains("refer-csc"))
    }

    /// Mobile means known to be: said to be mobile, or 6 months old with nothing said of being
    /// pre-mobile. Before the age or the mobility is told, the bruise asks for them at once
    /// (bruise-establish-mobility) instead of giving a referral for a "mobile" child that
    /// would be withdrawn when the baby turned out to be 8 weeks old.
    @Test func referForBruisingWaitsUntilTheChildIsKnownToBeMobile() {
        let unknown = F.ids([(.bruising, .present), (.traumaticBirth, .present), (.mentalHealth, .present)])
        #expect(!unknown.contains("refer-csc"))
        #expect(unknown.contains("bruise-establish-mobility"))
        #expect(F.ids([(.bruising, .present), (.traumaticBirth, .present)], age: 26).contains("refer-csc"))
        #expect(!F.ids([(.bruising, .present), (.traumaticBirth, .present)], age: 25.9).contains("refer-csc"))
        #expect(F.ids([(.bruising, .present), (.traumaticBirth, .present), (.preMobile, .absent)]).contains("refer-csc"))
        // Another reason to refer stands on its own, age or none.
        #expect(F.ids([(.bruising, .present), (.otherInjury, .present)]).contains("refer-csc"))
    }

    @Test func preMobileBruisingGoesToTheBruisingProtocolNotAPlainReferral() {
        let ids = F.ids([(.bruising, .present), (.mentalHealth, .present), (.isolation, .present)], age: 8)
        #expect(ids.contains("bruising-protocol"))
        #expect(!ids.contains("refer-csc"))
    }

    // MARK: combined-parental-risk

    @Test(arguments: [
        [RiskFactorID.mentalHealth, .traumaticBirth], [.isolation, .inconsolableCrying],
        [.traumaticBirth, .isolation], [.mentalHealthUntreated, .inconsolableCrying],
    ])
    func combinedRiskFiresOnTwoOfTheFour(_ pair: [RiskFactorID]) {
        #expect(F.ids(pair.map { ($0, .present) }).contains("combined-parental-risk"))
        #expect(F.ids(pair.map { ($0, .possible) }).contains("combined-parental-risk"))
    }

    @Test func combinedRiskNeedsTwo() {
        #expect(!F.ids([(.mentalHealth, .present)]).contains("combined-parental-risk"))
        #expect(!F.ids([(.mentalHealth, .present), (.mentalHealthUntreated, .present)]).contains("combined-parental-risk"))
        #expect(!F.ids([(.mentalHealth, .present), (.traumaticBirth, .absent)]).contains("combined-parental-risk"))
    }

    // MARK: pre-birth-protocol

    @Test(arguments: [
        RiskFactorID.adverseChildhood, .learningDifficulty, .isolation, .mentalHealth, .childhoodInCare,
    ])
    func preBirthFiresForAnUnbornBabyWithAVulnerability(_ id: RiskFactorID) {
        #expect(F.ids([(.unborn, .present), (id, .present)]).contains("pre-birth-protocol"))
    }

    @Test func preBirthNeedsAnUnbornBabyAndAVulnerability() {
        #expect(!F.ids([(.adverseChildhood, .present)], age: 4).contains("pre-birth-protocol"))
        #expect(!F.ids([(.unborn, .present)]).contains("pre-birth-protocol"))
        #expect(!F.ids([(.unborn, .present), (.mentalHealth, .absent)]).contains("pre-birth-protocol"))
        #expect(!F.ids([(.unborn, .absent), (.isolation, .present)]).contains("pre-birth-protocol"))
    }

    // MARK: professional-curiosity

    @Test(arguments: [RiskFactorID.adverseChildhood, .learningDifficulty, .naiveExpectations])
    func curiosityFires(_ id: RiskFactorID) {
        #expect(F.ids([(id, .present)]).contains("professional-curiosity"))
        #expect(F.ids([(id, .possible)]).contains("professional-curiosity"))
        #expect(!F.ids([(id, .absent)]).contains("professional-curiosity"))
    }

    @Test func curiosityDoesNotFireOnOtherParentalFactors() {
        #expect(!F.ids([(.mentalHealth, .present), (.childhoodInCare, .present)]).contains("professional-curiosity"))
    }

    // MARK: record-father

    @Test func recordFatherFiresWhenTheFatherIsUnknown() {
        #expect(F.ids([(.fatherUnknown, .present)]).contains("record-father"))
        #expect(F.ids([(.fatherUnknown, .possible)]).contains("record-father"))
        #expect(!F.ids([(.fatherUnknown, .absent)]).contains("record-father"))
    }

    @Test func recordFatherFiresAtTheEndWhenNothingIsKnownAboutHim() throws {
        #expect(!F.ids([]).contains("record-father"))
        let advice = F.advise([], complete: true)
        let record = try #require(advice.recommendation("record-father"))
        #expect(record.because == [.fatherUnknown])
        #expect(record.evidence.first?.inferredFrom?.contains("nothing was said about the father") == true)
        #expect(!F.ids([(.fatherUnknown, .absent)], complete: true).contains("record-father"))
    }

    // MARK: family-concerns-equal-weight

    @Test func familyConcernFires() {
        #expect(F.ids([(.familyConcern, .present)]).contains("family-concerns-equal-weight"))
        #expect(F.ids([(.familyConcern, .possible)]).contains("family-concerns-equal-weight"))
        #expect(!F.ids([(.familyConcern, .absent)]).contains("family-concerns-equal-weight"))
    }

    // MARK: strategy-meeting-attendance

    @Test func strategyMeetingFiresWithEveryUrgentOrEmergencyRecommendation() {
        #expect(F.ids([(.otherInjury, .present)]).contains("strategy-meeting-attendance"))
        #expect(F.ids([(.bruising, .possible)], age: 3).contains("strategy-meeting-attendance"))
        #expect(F.ids([(.immediateDanger, .present)]).contains("strategy-meeting-attendance"))
    }

    @Test func strategyMeetingDoesNotFireWithoutAnUrgentRecommendation() {
        #expect(!F.ids([(.mentalHealthUntreated, .present), (.familyConcern, .present)]).contains("strategy-meeting-attendance"))
        #expect(!F.ids([(.neglect, .possible)]).contains("strategy-meeting-attendance"))
    }

    @Test func strategyMeetingSaysWhichFindingsMadeItLikely() throws {
        let meeting = try #require(F.advise([(.otherInjury, .present)]).recommendation("strategy-meeting-attendance"))
        #expect(meeting.because == [.otherInjury])
        #expect(meeting.evidence.map(\.words) == ["words for injury.other"])
    }

    // MARK: icon-crying-support, untreated-mental-health

    @Test func iconFiresOnInconsolableCrying() throws {
        let icon = try #require(F.advise([(.inconsolableCrying, .present)]).recommendation("icon-crying-support"))
        #expect(icon.citations.contains { $0.url == "https://www.safeguardingcambspeterborough.org.uk/2022/01/05/icon-support-for-new-parents/" })
        #expect(!F.ids([(.inconsolableCrying, .absent)]).contains("icon-crying-support"))
    }

    @Test func untreatedMentalHealthFires() {
        #expect(F.ids([(.mentalHealthUntreated, .present)]).contains("untreated-mental-health"))
        #expect(!F.ids([(.mentalHealth, .present), (.mentalHealthUntreated, .absent)]).contains("untreated-mental-health"))
    }
}
