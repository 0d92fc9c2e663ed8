import Testing

@testable import CurioCore

/// A parent who believes a baby is spoilt by being picked up, must be left to cry for long to
/// learn, or that a crying baby need not be comforted, has naive ideas of what a baby needs
/// (Child D). Told with "if" or "doesn't want to", the condition and the denial are the belief's
/// own; left for hours it is neglect too. A parent's word about the baby's crying is her own
/// account ("she says he cries on purpose"), present. Advice that a baby cannot be spoilt, and a
/// few minutes' crying while a bottle is made, stay silent.
@Suite("Baby spoilt or taught by crying")
struct BabySpoiltOrTaughtByCryingTests {
    @Test(arguments: [
        "dad reckons if you cuddle her every time she grizzles you'll spoil her",
        "she says she doesn't want to make a rod for her own back",
        "dad lets him cry it out, says he has to learn who's boss",
        "mum doesn't see why she should go to him every time he cries",
        "mum says she cries deliberately to get at her",
    ])
    func isNaive(text: String) {
        #expect(MatcherFixture.status(.naiveExpectations, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["they leave her screaming in the moses basket for hours so she learns to settle"])
    func leftForHoursIsNaiveAndNeglect(text: String) {
        #expect(MatcherFixture.status(.naiveExpectations, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["she left him to cry for five minutes while she made a bottle"])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.naiveExpectations, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["advised mum that you cannot spoil a newborn by holding him"])
    func adviceIsNoNaivety(text: String) {
        #expect(MatcherFixture.status(.naiveExpectations, in: text) != .present, "\(text)")
    }
}

/// The spoiling told with the baby as its subject ("he'll get spoilt if she holds him").
@Suite("Baby spoilt, told of the baby")
struct BabySpoiltToldOfTheBabyTests {
    @Test(arguments: ["she reckons he'll get spoilt if she holds him too much"])
    func isNaive(text: String) {
        #expect(MatcherFixture.status(.naiveExpectations, in: text) == .present, "\(text)")
    }
}
