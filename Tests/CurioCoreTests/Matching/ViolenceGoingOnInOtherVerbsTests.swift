import Testing

@testable import CurioCore

/// Violence going on told by other verbs ("he's pushing her around the kitchen", "he is
/// grabbing mum by the arms", "he's lashing out at everyone", "they are physically fighting"):
/// violence now (`now.violence`), so with the baby there, in the same answer or another, danger
/// now. A baby lashing out, or "pushing her" to get help or in the pram, is no violence.
@Suite("Violence going on in other verbs")
struct ViolenceGoingOnInOtherVerbsTests {
    static func violence(_ text: String) -> FindingStatus? {
        MatcherFixture.matcher.match(text).situations.first { $0.id == "now.violence" }?.status
    }

    @Test(arguments: [
        "he's pushing her around the kitchen", "he is grabbing mum by the arms", "he's lashing out at everyone",
        "dad is lashing out", "they are physically fighting",
    ])
    func isViolenceNow(text: String) {
        #expect(Self.violence(text) == .present, "\(text)")
    }

    @Test(arguments: [
        "he's pushing her around the kitchen and the baby is there", "they are physically fighting and the baby is in the room",
    ])
    func withTheBabyThereIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// The baby said "right there" or "just in the next room" is where it is happening.
    @Test(arguments: [
        "he's pushing her around the kitchen. The baby is right there in the kitchen with them.",
        "they are physically fighting, the baby is just in the next room",
    ])
    func theBabyRightThereIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "the baby is lashing out at the breast", "6 weeks, she is lashing out at the breast",
        "he keeps pushing her to get help", "she is pushing her in the pram",
        "he used to lash out at her",
    ])
    func lookAlikesAreNoViolenceNow(text: String) {
        #expect(Self.violence(text) == nil, "\(text)")
    }
}
