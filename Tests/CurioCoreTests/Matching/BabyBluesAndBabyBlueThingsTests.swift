import Testing

@testable import CurioCore

/// The mother's "baby blues" ("says it's 'baby blues'", "a touch of the baby blues") and "baby
/// blue" as the colour of a thing (a blanket, a painted room) are no baby gone blue: no danger.
/// ("Blues" reads as "blue", so only the words around them tell it.) A baby said to be blue stays
/// immediate danger.
@Suite("Baby blues and baby-blue things")
struct BabyBluesAndBabyBlueThingsTests {
    @Test(arguments: [
        "Mum tearful on day 4, says it's 'baby blues'.",
        "Mum thinks it's just the baby blues.",
        "She's got a touch of the baby blues, partner not present.",
        "He was wrapped in a baby blue blanket.",
        "The nursery is painted baby blue.",
        "Mum says the baby blues have kicked in.",
        "The baby's blue blanket is in the wash.",
    ])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["He said the baby's blue.", "I've just found the baby blue in his cot.", "The baby is blue and not breathing.", "The baby's blue and floppy."])
    func isDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }
}
