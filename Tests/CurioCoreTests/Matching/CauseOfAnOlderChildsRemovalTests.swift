import Testing

@testable import CurioCore

/// The parents' abuse or drinking named as the cause of their older child's removal or plan ("first baby removed at
/// birth due to DV and dad's drug use"): the parents' own history, past counts. An older child's own condition, harm
/// to that child by someone else, or a relative's children removed for the relative's drug use, gives no parent factor.
@Suite("The cause of an older child's removal")
struct CauseOfAnOlderChildsRemovalTests {
    @Test(arguments: [
        "Hx: first baby removed at birth (2021) due to DV and dad's drug use",
        "older two adopted because of DA between mum and previous partner",
        "eldest on CP plan 2019 due to domestic abuse at home, now closed",
    ])
    func isPresentDomesticAbuse0(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "previous child placed with PGM following mum's heroin use",
    ])
    func isPresentSubstanceMisuse1(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "older sister drinks heavily, lives in Leeds",
        "mum's brother's kids were taken into care because of his heroin use",
    ])
    func isNotFoundSubstanceMisuse2(text: String) {
        #expect(![.present, .possible].contains(MatcherFixture.status(.substanceMisuse, in: text)), "\(text)")
    }
    @Test(arguments: [
        "her older son has ADHD and anxiety",
    ])
    func isNotFoundMentalHealth3(text: String) {
        #expect(![.present, .possible].contains(MatcherFixture.status(.mentalHealth, in: text)), "\(text)")
    }
    @Test(arguments: [
        "older child was removed after he was hit by his father's new partner at his dad's house",
    ])
    func isNotFoundDomesticAbuse4(text: String) {
        #expect(![.present, .possible].contains(MatcherFixture.status(.domesticAbuse, in: text)), "\(text)")
    }
}
