import Testing

@testable import CurioCore

/// Classes probe BK found (fixer gd). Missed: a carer hurting the baby told with where they are
/// as they do it, or with "right now" after more words; the baby hurt by someone who is still
/// there, in one sentence or two answers (danger by the situations now.baby_harmed and
/// now.harmer_there); a referral or treatment not taken up, or the mother's own appointments
/// not gone to (untreated, no neglect); not knowing whether she is under anyone for a named
/// condition; help only talked of with nothing arranged, not knowing who would be there or
/// what family she has about; known to CSC when she was younger; her own mum reporting; a
/// birth heading with its verdict. False: a form heading of two words answered "N/A" or "no"
/// read as the finding; the teller's worry denied read as a doubt; a nephew's, niece's or
/// grandchild's condition read as the parent's; a man told as a risk who stays away read as
/// isolation; "she shook the baby last week" read as danger now ("shes" in the danger-now cues
/// is read as "she"); a rattle or a bottle shaken, or shaking with nerves, read as an injury.
/// Sentences written for the classes.
@Suite("Hurt now, heading answers, worry denied, support in doubt")
struct HurtNowHeadingAnswersWorryDeniedAndSupportDoubtsTests {
    /// A carer hurting the baby with where they are as they do it, or "right now" after more
    /// words: danger and an injury.
    @Test(arguments: [
        "mum is upstairs in the bedroom shaking him",
        "he's in the kitchen hitting the baby with a belt",
        "dad is stood on the landing shaking the baby",
        "she's outside shaking the baby",
        "he is hitting the baby and shouting at him right now",
    ])
    func hurtNowWithThePlaceOrTheTime(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    /// Told by a neighbour, the danger is second-hand: possible, still a call.
    @Test func hurtNowToldByANeighbour() {
        let text = "the neighbour says the boyfriend is out in the street shaking the baby"
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .possible)
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"))
    }

