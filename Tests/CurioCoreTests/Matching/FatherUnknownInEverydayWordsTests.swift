import Testing

@testable import CurioCore

/// The briefing warns that fathers are left off the record. Callers say it plainly: they
/// "couldn't tell you who the dad is", have "only a first name", he is "some bloke from down the
/// road", "never been part of his life", "left off the birth certificate", or a man is at the
/// house that nobody knows. Each is `father.unknown` present. Praise ("he's some lad") and a man
/// known only slightly ("we don't know him that well") stay silent.
@Suite("Father unknown in everyday words")
struct FatherUnknownInEverydayWordsTests {
    @Test(arguments: [
        "honestly she couldn't tell you who the baby's father is",
        "I don't even know who the dad is, mum's never said",
        "we've only got a first name for him, Ryan, and nothing else",
        "dad is some bloke from down the road, she says",
        "the father's never been part of his life",
        "the dad was left off the birth certificate",
        "there's a lad at the house we don't know, he answered the door",
    ])
    func isUnknown(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "he's some lad, that one, always grinning",
        "the man next door, we don't know him that well",
        "mum met the health visitor once",
    ])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == nil, "\(text)")
    }
}

/// "Dad's some lad from the estate" with its "'s" dropped, beside a burn that must stay.
@Suite("Father some lad, the burn kept")
struct FatherSomeLadBesideABurnTests {
    @Test(arguments: ["mum says dad's some lad from the estate, and the baby has a burn on his palm"])
    func bothFound(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["dad met some lad from work for a pint", "dad's some man for the football"])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == nil, "\(text)")
    }
}
