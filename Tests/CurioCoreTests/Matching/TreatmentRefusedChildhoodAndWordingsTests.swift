import Testing

@testable import CurioCore

/// Classes from the P probe: untreated mental ill health told as a referral that went nowhere
/// or an offer turned down, passive wishes to be gone, crying idioms and whole evenings of
/// crying, the parent's own childhood told with verbs (beaten, left to fend, placed with family
/// under an order), thin support and a partner gone, learning difficulty jargon, naive hopes of
/// what a baby will bring, and family concern that is no concern. With the look-alikes and
/// denials. Sentences written for the classes, not copied from the probe.
@Suite("Treatment refused, childhood and wordings")
struct TreatmentRefusedChildhoodAndWordingsTests {
    /// A referral made and then not answered or turned down: untreated mental ill health.
    @Test(arguments: [
        "mum was referred to IAPT in March and never replied to their letters",
        "she was referred to the perinatal team but hasn't answered any of their calls",
        "dad's been very down, he turned down the offer of a talking therapies referral",
        "she declined the offer of counselling after her mum died",
        "she has had panic attacks since the birth and hasn't spoken to her GP",
    ])
    func aReferralNeverAnsweredIsUntreated(text: String) {
        #expect(MatcherFixture.status("parent.mental_health_untreated", in: text) == .present, "\(text)")
    }

    /// A referral taken up is treatment, not untreated.
    @Test(arguments: [
        "she was referred to perinatal mental health and sees them every fortnight",
    ])
    func aReferralTakenUpIsTreated(text: String) {
        #expect(MatcherFixture.status("parent.mental_health_untreated", in: text) == .absent, "\(text)")
    }

    /// Turning down an offer of anything else says nothing of treatment.
    @Test(arguments: [
        "dad turned down the offer of a lift home",
        "the pain in her back is bad and nothing stops it",
    ])
    func anOfferTurnedDownOfSomethingElseIsNothing(text: String) {
        #expect(MatcherFixture.status("parent.mental_health_untreated", in: text) == nil, "\(text)")
    }

    /// A passive wish to be gone: mental ill health.
    @Test(arguments: [
        "mum told the midwife she wishes she wasn't around any more",
        "dad says he sometimes wishes he could just disappear",
        "she told me she is tired of living",
    ])
    func aPassiveWishToBeGoneIsMentalIllHealth(text: String) {
        #expect(MatcherFixture.status("parent.mental_health", in: text) == .present, "\(text)")
    }

    /// ...which is not danger now by itself.
    @Test(arguments: [
        "mum told the midwife she wishes she wasn't around any more",
    ])
    func aPassiveWishIsNoDangerByItself(text: String) {
        #expect(MatcherFixture.status("child.immediate_danger", in: text) == nil, "\(text)")
    }

    /// Screaming idioms said to go on, whole evenings, and a baby who can never be put down.
    @Test(arguments: [
        "the baby screams his head off every night",
        "she cries her lungs out all evening",
        "he cried the whole evening every day for the first month",
        "he won't be put down for a minute without crying",
    ])
    func cryingIdiomsWithHowLongAreInconsolableCrying(text: String) {
        #expect(MatcherFixture.status("child.inconsolable_crying", in: text) == .present, "\(text)")
    }

    /// A screaming idiom said without how long: to ask how long.
    @Test(arguments: [
        "he screams blue murder at bath time",
    ])
    func aScreamingIdiomAloneIsADoubt(text: String) {
        #expect(MatcherFixture.status("child.inconsolable_crying", in: text) == .possible, "\(text)")
    }

    /// Put down without crying: no finding.
    @Test(arguments: [
        "she can be put down in her cot without crying",
    ])
    func aBabyPutDownHappilyIsNoCrying(text: String) {
        #expect(MatcherFixture.status("child.inconsolable_crying", in: text) == nil, "\(text)")
    }

    /// The parent's own childhood told with verbs: adverse childhood.
    @Test(arguments: [
        "dad was hit with a stick by his father when he was a boy",
        "as a kid she was regularly belted by her stepdad",
        "mum was always left to fend for herself",
        "his dad went to prison and he was sent to live with his nan",
    ])
    func beatenOrLeftAloneAsAChildIsAdverseChildhood(text: String) {
        #expect(MatcherFixture.status("parent.adverse_childhood", in: text) == .present, "\(text)")
    }

    /// Denied: absent.
    @Test(arguments: [
        "she wasn't beaten as a child",
    ])
    func notBeatenAsAChildIsDenied(text: String) {
        #expect(MatcherFixture.status("parent.adverse_childhood", in: text) == .absent, "\(text)")
    }

    /// Left to manage alone as an adult now: no childhood finding.
    @Test(arguments: [
        "since her partner left she has been left to fend for herself",
    ])
    func leftToFendAsAnAdultIsNoChildhood(text: String) {
        #expect(MatcherFixture.status("parent.adverse_childhood", in: text) == nil, "\(text)")
    }

