import Testing

@testable import CurioCore

/// Classes from the s18 probe M: a relative's concern told as a tip-off, a visit to a service
/// or after a clause about who the relative is; a father nobody knows told as "someone from a
/// night out", a mystery or the "biological" father; the parent's own history (a parent's
/// violence seen, a parent lost young, a violent marriage at home, social care with her family,
/// kinship care under an order, looked after for a time); treatment offered and refused or
/// appointments kept missed; naive expectations (babies sleeping all night, a baby to save the
/// couple, someone to love her); and smaller ones: "let alone", housebound, written advice not
/// understood, a calm or easy birth, not a crier, "as a newborn", "preg" and "due any day".
/// With the look-alikes: a relative who came with the baby or rang for something else, a
/// grandparent's death when the baby was weeks old, the baby with foster carers now, parents
/// arrested, medicine for the body turned down, eagerness ("can't wait") read as no denial.
/// Sentences written for the classes.
@Suite("Family concerns, parent's history, treatment and expectations")
struct FamilyHistoryTreatmentAndExpectationsTests {
    /// A relative (or the other parent) raising it: a tip-off, an alert, a visit to a service,
    /// a call told after a clause about who they are.
    @Test(arguments: [
        "Her aunt tipped off the health visitor about the baby being left",
        "The baby's grandad alerted us after the weekend",
        "His nan came into the nursery this morning, worried about the baby's bruises",
        "grandma came in to tell us she's frightened for the baby",
        "Dad's sister, who lives round the corner, phoned because she's worried about the baby",
        "the baby's dad, who left in the summer, rang us concerned about the bruises",
    ])
    func aRelativeRaisingItIsAFamilyConcern(text: String) {
        #expect(MatcherFixture.status("referral.family_concern", in: text) == .present, "\(text)")
    }

    /// A relative who came with the baby, or rang for something else, raises nothing.
    @Test(arguments: [
        "Nan came into the surgery with mum and the baby for the 8 week check",
        "her sister, who lives in Leeds, called to say she'll visit at Easter",
        // Came in for something else, or a word that looks like a tip-off.
        "nan came into nursery to collect the toddler",
        "dad seemed alert and sober", "dad took the old cot to the tip",
    ])
    func aRelativeAlongOrRingingForSomethingElseIsNoConcern(text: String) {
        #expect(MatcherFixture.status("referral.family_concern", in: text) == nil, "\(text)")
    }

    /// A father nobody knows: someone from a night out, a mystery, the biological father unknown.
    @Test(arguments: [
        "the dad is some bloke she met on a night out",
        "the baby's father is still a mystery",
        "biological father not known",
    ])
    func aFatherNobodyKnowsIsUnknown(text: String) {
        #expect(MatcherFixture.status("father.unknown", in: text) == .present, "\(text)")
    }

    /// Both parents held by the police says nothing of the father, and the baby with foster
    /// carers now is no parent's childhood in care.
    @Test func parentsArrestedAndTheBabyFosteredAreNoFatherOrCareHistory() {
        let arrested = "both parents were remanded and the baby is safe with nan"
        #expect(MatcherFixture.status("father.unknown", in: arrested) == nil)
        let fostered = "the baby's with emergency foster carers tonight"
        #expect(MatcherFixture.status("parent.childhood_in_care", in: fostered) == nil)
    }

    /// The parent's own childhood: a parent's violence seen, a parent lost young, a violent
    /// marriage at home.
    @Test(arguments: [
        "he watched his stepdad punching his mum when he was small",
        "her dad passed away when she was 7",
        "lost his mother aged 10",
        "his mum and dad's relationship was abusive",
    ])
    func theParentsOwnHardChildhoodIsAdverse(text: String) {
        #expect(MatcherFixture.status("parent.adverse_childhood", in: text) == .present, "\(text)")
    }

    /// A grandparent who died when the baby was weeks old, or lately, is no childhood.
    @Test(arguments: [
        "her mum died when she was 3 weeks old",
        "her father died last month",
    ])
    func aDeathNowIsNoAdverseChildhood(text: String) {
        #expect(MatcherFixture.status("parent.adverse_childhood", in: text) == nil, "\(text)")
    }

