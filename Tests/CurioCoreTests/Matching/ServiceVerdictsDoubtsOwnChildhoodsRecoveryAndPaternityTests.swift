import Testing

@testable import CurioCore

/// Classes a probe of one round found in the softer factors. Missed: a service's verdict that
/// rules a learning disability or a mental illness out (read as the condition); a birth or a
/// support not known to the caller; a parent's own low signs behind "I'm fine"; help promised by
/// friends that none of them gave (read as support); a parent's childhood told in the words of a
/// look-alike (self-neglect, another child's plan); opioid substitution with its article and
/// recovery with no subject; an ex's assault named with an aside, against a later "no DA";
/// "tx" for treatment; paternity in doubt; a gestation at birth read as a pregnancy, and a
/// mother's weeks read as the baby's; the case's CIN status read as the parent's care history;
/// a father's heading answered. Sentences written for the classes.
@Suite("Service verdicts, doubts, own childhoods, recovery and paternity")
struct ServiceVerdictsDoubtsOwnChildhoodsRecoveryAndPaternityTests {
    /// An assessment's verdict after a learning disability or mental health service or assessment
    /// (doesn't meet its criteria, not eligible, no diagnosis, nothing found) rules the condition
    /// out; the condition named, a verdict on another service, or no verdict yet, leaves it.
    @Test func servicesVerdictRulesTheConditionOut() {
        #expect(MatcherFixture.status(.learningDifficulty, in: "Dad was referred to the community learning disability team but didn't meet their criteria.") == .absent)
        #expect(MatcherFixture.status(.learningDifficulty, in: "She was assessed by the LD service last year, not eligible.") == .absent)
        #expect(MatcherFixture.status(.learningDifficulty, in: "The learning disability nurse found no learning disability.") == .absent)
        #expect(MatcherFixture.status(.learningDifficulty, in: "Mum was screened for autism, no diagnosis given.") == .absent)
        #expect(MatcherFixture.status(.learningDifficulty, in: "Mum has a mild learning disability and doesn't meet the criteria for adult social care.") == .present)
        #expect(MatcherFixture.status(.learningDifficulty, in: "Known to the LD team, not eligible for a council flat.") == .present)
        #expect(MatcherFixture.status(.learningDifficulty, in: "Referred to the LD team, awaiting an appointment.") == .present)
        #expect(MatcherFixture.status(.mentalHealth, in: "The perinatal team assessed her in May - no mental illness identified.") == .absent)
        #expect(MatcherFixture.status(.mentalHealth, in: "Seen by the crisis team last night, no mental health concerns found.") == .absent)
        #expect(MatcherFixture.status(.mentalHealth, in: "Referred to the perinatal team, didn't meet their threshold, still very low.") == .present)
    }

    /// How the birth went, or who is around her, not known to the caller is a possible hard birth
    /// or isolation; other things not known are nothing.
    @Test func aBirthOrSupportNotKnownIsADoubt() {
        #expect(MatcherFixture.status(.traumaticBirth, in: "I don't know how labour went for her, the notes haven't come through.") == .possible)
        #expect(MatcherFixture.status(.traumaticBirth, in: "Unsure what the birth was like, she hasn't said.") == .possible)
        #expect(MatcherFixture.status(.traumaticBirth, in: "Delivery details unknown at present.") == .possible)
        #expect(MatcherFixture.status(.traumaticBirth, in: "Not sure how the appointment went.") == nil)
        #expect(MatcherFixture.status(.traumaticBirth, in: "The birth went well, home the next day.") != .present)
        #expect(MatcherFixture.status(.isolation, in: "Not sure who she's got nearby.") == .possible)
        #expect(MatcherFixture.status(.isolation, in: "Her support network is unclear.") == .possible)
        #expect(MatcherFixture.status(.isolation, in: "Don't know who mum has around her.") == .possible)
        #expect(MatcherFixture.status(.isolation, in: "Not sure who she was seeing at the clinic.") == nil)
    }

