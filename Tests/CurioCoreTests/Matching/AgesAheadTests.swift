import Testing

@testable import CurioCore

/// An age the baby will reach, told in a clause of time ahead ("when he's 6 months we'll start
/// weaning", "a holiday when the baby's three weeks old", "until she turns 12 weeks"), is no
/// age now: read as one, a plan made a newborn three weeks old or an unknown baby six months.
/// The lead ("when", "once", "until") stands just before the baby and a present verb (or a
/// noun's "'s"); a past verb tells an age of the past, and a lead farther off opens another
/// clause, so both are read as before. Words in `facts.yaml` (`ahead_leads`, `ahead_verbs`).
@Suite("Ages ahead")
struct AgesAheadTests {
    @Test(arguments: [
        "planning a holiday to Ibiza when the baby's three weeks old",
        "when he's 6 months we'll start weaning",
        "she'll go back to work when he's 12 weeks",
        "until she turns about 12 weeks she sleeps in the moses basket",
        "once he gets to 4 months we'll move him into his own room",
    ])
    func anAgeAheadIsNoAgeNow(text: String) {
        #expect(MatcherFixture.age(text) == nil, "\(text)")
    }

    @Test(arguments: [
        ("when she was 3 weeks old she had a bruise on her arm", 3.0),
        ("He's 6 weeks old, and when I visited he had a bruise", 6.0),
        ("when I saw him he's 6 weeks old and had a bruise", 6.0),
        ("once she's 3 months she'll go to nursery; she's 6 weeks now", 6.0),
        ("When seen, baby is 6 weeks old with a bruise", 6.0),
    ])
    func agesNowAndPastAgesAreStillRead(text: String, weeks: Double) {
        #expect(MatcherFixture.age(text) == weeks, "\(text)")
    }
}
