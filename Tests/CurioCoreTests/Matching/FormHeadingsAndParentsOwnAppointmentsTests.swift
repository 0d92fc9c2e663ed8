import Testing

@testable import CurioCore

/// Two classes from the sixteenth session's probes. A referral form's heading that names the
/// concerns ("Presenting concerns:", "Summary of concerns:") introduces what follows; it doubts
/// none of it, where the hedge "concerns" had made an unexplained fracture only possible. And a
/// parent's own missed appointments ("her own GP appointments") are no missed contact for the
/// baby. Sentences written for the classes.
@Suite("Form headings and a parent's own appointments")
struct FormHeadingsAndParentsOwnAppointmentsTests {
    /// What a heading introduces is said plainly.
    @Test(arguments: [
        ("Presenting concerns: a burn to the palm of a 9 week old, no explanation given", RiskFactorID.otherInjury),
        ("Summary of concerns: bruise to the left cheek of a 6 week old", RiskFactorID.bruising),
        ("Current concerns - baby has missed his 8 week immunisations", RiskFactorID.neglect),
        ("Concerns: the health visitor saw a bruise on her ear", RiskFactorID.bruising),
    ])
    func aHeadingDoubtsNothing(text: String, id: RiskFactorID) {
        #expect(MatcherFixture.status(id, in: text) == .present, "\(text)")
    }

    /// A worry voiced about a finding is still a doubt, and a finding denied under a heading is
    /// still denied.
    @Test func aWorryIsStillADoubtAndADenialStillDenies() {
        #expect(MatcherFixture.status(.bruising, in: "the nursery has concerns about a mark on his cheek") == .possible)
        #expect(MatcherFixture.status(.bruising, in: "Presenting concerns: none, no bruising seen") == .absent)
    }

    /// A parent's own appointments, said with "own", are theirs.
    @Test(arguments: [
        "mum has missed her own GP appointments since the birth",
        "dad keeps missing his own probation appointments",
        "she missed her own postnatal check",
        "mum DNA'd her own mental health appointments twice",
    ])
    func aParentsOwnAppointmentsAreNoNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// The baby's appointments missed are still neglect, whoever is named.
    @Test(arguments: [
        "mum has missed her 8 week immunisations twice now",
        "they missed the baby's weigh-in appointments",
        "missed his 12 week check",
        "she DNA'd the 8 week check",
    ])
    func theBabysMissedAppointmentsAreStillNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }
}
