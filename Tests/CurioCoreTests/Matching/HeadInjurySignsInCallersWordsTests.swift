import Testing

@testable import CurioCore

/// Signs of a head injury told as a caller sees them, without an injury's word: unequal pupils
/// ("one of her pupils is much bigger than the other"), the fontanelle called the soft spot and
/// bulging or tense, and drowsiness or vomiting after "the fall" already told, no height named.
/// Another injury (refer). The caller's own sickness after her own fall, a soft spot that is
/// soft and flat, and equal pupils stay silent.
@Suite("Head injury signs in a caller's words")
struct HeadInjurySignsInCallersWordsTests {
    @Test(arguments: [
        "his left pupil is a lot bigger than his right", "one of her pupils is much bigger than the other",
        "his pupils are uneven", "the soft spot on top of her head is really swollen", "her soft spot's gone all tense",
        "she's been drowsy ever since the fall", "he's been vomiting since the fall this morning",
    ])
    func isAnotherInjury(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["I've been dizzy since the fall", "I was sick after the fall", "the soft spot is soft and flat", "his pupils are equal and reactive"])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }
}
