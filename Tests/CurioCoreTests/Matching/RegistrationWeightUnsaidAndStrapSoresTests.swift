import Testing

@testable import CurioCore

/// Three kinds of neglect a held-out probe (BO) found missed, each a critical miss: the baby not
/// registered with a GP, told of the parents ("they haven't registered her with a GP"); weight
/// gain doubted with "enough" and the weight left unsaid ("he's not putting on enough"); and
/// skin rubbed raw by straps left on for days. Look-alikes stay silent: the parent's own
/// registration, "enough" of something else.
@Suite("Registration, weight unsaid and strap sores")
struct RegistrationWeightUnsaidAndStrapSoresTests {
    @Test(arguments: [
        "they haven't registered her with a GP",
        "mum never registered him with the surgery",
        "he's not putting on enough",
        "she isn't gaining enough, we've only weighed her the once",
        "raw sores under her arms where the straps had rubbed for days",
        "sores where the harness rubbed for hours",
    ])
    func isNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    @Test func aWorryMakesItPossible() {
        #expect(MatcherFixture.status(.neglect, in: "I'm a bit worried he's not putting on enough, but we've only weighed him once") == .possible)
    }

    @Test(arguments: ["mum hasn't registered with a GP yet", "she's not putting on enough makeup to hide it", "he hasn't put enough on the bill"])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }
}
