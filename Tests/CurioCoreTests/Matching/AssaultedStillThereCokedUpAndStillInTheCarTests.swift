import Testing

@testable import CurioCore

/// Mum assaulted and the man still there with the baby ("she's been attacked and her boyfriend
/// is still in the flat with the kids"); a carer "coked up" or "smacked up" alone with the baby;
/// a carer found collapsed or drunk with the baby; a baby still in a car alone ("has been in the
/// car by himself since lunchtime"): danger now. Told as over ("was in the car on his own for an
/// hour last week", "beaten for years") they are not.
@Suite("Assaulted and he is still there, coked up, still in the car")
struct AssaultedStillThereCokedUpAndStillInTheCarTests {
    @Test(arguments: [
        "she's been attacked and her boyfriend is still in the flat with the kids",
        "mum's smacked up and is on her own with him",
        "he was found passed out on the bus with the baby in the buggy",
        "the baby has been in the car by himself since lunchtime",
    ])
    func isDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["the baby was in the car on his own for an hour last week",
                      "she's been beaten for years by him, the baby is at home"])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["she is currently with child", "not delivered yet, she's 37 weeks"])
    func isUnborn(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["the parcel was not delivered, she's 8 weeks", "mum with child, 6 weeks old"])
    func bornBabyStaysBorn(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == nil, "\(text)")
    }
}
