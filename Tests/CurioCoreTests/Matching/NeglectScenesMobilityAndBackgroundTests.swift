import Testing

@testable import CurioCore

/// Classes from the s15b probes H and G: neglect told as a scene (a sodden nappy, soiled clothes, a
/// freezing or dangerous home, a carer drowsy through the feeds, missed weigh-ins), a relative's
/// worry about the baby's weight; mobility nearly there (pre-mobile) and a mobility stated after
/// "but" (mobile); negation in text-speak, over a drug's kind or smoking in a list, of a low
/// two-question screen, and the exception kept before "no concerns"; a relative who rings with
/// no concern; and background wordings (the parent's childhood, naive expectations, untreated
/// mental ill health, an unknown father, a pregnancy now, isolation) with their look-alikes.
/// Sentences written for the classes.
@Suite("Neglect scenes, mobility, lists and background wordings")
struct NeglectScenesMobilityAndBackgroundTests {

    /// Neglect told as a scene: a nappy soaked through, soiled clothes, a cold or dangerous home,
    /// rubbish piled up, nobody going to the crying baby, a carer drugged or asleep through the feeds,
    /// missed weigh-ins, a centile fall from the 9th.
    @Test(arguments: [
        "the little one was lying in a soaked nappy when we arrived",
        "she was dressed in a stained sleepsuit and smelt strongly",
        "bags of rubbish piled up by the front door",
        "there is no working boiler and it's January",
        "the baby was asleep in an unheated bedroom",
        "he cried for ages and nobody went to him",
        "dad was too sedated to get up for the night feeds",
        "she sleeps through his cries every night since starting the tablets",
        "mum has missed the last three weigh-ins",
        "weight has gone from the 9th to the 2nd centile",
        "live wires hanging out of the wall in the baby's room",
        "mouse droppings all along the kitchen worktop",
    ])
    func neglectToldAsAScene(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// A relative's worry about the baby's weight, or the baby too thin to them, said with words
    /// between.
    @Test(arguments: [
        "the baby's auntie is worried about the baby's weight",
        "her nan reckons the baby is really skinny",
    ])
    func aRelativesWorryAboutTheWeightIsPossibleNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
    }

    /// Look-alikes: the baby sleeping through its own feeds, a sleepy jaundiced baby, mum's own weight,
    /// a room freezing for a moment; a carer too drunk is substance misuse (and danger), not neglect
    /// here.
    @Test(arguments: [
        "the baby sleeps through her night feeds now",
        "baby too sleepy to feed, jaundiced, under the midwife",
        "nan is worried about mum's weight since the birth",
        "the room was freezing so we closed the window",
        "mum is too drunk to look after the baby tonight",
    ])
    func sceneLookAlikesAreNoNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// Mobility nearly there, or denied with its other kinds, is no mobility.
    @Test(arguments: [
        "at 9 months she is nearly crawling",
        "10 months, almost crawling but not quite there",
        "he's on the verge of crawling, bruise on his shin",
        "not crawling, and doesn't cruise or pull himself up",
        "not crawling but he doesn't pull himself up either",
    ])
    func mobilityNearlyThereIsPreMobile(text: String) {
        #expect(MatcherFixture.status(.preMobile, in: text) == .present, "\(text)")
    }

    /// A mobility stated after 'but' beside a denied one wins.
    @Test(arguments: [
        "she isn't crawling as such but she pulls herself up on the furniture",
        "not crawling yet but he does pull himself up on the coffee table",
        "he doesn't crawl but cruises round the settee",
    ])
    func mobilityStatedAfterADenialIsMobile(text: String) {
        #expect(MatcherFixture.status(.preMobile, in: text) == .absent, "\(text)")
    }

    /// A newborn in general is not this baby.
    @Test(arguments: [
        "she thinks a newborn will fit round her shifts",
    ])
    func aNewbornInGeneralIsNoBaby(text: String) {
        #expect(MatcherFixture.status(.preMobile, in: text) == nil, "\(text)")
    }

    /// The one concern named before "no concerns" is kept, not denied.
    @Test(arguments: [
        "Other than his weight, which has dropped from the 50th centile, no concerns.",
    ])
    func theExceptionBeforeNoConcernsIsKept(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// A list denied goes on over a kind of drug, smoking and vaping.
    @Test(arguments: [
        "dad doesn't smoke, vape, drink or take any drugs",
        "neither parent reports any alcohol problems, drug use or gambling",
    ])
    func aDeniedListGoesOnOverDrugKindsAndSmoking(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .absent, "\(text)")
    }