    /// A hurt told as past, or a place that is no place, is an injury, not danger now.
    @Test(arguments: [
        "she shook the baby last week and he was checked at A&E",
        "she slapped him when he wouldn't feed",
        "he is on bail for shaking the baby",
        "she is at the hospital because dad shook the baby",
    ])
    func aPastHurtIsNoDangerNow(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    /// A thing shaken, nerves, advice: neither danger nor an injury.
    @Test(arguments: [
        "dad shook the rattle at her",
        "she was shaking with nerves",
        "she shook the bottle to mix the feed",
        "we talked about never shaking a baby",
    ])
    func noShakingOfTheBaby(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }

    /// The baby hurt by someone still there, or who won't leave: 999 and a referral.
    @Test(arguments: [
        "dad shook her about an hour ago and he's still in the flat",
        "she hit the baby and she won't leave",
        "mum's boyfriend threw him on the sofa, he's still here",
    ])
    func hurtBySomeoneStillThereCallsNineNineNine(text: String) {
        let ids = DialogueFixtures.recommendationIDs(text)
        #expect(ids.contains("emergency-services"), "\(text): \(ids)")
        #expect(ids.contains("refer-csc"), "\(text): \(ids)")
    }

    /// A time gone by, another person still there, or the one who did it gone: a referral,
    /// no 999.
    @Test(arguments: [
        "dad shook him last month, he's still there",
        "dad shook him, mum's still there",
        "dad shook the baby and he's been arrested",
    ])
    func hurtWithNoOneStillThereRefersWithoutNineNineNine(text: String) {
        let ids = DialogueFixtures.recommendationIDs(text)
        #expect(!ids.contains("emergency-services"), "\(text): \(ids)")
        #expect(ids.contains("refer-csc"), "\(text): \(ids)")
    }

    /// The hurt and the one still there told in two answers, after a "no" to the danger
    /// question: 999 on the second.
    @Test func hurtAndStillThereAcrossAnswers() throws {
        let (_, reply) = try DialogueFixtures.consultation(
            "consultation",
            after: ["no", "health visitor", "mum rang me crying, dad shook the baby because he wouldn't stop screaming",
                "he's still in the house with them"])
        let ids = reply.recommendations.map(\.id)
        #expect(ids.contains("emergency-services"), "\(ids)")
    }

    /// A form's heading of two words answered N/A or a bare "no": denied over the whole heading.
    @Test func headingAnsweredNotApplicable() {
        #expect(MatcherFixture.status(.bruising, in: "Marks/bruising: N/A") == .absent)
        #expect(MatcherFixture.status(.bruising, in: "Bruises/marks: no.") == .absent)
        #expect(MatcherFixture.status(.otherInjury, in: "Injuries/marks: n/a") == .absent)
        #expect(MatcherFixture.status(.bruising, in: "Injuries/marks: n/a") == .absent)
        #expect(MatcherFixture.status(.neglect, in: "Neglect/home conditions: N/A") == .absent)
        #expect(MatcherFixture.status(.substanceMisuse, in: "Drugs/alcohol: n/a") == .absent)
        #expect(MatcherFixture.status(.familyConcern, in: "Family worries: none") == .absent)
    }

    /// A heading that records a finding, or a "no" with more after it, keeps it.
    @Test(arguments: [
        "Bruises/marks: 1cm bruise behind left ear",
        "Bruises/marks: no, but a faint mark on his back",
        "bruise on his thigh: no explanation given",
    ])
    func headingWithAFindingKeepsIt(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    /// The teller's worry denied of a topic is a denial of it.
    @Test func worryDenied() {
        #expect(MatcherFixture.status(.neglect, in: "nothing that worries me on the neglect front, he's thriving") == .absent)
        #expect(MatcherFixture.status(.neglect, in: "honestly there's nothing I'm worried about in terms of neglect") == .absent)
        #expect(MatcherFixture.status(.domesticAbuse, in: "nothing that concerns me re DA") == .absent)
        #expect(MatcherFixture.status(.substanceMisuse, in: "I'm not concerned about her drinking") == .absent)
        #expect(MatcherFixture.status(.neglect, in: "no concerns on the neglect side") == .absent)
        #expect(MatcherFixture.status(.mentalHealth, in: "no concerns in terms of her mental health") == .absent)
    }

    /// A worry said, or a definite injury after the denied worry, is no denial.
    @Test func worryNotDenied() {
        #expect(MatcherFixture.status(.neglect, in: "nothing worries me more than the neglect") == .present)
        #expect(MatcherFixture.status(.neglect, in: "what worries me is the neglect") == .possible)
        #expect(MatcherFixture.status(.bruising, in: "nothing that worries me about the bruise") == .present)
    }

    /// A nephew's, niece's, grandchild's or cousin's child's condition is not the parent's.
    @Test(arguments: [
        ("her niece has a learning disability and autism", RiskFactorID.learningDifficulty),
        ("his nephew is a heroin user", RiskFactorID.substanceMisuse),
        ("her grandson has depression", RiskFactorID.mentalHealth),
        ("her cousin's son has bipolar", RiskFactorID.mentalHealth),
    ])
    func anotherFamilysChildIsNotTheParent(text: String, id: RiskFactorID) {
        #expect(MatcherFixture.status(id, in: text) == nil, "\(text)")
    }

    @Test func theParentsOwnConditionBesideANephews() {
        #expect(MatcherFixture.status(.learningDifficulty, in: "mum has a learning disability and so does her nephew") == .present)
    }

    /// A man told as a risk who stays away is no isolation; a support who does not come is.
    @Test func aRiskWhoStaysAway() {
        #expect(MatcherFixture.status(.isolation, in: "her brother drinks but he doesn't come round") == nil)
        #expect(MatcherFixture.status(.isolation, in: "her ex is violent, he doesn't come near") == nil)
        #expect(MatcherFixture.status(.isolation, in: "her mum is lovely but she doesn't come round") == .present)
    }

    /// A referral or treatment not taken up, or her own appointments not gone to: untreated,
    /// the condition hers, no neglect of the baby.
    @Test func treatmentNotTakenUp() {
        let referred = "the GP referred her to IAPT for her low mood but she never went"
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: referred) == .present)
        #expect(MatcherFixture.status(.mentalHealth, in: referred) == .present)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "she was offered CBT for her anxiety but didn't attend") == .present)
        let sessions = "she didn't attend her sessions with the perinatal team"
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: sessions) == .present)
        #expect(MatcherFixture.status(.neglect, in: sessions) == nil)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "she's stopped going to her counselling sessions") == .present)
        let dna = "she DNA'd her perinatal MH appointments"
        #expect(MatcherFixture.status(.mentalHealth, in: dna) == .present)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: dna) == .present)
    }

    /// Treatment gone to is treatment; the baby's missed appointments are neglect.
    @Test func treatmentTakenUpAndTheBabysAppointments() {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "she attends her appointments with the perinatal team") == .absent)
        #expect(MatcherFixture.status(.neglect, in: "the baby didn't attend his appointments with the paediatrician") == .present)
    }

    /// Not knowing whether she is under anyone for a condition named: untreated possible, the
    /// condition present.
    @Test func underAnyoneInDoubt() {
        let text = "unsure if he is seeing anybody for his PTSD"
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == .possible)
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .present)
    }

    /// Help only talked of with nothing arranged; not knowing who would be there or what family
    /// she has; a mother and her own mum not speaking.
    @Test func supportInDoubt() {
        #expect(MatcherFixture.status(.isolation, in: "her sister may help out but nothing is sorted") == .present)
        #expect(MatcherFixture.status(.isolation, in: "nothing's arranged for support after the birth") == .present)
        #expect(MatcherFixture.status(.isolation, in: "she and her mum don't speak") == .present)
        for text in ["no idea who'd be around to help", "not sure who would be there for her",
            "not sure what friends she has locally", "dunno what family she has"] {
            #expect(MatcherFixture.status(.isolation, in: text) == .possible, "\(text)")
        }
    }

    @Test(arguments: ["nothing's arranged for the car seat", "they don't speak English"])
    func noSupportMeant(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == nil, "\(text)")
    }

    /// Known to children's services when she was younger: her care history.
    @Test func knownToServicesWhenYounger() {
        #expect(MatcherFixture.status(.childhoodInCare, in: "maybe known to social services when she was a teenager") == .possible)
        #expect(MatcherFixture.status(.childhoodInCare, in: "known to children's services when he was a kid") == .present)
        #expect(MatcherFixture.status(.childhoodInCare, in: "mum wasn't known to social services when she was younger") == .absent)
        #expect(MatcherFixture.status(.childhoodInCare, in: "no SC involvement when she was growing up") == .absent)
        #expect(MatcherFixture.status(.childhoodInCare, in: "the older child was known to CSC when he was little") == nil)
    }

    /// The parent's own parent reporting: what follows is the parent's, second-hand.
    @Test func herOwnMumReporting() {
        let text = "his own mum told us he's using cocaine again"
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .possible)
        #expect(MatcherFixture.status(.familyConcern, in: text) == .present)
        #expect(MatcherFixture.status(.adverseChildhood, in: "her own mum drinks heavily") == .present)
    }

    /// A birth heading with its verdict.
    @Test func birthHeadingVerdict() {
        #expect(MatcherFixture.status(.traumaticBirth, in: "Delivery: uneventful") == .absent)
        #expect(MatcherFixture.status(.traumaticBirth, in: "an uneventful labour") == .absent)
        #expect(MatcherFixture.status(.traumaticBirth, in: "Birth: traumatic") == .present)
    }
}
