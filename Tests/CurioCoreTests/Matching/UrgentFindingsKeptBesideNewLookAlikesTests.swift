import Testing

@testable import CurioCore

/// This session's look-alikes (a grown-up's own bruise or burn, another household's children, the
/// mother's "baby blues", a carer with the baby on their own, a danger told as over, a documented
/// birthmark, "burning up" with a fever, a denial's long reach) must not take an urgent finding
/// that is the baby's: the baby back from nan's covered in bruises, a heading's "Neighbour: burn to
/// his hand", the family next door telling of the baby left alone, a child left with the baby alone,
/// a threat now after an arrest gone by, a bruise noted beside a birthmark, burns up his arm, a
/// bruise found after "nobody noticed until ...". The look-alikes themselves stay silent.
@Suite("Urgent findings kept beside new look-alikes")
struct UrgentFindingsKeptBesideNewLookAlikesTests {
    @Test(arguments: [
        "He came back from his nan's covered in bruises",
        "after a weekend at grandad's bruising on his arms",
        "picked him up from nans bruising to his cheek",
        "Concern raised by maternal grandmother - bruising to his face",
        "Call from friend - bruises on his back",
        "grandad: bruising on his ear",
        "nans got a bruise on his arm, she says the baby grabbed her",
        "Nobody noticed until nursery changed him at lunchtime that he had bruises on his back",
        "mum hadn't realised until she was changing his nappy this morning that there's a bruise on his thigh",
        "I haven't seen her since Tuesday when she had finger marks on her arm",
        "a purple mark on his back, noted at the visit as well as his birthmark",
        "dark marks on her bottom were noted at the visit as well as her birthmark",
        "mongolian blue spot on his face appeared this week",
        "mate I'm telling you the baby has bruises all over him",
    ])
    func bruiseStaysPresent(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "Referral from neighbour: bruising to L cheek",
    ])
    func bruiseToldByAnotherStaysPossible(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .possible, "\(text)")
    }
    @Test(arguments: [
        "Neighbour: burn to his hand",
    ])
    func injuryToldByAnotherStaysPossible(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .possible, "\(text)")
    }
    @Test(arguments: [
        "back from nan's burns on his hands",
        "he has little round burns up his arm",
        "she has burns up her legs from the radiator",
    ])
    func injuryStaysPresent(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "The family next door say the baby is left on his own all day",
        "the kids next door said the baby is left alone for hours",
        "Her sister's son was babysitting and left the baby on his own",
        "the neighbours kids found the baby alone in the flat",
        "The toddler next door was home alone, the baby was on his own too",
        "dad has got the baby blue and limp on the sofa",
        "she left the 5 year old with the baby alone in the house",
        "the toddler is with the baby on his own in the flat",
        "she left her 10 year old in charge with the baby on her own at night",
        "he's threatening to kill the baby and the police took him away last week for the same thing",
        "he's threatening to kill the baby, police took him away last time but they let him go",
        "he was smashing the place up earlier, he's gone out but says he'll be back to finish it",
        "he was kicking the door in this morning, police took him but he's back now",
        "he threatened to smother the baby, the police have taken him away but his cousin is here now threatening us",
    ])
    func dangerStaysPresent(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "the family upstairs told me the baby hasn't been fed all day",
        "advised against leaving him alone in the car again",
    ])
    func neglectStaysPresent(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "grandma is covered in bruises",
        "nans got a bruise on her face",
        "grandad has got a bruise on his arm from the garden",
    ])
    func aGrownUpsOwnBruiseStaysSilent(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "the neighbours kids are left on their own all the time",
        "his brother's children are neglected",
    ])
    func anotherHouseholdsChildrenStaySilent(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "mum says it's just the baby blues",
        "mum is with the baby on her own at the flat in the evenings",
    ])
    func noDangerFromTheLookAlikes(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }
    @Test func aFeverIsNoBurn() {
        #expect(MatcherFixture.status(.otherInjury, in: "he was burning up with a temperature") == nil)
    }
    @Test func aDocumentedBirthmarkIsNoBruise() {
        #expect(MatcherFixture.status(.bruising, in: "blue patch on his lower back noted at the newborn check as a Mongolian blue spot") == nil)
    }
    /// "I'd say" (its "'d" read as "would") is the caller's guess, a hedge, not a hypothetical.
    @Test(arguments: [
        "I'd say he's been left on his own all day",
        "id say it's a bruise on his cheek",
    ])
    func aGuessWithIdSayIsPossible(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .possible || MatcherFixture.status(.bruising, in: text) == .possible, "\(text)")
    }
    @Test func aGuessOfNothingIsNoFinding() {
        #expect(MatcherFixture.status(.bruising, in: "I'd say no marks on him") == nil)
    }
}
