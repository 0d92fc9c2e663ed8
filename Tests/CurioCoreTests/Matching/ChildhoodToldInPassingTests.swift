import Testing

@testable import CurioCore

/// A parent's own childhood told in passing: harm "as a kid" or "as a teenager" whoever did it,
/// her father's violence to her mother seen or repeated now ("just like her dad did to her
/// mum"), and a childhood she will not talk about (possible). A bare "her dad hit her mum last
/// night" may be the baby's parents and stays domestic abuse.
@Suite("Childhood told in passing")
struct ChildhoodToldInPassingTests {
    @Test(arguments: [
        "he was beaten as a boy by his grandad",
        "mum was molested as a teenager by a family friend",
        "he pushes her about, just like her dad did to her mum",
        "he remembers his father battering his mother",
    ])
    func isAdverseChildhood(text: String) {
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["she refuses to talk about her upbringing", "something about his childhood he won't go into"])
    func reticenceIsPossible(text: String) {
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == .possible, "\(text)")
    }
    @Test(arguments: ["her dad hit her mum last night"])
    func babysParentsStayAbuse(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == nil, "\(text)")
    }
}
