import Testing

@testable import CurioCore

/// A baby alone in a car: "nobody about" (the British "around"), the weather or the windows told
/// between the car seat and who is missing, or left in a hot or locked car. Danger now and
/// neglect. A parked car with no baby in it stays silent.
@Suite("Baby alone in a car, nobody about")
struct BabyAloneInACarNobodyAboutTests {
    @Test(arguments: [
        "a baby in a car seat in the car park, engine off, windows shut, boiling today, nobody about",
        "the baby's been left in a hot car outside the gym",
        "she left her in a locked car while she went into the bookies",
    ])
    func isDangerAndNeglect(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["dad left the car in the hospital car park overnight", "he left his keys in a locked car"])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }
}
