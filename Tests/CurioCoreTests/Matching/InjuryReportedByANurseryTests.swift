import Testing

@testable import CurioCore

/// An injury a nursery, a childminder or a school reports and the speaker did not see ("nursery
/// saw a purple mark on his lower back", "the childminder told mum she noticed a bruise") is
/// second-hand: possible, as the labelling rules read a report by someone else (a possible
/// bruise on a pre-mobile baby still follows the protocol). The nursery as the speaker tells
/// what it saw, and neglect a nursery records stays a professional's account.
@Suite("Injury reported by a nursery")
struct InjuryReportedByANurseryTests {
    @Test(arguments: [
        "the nursery spotted a bluish mark on her thigh when changing her",
        "childminder mentioned a bruise on his ear at pick-up",
        "school nurse noticed marks on the baby's arm",
    ])
    func bruiseIsPossible(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .possible, "\(text)")
    }
    @Test(arguments: ["the nursery phoned to say he has a burn on his hand"])
    func otherInjuryIsPossible(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .possible, "\(text)")
    }
    @Test(arguments: [
        "we at the nursery noticed a bruise on her cheek this morning",
        "I work at the nursery and I saw a mark on his back",
    ])
    func nurserySpeakingIsPresent(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["the nursery say she arrives in the same soaked nappy every day"])
    func neglectRecordedStays(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }
}
