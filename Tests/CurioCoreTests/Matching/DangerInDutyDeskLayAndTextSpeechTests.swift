import Testing

@testable import CurioCore

/// A carer very drunk or high in Scots, Northern or note words ("mortal", "bevvied", "monged
/// out", "paralytic" with the verb left out) and in charge of the baby ("bb in her arms", "sole
/// carer"); violence going on "now" at the clause's end; "theyre fighting" typed without its
/// apostrophe with the baby there: immediate danger. Look-alikes: a habit of hitting told with
/// "now and then" or "now for years", "mortal" of a sin, a ceiling plastered.
@Suite("Danger in duty-desk lay and text speech")
struct DangerInDutyDeskLayAndTextSpeechTests {
    /// A carer impaired and in charge, or violence now with the baby there.
    @Test(arguments: [
        "nan's mortal and she's got the bairn",
        "mum paralytic, the baby in her arms",
        "dad bevvied, sole carer tonight",
        "boyfriend punching mum now, baby upstairs",
        "theyre fighting n the baby is in the flat",
        "rang 111, bb gone limp and grey, advised 999",
    ])
    func dangerNow(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// A habit, not now; words that only look like drink.
    @Test(arguments: [
        "he has been hitting her now for years, baby not born then",
        "dad plastered the hallway at the weekend",
        "it felt like a mortal sin to her",
    ])
    func noDangerNow(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }
}
