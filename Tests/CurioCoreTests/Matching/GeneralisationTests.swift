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
        // "wo" and "wko" for week-old, as notes write it.
        ("8 wo bruise L ear", 8.0),
        ("Baby 5wko, unsettled.", 5.0),
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
        "Bruise from the fireplace, explanation fits his development.",
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

    // MARK: 11. Third session: lists, threats, questions, ages, double negation, and more

    /// A negation runs on past a comma only through a list ("no bruises, marks or swelling"): after other words ("not sitting up yet, a bruise...") the next finding is said plainly.
    @Test(arguments: [
        ("Not sitting up yet, a small bruise above the left eye", RiskFactorID.bruising, FindingStatus?.some(.present)),
        ("Not sitting up yet, a small bruise above the left eye", RiskFactorID.preMobile, FindingStatus?.some(.present)),
        ("No fractures on the skeletal survey, bruising to the right ear", RiskFactorID.bruising, FindingStatus?.some(.present)),
        ("No fractures on the skeletal survey, bruising to the right ear", RiskFactorID.otherInjury, FindingStatus?.some(.absent)),
        ("Doesn't crawl at all, burns on both palms", RiskFactorID.otherInjury, FindingStatus?.some(.present)),
        ("Nil bruising, petechiae or marks on the skin check", RiskFactorID.bruising, FindingStatus?.some(.absent)),
        ("No bruises, swelling or marks seen", RiskFactorID.bruising, FindingStatus?.some(.absent)),
        ("No bruises, swelling or marks seen", RiskFactorID.otherInjury, FindingStatus?.some(.absent)),
    ])
    func negationListNeedsAnItemBeforeTheComma(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A threat to the child alongside another person, or made on a condition, is danger now.
    @Test(arguments: [
        ("Her partner threatened to stab her and the baby last night", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("Her partner threatened to stab her and the baby last night", RiskFactorID.domesticAbuse, FindingStatus?.some(.present)),
        ("Dad is threatening to hurt mum and the kids", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("Dad is threatening to hurt mum and the kids", RiskFactorID.domesticAbuse, FindingStatus?.some(.present)),
        ("He says if she leaves he will kill the baby", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("Told her if anyone calls social services he'd smother the baby", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("If mum feels low she should ring the GP", RiskFactorID.mentalHealth, FindingStatus?.none),
        ("He threatened to kill mum last week", RiskFactorID.domesticAbuse, FindingStatus?.some(.present)),
    ])
    func threatsAlongsideAnotherOrOnACondition(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A child alone in a car or bath, a carer too drunk or collapsed, a door being forced now; "no" before "not breathing" is speech.
    @Test(arguments: [
        ("Toddler in the bath on her own while mum was on the phone", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("Toddler in the bath on her own while mum was on the phone", RiskFactorID.neglect, FindingStatus?.some(.present)),
        ("Toddler in the bath on her own while mum was on the phone", RiskFactorID.isolation, FindingStatus?.none),
        ("The twins are in the car by themselves outside the chemist", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("The twins are in the car by themselves outside the chemist", RiskFactorID.neglect, FindingStatus?.some(.present)),
        ("Mum is in the car on her own, baby with dad", RiskFactorID.immediateDanger, FindingStatus?.none),
        ("Dad is off his head on spice and alone with the newborn", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("Dad is off his head on spice and alone with the newborn", RiskFactorID.substanceMisuse, FindingStatus?.some(.present)),
        ("Mum has passed out and the baby is crying in the cot", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("He is smashing the back door down, baby upstairs", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("He is smashing the back door down, baby upstairs", RiskFactorID.domesticAbuse, FindingStatus?.some(.present)),
        ("He kicked the door last month during a row", RiskFactorID.domesticAbuse, FindingStatus?.some(.present)),
        ("He kicked the door last month during a row", RiskFactorID.immediateDanger, FindingStatus?.none),
        ("no she's not breathing I've started CPR", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
    ])
    func childAloneCarerIncapableDoorForced(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Crying fits that keep coming are crying, and claim "fit" from the seizure cue.
    @Test(arguments: [
        ("Screaming fits most evenings, nothing works", RiskFactorID.inconsolableCrying, FindingStatus?.some(.present)),
        ("Screaming fits most evenings, nothing works", RiskFactorID.immediateDanger, FindingStatus?.none),
        ("Crying fits that last for hours", RiskFactorID.inconsolableCrying, FindingStatus?.some(.present)),
        ("Crying fits that last for hours", RiskFactorID.immediateDanger, FindingStatus?.none),
        ("She had a fit at 2am and went stiff", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
    ])
    func cryingFitsAreNoSeizure(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A question about something seen ("is it a bruise?") is a doubt, possible; a question about what to do stays no finding.
    @Test(arguments: [
        ("Is it a bruise or dirt?", RiskFactorID.bruising, FindingStatus?.some(.possible)),
        ("Could that be a burn on his hand?", RiskFactorID.otherInjury, FindingStatus?.some(.possible)),
        ("Are those fingertip marks?", RiskFactorID.bruising, FindingStatus?.some(.possible)),
        ("Is there any bruising?", RiskFactorID.bruising, FindingStatus?.none),
        // (A question about a baby named by age asks about that baby: see RuleClassTests.)
        ("Should I worry about a bruise on a 3 month old?", RiskFactorID.bruising, FindingStatus?.some(.possible)),
    ])
    func aQuestionAboutSomethingSeenIsADoubt(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A possibility not excluded ("couldn't rule out a fracture") is possible, not absent.
    @Test(arguments: [
        ("We couldn't rule out a fracture", RiskFactorID.otherInjury, FindingStatus?.some(.possible)),
        ("NAI has not been excluded", RiskFactorID.otherInjury, FindingStatus?.some(.possible)),
        ("Bruising was ruled out", RiskFactorID.bruising, FindingStatus?.some(.absent)),
    ])
    func notRuledOutIsPossible(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// "Booked at 22 weeks" is a gestation of a pregnancy now; a birth "at 35 weeks" a gestation at birth;
    /// "7 months pregnant" no baby's age but a gestation in weeks; a birth "12 days ago" the age.
    @Test(arguments: [
        ("Booked at 22 weeks, no antenatal care before that", nil, 22),
        ("Booked late at 19 wks", nil, 19),
        ("Booked at 11 weeks, now 30 weeks pregnant", nil, 30),
        ("Delivered by EMCS at 35 weeks", nil, 35),
        ("Induced at 41 weeks for reduced movements", nil, 41),
        ("She is 7 months pregnant", nil, 30.4),
        ("Emergency section 12 days ago", 1.7, nil),
        ("Seen at 8 weeks, now 11 weeks", 11, nil),
        ("Day 4 baby, jaundiced", 0.6, nil),
        ("Small mark on the forehead at the D5 check", 0.7, nil),
        ("On day 10 of life", 1.4, nil),
        ("Day 3 of the antibiotics", nil, nil),
        ("She's 5 1/2 months", 23.9, nil),
        ("Wt static x3 weeks", nil, nil),
    ] as [(String, Double?, Double?)])
    func bookingAndBirthGestations(text: String, age: Double?, gestation: Double?) {
        let result = MatcherFixture.matcher.match(text)
        #expect(result.facts[FactName.childAgeWeeks]?.number == age, "\(text)")
        #expect(result.facts[FactName.gestationWeeks]?.number == gestation, "\(text)")
    }

    @Test func aBookingGestationIsUnborn() {
        #expect(MatcherFixture.status(.unborn, in: "Booked at 22 weeks, no antenatal care before that") == .present)
        #expect(MatcherFixture.status(.unborn, in: "She is 7 months pregnant") == .present)
    }

    /// A cue that says its own "not" is not negated again by an earlier "no".
    @Test(arguments: [
        ("No, dad isn't on the birth certificate", RiskFactorID.fatherUnknown, FindingStatus?.some(.present)),
        ("no he isn't responding to me", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("Nothing on file, dad not known to us", RiskFactorID.fatherUnknown, FindingStatus?.some(.present)),
        ("Denies that she can't cope", RiskFactorID.mentalHealth, FindingStatus?.some(.absent)),
        ("Not yet mobile, small bruise on the ear", RiskFactorID.bruising, FindingStatus?.some(.present)),
        ("Not yet mobile, small bruise on the ear", RiskFactorID.preMobile, FindingStatus?.some(.present)),
        ("He's not breathing, blue lips", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("Nowhere near crawling or walking", RiskFactorID.preMobile, FindingStatus?.some(.present)),
        ("DNA'd the perinatal mental health referral", RiskFactorID.mentalHealthUntreated, FindingStatus?.some(.present)),
    ])
    func aCueWithItsOwnNegationIsNotNegatedAgain(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A number a cue spells out ("called 999", "cat 1 section") is matched as that word.
    @Test(arguments: [
        ("Mum has dialled 999, dad is hitting her", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("Partner called 999 and the baby's with a neighbour", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("Delivered by cat 1 section", RiskFactorID.traumaticBirth, FindingStatus?.some(.present)),
        ("3rd degree tear and a PPH", RiskFactorID.traumaticBirth, FindingStatus?.some(.present)),
        ("Called 3 times this week", RiskFactorID.immediateDanger, FindingStatus?.none),
    ])
    func numbersACueSpellsOut(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A floppy limb or pain on handling is an injury, not a collapse; a bite mark is a bite.
    @Test(arguments: [
        ("His left leg is floppy and he screams when you move it", RiskFactorID.otherInjury, FindingStatus?.some(.present)),
        ("His left leg is floppy and he screams when you move it", RiskFactorID.immediateDanger, FindingStatus?.none),
        ("Cries every time I lift her arm", RiskFactorID.otherInjury, FindingStatus?.some(.present)),
        ("Bite marks on her thigh", RiskFactorID.otherInjury, FindingStatus?.some(.present)),
        ("Bite marks on her thigh", RiskFactorID.bruising, FindingStatus?.none),
        ("Baby is floppy and grey", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("Cries when she needs a feed", RiskFactorID.otherInjury, FindingStatus?.none),
    ])
    func limbsPainAndBites(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A parent cutting or burning their own body is self-harm, not a child injury.
    @Test(arguments: [
        ("Dad slashed his arms when he was in prison", RiskFactorID.mentalHealth, FindingStatus?.some(.present)),
        ("Dad slashed his arms when he was in prison", RiskFactorID.otherInjury, FindingStatus?.none),
        ("Mum has been burning her arms with cigarettes", RiskFactorID.mentalHealth, FindingStatus?.some(.present)),
    ])
    func selfHarmToTheirOwnBody(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// The parent's teenage years are childhood; abuse by a relative, care experience, a parent's drug use.
    @Test(arguments: [
        ("Mum was sexually exploited as a teenager", RiskFactorID.adverseChildhood, FindingStatus?.some(.present)),
        ("Dad was on a child protection plan in his teens for physical abuse", RiskFactorID.childhoodInCare, FindingStatus?.some(.present)),
        ("Dad was on a child protection plan in his teens for physical abuse", RiskFactorID.adverseChildhood, FindingStatus?.some(.present)),
        ("Mum was assaulted by her stepfather", RiskFactorID.adverseChildhood, FindingStatus?.some(.present)),
        ("Both parents are care-experienced", RiskFactorID.childhoodInCare, FindingStatus?.some(.present)),
        ("Her dad was a crack user", RiskFactorID.adverseChildhood, FindingStatus?.some(.present)),
        ("Her dad was a crack user", RiskFactorID.substanceMisuse, FindingStatus?.none),
        ("Mum says her upbringing was stable", RiskFactorID.adverseChildhood, FindingStatus?.some(.absent)),
    ])
    func theParentsTeenageYearsAndCare(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Services involved now (CMHT, CPN, perinatal team, self-referral) are treatment; "MH" shorthand; no input is untreated.
    @Test(arguments: [
        ("Known to the CMHT, CPN visits fortnightly", RiskFactorID.mentalHealthUntreated, FindingStatus?.some(.absent)),
        ("Known to the CMHT, CPN visits fortnightly", RiskFactorID.mentalHealth, FindingStatus?.some(.present)),
        ("Perinatal team involved since the birth", RiskFactorID.mentalHealthUntreated, FindingStatus?.some(.absent)),
        ("No perinatal input despite the referral", RiskFactorID.mentalHealthUntreated, FindingStatus?.some(.present)),
        ("Hx MH, not on any medication", RiskFactorID.mentalHealth, FindingStatus?.some(.present)),
        ("Denies MH problems", RiskFactorID.mentalHealth, FindingStatus?.some(.absent)),
        ("Dad referred himself to IAPT", RiskFactorID.mentalHealthUntreated, FindingStatus?.some(.absent)),
        ("Dad referred himself to IAPT", RiskFactorID.mentalHealth, FindingStatus?.some(.present)),
    ])
    func mentalHealthServicesAndShorthand(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Sobriety and recovery are a history of misuse; recovery from an operation or a dry nappy is not.
    @Test(arguments: [
        ("Dad is 2 years clean", RiskFactorID.substanceMisuse, FindingStatus?.some(.present)),
        ("Mum goes to AA twice a week", RiskFactorID.substanceMisuse, FindingStatus?.some(.present)),
        ("Mum is in recovery from the section", RiskFactorID.substanceMisuse, FindingStatus?.none),
        ("Nappy dry for 6 hours", RiskFactorID.substanceMisuse, FindingStatus?.none),
    ])
    func recoveryIsAHistoryOfMisuse(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Resus as a place in A&E is no birth trauma; a baby's own shaking is no shaking injury.
    @Test(arguments: [
        ("Brought into ED resus after a fall", RiskFactorID.traumaticBirth, FindingStatus?.none),
        ("Needed resus at birth", RiskFactorID.traumaticBirth, FindingStatus?.some(.present)),
        ("Shaking movements of both arms, ?seizure", RiskFactorID.otherInjury, FindingStatus?.none),
        ("Shaking movements of both arms, ?seizure", RiskFactorID.immediateDanger, FindingStatus?.some(.possible)),
        ("Dad admits he shook her", RiskFactorID.otherInjury, FindingStatus?.some(.present)),
    ])
    func resusAsAPlaceAndABabysOwnShaking(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A centile named alone is neither neglect nor reassurance; a fall across centiles is neglect.
    @Test(arguments: [
        ("On the 9th centile", RiskFactorID.neglect, FindingStatus?.none),
        ("Weight fallen from the 75th to the 9th centile", RiskFactorID.neglect, FindingStatus?.some(.present)),
    ])
    func aCentileNamedAloneIsNoReassurance(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A concern from the maternal or paternal side of the family is a family concern, its content second-hand.
    @Test(arguments: [
        ("Call from the maternal grandmother about bruises on the baby", RiskFactorID.familyConcern, FindingStatus?.some(.present)),
        ("Call from the maternal grandmother about bruises on the baby", RiskFactorID.bruising, FindingStatus?.some(.possible)),
        ("Concerns from paternal uncle re cannabis use", RiskFactorID.familyConcern, FindingStatus?.some(.present)),
        ("Concerns from paternal uncle re cannabis use", RiskFactorID.substanceMisuse, FindingStatus?.some(.possible)),
    ])
    func familyConcernWithTheSideOfTheFamily(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Crying for hours a day, said with a range or without "for"; carers struggling with the crying.
    @Test(arguments: [
        ("Screams 6 hours a day", RiskFactorID.inconsolableCrying, FindingStatus?.some(.present)),
        ("Cries for 2-3 hrs every night", RiskFactorID.inconsolableCrying, FindingStatus?.some(.present)),
        ("Mum is struggling with his screaming", RiskFactorID.inconsolableCrying, FindingStatus?.some(.present)),
    ])
    func cryingHoursADay(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A baby left with a young child, said the other way round.
    @Test(arguments: [
        ("Baby often left with an 11 year old cousin", RiskFactorID.neglect, FindingStatus?.some(.present)),
    ])
    func leftWithAChildSaidPassively(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Pinning, dragging, holding by the throat or hair.
    @Test(arguments: [
        ("He pinned her to the floor by the throat", RiskFactorID.domesticAbuse, FindingStatus?.some(.present)),
        ("Partner dragged her by the hair", RiskFactorID.domesticAbuse, FindingStatus?.some(.present)),
    ])
    func violenceByTheThroatOrHair(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// The father's identity or name not known.
    @Test(arguments: [
        ("Baby's father's identity is unclear", RiskFactorID.fatherUnknown, FindingStatus?.some(.present)),
        ("Dad's surname not known", RiskFactorID.fatherUnknown, FindingStatus?.some(.present)),
    ])
    func fathersIdentityUnclear(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// "Her only support is..." is little support, not support.
    @Test(arguments: [
        ("Her only support is a friend who lives 2 hours away", RiskFactorID.isolation, FindingStatus?.some(.present)),
    ])
    func onlySupportIsLittleSupport(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A neighbour or friend who reports is a source (second-hand), not the one the condition belongs to.
    @Test(arguments: [
        ("Neighbour says there's screaming and things being smashed every night", RiskFactorID.domesticAbuse, FindingStatus?.some(.possible)),
        ("A friend rang us, says mum is using again", RiskFactorID.substanceMisuse, FindingStatus?.some(.possible)),
        ("Her best friend has bipolar", RiskFactorID.mentalHealth, FindingStatus?.none),
    ])
    func aReporterIsASourceNotTheSubject(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A parent flat in affect or detached from the baby; a flat that is a home is not.
    @Test(arguments: [
        ("Mum very tired and flat in mood today", RiskFactorID.mentalHealth, FindingStatus?.some(.present)),
        ("Seemed detached from her daughter during the visit", RiskFactorID.mentalHealth, FindingStatus?.some(.possible)),
        ("Flat was tidy and warm", RiskFactorID.mentalHealth, FindingStatus?.none),
    ])
    func flatAffectAndDetachment(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Urine, a sodden nappy, damp and mould, feeds skipped, a baby left with near strangers.
    @Test(arguments: [
        ("Strong smell of stale urine in the bedroom", RiskFactorID.neglect, FindingStatus?.some(.present)),
        ("His nappy was sodden and leaking", RiskFactorID.neglect, FindingStatus?.some(.present)),
        ("Damp and mouldy bedroom, baby's cot against the wall", RiskFactorID.neglect, FindingStatus?.some(.present)),
        ("Dad skips the night feeds when he's had a drink", RiskFactorID.neglect, FindingStatus?.some(.present)),
        ("She leaves him with people she barely knows so she can go out", RiskFactorID.neglect, FindingStatus?.some(.present)),
        ("Appropriately dressed and clean", RiskFactorID.neglect, FindingStatus?.some(.absent)),
    ])
    func homeAndCareNeglect(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A carer shut in with the child, keeping everyone out.
    @Test(arguments: [
        ("He's locked himself in the flat with the kids", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("She refuses to let anyone in and has the baby", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
    ])
    func shutInWithTheChild(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Crying that comforting does not stop.
    @Test(arguments: [
        ("Cries most of the evening despite feeds, cuddles and winding", RiskFactorID.inconsolableCrying, FindingStatus?.some(.present)),
    ])
    func cryingDespiteComfort(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A threat to kill oneself is mental ill health, not a threat to the partner.
    @Test(arguments: [
        ("Dad keeps threatening to kill himself", RiskFactorID.mentalHealth, FindingStatus?.some(.present)),
        ("Dad keeps threatening to kill himself", RiskFactorID.domesticAbuse, FindingStatus?.none),
    ])
    func aSuicideThreatIsNoDomesticAbuse(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// What the parent's own parent used to do; no social services involvement as a child.
    @Test(arguments: [
        ("His mum used to lock him out and go drinking", RiskFactorID.adverseChildhood, FindingStatus?.some(.present)),
        ("No social services involvement as a child", RiskFactorID.childhoodInCare, FindingStatus?.some(.absent)),
    ])
    func moreChildhoodWords(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A baby expected to keep the partner around.
    @Test(arguments: [
        ("She says having the baby will keep her boyfriend around", RiskFactorID.naiveExpectations, FindingStatus?.some(.present)),
    ])
    func aBabyToKeepThePartner(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Clear imaging says there is no injury.
    @Test(arguments: [
        ("Skeletal survey was clear", RiskFactorID.otherInjury, FindingStatus?.some(.absent)),
    ])
    func clearImagingIsNoInjury(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Breathing in trouble, a carer's overdose now, a child kept from everyone.
    @Test(arguments: [
        ("Baby is choking and going grey", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("His breathing is really laboured", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("Dad won't hand the baby back and has been drinking", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("Mum has just taken an overdose, the baby is in the flat", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("Mum has just taken an overdose, the baby is in the flat", RiskFactorID.mentalHealth, FindingStatus?.some(.present)),
        ("Took an overdose at 15", RiskFactorID.immediateDanger, FindingStatus?.none),
    ])
    func breathingOverdoseKeepingTheChild(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A burn or scald mark on the body is a burn, longer than a "mark on" (a bruise).
    @Test(arguments: [
        ("Scald marks on both feet", RiskFactorID.otherInjury, FindingStatus?.some(.present)),
        ("Scald marks on both feet", RiskFactorID.bruising, FindingStatus?.none),
        ("Burn mark on the back of her hand", RiskFactorID.otherInjury, FindingStatus?.some(.present)),
        ("Burn mark on the back of her hand", RiskFactorID.bruising, FindingStatus?.none),
    ])
    func burnMarksAreBurns(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// No milk or formula in the house; nappy rash raw or bleeding.
    @Test(arguments: [
        ("They haven't got any formula for the baby", RiskFactorID.neglect, FindingStatus?.some(.present)),
        ("Nappy rash is raw and weeping", RiskFactorID.neglect, FindingStatus?.some(.present)),
    ])
    func noMilkAndRawNappyRash(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Not yet booked or booked late, the mother due: a pregnancy now; a baby due jabs is none.
    @Test(arguments: [
        ("Mum is due in three weeks", RiskFactorID.unborn, FindingStatus?.some(.present)),
        ("She still hasn't booked and she's about 20 weeks", RiskFactorID.unborn, FindingStatus?.some(.present)),
        ("Her 12 week jabs are due next week", RiskFactorID.unborn, FindingStatus?.none),
    ])
    func bookingAndDueDates(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A father who acts (brings, rings) is known; not knowing whether he is still around is not knowing where he is.
    @Test(arguments: [
        ("Dad brought him to the clinic today", RiskFactorID.fatherUnknown, FindingStatus?.some(.absent)),
        ("Father brought her to the surgery about the rash", RiskFactorID.fatherUnknown, FindingStatus?.some(.absent)),
        ("Dad drinks every night", RiskFactorID.substanceMisuse, FindingStatus?.some(.present)),
        ("Dad works away most weeks", RiskFactorID.isolation, FindingStatus?.some(.present)),
        ("Unsure whether the baby's father is still involved", RiskFactorID.fatherUnknown, FindingStatus?.some(.present)),
    ])
    func aFatherWhoActsIsKnown(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A doubt about treatment leaves the named condition present.
    @Test(arguments: [
        ("Unclear if she ever got support for the PND she had after her first", RiskFactorID.mentalHealth, FindingStatus?.some(.present)),
        ("Unclear if she ever got support for the PND she had after her first", RiskFactorID.mentalHealthUntreated, FindingStatus?.some(.possible)),
        ("Might be depressed, hard to tell", RiskFactorID.mentalHealth, FindingStatus?.some(.possible)),
    ])
    func aTreatmentInDoubtLeavesTheCondition(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Dyslexia is a learning difficulty.
    @Test(arguments: [
        ("Mum is dyslexic and finds letters hard", RiskFactorID.learningDifficulty, FindingStatus?.some(.present)),
    ])
    func dyslexiaIsALearningDifficulty(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// What the other parent raises is a family concern, its content second-hand.
    @Test(arguments: [
        ("Her ex has raised concerns that she is using cocaine again", RiskFactorID.familyConcern, FindingStatus?.some(.present)),
        ("Her ex has raised concerns that she is using cocaine again", RiskFactorID.substanceMisuse, FindingStatus?.some(.possible)),
    ])
    func theOtherParentsConcernIsSecondHand(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A bracket closes a negation; "I wonder whether" is a doubt, not a condition; a fact given as a reason is no discussion.
    @Test(arguments: [
        ("Her boyfriend (not the baby's father) smokes skunk daily", RiskFactorID.substanceMisuse, FindingStatus?.some(.present)),
        ("I wonder whether dad is using again", RiskFactorID.substanceMisuse, FindingStatus?.some(.possible)),
        ("We talked about ICON given her history of depression", RiskFactorID.mentalHealth, FindingStatus?.some(.present)),
        ("If she's low she'll ring", RiskFactorID.mentalHealth, FindingStatus?.none),
    ])
    func bracketsWonderingAndGiven(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Violence "before", arguments overheard, the father unclear, a filthy home.
    @Test(arguments: [
        ("Reportedly he has been violent to her before", RiskFactorID.domesticAbuse, FindingStatus?.some(.possible)),
        ("Downstairs neighbour hears them arguing most nights", RiskFactorID.domesticAbuse, FindingStatus?.some(.possible)),
        ("Unclear who the baby's dad is", RiskFactorID.fatherUnknown, FindingStatus?.some(.present)),
        ("Kitchen was filthy and the bedroom really smelly", RiskFactorID.neglect, FindingStatus?.some(.present)),
    ])
    func moreWordings(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Apnoea, cyanosis, a BRUE, a baby hard to rouse: danger now; a normal GCS is not.
    @Test(arguments: [
        ("Apnoeic and cyanosed on arrival", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("Had a BRUE at home this morning", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("Very difficult to rouse since lunchtime", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("GCS 15, alert and feeding", RiskFactorID.immediateDanger, FindingStatus?.none),
    ])
    func collapseInClinicalWords(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// SDH and RH are injuries.
    @Test(arguments: [
        ("CT head shows an SDH", RiskFactorID.otherInjury, FindingStatus?.some(.present)),
        ("Ophthalmology found RH in both eyes", RiskFactorID.otherInjury, FindingStatus?.some(.present)),
    ])
    func clinicalInjuryShorthand(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A small child found wandering outside alone: danger and neglect, not the parent's isolation.
    @Test(arguments: [
        ("Toddler found wandering the road on her own at 6am", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("Toddler found wandering the road on her own at 6am", RiskFactorID.neglect, FindingStatus?.some(.present)),
        ("Toddler found wandering the road on her own at 6am", RiskFactorID.isolation, FindingStatus?.none),
    ])
    func aChildWanderingOutsideAlone(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A wish that the child were dead or never born is a possible danger.
    @Test(arguments: [
        ("Dad told me he wishes the baby had never been born", RiskFactorID.immediateDanger, FindingStatus?.some(.possible)),
    ])
    func aWishThatTheChildWereDead(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// "Wt" is weight; "x3 weeks" and "for 3 weeks" are durations.
    @Test(arguments: [
        ("Wt static for 3 weeks", RiskFactorID.neglect, FindingStatus?.some(.present)),
    ])
    func weightShorthand(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// The relative who brought the parent up belongs to that childhood; concerns raised "by his mum" are no childhood.
    @Test(arguments: [
        ("Dad was brought up by his grandparents as his mum was on heroin", RiskFactorID.adverseChildhood, FindingStatus?.some(.present)),
        ("His childhood was really chaotic", RiskFactorID.adverseChildhood, FindingStatus?.some(.present)),
        ("Concerns raised by his mum that dad is using again", RiskFactorID.familyConcern, FindingStatus?.some(.present)),
        ("Concerns raised by his mum that dad is using again", RiskFactorID.substanceMisuse, FindingStatus?.some(.possible)),
        ("Concerns raised by his mum that dad is using again", RiskFactorID.adverseChildhood, FindingStatus?.none),
    ])
    func theRelativesOfTheParentsChildhood(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Awaiting assessment or declining a referral is untreated; treatment finished and well is not; feeling empty is mental ill health.
    @Test(arguments: [
        ("Referred to IAPT and awaiting assessment", RiskFactorID.mentalHealthUntreated, FindingStatus?.some(.present)),
        ("Mum declined a referral to the perinatal team", RiskFactorID.mentalHealthUntreated, FindingStatus?.some(.present)),
        ("Mum declined a referral to the perinatal team", RiskFactorID.mentalHealth, FindingStatus?.some(.present)),
        ("Came off her sertraline last year and doing well", RiskFactorID.mentalHealthUntreated, FindingStatus?.some(.absent)),
        ("Says she feels empty and like a failure", RiskFactorID.mentalHealth, FindingStatus?.some(.present)),
    ])
    func treatmentAwaitedDeclinedOrFinished(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Family round the corner is support; a partner posted abroad is absent.
    @Test(arguments: [
        ("Both grandparents live round the corner", RiskFactorID.isolation, FindingStatus?.some(.absent)),
        ("Partner is posted abroad with the navy", RiskFactorID.isolation, FindingStatus?.some(.present)),
    ])
    func supportCloseByOrPostedAway(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Refusing to say who the father is; a father who comes to the scan.
    @Test(arguments: [
        ("She refuses to tell us who the dad is", RiskFactorID.fatherUnknown, FindingStatus?.some(.present)),
        ("Dad came to the scan", RiskFactorID.fatherUnknown, FindingStatus?.some(.absent)),
    ])
    func fatherRefusedOrAttending(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// An assault on the partner, a non-mol order; no violence.
    @Test(arguments: [
        ("Dad was charged with assault on his partner", RiskFactorID.domesticAbuse, FindingStatus?.some(.present)),
        ("Non-mol order against her ex", RiskFactorID.domesticAbuse, FindingStatus?.some(.present)),
        ("No violence in the relationship", RiskFactorID.domesticAbuse, FindingStatus?.some(.absent)),
    ])
    func domesticAbuseWordings(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Light drinking is none; a positive test; a baby withdrawing since birth.
    @Test(arguments: [
        ("Mum drinks occasionally, no concerns", RiskFactorID.substanceMisuse, FindingStatus?.some(.absent)),
        ("Positive for opiates on the cord sample", RiskFactorID.substanceMisuse, FindingStatus?.some(.present)),
        ("Baby being treated for withdrawal since birth", RiskFactorID.substanceMisuse, FindingStatus?.some(.present)),
    ])
    func substanceWordings(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Said at the booking appointment: a pregnancy.
    @Test(arguments: [
        ("Disclosed DV at her booking appointment", RiskFactorID.unborn, FindingStatus?.some(.present)),
        ("Disclosed DV at her booking appointment", RiskFactorID.domesticAbuse, FindingStatus?.some(.present)),
    ])
    func atBookingIsAPregnancy(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A heading and its verdict ("Bruising - none seen", "DV - none disclosed") is an absent cue of its factor; a finding followed by "- no concerns from mum" or "- nil explanation" stays; "r/o" is to rule out.
    @Test(arguments: [
        ("Bruising - none seen", RiskFactorID.bruising, FindingStatus?.some(.absent)),
        ("Alcohol - nil", RiskFactorID.substanceMisuse, FindingStatus?.some(.absent)),
        ("Marks -ve", RiskFactorID.bruising, FindingStatus?.some(.absent)),
        ("Skin check: clear", RiskFactorID.bruising, FindingStatus?.some(.absent)),
        ("DV - none disclosed", RiskFactorID.domesticAbuse, FindingStatus?.some(.absent)),
        ("Injuries: none", RiskFactorID.otherInjury, FindingStatus?.some(.absent)),
        ("Bruise on the cheek - no concerns from mum", RiskFactorID.bruising, FindingStatus?.some(.present)),
        ("Bruise on cheek - denies any fall", RiskFactorID.bruising, FindingStatus?.some(.present)),
        ("Bruise on cheek - nil explanation", RiskFactorID.bruising, FindingStatus?.some(.present)),
        ("Bruise to L cheek - nil else of note", RiskFactorID.bruising, FindingStatus?.some(.present)),
        ("Bruise on the ear - no explanation given", RiskFactorID.bruising, FindingStatus?.some(.present)),
        ("MH: no concerns", RiskFactorID.mentalHealth, FindingStatus?.some(.absent)),
        ("Mood - low", RiskFactorID.mentalHealth, FindingStatus?.some(.present)),
        ("Mood: good", RiskFactorID.mentalHealth, FindingStatus?.some(.absent)),
        ("r/o NAI at the hospital", RiskFactorID.otherInjury, FindingStatus?.none),
    ])
    func aHeadingAndItsVerdict(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// "and she"/"and he" make the parent the subject again: a relative's or an ex's scope ends, and a childhood said after it reaches back no further.
    @Test(arguments: [
        ("Her ex used to beat her and she grew up in foster care", RiskFactorID.domesticAbuse, FindingStatus?.some(.present)),
        ("Her ex used to beat her and she grew up in foster care", RiskFactorID.childhoodInCare, FindingStatus?.some(.present)),
        ("Her ex used to beat her and she grew up in foster care", RiskFactorID.adverseChildhood, FindingStatus?.none),
        ("Dad smokes weed and mum was neglected as a child", RiskFactorID.substanceMisuse, FindingStatus?.some(.present)),
        ("Dad smokes weed and mum was neglected as a child", RiskFactorID.adverseChildhood, FindingStatus?.some(.present)),
        ("Her grandad was violent and he was taken into care at 10", RiskFactorID.childhoodInCare, FindingStatus?.some(.present)),
    ])
    func aNewClauseAboutTheParent(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Mum "has got" a black eye; a record of violence is a risk; parents not speaking to her; children left with anybody.
    @Test(arguments: [
        ("Mum has got a black eye and a cut lip", RiskFactorID.domesticAbuse, FindingStatus?.some(.possible)),
        ("Mum has got a black eye and a cut lip", RiskFactorID.bruising, FindingStatus?.none),
        ("Partner has a record for violence", RiskFactorID.domesticAbuse, FindingStatus?.some(.possible)),
        ("Her parents are no longer speaking to her", RiskFactorID.isolation, FindingStatus?.some(.present)),
        ("Mum leaves the kids with anybody", RiskFactorID.neglect, FindingStatus?.some(.present)),
    ])
    func moreParentWordings(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Advice to call 999 or a practitioner's explanation is no finding, a parent's explanation of an injury is; a 999 call made, in any wording, is danger now.
    @Test(arguments: [
        ("Advised to call 999 if he stops breathing", RiskFactorID.immediateDanger, FindingStatus?.none),
        ("I explained that bruising in a non-mobile baby always needs a referral", RiskFactorID.bruising, FindingStatus?.none),
        ("Mum explained how the bruise happened", RiskFactorID.bruising, FindingStatus?.some(.present)),
        ("Dad explained that the burn was from the radiator", RiskFactorID.otherInjury, FindingStatus?.some(.present)),
        ("Explained to dad how to cope with the crying", RiskFactorID.inconsolableCrying, FindingStatus?.none),
        ("Dad rang 999 when she went limp", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("Partner phoned 999, he has a knife", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("Mum phoned 999 and he's still not breathing", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
    ])
    func adviceAnd999(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Injuries told by what is seen (blood from an ear, a bent leg, blisters) and collapse told the same way (limp, eyes rolling); a child's own fall is no abuse of the mother.
    @Test(arguments: [
        ("Blood trickling from his ear when I picked him up", RiskFactorID.otherInjury, FindingStatus?.some(.present)),
        ("Blood all over her sleepsuit this morning", RiskFactorID.otherInjury, FindingStatus?.some(.present)),
        ("His leg looks bent at a funny angle", RiskFactorID.otherInjury, FindingStatus?.some(.present)),
        ("Blisters across both palms", RiskFactorID.otherInjury, FindingStatus?.some(.present)),
        ("Toddler fell down the stairs at nursery", RiskFactorID.domesticAbuse, FindingStatus?.none),
        ("She went limp in my arms", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("His eyes are rolling back and he's twitching", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("He's drunk and won't let me in, the baby's with him", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
    ])
    func injuriesAndCollapseDescribed(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A general question reported ("asked is it normal for babies...") is a question; one about what is there ("the bruise on his arm") is not.
    @Test(arguments: [
        ("Mum asked is it normal for babies to get a bruise when they start crawling?", RiskFactorID.bruising, FindingStatus?.none),
        ("Dad wanted to know whether babies can be left to cry it out", RiskFactorID.inconsolableCrying, FindingStatus?.none),
        ("She asked me whether the bruise on his arm needs checking", RiskFactorID.bruising, FindingStatus?.some(.present)),
    ])
    func aGeneralQuestionReported(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Danger words said of something else: not responding to calls, a fit of rage, a police seizure, a CPR course; said of the baby they stay danger.
    @Test(arguments: [
        ("Mum not responding to calls or texts since Monday", RiskFactorID.immediateDanger, FindingStatus?.none),
        ("Dad was unresponsive to advice about safe sleep", RiskFactorID.immediateDanger, FindingStatus?.none),
        ("Mum had a fit about the state of the kitchen", RiskFactorID.immediateDanger, FindingStatus?.none),
        ("He flew into a fit of rage and smashed his phone", RiskFactorID.immediateDanger, FindingStatus?.none),
        ("Police seizure of cannabis at the address", RiskFactorID.immediateDanger, FindingStatus?.none),
        ("Police seizure of cannabis at the address", RiskFactorID.substanceMisuse, FindingStatus?.some(.present)),
        ("In danger of losing her tenancy", RiskFactorID.immediateDanger, FindingStatus?.none),
        ("Parents attended an infant CPR course", RiskFactorID.immediateDanger, FindingStatus?.none),
        ("Baby not responding, lips blue", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("Baby had a seizure this morning", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("Mum is doing CPR now", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("Mum threw a fit when she saw the letter", RiskFactorID.immediateDanger, FindingStatus?.none),
        ("Had a fit because of a high temperature", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
    ])
    func dangerLookAlikes(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A finding that is there, talked about ("discussed the fracture", "keep an eye on the bruise") stays a finding; a topic ("discussed bruising") does not.
    @Test(arguments: [
        ("GP to keep an eye on the bruise behind his ear", RiskFactorID.bruising, FindingStatus?.some(.present)),
        ("Discussed the fracture with the radiologist", RiskFactorID.otherInjury, FindingStatus?.some(.present)),
        ("Mum talked about the marks on his back", RiskFactorID.bruising, FindingStatus?.some(.present)),
        ("Discussed bruising and what to look for", RiskFactorID.bruising, FindingStatus?.none),
        ("If there's a bruise, check the bruise again on Monday", RiskFactorID.bruising, FindingStatus?.none),
    ])
    func aFindingThatIsThereTalkedAbout(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Signs said to be there ("there are signs of bruising", "showing signs of PND") are findings; "watch for signs of" is advice.
    @Test(arguments: [
        ("There are signs of bruising on his back", RiskFactorID.bruising, FindingStatus?.some(.present)),
        ("Clear signs of neglect in the home", RiskFactorID.neglect, FindingStatus?.some(.present)),
        ("She is showing signs of PND", RiskFactorID.mentalHealth, FindingStatus?.some(.present)),
        ("Possible signs of neglect", RiskFactorID.neglect, FindingStatus?.some(.possible)),
        ("Watch for signs of neglect", RiskFactorID.neglect, FindingStatus?.none),
        ("No signs of neglect", RiskFactorID.neglect, FindingStatus?.some(.absent)),
    ])
    func signsSaidToBeThere(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A habit in the past ("would often", "would always") is a finding, not the conditional "would".
    @Test(arguments: [
        ("He would often shake the baby to quieten him", RiskFactorID.otherInjury, FindingStatus?.some(.present)),
        ("Mum would always be drunk by the afternoon", RiskFactorID.substanceMisuse, FindingStatus?.some(.present)),
        ("She would be low if she stopped her tablets", RiskFactorID.mentalHealth, FindingStatus?.none),
    ])
    func aHabitInThePast(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A new partner nobody has met is an unknown man; "babies are easy" is naive.
    @Test(arguments: [
        ("Mum's new boyfriend has moved in but we haven't met him", RiskFactorID.fatherUnknown, FindingStatus?.some(.present)),
        ("Dad thinks babies are easy", RiskFactorID.naiveExpectations, FindingStatus?.some(.present)),
        ("It is easy to miss a bruise behind the ear", RiskFactorID.naiveExpectations, FindingStatus?.none),
    ])
    func unmetPartnerAndEasyBabies(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A parent's word about how the baby is ("mum says he's not crawling yet") is their own account, present; about the other parent or how an injury happened it is second-hand. Bum shuffling and first steps are mobility.
    @Test(arguments: [
        ("Mum says he's not crawling yet", RiskFactorID.preMobile, FindingStatus?.some(.present)),
        ("Dad says she knocked her head on the cot", RiskFactorID.otherInjury, FindingStatus?.some(.possible)),
        ("Mum says he drinks every night", RiskFactorID.substanceMisuse, FindingStatus?.some(.possible)),
        ("Lies where you put her, not rolling yet", RiskFactorID.preMobile, FindingStatus?.some(.present)),
        ("Bum shuffling since 9 months", RiskFactorID.preMobile, FindingStatus?.some(.absent)),
        ("Taking his first steps", RiskFactorID.preMobile, FindingStatus?.some(.absent)),
    ])
    func aParentsAccountOfTheBaby(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Centiles dropped "from the 50th to the 9th", slow gain, watered-down formula, unsterilised bottles; screaming the house down.
    @Test(arguments: [
        ("Baby has dropped from the 50th to the 9th", RiskFactorID.neglect, FindingStatus?.some(.present)),
        ("Weight gain has been slow", RiskFactorID.neglect, FindingStatus?.some(.present)),
        ("Still not gaining", RiskFactorID.neglect, FindingStatus?.some(.present)),
        ("Formula is being watered down to make it last", RiskFactorID.neglect, FindingStatus?.some(.present)),
        ("No sterilised bottles in the flat", RiskFactorID.neglect, FindingStatus?.some(.present)),
        ("Screams the house down every evening", RiskFactorID.inconsolableCrying, FindingStatus?.some(.present)),
        ("Baby cries whenever put down", RiskFactorID.inconsolableCrying, FindingStatus?.none),
    ])
    func growthFeedsAndCryingOtherWays(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A hyphen joining a number to a word ("6-week-old") is part of the words, not a sentence
    /// mark: what a relative reports, or what is denied, reaches past it.
    @Test(arguments: [
        ("Aunt rang to say the 9-week-old is left in a wet nappy for hours", RiskFactorID.neglect, FindingStatus?.some(.possible)),
        ("No bruising seen on the 3-month-old's arms or legs", RiskFactorID.bruising, FindingStatus?.some(.absent)),
        ("Grandad phoned, says the 2-month-old's mum is drunk most days", RiskFactorID.substanceMisuse, FindingStatus?.some(.possible)),
        ("Bruise on the 4-month-old's cheek", RiskFactorID.bruising, FindingStatus?.some(.present)),
    ])
    func aHyphenInAnAgeIsNoBoundary(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// The age reader still reads the joined hyphen; a dash between spaces is still a boundary.
    @Test func aHyphenInAnAgeStillGivesTheAgeAndASpacedDashStillEndsAScope() {
        #expect(MatcherFixture.age("Aunt rang to say the 9-week-old is left in a wet nappy") == 9)
        #expect(MatcherFixture.status(.bruising, in: "no marks on his arms - bruise on left ear though") == .present)
    }

    /// A relative named with their side of the family reports second-hand, as any relative does;
    /// the practitioner's own observation afterwards is first-hand again.
    @Test(arguments: [
        ("Maternal grandmother phoned because she thinks mum is using again", RiskFactorID.substanceMisuse, FindingStatus?.some(.possible)),
        ("Paternal aunt rang the surgery to say dad has been hitting mum", RiskFactorID.domesticAbuse, FindingStatus?.some(.possible)),
        ("Mat grandad called to say the baby is left in dirty nappies", RiskFactorID.neglect, FindingStatus?.some(.possible)),
        ("Neighbour reported shouting, and when the HV visited she saw a bruise on his ear", RiskFactorID.bruising, FindingStatus?.some(.present)),
        ("Nan says she saw a bruise, then the GP examined him and found a bruise on his back", RiskFactorID.bruising, FindingStatus?.some(.present)),
        ("Nan says she saw a bruise on his back", RiskFactorID.bruising, FindingStatus?.some(.possible)),
    ])
    func qualifiedRelativesReportSecondHand(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A newborn or neonate is pre-mobile whatever else is said; the newborn check and a
    /// neonatal nurse are not babies.
    @Test(arguments: [
        ("Small bruise on the newborn's forehead", FindingStatus?.some(.present)),
        ("Mum and new born baby discharged yesterday", FindingStatus?.some(.present)),
        ("Neonate with a mark on the cheek", FindingStatus?.some(.present)),
        ("just born, small mark on his arm", FindingStatus?.some(.present)),
        ("She works as a neonatal nurse", FindingStatus?.none),
    ])
    func aNewbornIsPreMobile(text: String, status: FindingStatus?) {
        #expect(MatcherFixture.status(.preMobile, in: text) == status, "\(text)")
    }

    /// "Her" with no one else named is the baby girl: her bruise is an injury to the baby, not a
    /// sign of abuse of the mother. Only a mark plainly the mother's is hers.
    @Test(arguments: [
        ("8 weeks old with a bruise on her arm", RiskFactorID.bruising, FindingStatus?.some(.present)),
        ("8 weeks old with a bruise on her arm", RiskFactorID.domesticAbuse, FindingStatus?.none),
        ("Bruises on her face, she is 4 months", RiskFactorID.bruising, FindingStatus?.some(.present)),
        ("Baby girl, 10 weeks, bruising on her neck", RiskFactorID.bruising, FindingStatus?.some(.present)),
        ("Mum has a bruise on her arm", RiskFactorID.bruising, FindingStatus?.none),
        ("Mum has a bruise on her arm", RiskFactorID.domesticAbuse, FindingStatus?.some(.possible)),
        ("Noticed bruising on mum's neck", RiskFactorID.domesticAbuse, FindingStatus?.some(.possible)),
        ("Bruises on mum arms when I visited", RiskFactorID.domesticAbuse, FindingStatus?.some(.possible)),
    ])
    func herBruiseIsTheBabysUnlessTheMotherIsNamed(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }
}
