import CurioCore
import Testing

/// Rule classes the matcher must generalise over: each test uses new sentences written for
/// the class (not taken from any evaluation file), phrased the way practitioners write.
@Suite("Generalisation by rule class")
struct GeneralisationTests {
    private static func found(_ id: RiskFactorID, in text: String) -> Bool {
        let status = MatcherFixture.status(id, in: text)
        return status == .present || status == .possible
    }

    // MARK: 1. Ages: hyphenated, after an article, shorthand; checks are not ages; NN/40 is a pregnancy

    @Test(arguments: [
        ("Saw a 5-month-old this morning with a mark on the ear.", 21.7),
        ("The 7-week-old was asleep in the pram.", 7.0),
        ("An 11-day-old brought in by both parents.", 1.6),
        ("She has a 2-month-old and a toddler.", 8.7),
        ("9 wk old girl, feeding well.", 9.0),
        ("Baby 4wk, jaundice resolving.", 4.0),
        ("He is 4/12 old now.", 17.4),
        ("Booked in at 4 days old, she is now nine weeks.", 9.0),
        ("Small bruise on the shin seen at the 8 week check.", 8.0),
    ])
    func ageForms(text: String, weeks: Double) {
        let age = MatcherFixture.age(text)
        #expect(age != nil && abs(age! - weeks) <= 0.05, "\(text): \(String(describing: age))")
    }

    @Test(arguments: [
        "Missed the 6 wk check twice.",
        "Due her 12-16 week review next month.",
        "Delivered by EMCS at 39/40.",
        "Mum is 22/40.",
    ])
    func notTheBabysAge(text: String) {
        #expect(MatcherFixture.age(text) == nil, "\(text)")
    }

