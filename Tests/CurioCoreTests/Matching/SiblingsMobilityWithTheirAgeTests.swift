import Testing

@testable import CurioCore

/// A brother's or sister's mobility told with their age between ("her brother is 2 and
/// walking", "his sister's 14 months and into everything") is theirs, not the baby's. Read as
/// the baby's, it denied the baby's own "not crawling yet" beside it, so a baby of 8 months not
/// yet crawling was reported mobile and lost the bruising protocol. The baby's own mobility
/// told beside a sibling's age still counts.
@Suite("Sibling's mobility told with their age")
struct SiblingsMobilityWithTheirAgeTests {
    @Test(arguments: [
        "her brother's 2 and crawling everywhere, the baby is 8 months and not crawling yet",
        "the baby is 7 months and not crawling yet, his sister is 3 and walking",
        "big brother, 4, runs about all day, the baby is 7 months and can't crawl",
    ])
    func babysOwnNonMobilityStays(text: String) {
        #expect(MatcherFixture.status(.preMobile, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "her sister is 18 months and has started walking",
        "his brother's 3 and into everything",
        "she's 26 weeks pregnant and her 1 year old is walking",
    ])
    func siblingsMobilityGivesNothing(text: String) {
        #expect(MatcherFixture.status(.preMobile, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        "she's 10 months and crawling, her brother is 3",
        "the baby's 9 months and pulling to stand and his sister is 4",
    ])
    func babysOwnMobilityStaysAbsent(text: String) {
        #expect(MatcherFixture.status(.preMobile, in: text) == .absent, "\(text)")
    }
}
