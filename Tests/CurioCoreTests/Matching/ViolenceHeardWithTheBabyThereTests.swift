import Testing

@testable import CurioCore

/// Violence going on told by what is seen or heard (held against the fridge, yelling at one
/// another, shouting and things smashing, "he may be hitting her"), with the baby told to be there
/// by its crying in the cot or by being right there: danger now (the noise or the doubt makes it
/// possible). A habit, a fight told with its time, and a baby crying for her bottle stay silent.
@Suite("Violence heard with the baby there")
struct ViolenceHeardWithTheBabyThereTests {
    @Test(arguments: ["he's got mum up against the fridge and the baby's crying in her cot",
        "mum and dad are yelling at one another and the baby is right there",
        "the little one is wailing in her cot and they're screaming at each other"])
    func isDangerNow(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["I can hear shouting and things smashing, and the baby's screaming in the cot",
        "I think he may be hitting her, the baby is in the house"])
    func heardOrDoubtedIsPossibleDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .possible, "\(text)")
    }

    @Test(arguments: ["they're screaming at each other all the time, the baby is at nan's",
        "he had her pinned against the door last year", "the baby's crying in the bouncer, she wants her bottle",
        "there was shouting and banging last night, the baby's with her dad"])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }
}
