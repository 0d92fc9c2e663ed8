import Testing

@testable import CurioCore

/// A conditional whose "if" comes after the act, said by a woman or the speaker of a man who
/// might do something ("she'd hit him if he tried it", "I'd throttle him if he woke the baby",
/// "she'd hurt him if he touched the baby"): no act is told, so no injury, and the one
/// threatened is the one who would touch, wake or hurt, not the baby: no danger. A threat to
/// the baby ("he'd shake her if she didn't stop, he says") and a man's threat to her ("he'll
/// kill her if she tries to leave") are threats told and stay danger.
@Suite("Conditional harm to another person")
struct ConditionalHarmToAnotherPersonTests {
    @Test(arguments: [
        "she'd thump him if he laid a finger on the baby",
        "I'd hit him if he touched her",
        "she'd smack him if he tried anything",
        "she'd slap him if he came near her again",
    ])
    func noActAndNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        "he'd shake her if she didn't stop, he says",
        "he'll kill her if she tries to leave",
        "he said he'd hurt the baby if she went to the police",
        "she says she'll hurt him if he doesn't stop crying",
    ])
    func aThreatToldStaysDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }
}
