import Testing

@testable import CurioCore

/// Classes grid kb's duty-desk triage calls found (calls relayed from a grandparent, aunt, the
/// other parent, a neighbour, the police or a nursery, told out of order). Missed danger now: the
/// baby alone once the carer is told gone ("nobody else is in the flat and the baby's in there");
/// a carer told to be there with the baby by its pronoun ("he's there with her now and he's been
/// drinking"). False urgent: a bruise or injury set apart on another family's child; an event set
/// apart afterwards as another family's ("but that's a different family"); a mark that has gone
/// purple on the baby's cheek read as a baby turning purple. Also: the other parent named so, and
/// a relative's unease said as a dislike, are family concerns raised. Sentences written for the
/// classes.
@Suite("Grid kb: duty-desk triage calls")
struct kbConsultationClassesTests {
    /// The carer told gone (out, off in a taxi), then nobody else in the home and the baby in
    /// there: the baby alone, danger now and neglect. "Nobody else" with the carer still in is
    /// a carer alone with the baby, no danger in itself.
    @Test(arguments: [
        "she's just watched mum get into a cab, nobody else is in the house and the baby's in there",
        "dad's driven off, no one else is home and the little one is upstairs in her cot",
        "nobody is in the house and the baby's in there screaming",
        "her mum went off to the club hours ago and there's nobody else there with the baby",
    ])
    func babyAloneAfterTheCarerHasGone(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "mum's in with him, nobody else is home, the baby's upstairs asleep",
        "nobody else is home, the baby's upstairs with mum",
        "mum's gone out, nobody else is home apart from dad, the baby's upstairs",
        "she's gone to work, there's nobody else with the baby except his dad",
    ])
    func nobodyElseWithTheCarerInIsNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// A carer said to be there (or in the flat, at home) with the baby by its pronoun, now, and
    /// drunk or high: the pronoun may be the other parent, so possible danger, enough for the 999
    /// step. "She's still with him" alone is a relationship; "home alone with her" stays present.
    @Test(arguments: [
        "nan's just told me mum's at work, he's there with her now and he's been drinking",
        "he's in the flat with her and he's steaming drunk",
        "mum's out, he's with him right now and he's off his head",
        "he's with her at the house now and he's hammered",
        "dad's got him at his place tonight and he's been on the vodka all day",
        "the aunt reckons so, he's got her and he's been drinking since lunchtime",
    ])
    func carerThereWithTheBabyByItsPronoun(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .possible, "\(text)")
    }

    /// A carer with the baby told by where they are ("she's upstairs with the baby"), or still
    /// there with it (possible: recommendations.yaml's inference of a carer impaired still where
    /// the baby is), or drink had "already": danger with that carer impaired. Another carer
    /// still there with the baby while the impaired one is named apart is none.
    @Test func carerWithTheBabyByWhereTheyAre() {
        #expect(MatcherFixture.status(.immediateDanger, in: "he's downstairs with the baby and he's taken something") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "she's minding him tonight and she's already had a bottle of wine") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "she's still in the flat with the baby and she's taken something") == .possible)
        #expect(MatcherFixture.status(.immediateDanger, in: "dad's drunk, mum's still there with the baby") == nil)
    }

    @Test func aRelationshipIsNoCarerWithTheBaby() {
        #expect(MatcherFixture.status(.immediateDanger, in: "she's drunk, she's still with him") == nil)
        #expect(
            MatcherFixture.status(
                .immediateDanger, in: "she told me she's frightened of what she'll do to her daughter and she's home alone with her") == .present)
    }

    /// A bruise or injury set apart from this baby and placed on another family's child, the
    /// contrast before or after it: not this baby's. A twin or sibling is of this family, and
    /// without the contrast a relayed "bruise on her friend's baby" may be this baby.
    @Test(arguments: [
        "not this baby, no, the mark she saw was on her neighbour's little girl",
        "the bruises were on her mate's toddler, nothing to do with this baby",
        "the mark was on a different baby",
        "that bruise was on her neighbour's kid, not ours",
    ])
    func anotherFamilysChildsBruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        "not our baby - the burn was on her cousin's little boy",
        "the fracture he mentioned was on his friend's son, not this one",
        "not the same baby - the scald was on her cousin's daughter",
    ])
    func anotherFamilysChildsInjury(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }

    @Test func aTwinsInjuryStays() {
        #expect(MatcherFixture.status(.bruising, in: "not this baby, the other twin has a bruise on her arm") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "not this baby, the other twin has a burn on her arm") == .present)
    }

    /// An event told, then set apart after "but" as another family's: nothing for this family.
    @Test(arguments: [
        "the neighbour can hear a man screaming and smashing plates in the flat below, but that's a different family",
        "there's a fight going on at the house over the road, but they're not this family",
    ])
    func eventSetApartAsAnotherFamilys(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// A mark said to have changed colour where it is on the body, or likened to a bruise: a
    /// bruise, not a baby turning purple. Said of the baby, or around the lips, it stays danger.
    @Test(arguments: [
        "it's gone purple on his cheek since this morning",
        "the patch has turned bluish under her arm",
        "that's going yellow on his thigh now",
        "it's gone dark blue, like a bruise",
    ])
    func markChangedColourIsABruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["he's gone blue around his lips", "she went purple in the face and stopped breathing"])
    func babyTurningBlueStaysDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// The other parent named so, with a worry or what they saw, raises a family concern, and
    /// what they saw is told second-hand. A routine call of theirs raises none.
    @Test(arguments: [
        "it's the other parent on the phone, she's really worried about the baby",
        "the non-resident parent noticed the baby was soaked and hungry at handover",
    ])
    func otherParentRaisesAConcern(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == .present, "\(text)")
    }

    @Test func otherParentsReportIsSecondHand() {
        #expect(MatcherFixture.status(.bruising, in: "the other parent says there's a mark on his chest") == .possible)
        #expect(MatcherFixture.status(.familyConcern, in: "the other parent rang to change the handover time") == nil)
    }

    /// A relative's unease said as a dislike or mistrust is a concern raised, not a denied one;
    /// so is a grandparent, aunt or uncle ringing upset or frightened, or "on the line". A
    /// sister "anxious and depressed" is her own condition.
    @Test(arguments: [
        "nothing concrete, the grandad just doesn't like the feel of it",
        "her aunt doesn't trust the new boyfriend",
        "nan doesn't like how he is with the baby",
        "it's the baby's grandad, he's beside himself",
        "the auntie is really frightened about what she saw last night",
        "the paternal grandmother is on the line",
    ])
    func relativesDislikeIsAConcern(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == .present, "\(text)")
    }

    /// The one who saw it not sure if it was a bruise ("isn't sure if", "doesn't know whether",
    /// "couldn't tell if"), or "supposedly": a possible bruise, which on a pre-mobile baby still
    /// follows the bruising protocol; never dropped as a supposition or a denial.
    @Test(arguments: [
        "her sister isn't sure if it was a bruise or a bit of dirt",
        "grandad doesn't know whether it was a mark or just the light",
        "the neighbour couldn't tell if it was a bruise on her cheek",
        "supposedly there's a bruise on her thigh",
    ])
    func doubtedMarkIsAPossibleBruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .possible, "\(text)")
    }

    /// A carer's state and care of the baby told with a day gone by after them ("on Saturday,
    /// but...", "last weekend", "a few days ago"): a history, no danger now (the substance misuse
    /// stays). Told now beside a past day, or as a habit ("on Saturday nights"), danger stays.
    @Test(arguments: [
        "mum was on her own with him and absolutely wasted on Sunday, but her sister's staying now",
        "dad had her by himself and was blind drunk last weekend",
        "she was off her head with the baby on her own a couple of days ago",
    ])
    func impairedCareWithItsDayGoneByIsNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.substanceMisuse, in: text) != nil, "\(text)")
    }

    @Test(arguments: [
        "he's hammered and he's got her on his own, he was the same last weekend",
        "she's off her face on her own with the baby on Friday nights",
    ])
    func impairedCareNowBesideAPastDayStaysDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) != nil, "\(text)")
    }

    /// The baby heard crying "inside" where a fire or gas is: the baby there, danger.
    @Test func babyCryingInsideIsTheBabyThere() {
        #expect(MatcherFixture.status(.immediateDanger, in: "there's smoke pouring out of the kitchen window and the baby's screaming inside") == .present)
    }

    /// A baby's limb that hurts when lifted, moved or changed: another injury (pain on handling),
    /// possible when it only seems so. A parent's own back or arm is hers.
    @Test func limbHurtingWhenHandledIsAnInjury() {
        #expect(MatcherFixture.status(.otherInjury, in: "his wrist hurts whenever you dress him") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "the childminder says her leg seems to hurt when she picks her up") != nil)
        #expect(MatcherFixture.status(.otherInjury, in: "mum's back hurts when she lifts him") == nil)
    }

    /// A baby "still" in the Moses basket, the age not told: most likely not yet mobile, possible
    /// (enough for the bruising protocol with a bruise). A basket named only as where the baby
    /// is gives nothing.
    @Test func stillInTheMosesBasketIsPossiblyPreMobile() {
        #expect(MatcherFixture.status(.preMobile, in: "he's only little, still in his Moses basket") == .possible)
        #expect(MatcherFixture.status(.preMobile, in: "the baby's asleep in the moses basket in the lounge") == nil)
    }

    @Test func aSistersOwnAnxietyIsNoConcernRaised() {
        #expect(MatcherFixture.status(.familyConcern, in: "her sister is very anxious and depressed") == nil)
    }

    /// A baby left alone, told with where the baby is safe now after it ("he's safe with his aunt
    /// now", "she's at her nan's now", the "'s" dropped; "he's with the police now"): a history,
    /// neglect, no danger now. Police on their way is no end: "on his own, police are on their
    /// way" stays danger.
    @Test(arguments: [
        "mum left her on her own, she's fine with her nan now",
        "the baby was left by himself last night, he's at his gran's now",
        "officers found him alone in the house earlier, he's with the police now",
    ])
    func leftAloneThenSafeElsewhereIsNoDangerNow(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) != .present, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    @Test func policeOnTheirWayIsNoEnd() {
        #expect(MatcherFixture.status(.immediateDanger, in: "the baby's on his own in the flat, police are on their way now") == .present)
    }

    /// A carer by its pronoun there with the baby now, after the baby was hurt: the one still
    /// there, so 999 (the pronoun cue, longer, had taken "he's still there" from the reading of
    /// the harmer still there, and the danger was lost). With the harmer told gone, no 999.
    @Test(arguments: [
        "dad shook the baby, he's still there with them now",
        "dad shook the baby, he's there with them now",
        "he hit the baby, he's in the house with her now",
    ])
    func hurtThenThereWithTheBabyIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    @Test func hurtWithTheHarmerGoneIsNoDanger() {
        let text = "dad shook the baby last week, he's been arrested. mum's at home with her now"
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }
}