    /// A parent's own signs of low mood behind "I'm fine" (crying herself, crying at appointments,
    /// barely talking at visits or to anyone) are possible mental ill health; the baby's crying and
    /// a language not spoken are not.
    @Test func aParentsOwnLowSignsBehindImFine() {
        #expect(MatcherFixture.status(.mentalHealth, in: "Mum says she's fine but keeps crying herself at appointments.") == .possible)
        #expect(MatcherFixture.status(.mentalHealth, in: "Mum keeps crying at appointments.") == .possible)
        #expect(MatcherFixture.status(.mentalHealth, in: "He insists he's just tired, yet he barely talks during visits.") == .possible)
        #expect(MatcherFixture.status(.mentalHealth, in: "She tells me she's okay, but she's started crying herself when I call.") == .possible)
        #expect(MatcherFixture.status(.mentalHealth, in: "Mum hardly says a word to anyone now.") == .possible)
        #expect(MatcherFixture.status(.mentalHealth, in: "Dad barely speaks English.") == nil)
        #expect(MatcherFixture.status(.mentalHealth, in: "The baby keeps crying during visits.") == nil)
        #expect(MatcherFixture.status(.mentalHealth, in: "She cries herself to sleep at night.") == nil)
    }

    /// Help promised by friends or family that none of them has given is isolation; help that is
    /// given, or a reason none of them can, is not. A time since the baby arrived ends a denial
    /// before it: no pregnancy.
    @Test func helpPromisedNeverGivenIsIsolation() {
        #expect(MatcherFixture.status(.isolation, in: "Her family say they'll help but none of them have visited since she came home.") == .present)
        #expect(MatcherFixture.status(.isolation, in: "His mates promised to come round but nobody has been.") == .present)
        #expect(MatcherFixture.status(.isolation, in: "Her friends help out but none of them drive.") != .present)
        #expect(MatcherFixture.status(.unborn, in: "Nobody has visited since the baby arrived.") != .present)
    }

    /// A parent's own childhood told with a look-alike's words ("was neglected himself as a kid",
    /// "as a teenager he was on a CP plan") is her adverse childhood or care history, and the
    /// plan's category no baby's neglect; self-neglect now and another child's plan are not.
    @Test func aParentsOwnChildhoodInLookAlikeWords() {
        #expect(MatcherFixture.status(.adverseChildhood, in: "Dad was neglected himself as a kid.") == .present)
        #expect(MatcherFixture.status(.adverseChildhood, in: "She was badly neglected herself by her parents.") == .present)
        #expect(MatcherFixture.status(.adverseChildhood, in: "Mum has been neglecting herself since the birth.") == nil)
        #expect(MatcherFixture.status(.childhoodInCare, in: "As a teenager he was on a CP plan.") == .present)
        #expect(MatcherFixture.status(.childhoodInCare, in: "As a child she was on a CIN plan for neglect.") == .present)
        #expect(MatcherFixture.status(.adverseChildhood, in: "As a child she was on a CIN plan for neglect.") == .present)
        #expect(MatcherFixture.status(.neglect, in: "As a child she was on a CIN plan for neglect.") == nil)
        #expect(MatcherFixture.status(.childhoodInCare, in: "Her eldest was on a CP plan as a toddler.") == nil)
        #expect(!DialogueFixtures.recommendationIDs("As a child she was on a CIN plan for neglect.").contains("refer-csc"))
    }

