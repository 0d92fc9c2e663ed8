import Testing

@testable import CurioCore

/// Something that would not stop goes on. "He won't stop drinking" had been read as drinking
/// denied (the negation "won't" and "stop"), and "she wouldn't stop crying" was no crying at
/// all, so in a run-on sentence its "wouldn't" denied the mark after it. Sentences written for
/// the class.
@Suite("What would not stop")
struct WhatWouldNotStopTests {
    /// Drinking, drugs or violence that will not stop are there.
    @Test(arguments: [
        ("dad won't stop drinking since the baby came", RiskFactorID.substanceMisuse),
        ("he can't stop using heroin, even with the baby in the house", RiskFactorID.substanceMisuse),
        ("her partner wouldn't stop hitting her last night", RiskFactorID.domesticAbuse),
    ])
    func whatWouldNotStopIsThere(text: String, id: RiskFactorID) {
        #expect(MatcherFixture.status(id, in: text) == .present, "\(text)")
    }

    /// Crying that would not stop is inconsolable crying, and a mark told after it in the same
    /// breath is not denied by its "wouldn't".
    @Test func cryingThatWouldNotStopDeniesNothingAfterIt() {
        let text = "mum grabbed him hard cause he wouldnt stop crying theres a red mark on his arm"
        #expect(MatcherFixture.status(.inconsolableCrying, in: text) == .present)
        #expect(MatcherFixture.status(.bruising, in: text) == .present)
        #expect(MatcherFixture.status(.inconsolableCrying, in: "she didn't stop crying all evening") == .present)
    }

    /// Stopping is still stopping, and a denial is still a denial.
    @Test func stoppingIsStillStopping() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "dad stopped drinking two years ago") == .absent)
        #expect(MatcherFixture.status(.substanceMisuse, in: "he does not drink at all") == .absent)
    }
}
