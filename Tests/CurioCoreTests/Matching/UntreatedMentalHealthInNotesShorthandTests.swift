import Testing

@testable import CurioCore

/// Mental ill health told with help not sought ("PMHx GAD, has not sought any help", "OCD - hasn't sought any
/// treatment") or its follow-up turned down or missed ("declined GP f/u, no meds", "DNA'd GP follow up"):
/// untreated, and the illness. Help not sought with the baby, feeding or housing, a follow-up declined for the baby's
/// hips, or current treatment, is no untreated ill health.
@Suite("Untreated mental ill health in notes' shorthand")
struct UntreatedMentalHealthInNotesShorthandTests {
    @Test(arguments: [
        "Bb 3/52, mum low in mood, PMHx GAD, has not sought any help.",
        "Mum has had panic attacks for years but never sought any help",
        "hx of depression, not sought help from GP",
        "PMHx OCD - hasn't sought any treatment",
        "Mum describes intrusive thoughts since delivery, hasn't asked for any help",
        "mum PMHx PND with first child, declined GP f/u, no meds",
        "anxiety noted at booking, declined follow up with perinatal team",
        "Low mood since birth, declined GP review",
        "PND after 1st baby, refused follow-up, never on meds",
        "depression in 2021, DNA'd GP follow up",
        "Hx PND, no tx",
        "depression, self-managing, declined meds",
        "hx depression, never been to GP about it",
        "low mood since the birth, hasn't spoken to her GP",
        "PND with 1st, wouldn't see GP",
        "PMHx anxiety, not engaging with talking therapies",
        "anxiety ++ but has not sought support",
        "panic attacks since 6/52 postnatal, hasn't seen anyone about them",
        "EPDS 17, mum has not sought help and declines referral",
    ])
    func isPresentMentalHealthUntreated0(text: String) {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "mum PMHx PND with first child, declined GP f/u, no meds",
        "Bb 3/52, mum low in mood, PMHx GAD, has not sought any help.",
    ])
    func isPresentMentalHealth1(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "Current MH stable on sertraline, EPDS 4.",
        "Mum has not sought any help with the baby from family",
        "declined GP follow up for her knee",
        "Bb 2/52, mum well, declined follow up for the baby's hips",
        "hx depression, under GP, on sertraline, attends all reviews",
        "Mum has not needed any help, no MH history",
        "depression, under GP, citalopram 20mg, reviewed monthly",
        "has not sought help from the council about housing",
    ])
    func isNotFoundMentalHealthUntreated2(text: String) {
        #expect(![.present, .possible].contains(MatcherFixture.status(.mentalHealthUntreated, in: text)), "\(text)")
    }
    @Test(arguments: [
        "Mum has not sought any help with feeding, bb gaining well",
    ])
    func isNotFoundMentalHealth3(text: String) {
        #expect(![.present, .possible].contains(MatcherFixture.status(.mentalHealth, in: text)), "\(text)")
    }
}
