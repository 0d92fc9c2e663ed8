import Testing

@testable import CurioCore

/// A neighbour or a relative who says she heard or saw it ("her neighbour says she's heard him
/// hitting her through the wall most nights", "nan says she's heard him hitting her"): a report
/// about the parents, second-hand (possible), not the neighbour's or the relative's own abuse.
/// What a relative says of herself ("nan says she's seen the GP about her depression") stays hers,
/// and a bruise she saw stays second-hand.
@Suite("Neighbour says she heard")
struct NeighbourSaysSheHeardTests {
    @Test(arguments: [
        "her neighbour says she's heard him hitting her through the wall most nights",
        "neighbour says she's heard him hitting her",
        "nan says she's heard him hitting her",
        "the neighbour says she saw him drag her inside by her hair",
    ])
    func isPossibleAbuse(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .possible, "\(text)")
    }

    @Test func relativesOwnConditionStaysHers() {
        #expect(MatcherFixture.status(.mentalHealth, in: "nan says she's seen the GP about her depression") == nil)
    }

    @Test func bruiseSheSawStaysSecondHand() {
        #expect(MatcherFixture.status(.bruising, in: "Nan says she saw a bruise on his back") == .possible)
    }
}
