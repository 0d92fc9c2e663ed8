import Testing

@testable import CurioCore

/// Callers' scenes found missed by gn's held-back half (after it was measured): a mark told by
/// its shape, a dark band round a limb, dark bits in the mouth; skin mottled and purple (maybe a
/// bruise); weight not moving since birth or discharge, no food in for days, a baby left with a
/// child told by age, in a freezing room in just a nappy, caked in old dirt; a baby held by a limb
/// and swung, a chest sucking in; a dent in the head, a limb twisted with pain, a burn by what did
/// it; a weapon in the home with the baby there; screaming for hours with nobody there.
/// Look-alikes: a habit told ("dad swings him round by his ankles" stays a possible injury), an
/// adult brother, sick after a feed, a weepy rash.
@Suite("Scenes measured held back, then fixed")
struct ScenesMeasuredHeldBackThenFixedTests {
    @Test(arguments: ["there's the outline of fingers on her cheek", "he's got a dark band around his ankle", "there are blue bits inside his lip"])
    func isBruising(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["his back is all mottled and purple"])
    func isPossibleBruising(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .possible, "\(text)")
    }

    @Test(arguments: [
        "his weight hasn't budged since discharge", "she's exactly the same weight as when she was born",
        "there's been no food in the house for days", "mum leaves him with his 8 year old sister when she goes out",
        "he's in a freezing bedroom with just a nappy", "she's caked in old poo and her vest is stiff",
    ])
    func isNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "he's got her by the ankle and he's swinging her", "his ribs are sucking in with every breath",
        "there's a man with a knife in the kitchen and the baby is in the room",
    ])
    func isDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["the baby's been screaming for hours and nobody's there"])
    func isPossibleDangerAndNeglect(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .possible, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
    }

    @Test(arguments: [
        "she's got a dent in her head since he dropped her", "his arm's all twisted and he screams if you touch it",
        "she's had a kettle of water go over her and her arm is blistered",
    ])
    func isAnotherInjury(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    @Test func lookAlikes() {
        #expect(MatcherFixture.status(.immediateDanger, in: "dad swings him round by his ankles") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "dad swings him round by his ankles") == .possible)
        #expect(MatcherFixture.status(.neglect, in: "left the baby with her 19 year old brother") == nil)
        #expect(MatcherFixture.status(.neglect, in: "She was covered in sick after the feed, mum changed her.") == nil)
        #expect(MatcherFixture.status(.mentalHealth, in: "her eczema's all weepy") == nil)
    }
}
