import Testing

@testable import CurioCore

/// Who the father is stays unsettled when he disputes paternity ("he says the baby isn't his",
/// "dad has disputed paternity", "her ex denies the baby is his"), and a man about the baby is
/// unknown to services when no checks have been done on him ("new bloke on the scene, no checks
/// done", "we haven't done any checks on the new boyfriend") or his name is kept back ("dad's name
/// wasn't given at booking"). All are `father.unknown` present. A father's "the baby isn't his" is
/// no delusion (`parent.mental_health` stays silent; a mother's "isn't hers" still is one). The
/// urgent findings told beside them stay.
@Suite("Paternity disputed and unchecked men")
struct PaternityDisputedAndUncheckedMenTests {
    @Test(arguments: [
        "he says the baby isn't his",
        "dad's convinced the baby is not his, wants a test",
        "dad has disputed paternity",
        "mum's ex denies the baby is his",
        "new bloke on the scene, no checks done",
        "we haven't done any checks on the new boyfriend",
        "mum's new partner is living there but hasn't been checked",
        "there's a new fella on the scene, no name yet",
        "dad's name wasn't given at booking",
        "mum's keeping dad's identity to herself",
        "not a clue who the father is",
        "the dad could be one of a couple of lads",
        "baby's dad is 'just someone from Snapchat'",
    ])
    func isUnknown(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["it's not his fault", "he says it isn't his turn to feed"])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == nil, "\(text)")
    }

    @Test func fathersDenialIsNoDelusion() {
        #expect(MatcherFixture.status(.mentalHealth, in: "he says the baby isn't his") == nil)
        #expect(MatcherFixture.status(.mentalHealth, in: "she keeps saying the baby isn't hers") == .present)
    }

    @Test(arguments: [
        "new bloke on the scene, no checks done, and the baby has a bruise on her cheek",
        "he says the baby isn't his and there's a fingertip bruise on her arm",
    ])
    func keepsTheBruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "mum's new partner hasn't been checked and he's shaking the baby right now",
        "dad denies the baby is his and is threatening to kill him tonight",
    ])
    func keepsTheDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }
}

/// A man staying or round at the home whom nobody names ("not sure who", "won't say who") is an
/// unknown male carer; a caller or a tradesman nobody named is not.
@Suite("Man staying, nobody says who")
struct ManStayingNobodySaysWhoTests {
    @Test(arguments: [
        "some bloke's been staying at mum's, not sure who",
        "mum's got a man round most nights and won't say who",
    ])
    func isUnknown(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "someone rang the office, not sure who",
        "a man from the gas board called, not sure who",
    ])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == nil, "\(text)")
    }
}