    /// A low two-question screen is no anxiety; what is denied stays denied.
    @Test(arguments: [
        "GAD-2 score 1, denies low mood",
    ])
    func aLowTwoQuestionScreenIsNoAnxiety(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .absent, "\(text)")
    }

    /// A low two-question screen says nothing.
    @Test(arguments: [
        "PHQ-2 0 at the visit",
    ])
    func aLowTwoQuestionScreenSaysNothing(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == nil, "\(text)")
    }

    /// Text-speak negators deny.
    @Test(arguments: [
        "cnt see any bruises on him",
    ])
    func textSpeakNegatorsDeny(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .absent, "\(text)")
    }

    /// Treatment stopped said in text-speak, and mental ill health kept from everyone, the GP too.
    @Test(arguments: [
        "mum nt taking her meds for her depression any more",
        "dad is low and hasn't told anybody, not even his GP",
        "she's anxious all the time but won't go to the doctors",
        "depressed but doesn't want the GP to find out",
    ])
    func untreatedMentalIllHealthInOtherWords(text: String) {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == .present, "\(text)")
    }

    /// A relative who rings for something routine, or to say all is well, raises no concern.
    @Test(arguments: [
        "grandma phoned just to say thank you for the visit",
        "his nan rang, just asking about clinic times",
        "auntie called, says everything is fine, she has no concerns at all",
    ])
    func aRelativeRingingWithNoWorryIsNoConcern(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == .absent, "\(text)")
    }

    /// A relative who rings with a worry, or a sibling or in-law ringing in, raises one.
    @Test(arguments: [
        "nan rang just to say she's worried about mum's drinking",
        "I'm her older brother, she has a burn on her hand",
        "bro in law rang worried about the baby",
    ])
    func aRelativeOrSiblingRingingWithAWorryIsAConcern(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == .present, "\(text)")
    }

    /// The parent's own childhood without its usual keyword.
    @Test(arguments: [
        "she was battered by her stepfather as a kid",
        "dad was abused by a neighbour when he was little",
        "mum cared for her younger brothers from age 8 because nobody else did",
        "Dad's uncle sexually abused him when he was a boy",
        "Prev CP plan as child for neglect",
    ])
    func theParentsChildhoodInOtherWords(text: String) {
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == .present, "\(text)")
    }

    /// A baby's needs made small in the parent's words.
    @Test(arguments: [
        "she says babies sleep all day so she'll be fine",
        "he says the baby is just like a puppy",
        "mum thinks he only needs feeding twice a day",
        "she's sure she'll just know what to do",
        "she doesn't realise what she's let herself in for",
    ])
    func naiveExpectationsInTheParentsWords(text: String) {
        #expect(MatcherFixture.status(.naiveExpectations, in: text) == .present, "\(text)")
    }

    /// Self-harm told as cutting.
    @Test(arguments: [
        "she has been cutting herself again",
    ])
    func cuttingIsSelfHarm(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
    }

    /// The father not known, however said.
    @Test(arguments: [
        "mum isn't sure who the dad is",
        "the father could be one of three men",
        "Dad: not known",
        "the father is a man she met once and she refuses to name him",
    ])
    func anUnknownFatherInOtherWords(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .present, "\(text)")
    }

    /// A father around little but named is known.
    @Test(arguments: [
        "dad isn't around much but he is named on the birth certificate",
    ])
    func aFatherAroundLittleButNamedIsKnown(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .absent, "\(text)")
    }

    /// A caller keeping their own name back is no unknown father.
    @Test(arguments: [
        "the caller would not leave their name",
    ])
    func aCallersOwnDetailsAreNoUnknownFather(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == nil, "\(text)")
    }

    /// A pregnancy now named by how it came, how it will end, or drug use in it.
    @Test(arguments: [
        "mum 39, ICSI pregnancy, booked at 10 weeks",
        "she has a termination booked for Friday",
        "mum is drinking heavily during the pregnancy",
    ])
    func aPregnancyNowInOtherWords(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == .present, "\(text)")
    }

    /// A pregnancy ended on the scan is no pregnancy now.
    @Test(arguments: [
        "the dating scan confirmed a missed miscarriage",
    ])
    func aMiscarriageOnTheScanIsNoPregnancy(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == .absent, "\(text)")
    }

    /// No one near, or family far away or unable to help.
    @Test(arguments: [
        "she's got nobody round here since moving from Leeds",
        "her family live 300 miles away",
        "her mum works long hours and can't really help",
        "nobody has visited since the birth",
    ])
    func isolationInOtherWords(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .present, "\(text)")
    }

    /// A B&B alone may be a holiday.
    @Test(arguments: [
        "they're staying in a B&B",
    ])
    func aBedAndBreakfastAloneIsPossibleIsolation(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .possible, "\(text)")
    }

    /// Looked after from an age.
    @Test(arguments: [
        "dad was fostered from age 6",
    ])
    func lookedAfterFromAnAge(text: String) {
        #expect(MatcherFixture.status(.childhoodInCare, in: text) == .present, "\(text)")
    }
}