    /// Social care with her family as a child, kinship care under an order, looked after for a
    /// time (hedged: possible).
    @Test func theParentsOwnCareHistory() {
        #expect(MatcherFixture.status("parent.childhood_in_care",
            in: "social workers were involved with his family all through his childhood") == .present)
        #expect(MatcherFixture.status("parent.childhood_in_care",
            in: "he was raised by his grandma on a special guardianship order") == .present)
        #expect(MatcherFixture.status("parent.childhood_in_care",
            in: "she might have been looked after for a while as a teenager") == .possible)
    }

    /// Treatment offered and turned down, or mental health appointments kept missed: untreated.
    @Test(arguments: [
        "the GP prescribed sertraline but she refused",
        "he keeps missing his psychiatrist appointments",
    ])
    func treatmentRefusedOrMissedIsUntreated(text: String) {
        #expect(MatcherFixture.status("parent.mental_health_untreated", in: text) == .present, "\(text)")
        #expect(MatcherFixture.status("parent.mental_health", in: text) == .present, "\(text)")
    }

    /// A medicine for the body turned down is no mental health at all.
    @Test func aBodilyMedicineRefusedIsNoMentalHealth() {
        let text = "offered paracetamol but she didn't want it"
        #expect(MatcherFixture.status("parent.mental_health_untreated", in: text) == nil)
        #expect(MatcherFixture.status("parent.mental_health", in: text) == nil)
    }

    /// Naive expectations: babies sleeping all night, a baby to save the couple, someone to
    /// love her (and "can't wait" is eagerness, no denial).
    @Test(arguments: [
        "she reckons babies sleep through from the start",
        "dad believes a baby will save their marriage",
        "she wants someone who will love her no matter what",
        "she can't wait to have something of her own to love",
    ])
    func naiveHopesAreNaiveExpectations(text: String) {
        #expect(MatcherFixture.status("parent.naive_expectations", in: text) == .present, "\(text)")
    }

    /// This baby's sleep reported is no expectation.
    @Test func thisBabysSleepReportedIsNoExpectation() {
        #expect(MatcherFixture.status("parent.naive_expectations", in: "she says the baby sleeps all night now") == nil)
    }

    /// "Let alone" the next milestone: pre-mobile, and no one alone.
    @Test(arguments: [
        "he can't roll yet, let alone sit",
        "she's barely rolling, let alone crawling",
    ])
    func letAloneTheNextMilestoneIsPreMobile(text: String) {
        #expect(MatcherFixture.status("child.pre_mobile", in: text) == .present, "\(text)")
        #expect(MatcherFixture.status("parent.isolation", in: text) == nil, "\(text)")
    }

    /// "Let alone move" is said of adults as often ("can't get out of bed, let alone move"): it
    /// says nothing of the baby's mobility (an absent there would hide the bruising protocol).
    @Test func letAloneMoveSaysNothingOfTheBaby() {
        #expect(MatcherFixture.status("child.pre_mobile", in: "mum can't get out of bed, let alone move") == nil)
    }

    /// The baby back then ("as a newborn") is no age now.
    @Test func asANewbornIsNoPreMobilityNow() {
        #expect(MatcherFixture.status("child.pre_mobile", in: "the bruising she had as a newborn has gone") == nil)
    }

    @Test func housebound() {
        #expect(MatcherFixture.status("parent.isolation", in: "mum has been housebound for weeks") == .present)
    }

    /// Written advice not understood, everything told again and again: a possible learning
    /// difficulty (a language not her own, reading or a low mood may be why).
    @Test(arguments: [
        "she couldn't follow the leaflets",
        "things have to be explained to him several times",
        "everything has to be repeated twice",
    ])
    func adviceNotUnderstoodIsALearningDifficulty(text: String) {
        #expect(MatcherFixture.status("parent.learning_difficulty", in: text) == .possible, "\(text)")
    }

    /// A worker who repeated herself says nothing of the parent.
    @Test func aWorkerRepeatingHerselfIsNoLearningDifficulty() {
        #expect(MatcherFixture.status("parent.learning_difficulty", in: "I explained it to her three times") == nil)
    }

    /// A calm or easy birth: no traumatic birth (and "calm" there is no baby's crying).
    @Test(arguments: [
        "a peaceful water birth at the birth centre",
        "the labour with her son was long but this time was much easier",
    ])
    func aCalmOrEasyBirthIsNoTraumaticBirth(text: String) {
        #expect(MatcherFixture.status("birth.traumatic", in: text) == .absent, "\(text)")
        #expect(MatcherFixture.status("child.inconsolable_crying", in: text) == nil, "\(text)")
    }

    /// Not one to cry: no inconsolable crying.
    @Test(arguments: [
        "never been a screamer",
        "he's not much of a crier",
    ])
    func notACrierIsNoCrying(text: String) {
        #expect(MatcherFixture.status("child.inconsolable_crying", in: text) == .absent, "\(text)")
    }

    /// A pregnancy in shorthand or a birth due: a baby on the way, its weeks a gestation.
    @Test func pregnancyShorthandAndADueBirthAreUnborn() {
        #expect(MatcherFixture.status("child.unborn", in: "mum's due any time now") == .present)
        // "She's due next week" may be the baby, due her jabs; a pregnancy test is none until
        // its result is said.
        #expect(MatcherFixture.status("child.unborn", in: "she's due next week for her 8 week jabs") == nil)
        #expect(MatcherFixture.status("child.unborn", in: "did a preg test, negative") != .present)
        #expect(MatcherFixture.status("child.unborn", in: "preg test came back positive") == .present)
        let text = "preg 30wks, lives with partner"
        #expect(MatcherFixture.status("child.unborn", in: text) == .present)
        #expect(MatcherFixture.age(text) == nil)
        #expect(MatcherFixture.matcher.match(text).facts[FactName.gestationWeeks] == .number(30))
    }
}
