import Testing

@testable import CurioCore

/// "No" that denies nothing ("no question she's depressed"), a relationship ended ("no longer with
/// the ex who assaulted her"), a denial then contradicted ("denies self harm yet has fresh cuts on
/// her arms"), and nothing done about an illness: findings, not denials. A practitioner's feelings,
/// another baby on the caseload, a general rule explained, a feed drunk, an illness fought and an
/// adult shaken in feeling are no findings; a baby shaken and the parents' fights stay.
@Suite("Certainty, ended relationships and others' feelings")
struct CertaintyEndedRelationshipsAndOthersFeelingsTests {
    @Test(arguments: ["no question he's depressed", "there's no denying she is anxious",
                      "denies self-harm but has fresh cuts to her wrists", "nothing was done about her PND"])
    func mentalHealthFound(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["she's no longer with the ex who beat her", "not with the boyfriend who hit her any more"])
    func pastAbuseFound(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["the midwife was anxious after the visit", "the social worker is stressed about the case"])
    func practitionersFeelingsAreNoParents(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["another baby on my caseload has a bruise on his ear",
                      "explained to mum that any bruise on a baby who isn't mobile needs checking"])
    func noBruiseOnThisBaby(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["mum explained that the bruise happened at nursery"])
    func parentsAccountStays(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["he drank 5oz of formula", "baby drunk the whole bottle of milk", "mum's ex had a drug problem"])
    func noDrinkOrDrugs(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["dad's fighting off a bug", "the kids fight over the remote"])
    func noAbuse(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["mum and dad fight all the time"])
    func parentsFightsStay(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["the health visitor was visibly shaken afterwards", "mum was really shaken up"])
    func adultShakenIsNoInjury(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["the baby was shaken by dad"])
    func babyShakenStays(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }
}
