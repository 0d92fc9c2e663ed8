import Testing

@testable import CurioCore

/// Faltering growth and unmet care as health records write them: birth weight as "BW", the
/// weight "on the 0.4th", "emaciated", cow's milk given to a young baby or tea or pop in a
/// bottle, a home infested, a baby without supervision or dressed for no weather; a prescribed
/// medicine not given is a suspicion (possible), as a reflux medicine stopped already was.
/// Look-alikes: a grown-up given tea, a pet's fleas, a supervision order.
@Suite("Neglect in health-record words")
struct NeglectInHealthRecordWordsTests {
    /// Neglect in a health record's words.
    @Test(arguments: [
        "still below BW at 3 weeks",
        "weight now at the 0.4th",
        "o/e emaciated, skin hanging",
        "mum feeding her cows milk at 5 wks",
        "squash in her bottle",
        "cockroaches in the kitchen and bed bugs in the cot",
        "baby left with minimal supervision",
        "inadequately dressed in the snow",
    ])
    func neglectInRecordWords(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// A baby's prescribed medicine not given.
    @Test(arguments: [
        "mum isn't giving him the prescribed antibiotics",
    ])
    func medicineNotGivenIsASuspicion(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
    }

    /// A grown-up's tea, a pet's fleas, an order in place.
    @Test(arguments: [
        "nan was given tea and biscuits",
        "the dog has fleas, treated",
        "supervision order in place",
        "no supervision concerns",
    ])
    func noNeglectInTheseWords(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }
}
