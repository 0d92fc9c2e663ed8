import Testing

@testable import CurioCore

/// Feeds made up and then left out overnight are unsafe feeding, neglect (cold tap water alone
/// stays a doubt). A relative named with the side of the family who rang, then a dash or colon
/// ("Maternal grandmother rang - says...") reports second-hand: possible.
@Suite("Feeds left out, and the side of the family calling")
struct FeedsLeftOutAndSideOfTheFamilyCallingTests {
    @Test func feedsLeftOut() {
        #expect(MatcherFixture.status(.neglect, in: "Bottles made up with cold tap water and left out overnight.") == .present)
        #expect(MatcherFixture.status(.neglect, in: "Feeds made up with cold tap water.") == .possible)
    }
    @Test func sideOfTheFamilyCalling() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "Maternal grandmother rang - says dad is drinking every night.") == .possible)
        #expect(MatcherFixture.status(.bruising, in: "Paternal aunt phoned: saw marks on the baby's arms at the weekend.") == .possible)
    }
}
