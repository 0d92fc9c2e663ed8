import Testing

@testable import CurioCore

/// Chat and quick notes clip words: "wnt", "cnt", "nuthin", "ain't been fed", "bruisez",
/// "brusin". Read as the words the cues are written with, so a baby who won't wake is danger,
/// nothing in the fridge or a baby not fed is neglect, and a text-speak bruise is a bruise;
/// "cnt see any marks" still denies.
@Suite("Text-speak for the critical factors")
struct TextSpeakForCriticalFactorsTests {
    /// A baby who won't wake, in text-speak.
    @Test(arguments: [
        "bb wnt wake up n hes grey",
        "mum cnt wake the baby",
    ])
    func dangerInTextSpeak(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// Nothing in, a baby not fed or washed, in text-speak.
    @Test(arguments: [
        "nuthin in the fridge for the baby",
        "the baby aint been fed since dinner",
        "bb aint had a bath for weeks",
    ])
    func neglectInTextSpeak(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// A bruise in text-speak.
    @Test(arguments: [
        "bruisez all down her back",
        "brusin on his cheek",
    ])
    func bruiseInTextSpeak(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    /// A denial in text-speak still denies.
    @Test(arguments: [
        "cnt see any bruises",
    ])
    func deniedInTextSpeak(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .absent, "\(text)")
    }
}