    /// Placed with family under an order: care.
    @Test(arguments: [
        "his mum died when he was nine and he went to live with his aunt under a special guardianship order",
        "mum went to live with her nan on an SGO",
    ])
    func placedWithFamilyUnderAnOrderIsCare(text: String) {
        #expect(MatcherFixture.status("parent.childhood_in_care", in: text) == .present, "\(text)")
    }

    /// "In the system" as a child: care, to ask about.
    @Test(arguments: [
        "mum says she was in the system growing up",
    ])
    func inTheSystemAsAChildIsPossibleCare(text: String) {
        #expect(MatcherFixture.status("parent.childhood_in_care", in: text) == .possible, "\(text)")
    }

    /// The care system said of the parent's past is her care; said of the baby now, it is not.
    @Test func theCareSystemIsTheParentsOnlyInHerPast() {
        #expect(MatcherFixture.status("parent.childhood_in_care", in: "she grew up in the care system") == .present)
        #expect(MatcherFixture.status("parent.childhood_in_care", in: "the baby is in the care system") == nil)
    }

    /// Support said to be thin, or the partner gone: isolation.
    @Test(arguments: [
        "her support network is pretty thin",
        "his support is flimsy at best",
        "her boyfriend upped and left when the baby was born",
    ])
    func thinOrPatchySupportIsIsolation(text: String) {
        #expect(MatcherFixture.status("parent.isolation", in: text) == .present, "\(text)")
    }

    /// Not clear who would help: possible isolation.
    @Test(arguments: [
        "unsure who would step in if mum was taken ill",
    ])
    func unclearWhoWouldHelpIsPossibleIsolation(text: String) {
        #expect(MatcherFixture.status("parent.isolation", in: text) == .possible, "\(text)")
    }

    /// Walking out of a room is no partner gone.
    @Test(arguments: [
        "her partner walked out of the appointment after ten minutes",
    ])
    func walkingOutOfARoomIsNoIsolation(text: String) {
        #expect(MatcherFixture.status("parent.isolation", in: text) == nil, "\(text)")
    }

    /// Learning difficulty in other words; signing a name is no advice about signs.
    @Test(arguments: [
        "dad was statemented in primary",
        "mum has cognitive difficulties after a head injury",
        "he can't tell the time",
        "mum cannot read and signs her name with a cross",
    ])
    func jargonAndEverydaySkillsAreLearningDifficulty(text: String) {
        #expect(MatcherFixture.status("parent.learning_difficulty", in: text) == .present, "\(text)")
    }

    /// Denied: absent.
    @Test(arguments: [
        "no cognitive difficulties noted",
    ])
    func noCognitiveDifficultiesIsAbsent(text: String) {
        #expect(MatcherFixture.status("parent.learning_difficulty", in: text) == .absent, "\(text)")
    }

    /// A baby to fill a gap, fix a relationship or just come along: naive expectations.
    @Test(arguments: [
        "she thinks the baby will fix her relationship with dad",
        "she hopes the baby will fill the void since her nan died",
        "mum says the baby will just tag along to her shifts at the pub",
        "she's sure the baby will adore her no matter what",
    ])
    func aBabyToFillAGapIsNaive(text: String) {
        #expect(MatcherFixture.status("parent.naive_expectations", in: text) == .present, "\(text)")
    }

    /// Doubt about what she knows of babies: possible.
    @Test(arguments: [
        "I'm not sure mum realises babies cry this much",
        "she might be underestimating how tiring a newborn is",
    ])
    func doubtAboutWhatBabiesDoIsPossiblyNaive(text: String) {
        #expect(MatcherFixture.status("parent.naive_expectations", in: text) == .possible, "\(text)")
    }

    /// A gap filled by anything else, or a professional's underestimate: nothing.
    @Test(arguments: [
        "the new job will fill the gap in her week",
        "we underestimated how hard the paperwork would be",
    ])
    func otherGapsAndUnderestimatesAreNoNaivety(text: String) {
        #expect(MatcherFixture.status("parent.naive_expectations", in: text) == nil, "\(text)")
    }

    /// A relative's view of having a baby, or the older child's school: no family concern.
    @Test(arguments: [
        "her cousin says having a baby is easy",
        "the head at the eldest daughter's school raised it",
    ])
    func aRelativesViewOrASchoolIsNoFamilyConcern(text: String) {
        #expect(MatcherFixture.status("referral.family_concern", in: text) == nil, "\(text)")
    }

    /// A relative who reports a worry is still family concern.
    @Test(arguments: [
        "her sister thinks the baby is being left on his own",
        "the older brother told his teacher that dad hits the baby",
    ])
    func aRelativeReportingIsStillFamilyConcern(text: String) {
        #expect(MatcherFixture.status("referral.family_concern", in: text) == .present, "\(text)")
    }
}
