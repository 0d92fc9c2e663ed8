import Testing

@testable import CurioCore

/// A police handover's shorthand for the couple ("male had punched female", "male partner
/// strangled female last night", "the male threw a mug at the female"), a threat to her made in
/// front of the baby now ("he's threatening to stab her in front of the baby": "her" is the
/// mother), and a threat to her told as past ("he threatened to kill her last month"): domestic
/// abuse; so are "ABH on female" and an assault on her with what it caused her ("causing a cut
/// lip": her injury, not the baby's). Men or women who are not the couple ("male youth punched
/// another male") give nothing.
@Suite("Police handover: male and female")
struct PoliceHandoverMaleAndFemaleTests {
    @Test(arguments: [
        "called to the address at 23:40, male had punched female, both intoxicated",
        "male partner strangled female last night, police attended",
        "DV call-out: male kicked female victim, arrested at scene",
        "the male threw a mug at the female, baby in the room",
        "he is threatening to kill her in front of the kids",
        "he threatened to kill her last month",
        "dad threatened to strangle her months ago",
    ])
    func isDomesticAbuse(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "male has assaulted female partner causing a cut lip, baby 3 months present",
        "male arrested for ABH on female, 2 children in the house",
    ])
    func assaultOnHerAndWhatItCausedIsAbuseNotTheBabysInjury(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }

    @Test func babysOwnInjuryAfterStays() {
        let text = "he punched her causing a cut lip and the baby has a bruise on his arm"
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present)
        #expect(MatcherFixture.status(.bruising, in: text) == .present)
    }

    @Test func threatInFrontOfTheBabyStaysADanger() {
        #expect(MatcherFixture.status(.immediateDanger, in: "he's threatening to stab her in front of the baby") == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: "he's threatening to stab her in front of the baby") == .present)
    }

    @Test(arguments: [
        "male youth punched another male outside the shop",
        "the male officer spoke to the female",
    ])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == nil, "\(text)")
    }
}
