import Testing

@testable import CurioCore

/// Another young person's self-harm or mental ill health (the parent's teenager named by an age
/// in short, "her 15yo", "his 14 y/o son"; the parent's younger or teenage sister) is theirs, not
/// the parent's. A parent who is young, or a partner named by an age, keeps their own.
@Suite("Another young person's mental health")
struct AnotherYoungPersonsMentalHealthTests {
    @Test(arguments: [
        "Her 16yo from a previous relationship is self-harming and open to CAMHS.",
        "His 14 y/o son has been cutting himself.",
        "Her 13yo daughter has anorexia.",
        "Mum's younger sister has anxiety and stays some nights.",
        "Her son, 15, has been self-harming.",
        "Her daughter (14) has anxiety.",
        "Dad's daughter from a previous relationship self-harms.",
    ])
    func isNotTheParents(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == nil, "\(text)")
    }
    @Test func anEldestsCareIsNotTheParents() {
        #expect(MatcherFixture.status(.childhoodInCare, in: "Her eldest (15) was taken into care last year.") == nil)
    }
    @Test(arguments: [
        "Her 15yo is doing well at school, and mum has PND.",
        "Mum is 17 and self-harming.",
        "Her 19 year old partner is self-harming.",
        "Her daughter, 3 months, is unsettled and she is low.",
        "She's very anxious about her son.",
    ])
    func theParentsOwnStays(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
    }
}