    /// Opioid substitution told with its article or how it is taken, and recovery counted from a
    /// time with no subject, are substance misuse (past counts); a home kept clean is not, and a
    /// denial stays a denial.
    @Test func opioidSubstitutionAndRecoveryArePastMisuse() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "Dad goes to the methadone clinic every morning.") == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: "She picks up her subutex from the chemist.") == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: "He came off his methadone last year.") == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: "Clean for three years now.") == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: "Mum has been clean since 2018.") == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: "The flat has been kept clean for 2 weeks.") == nil)
        #expect(MatcherFixture.status(.substanceMisuse, in: "Denies drug use, never on methadone.") == .absent)
    }

    /// A former partner who broke or injured a part of her, named with a hyphen or an aside in
    /// brackets, is past domestic abuse, which a later "no DA" in this relationship does not undo,
    /// and no child's injury.
    @Test func anExsAssaultIsPastAbuse() {
        #expect(MatcherFixture.status(.domesticAbuse, in: "Her ex-husband broke her wrist in 2020; no DA with her current partner.") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "Her ex-husband broke her wrist in 2020; no DA with her current partner.") == nil)
        #expect(MatcherFixture.status(.domesticAbuse, in: "Mum's ex (the older children's father) fractured her ribs years ago.") == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: "Her ex broke her phone.") == nil)
    }

    /// "Tx" is treatment: a condition never treated, or its heading answered "no tx", is untreated
    /// mental ill health; a heading answered "no concerns" is still absent.
    @Test func noTxIsUntreated() {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "Hx PTSD, never had any tx for it.") == .present)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "Depression - no tx.") == .present)
        #expect(MatcherFixture.status(.mentalHealth, in: "Depression - no tx.") == .present)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "Her OCD has never been treated.") == .present)
        #expect(MatcherFixture.status(.mentalHealth, in: "Depression - no concerns.") == .absent)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "Depression - no concerns.") == nil)
    }

    /// Nobody knowing who the father is is an unknown father; whether he is the same father as
    /// another child's, or paternity in doubt, is a possible one; no doubt about paternity is
    /// absent.
    @Test func paternityInDoubt() {
        #expect(MatcherFixture.status(.fatherUnknown, in: "Nobody really knows who the baby's dad is.") == .present)
        #expect(MatcherFixture.status(.fatherUnknown, in: "Not sure whether dad is the same as for her older boy.") == .possible)
        #expect(MatcherFixture.status(.fatherUnknown, in: "There's some uncertainty about paternity.") == .possible)
        #expect(MatcherFixture.status(.fatherUnknown, in: "He might not be the biological father.") == .possible)
        #expect(MatcherFixture.status(.fatherUnknown, in: "No doubt about paternity.") == .absent)
    }

    /// A gestation with what only follows a birth after it is the gestation at birth, no pregnancy;
    /// 24 weeks or more of "she" with a mother's isolation is a pregnancy; fewer weeks are the
    /// baby's, and a booking is still a pregnancy.
    @Test func gestationAtBirthAndAMothersWeeks() {
        #expect(MatcherFixture.status(.unborn, in: "Delivered by ventouse for a slow second stage at 40+2, shoulder dystocia, Apgars 5 and 8.") == nil)
        #expect(MatcherFixture.status(.unborn, in: "Emergency section for a breech presentation at 39+1, PPH 900ml.") == nil)
        #expect(MatcherFixture.status(.unborn, in: "She's 34 weeks and has no family here.") == .present)
        #expect(MatcherFixture.status(.isolation, in: "She's 34 weeks and has no family here.") == .present)
        #expect(MatcherFixture.status(.unborn, in: "She's 12 weeks and has no one.") == nil)
        #expect(MatcherFixture.status(.unborn, in: "Booked at 10+4, placenta low lying.") == .present)
    }

    /// The case's CP/CIN status heading a note with the baby's age after it is the baby's plan, not
    /// the parent's care history; the parent's own plan as a child still is.
    @Test func theCasesPlanIsNoParentsChildhood() {
        #expect(MatcherFixture.status(.childhoodInCare, in: "CP - 5 week old, bruise on his ear.") == nil)
        #expect(MatcherFixture.status(.bruising, in: "CP - 5 week old, bruise on his ear.") == .present)
        #expect(MatcherFixture.status(.childhoodInCare, in: "Mum was on a CP plan herself as a child.") == .present)
    }

    /// A father's heading answered across a dash ("Father - known, involved") is a father known;
    /// answered "not involved" he is unknown.
    @Test func aFathersHeadingAnswered() {
        #expect(MatcherFixture.status(.fatherUnknown, in: "Father - known, involved.") == .absent)
        #expect(MatcherFixture.status(.fatherUnknown, in: "Dad - not involved.") == .present)
    }
}