    @Test(arguments: ["Mum 31/40, second pregnancy.", "Now 18/40 and still smoking.", "Concealed pregnancy, about 35/40."])
    func gestationShorthandIsUnborn(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == .present, "\(text)")
    }

    @Test func postnatalAndSoberAreNotGestations() {
        #expect(MatcherFixture.age("Mum is 5 weeks postnatal and very low.") == 5)
        #expect(MatcherFixture.status(.unborn, in: "Mum is 5 weeks postnatal and very low.") == nil)
        #expect(MatcherFixture.status(.unborn, in: "Dad is 12 weeks sober.") == nil)
        #expect(MatcherFixture.age("Dad is 12 weeks sober.") == nil)
    }

    @Test func gestationAtBirthIsNotUnborn() {
        #expect(MatcherFixture.status(.unborn, in: "Induced at 41/40, straightforward delivery.") == nil)
    }

    // MARK: 2. Immediate danger as a threat or a situation

    @Test(arguments: [
        "Her boyfriend is threatening to strangle the baby.",
        "Dad texted that he's going to drown her in the bath.",
        "He keeps saying he will kill the kids.",
        "She says she feels like throwing him down the stairs.",
        "Mum threatening to jump off the bridge with the baby.",
        "Partner is outside kicking the door and trying to get in, baby is upstairs.",
        "Baby has gone blue around the lips.",
        "He's floppy and won't respond.",
        "A toddler alone by the open window on the fourth floor.",
        "The 3 year old is indoors on her own, mum has gone out.",
    ])
    func dangerNow(text: String) {
        #expect(Self.found(.immediateDanger, in: text), "\(text)")
    }

    @Test func hedgedThreatIsPossibleDanger() {
        #expect(MatcherFixture.status(.immediateDanger, in: "Dad says he might hurt her if she keeps crying.") == .possible)
    }

    @Test func childAloneIsNotParentIsolation() {
        let result = MatcherFixture.matcher.match("A toddler on his own on the balcony for ages.")
        #expect(result.status(of: .immediateDanger) == .present)
        #expect(result.status(of: .neglect) == .present)
        #expect(result.status(of: .isolation) == nil)
    }

    @Test func cantCopeDoesNotNegateTheNextCue() {
        let result = MatcherFixture.matcher.match("Dad can't cope and might hurt the baby.")
        #expect(Self.found(.immediateDanger, in: "Dad can't cope and might hurt the baby."))
        #expect(result.status(of: .immediateDanger) != .absent)
    }

    // MARK: 3. False positives: "fits", mum's injuries, crying when hungry, the parent's childhood

    @Test(arguments: [
        "The history fits the injury pattern and he is cruising.",
        "Account fits with what we saw on the visit.",
        "Baby fit and well at the review.",
    ])
    func fitsIsNotASeizure(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    @Test func seizuresAreDanger() {
        #expect(Self.found(.immediateDanger, in: "He's been having fits this afternoon."))
    }

    @Test func mothersBruiseIsNotTheChilds() {
        let result = MatcherFixture.matcher.match("Mum had bruising on her neck at the visit.")
        #expect(result.status(of: .bruising) == nil)
        #expect(Self.found(.domesticAbuse, in: "Mum had bruising on her neck at the visit."))
        #expect(Self.found(.domesticAbuse, in: "Partner turned up with a black eye again."))
    }

    @Test(arguments: ["Cries when she's hungry, otherwise content.", "Only cries if he's tired or wet."])
    func ordinaryCryingIsNotNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
        #expect(!Self.found(.inconsolableCrying, in: text), "\(text)")
    }

    // MARK: 4. Other injury

    @Test func fractureShorthandAndSide() {
        #expect(Self.found(.otherInjury, in: "?# L humerus on the skeletal survey."))
        #expect(Self.found(.otherInjury, in: "Old rib fractures noted by radiology."))
    }

    @Test func cutsAreInjuries() {
        #expect(MatcherFixture.status(.otherInjury, in: "No bruising, but a deep cut under his chin.") == .present)
    }

    @Test func noOtherInjuriesKeepsTheNamedOne() {
        #expect(MatcherFixture.status(.otherInjury, in: "Boggy swelling over the scalp, no other injuries seen.") == .present)
    }

    // MARK: 5. Neglect

    @Test(arguments: [
        "She left the twins in the car while she went into the shop.",
        "Mum leaves the baby with her 10 year old son most evenings.",
        "Dad left him with his 13 yr old sister to go to the pub.",
        "Baby hasn't been fed since this morning.",
        "Keeps missing the weigh clinic and the imms.",
        "The house was in a terrible state when I visited.",
        "At 4 weeks she's still not back to birth weight.",
        "His nappy hasn't been changed since last night.",
    ])
    func neglectPhrasings(text: String) {
        #expect(Self.found(.neglect, in: text), "\(text)")
    }

    // MARK: 6. Substance misuse

    @Test(arguments: [
        "Partner drinks 10 cans a day.",
        "Dad drinks cider every night.",
        "Mum used crack in her last pregnancy.",
        "He's on methadone from the drug service.",
        "Mum is a heavy drinker.",
    ])
    func substancePhrasings(text: String) {
        #expect(Self.found(.substanceMisuse, in: text), "\(text)")
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == nil, "\(text)")
    }

    // MARK: 7. Untreated mental health

    @Test(arguments: [
        "She's very anxious but refuses to go to the GP.",
        "Low for months and won't speak to the perinatal team.",
        "Dad's depressed and hasn't seen a doctor.",
        "Hears voices, never been assessed by mental health services.",
        "History of bipolar, off her lithium since the birth.",
    ])
    func untreatedPhrasings(text: String) {
        #expect(Self.found(.mentalHealthUntreated, in: text), "\(text)")
    }

    @Test func unclearTreatmentIsPossible() {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "Unclear whether she ever had treatment for her depression.") == .possible)
    }

    // MARK: 8. Father unknown

    @Test(arguments: [
        "FOB not known.",
        "Dad is not known to us at all.",
        "Father's details are not on the system.",
        "Birth father's whereabouts are unknown.",
        "Dad has never been seen at any contact.",
        "Mum doesn't know his last name.",
        "Not sure who the baby's dad is.",
        "Father not named on the birth certificate.",
    ])
    func fatherUnknownPhrasings(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["Dad came to the weigh-in clinic.", "Father is known to us and very involved."])
    func knownFatherIsAbsent(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .absent, "\(text)")
    }

    // MARK: 9. Adverse childhood, naive expectations, family concern, experiencer, second-hand

    @Test(arguments: [
        "Dad was dragged up on an estate by his nan.",
        "She had a really hard time growing up.",
        "Her stepdad kicked her out at 16.",
        "Mum's father was a violent drinker when she was little.",
    ])
    func adverseChildhoodPhrasings(text: String) {
        #expect(Self.found(.adverseChildhood, in: text), "\(text)")
    }

    @Test(arguments: [
        "Dad expects the baby to sleep through from week 2.",
        "Mum reckons babies shouldn't cry much if they're fed.",
        "Says she'll be back out clubbing with her friends straight away.",
        "She's 16 and says it'll be like looking after a puppy.",
    ])
    func naivePhrasings(text: String) {
        #expect(Self.found(.naiveExpectations, in: text), "\(text)")
    }

    @Test(arguments: [
        "PGF phoned the duty desk about the state of the flat.",
        "Nanna called us, worried about the baby's weight.",
        "Mum's eldest daughter told her school she's worried about the baby.",
        "A relative made the referral, we don't know who.",
    ])
    func familyConcernReferrers(text: String) {
        #expect(Self.found(.familyConcern, in: text), "\(text)")
    }

    @Test func grandparentConditionGivesNothing() {
        #expect(MatcherFixture.status(.mentalHealth, in: "PGM has bipolar and is in hospital.") == nil)
        #expect(MatcherFixture.status(.familyConcern, in: "No family concerns, MGF visits daily.") == .absent)
    }

    @Test func secondHandIsPossible() {
        #expect(MatcherFixture.status(.bruising, in: "Mum says she thinks she saw a bruise on his leg.") == .possible)
        #expect(MatcherFixture.status(.inconsolableCrying, in: "Screams for hours every night apparently.") == .possible)
    }

    @Test func butEndsTheNegation() {
        #expect(Self.found(.domesticAbuse, in: "Denies DV but had bruises on her arms."))
        #expect(Self.found(.domesticAbuse, in: "No DA reported but he punched a door last month."))
    }

    // MARK: 10. Second session: contractions, stems, look-alikes, left alone, growth, promised help

    /// "'d" before a past participle is "had", a fact; before a bare verb, "would".
    @Test func hadIsNotWould() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "Dad said he'd been smoking weed in the car with the baby") == .present)
        #expect(MatcherFixture.status(.mentalHealth, in: "She'd had a really low patch after her first baby") == .present)
        #expect(MatcherFixture.status(.mentalHealth, in: "Mum said she'd feel depressed if she had to go back to work") == nil)
    }

    /// A word whose regular stem would be a negation ("noted" is not "not").
    @Test func notedIsNotANegation() {
        #expect(MatcherFixture.status(.bruising, in: "Bruise noted on the left cheek by the GP") == .present)
        #expect(MatcherFixture.status(.isolation, in: "Petechiae noted around the eyes") == nil)
    }

    /// A fit of something else is no seizure.
    @Test func aFitOfCoughingIsNoSeizure() {
        #expect(MatcherFixture.status(.immediateDanger, in: "Had a fit of coughing during the visit") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "Went red in the face with a coughing fit") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "Baby had a fit this morning and went stiff") == .present)
    }

    /// A child left on their own, however many words come between: danger now, and neglect.
    @Test(arguments: [
        "The twins were left in the car by themselves",
        "Toddler was left at home on her own for an hour",
        "She left the baby upstairs in his cot on his own and went out",
    ])
    func leftAlone(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.isolation, in: text) == nil, "\(text): the child's being alone is not the parent's isolation")
    }

    @Test(arguments: [
        "Her weight has fallen across two centiles since birth",
        "Weight has dropped from the 75th to below the 9th centile",
        "Growth is faltering despite extra feeds",
    ])
    func growthFallingAway(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    @Test func treatmentNotTaken() {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "She stopped her tablets because of the side effects") == .present)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "Was referred to the perinatal team but never took it up") == .present)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "On fluoxetine, but she stopped it at 12 weeks") == .present)
    }

    @Test func fatherNeverSeen() {
        #expect(MatcherFixture.status(.fatherUnknown, in: "We don't have a name for the baby's dad") == .present)
        #expect(MatcherFixture.status(.fatherUnknown, in: "Dad lives with them but no professional has ever seen him") == .present)
        #expect(MatcherFixture.status(.fatherUnknown, in: "Dad is around, though we have never actually met him") == .present)
    }

    @Test func helpPromisedAndNotGiven() {
        #expect(MatcherFixture.status(.isolation, in: "Her sister was supposed to help out but has let her down") == .present)
        #expect(MatcherFixture.status(.isolation, in: "Nan promised to come and help and then cancelled") == .present)
    }

    /// A parent's mental health named as a topic: raised is a concern, denied is absent.
    @Test func mentalHealthAsATopic() {
        #expect(MatcherFixture.status(.mentalHealth, in: "No concerns re mum's mental health at the 6 week check") == .absent)
        #expect(MatcherFixture.status(.mentalHealth, in: "Some worries about dad's mental health since he lost his job") == .possible)
        #expect(MatcherFixture.status(.mentalHealth, in: "Mum's mental health is good") == .absent)
        #expect(MatcherFixture.status(.mentalHealth, in: "Mum has felt very down since the section") == .present)
    }

    /// A rash that will not fade under pressure is petechiae, a mark under the bruising protocol.
    @Test func aRashThatDoesNotFadeIsAMark() {
        #expect(MatcherFixture.status(.bruising, in: "Tiny purple spots on her chest that don't fade when you press a glass on them") == .present)
        #expect(MatcherFixture.status(.bruising, in: "Non-blanching rash over both legs") == .present)
        #expect(MatcherFixture.status(.bruising, in: "A rash on his back that fades when pressed") == nil)
    }

    @Test func aBlowToTheHeadIsAnInjury() {
        #expect(MatcherFixture.status(.otherInjury, in: "He bumped his head on the cot rail last night") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "Dad says she knocked her head on the table") == .possible)
    }

    @Test func feedsForgotten() {
        #expect(MatcherFixture.status(.neglect, in: "Mum admits she forgot to feed her overnight") == .present)
    }

    /// "N weeks gone" is a pregnancy, written in the words of `facts.yaml` whatever their spelling.
    @Test func weeksGoneIsAGestation() {
        let result = MatcherFixture.matcher.match("She's 31 weeks gone and hasn't booked")
        #expect(result.facts[FactName.gestationWeeks] == .number(31))
        #expect(result.facts[FactName.childAgeWeeks] == nil)
        #expect(result.status(of: .unborn) == .present)
    }

    @Test func cryingThroughMostOfTheNight() {
        #expect(MatcherFixture.status(.inconsolableCrying, in: "He is up and crying most of the night, mum is shattered") == .present)
        #expect(MatcherFixture.status(.inconsolableCrying, in: "She screams for half of the evening whatever they do") == .present)
    }

    /// An ex-partner's violence to the parent is domestic abuse the parent lived with; the ex's
    /// own condition is still someone else's.
    @Test func anExPartnersViolenceIsDomesticAbuse() {
        #expect(MatcherFixture.status(.domesticAbuse, in: "Her ex used to beat her up, he moved away last year") == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: "Her previous partner strangled her twice") == .present)
        #expect(MatcherFixture.status(.mentalHealth, in: "Her ex has bipolar") == nil)
    }

    @Test func bothParentsKnownToSocialCareAsChildren() {
        #expect(MatcherFixture.status(.childhoodInCare, in: "The parents were known to social care as children") == .present)
    }

    /// An older child who cannot move independently (a disability) is pre-mobile; one who moves
    /// about on their own is not.
    @Test func mobilityIsAboutMovingIndependently() {
        #expect(MatcherFixture.status(.preMobile, in: "She is 9 months old with spina bifida and is unable to move around on her own") == .present)
        #expect(MatcherFixture.status(.preMobile, in: "He's ten months and moves about independently") == .absent)
    }

    /// A mark said to be a birthmark by the record is that; a parent's say-so alone is not.
    @Test func aMarkThatIsABirthmark() {
        #expect(MatcherFixture.status(.bruising, in: "The mark is a Mongolian blue spot noted on the newborn check") == nil)
        #expect(MatcherFixture.status(.bruising, in: "There's a mark on her thigh, mum says it's a birthmark") == .present)
    }

    @Test func violenceTowardsEarlierPartners() {
        #expect(MatcherFixture.status(.domesticAbuse, in: "Partner has convictions for assault against ex partners") == .possible)
    }

    /// "Low" of a parent, said and denied; "low on formula" is no mood at all.
    @Test func aParentSaidToBeLow() {
        #expect(MatcherFixture.status(.mentalHealth, in: "Mum seemed low when I saw her on Tuesday") == .present)
        #expect(MatcherFixture.status(.mentalHealth, in: "She isn't down, she's just exhausted") == .absent)
        #expect(MatcherFixture.status(.mentalHealth, in: "Mum is running low on nappies and formula") == nil)
    }

    @Test func aBirthDescribedAsStraightforward() {
        #expect(MatcherFixture.status(.traumaticBirth, in: "The delivery was uneventful and they went home the same day") == .absent)
    }
}
