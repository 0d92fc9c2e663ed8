import Testing

@testable import CurioCore

/// Classes a probe of whole consultations found (probe BH). Missed: domestic abuse told only by
/// what the partner is doing while the mother hides or rings (the home smashed up, trashed or
/// torn apart, the mother barricaded in away from him, her ex at the door kicking it); a father
/// told as "he", known and involved (the baby's dad, does the night feeds, around but works
/// long hours); a father never mentioned or named, told in any answer. False: a danger told as
/// over (a medical spell after its own time gone by, in danger with its end told) read as
/// danger now; an older brother or sister named with an age in apposition, then what they came
/// in with, read as the baby's injury; "sit" in an idiom of unease read as mobility. Sentences
/// written for the classes.
@Suite("Partner violence, danger over, siblings in apposition, sit idioms, fathers as he")
struct PartnerViolenceDangerOverSiblingAppositionsSitIdiomsAndFathersAsHeTests {
    // MARK: K1: domestic abuse told by what the partner is doing

    /// The home smashed up, trashed or torn apart, the mother hiding or barricaded from him, her
    /// ex at the door: domestic abuse, now or told of the past.
    @Test(arguments: [
        "she rang me from the loo whispering, her fella is trashing the kitchen",
        "her partner's wrecking the house and she's hiding upstairs with the baby",
        "mum has barricaded herself in the bedroom because he's going mental",
        "he's tearing the flat apart and screaming at her",
        "her ex is at the door kicking it and threatening her",
        "she's hiding in the wardrobe from her boyfriend",
        "dad is smashing up the lounge right now",
        "the parents are going at each other in the hallway, the baby is in her cot",
        "he smashed the house up on Saturday",
    ])
    func whatThePartnerIsDoingIsDomesticAbuse(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
    }

    /// Going on now with the baby there it is danger too; told with its day gone by, not.
    @Test func violenceNowIsDangerAndPastIsNot() {
        #expect(MatcherFixture.status(.immediateDanger, in: "her partner's wrecking the house and she's hiding upstairs with the baby") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "he smashed the house up on Saturday") == nil)
    }

    /// A child's mess, a baby's crying or kicking, a baby heard screaming, a search, a thing
    /// hidden, violence to "him" (the baby): no abuse between the adults.
    @Test(arguments: [
        "the toddler has wrecked the lounge again",
        "the kids are trashing the house while mum cooks",
        "the baby is kicking off because he's teething",
        "the neighbours heard him screaming all night",
        "she hid the biscuits from him",
        "the police are taking the flat apart looking for drugs",
        "the bump is kicking her loads at night",
        "her partner is hitting him right now",
    ])
    func lookAlikesAreNoDomesticAbuse(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == nil, "\(text)")
    }

    @Test func violenceToHimIsStillDanger() {
        #expect(MatcherFixture.status(.immediateDanger, in: "her partner is hitting him right now") == .present)
    }

    // MARK: F1: danger told as over

    /// A medical spell after its own time gone by, a baby left alone on a day gone by, in
    /// danger with its end told: no danger now.
    @Test(arguments: [
        "No. A fortnight ago he went grey and floppy in the bath but the GP says it was reflux",
        "last week she had a fit with a high temperature",
        "the other day she choked on her milk and went blue",
        "three weeks ago he stopped breathing in his cot and was admitted",
        "a couple of weeks ago she went blue and stopped breathing for a bit",
        "on Sunday she left the twins on their own in the house for an hour",
        "the baby was in danger on Friday, but her partner has been remanded",
    ])
    func dangerToldAsOverIsNoDangerNow(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// A baby left alone on a day gone by is still neglect.
    @Test func aPastLeftAloneIsNeglect() {
        #expect(MatcherFixture.status(.neglect, in: "on Sunday she left the twins on their own in the house for an hour") == .present)
    }

    /// A spell going on now, an injury told with a past time, a baby alone since a day gone
    /// by, no arrest, a threat once made, a spell a minute ago: danger now.
    @Test(arguments: [
        "he had a seizure last week and he's fitting again right now",
        "last week when dad shook him he went floppy",
        "she's been on her own in the flat since yesterday",
        "the baby was in danger and the police haven't arrested him",
        "last week he threatened to kill the baby",
        "she's not breathing - she went blue a minute ago",
    ])
    func dangerStillGoingOnStays(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    @Test func theInjuryToldWithAPastTimeStays() {
        #expect(MatcherFixture.status(.otherInjury, in: "last week when dad shook him he went floppy") == .present)
    }

    // MARK: F2: a brother or sister named with an age

    /// The older child's own injury, told after an apposition of its age or after it came in.
    @Test(arguments: [
        ("it's her brother, who's 7 - he came home from school with a black eye and a split lip", RiskFactorID.bruising),
        ("it's her brother, who's 7 - he came home from school with a black eye and a split lip", .otherInjury),
        ("his older sister, who is five, turned up at nursery with a burn on her hand", .otherInjury),
        ("the big sister came into nursery with a black eye and a graze", .bruising),
    ] as [(String, RiskFactorID)])
    func theSiblingsInjuryIsNotTheBabys(text: String, id: RiskFactorID) {
        #expect(MatcherFixture.status(id, in: text) == nil, "\(text)")
    }

    /// The baby's bruise told by the sibling, or named after it, or a baby brother in weeks.
    @Test(arguments: [
        "his sister, who's 6, says the baby has a bruise on his arm",
        "her brother, who's 6, came in with the baby, who has a bruise on her ear",
        "his brother, who's 5, came in with a cut lip and the baby has a bruise on his cheek",
        "his baby sister, who's 7 weeks, has a bruise on her cheek",
    ])
    func theBabysBruiseStays(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    // MARK: F3: "sit" in an idiom

    @Test(arguments: [
        "the way mum spoke to him didn't sit right with me",
        "her explanation doesn't sit well with me",
        "I sat on it overnight before ringing",
        "mum can't sit still, she's so anxious",
        "something just isn't sitting comfortably with the team",
    ])
    func sitInAnIdiomIsNoMobility(text: String) {
        #expect(MatcherFixture.status(.preMobile, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["he can't sit unaided yet and isn't crawling", "she isn't sitting well yet"])
    func notSittingYetIsStillPreMobile(text: String) {
        #expect(MatcherFixture.status(.preMobile, in: text) == .present, "\(text)")
    }

    // MARK: N1, N2: the father as "he", and off the record

    @Test(arguments: [
        "he's her baby's father and they live together",
        "he's around, he just works long hours",
        "he does most of the night feeds",
        "he's really hands-on",
        "he comes to all of her appointments with her",
        "he's always there when the midwife visits",
        "the father isn't mentioned in the referral but he lives with them",
    ])
    func theFatherToldAsKnownIsKnown(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .absent, "\(text)")
    }

    /// Another child's father, or the baby's own appointments: nothing of the father.
    @Test(arguments: ["he's the father of her older two", "he attends all his appointments"])
    func otherFathersAndTheBabysAppointmentsSayNothing(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        "we don't know if he's the baby's father",
        "dad has never been mentioned by mum",
        "there's no mention of a father anywhere in the referral",
        "the notes don't say who the dad is",
        "the baby's father has not been named to anyone",
    ])
    func aFatherOffTheRecordIsUnknown(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .present, "\(text)")
    }
}
