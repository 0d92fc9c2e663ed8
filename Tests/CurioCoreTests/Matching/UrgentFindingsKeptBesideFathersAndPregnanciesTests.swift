import Testing

@testable import CurioCore

/// The pregnancy and father rules must not take an urgent finding, make a born baby unborn, turn
/// a denial into a finding or lose a pregnancy. "Her bump" may be a baby girl's bump from a knock:
/// it is the mother's only with a man's blow told after it or a pregnancy told before it. A
/// feed, jab or weighing overdue, a test or a "period" of the baby's, an appointment due in a
/// month, and a baby of 24 to 42 weeks drinking from a cup or with a high temperature are a born
/// baby's. "No bruising on her bump" and "nan is pregnant and so is mum" keep the pregnancy;
/// paternity never disputed is a father known. Not knowing who did it ("hasn't a clue who
/// bruised him") leaves the injury there, and is no unknown father unless the father is named.
@Suite("Urgent findings kept beside fathers and pregnancies")
struct UrgentFindingsKeptBesideFathersAndPregnanciesTests {
    @Test(arguments: [
        "she fell off the sofa and now her bump is bruised",
        "baby rolled off the changing mat, there's bruising on her bump",
        "a mark on her bump above her eye from the cot",
        "her bump has gone down a bit but her bump is bruised",
    ])
    func babyGirlsBruisedBumpIsABruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "she's 31 weeks and there are bruises on her bump",
        "bruising across her bump where her partner kicked her",
        "mum's bump is black and blue",
    ])
    func mothersBruisedBumpIsAPregnancy(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "no marks on her bump, but a bruise behind the toddler's ear was noted",
        "no bruising to mum's bump",
    ])
    func noBruiseOnTheBumpKeepsThePregnancy(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "the baby's overdue a bottle and mum is passed out on the floor",
        "she's overdue her feed and has a bruise on her cheek",
        "he's 3 days overdue his jabs, there's a burn on his hand",
        "the baby is overdue for weighing again",
        "baby has had a positive test, it's bronchiolitis",
        "the baby has missed a period of time at nursery with a bruise on her back",
        "she's due at clinic in March with a bruise on her cheek",
        "she's due surgery in July for the skull fracture",
        "she's 26 weeks and drinking from a cup now, bruise on her ear",
        "she's 30 weeks and high temperature, not feeding",
        "she's 33 weeks and using her hands to feed herself",
    ])
    func bornBabyStaysBorn(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "the baby's overdue a bottle and mum is passed out on the floor",
        "the baby is two weeks overdue for his jabs and mum is passed out drunk",
    ])
    func carerPassedOutStaysDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "she's overdue and being induced on Friday",
        "mum is 9 days overdue",
        "she's had a positive test, about 5 weeks",
        "mum has missed her period",
        "she's due at the end of August",
        "nan is pregnant and so is mum",
        "she's 29 weeks and drinking every night",
    ])
    func pregnancyStays(text: String) {
        let status = MatcherFixture.status(.unborn, in: text)
        #expect(status == .present || status == .possible, "\(text)")
    }
    @Test(arguments: [
        "she has had a positive test on her hair strand",
        "mum has had a positive test for cocaine",
    ])
    func positiveDrugTestIsNoPregnancy(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "dad has never disputed paternity",
        "he doesn't deny the baby is his",
        "her partner has never questioned paternity and is on the certificate",
    ])
    func paternityNeverDisputedIsAbsent(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .absent, "\(text)")
    }
    @Test(arguments: [
        "mum hasn't a clue who bruised her, he says it wasn't him",
        "she doesn't know who bruised his arm",
    ])
    func notKnowingWhoBruisedKeepsTheBruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["not a clue who hit the baby, he says"])
    func notKnowingWhoHitKeepsTheInjury(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["she hasn't a clue who he is", "not a clue where he is now"])
    func notAClueWhoHeIsStaysUnknown(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .present, "\(text)")
    }
}
