import Testing

@testable import CurioCore

/// A baby who moves by any means (bottom-shuffling, cruising, a commando crawl) is mobile, even
/// when another milestone is denied or not wanted beside it ("bum-shuffles everywhere, no
/// interest in crawling", "never crawled, went straight to cruising"). The mobility itself
/// denied, or a brother's or sister's, leaves the baby pre-mobile.
@Suite("Mobile by any means with another milestone denied")
struct MobileByAnyMeansWithAnotherMilestoneDeniedTests {
    @Test(arguments: [
        "She bottom-shuffles all over the lounge, no interest in crawling.",
        "He cruises round the sofa, never crawled.",
        "Commando crawls everywhere, never bothered crawling properly.",
        "Not crawling - she bum shuffles instead.",
        "Not interested in crawling, bottom shuffles everywhere.",
        "He never crawled, went straight to cruising.",
        "He drags himself along the carpet on his tummy.",
        "She commando crawls - hasn't got the hang of proper crawling.",
        "Gets everywhere on his bum, won't crawl.",
        "Doesn't crawl - pulls himself up on the sofa and cruises.",
        "Never crawled, just got up and walked.",
        "Crawling? No - she shuffles on her bottom.",
        "She's not a crawler, she's a shuffler.",
    ])
    func isMobile(text: String) {
        #expect(MatcherFixture.status(.preMobile, in: text) == .absent, "\(text)")
    }
    @Test(arguments: [
        "Doesn't shuffle, no interest in crawling.",
        "Not cruising, never crawled.",
        "Her brother walks everywhere, she has no interest in crawling.",
        "not crawling yet - he just rolls",
        "Rolling front to back, no crawling, no bottom shuffling.",
        "Not crawling, her brother crawls.",
        "Crawling? No - she just rolls.",
    ])
    func staysPreMobile(text: String) {
        #expect(MatcherFixture.status(.preMobile, in: text) == .present, "\(text)")
    }
}
