import Testing

@testable import CurioCore

/// A parent's mood told as a scene rather than a label: checking the baby is breathing over and
/// over, unable to sleep for worry, unable to get out of bed (a mood to ask about, possible);
/// low all through the pregnancy and never told anyone (untreated, longer than the concealed
/// pregnancy's look-alike). A single check by a professional, and a baby who can't get up, are
/// no parent's ill health.
@Suite("Low or worried told as a scene")
struct LowOrWorriedToldAsASceneTests {
    @Test(arguments: [
        "dad keeps checking the baby is still breathing",
        "she can't sleep for worrying about him",
        "mum is struggling to get out of bed in the mornings",
    ])
    func isPossibleMentalHealth(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .possible, "\(text)")
    }
    @Test(arguments: ["she was down throughout her pregnancy and never told the midwife"])
    func isUntreated(text: String) {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["the HV checked he was breathing normally", "she can't get up the stairs with the pram"])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == nil, "\(text)")
    }
}
