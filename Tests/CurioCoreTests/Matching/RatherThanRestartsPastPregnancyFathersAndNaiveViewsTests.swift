import Testing

@testable import CurioCore

/// Classes a review of soft factors found after a first round of fixes: "rather than" a good
/// state reaching the trouble told after it; a medicine stopped in pregnancy then restarted;
/// nobody raising a worry about growth; living alone with family round daily; an illness
/// untreated or its assessment turned down; a pregnancy in the past; crying that goes on and on;
/// a baby who stays put; the notes' "F: unknown" and a man nobody says is the dad; a father alone
/// at clinic; naive expectations and a grandparent's view; a relative's illness shared; a
/// childhood plan with its cause; a hole punched in a door. Sentences written for the classes.
@Suite("Rather than, restarts, nobody raised, past pregnancies, fathers, naive views")
struct RatherThanRestartsPastPregnancyFathersAndNaiveViewsTests {
    /// "Rather than" a good state with the trouble told straight after: the denial covers
    /// the good state only (a good state then a comma, or a label, stays denied).
    @Test func ratherThanAGoodStateThenTheTrouble() {
        #expect(MatcherFixture.status(.inconsolableCrying, in: "Rather than settling he screams for hours every evening.") == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: "Far from improving she is drinking more than ever.") == .present)
        #expect(MatcherFixture.status(.mentalHealth, in: "Instead of feeling better she has started self-harming again.") == .present)
        #expect(MatcherFixture.status(.mentalHealth, in: "Rather than coping well, she is struggling.") == .present)
        #expect(MatcherFixture.status(.mentalHealth, in: "Rather than depressed she seems tired.") == .absent)
    }

    /// Medicine stopped (in pregnancy too) and then restarted or back on: treated; not
    /// restarted stays untreated.
    @Test func stoppedThenRestartedIsTreated() {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "Stopped meds in preg, restarted after delivery.") == .absent)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "Came off her meds in pregnancy but is back on them now.") == .absent)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "Off her medication during pregnancy, then back on it after the birth.") == .absent)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "Stopped her tablets when pregnant, hasn't restarted.") == .present)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "Stopped her citalopram in pregnancy and hasn't gone back on it.") == .present)
    }

    /// Nobody raising a worry about the baby's growth or home denies the neglect; someone
    /// raising it stays possible.
    @Test func nobodyRaisingAGrowthWorryDeniesIt() {
        #expect(MatcherFixture.status(.neglect, in: "No one's voiced any worries about her growth.") == .absent)
        #expect(MatcherFixture.status(.neglect, in: "Nobody's flagged any issues with his weight gain.") == .absent)
        #expect(MatcherFixture.status(.neglect, in: "No-one has raised concerns about the home.") == .absent)
        #expect(MatcherFixture.status(.neglect, in: "Nan has raised concerns about the baby's weight.") == .possible)
        #expect(MatcherFixture.status(.neglect, in: "Nobody has raised concerns about the home, but the baby has lost weight.") == .present)
    }

    /// Living alone with family or friends round every day is no isolation; with nobody, or
    /// seldom, it is.
    @Test func aloneWithFamilyRoundDaily() {
        #expect(MatcherFixture.status(.isolation, in: "Dad lives alone, though his brother pops in daily.") == .absent)
        #expect(MatcherFixture.status(.isolation, in: "She is on her own but her sister stays most days.") == .absent)
        #expect(MatcherFixture.status(.isolation, in: "She lives on her own and nobody visits.") == .present)
        #expect(MatcherFixture.status(.isolation, in: "She is on her own but her mum comes once a month.") == .present)
    }

    /// An illness without any treatment, an assessment or referral by a named mental health
    /// team turned down, or one offered for the illness named and refused: untreated. Other
    /// assessments are not.
    @Test func illnessUntreatedOrHelpTurnedDown() {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "He's had OCD since school, never had any treatment.") == .present)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "Panic attacks most weeks, without any help.") == .present)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "Refused a referral to the perinatal team.") == .present)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "Mum turned down input from the CMHT in May.") == .present)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "GP suggested a referral for his anxiety and he refused.") == .present)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "GP offered an assessment for his back but he declined.") == nil)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "She declined an appointment with the physio.") == nil)
    }

    /// A pregnancy told in the past (what it was, at an age) or with the baby's age told
    /// now is no pregnancy; pregnant again stays one, and bare weeks under those no baby is
    /// told in say nothing of one ("she's now 14 weeks"); from 26 on they are one.
    @Test func aPregnancyInThePast() {
        #expect(MatcherFixture.status(.unborn, in: "The pregnancy had been a surprise; he is now 5 weeks old.") == .absent)
        #expect(MatcherFixture.status(.unborn, in: "Mum fell pregnant at 16 with her first.") == nil)
        #expect(MatcherFixture.status(.unborn, in: "Mum is 30 weeks pregnant and this pregnancy is unplanned.") == .present)
        #expect(MatcherFixture.status(.unborn, in: "She's pregnant again and the baby is now 10 weeks old.") == .present)
        #expect(MatcherFixture.status(.unborn, in: "She's now 14 weeks.") == nil)
        #expect(MatcherFixture.status(.unborn, in: "She's now 30 weeks.") == .present)
    }

    /// Crying that goes on and on is inconsolable; anything else going on and on is not crying.
    @Test func cryingThatGoesOnAndOn() {
        #expect(MatcherFixture.status(.inconsolableCrying, in: "The screaming just goes on and on every evening.") == .present)
        #expect(MatcherFixture.status(.inconsolableCrying, in: "Her crying went on and on last night.") == .present)
        #expect(MatcherFixture.status(.inconsolableCrying, in: "The meeting went on and on.") == nil)
    }

    /// Staying wherever laid, or unable to get off the mat or rug: not yet mobile.
    @Test func preMobileStaysPut() {
        #expect(MatcherFixture.status(.preMobile, in: "He lies wherever mum puts him.") == .present)
        #expect(MatcherFixture.status(.preMobile, in: "Can't get himself off the rug yet.") == .present)
        #expect(MatcherFixture.status(.preMobile, in: "He's unable to move himself from the spot.") == .present)
        #expect(MatcherFixture.status(.preMobile, in: "He gets himself off the playmat and across the room.") == nil)
    }

    /// The notes' F with a colon or dash and unknown, or never told whether a man is the
    /// dad: father unknown. A parent who came to a clinic or appointment alone is not
    /// isolated.
    @Test func fathersUnknownOrAtClinic() {
        #expect(MatcherFixture.status(.fatherUnknown, in: "Notes say F - unknown.") == .present)
        #expect(MatcherFixture.status(.fatherUnknown, in: "Mum hasn't said if he's the father.") == .present)
        #expect(MatcherFixture.status(.fatherUnknown, in: "She won't tell us whether this man is the baby's dad.") == .present)
        // A man identified as the dad is a known father (the eval README: absent when he is
        // named, seen or involved); this was nil before "he's the dad" was read.
        #expect(MatcherFixture.status(.fatherUnknown, in: "She told me he's the dad.") == .absent)
        #expect(MatcherFixture.status(.isolation, in: "Mum came to the appointment by herself.") == nil)
        #expect(MatcherFixture.status(.isolation, in: "Dad attended the clinic alone with the baby.") == nil)
        #expect(MatcherFixture.status(.isolation, in: "She's on her own with no support.") == .present)
    }

    /// What she had thought it would be, the baby fitting in or raising himself: naive. A
    /// grandparent's view of babies, or of how she'd find it, is theirs.
    @Test func naiveExpectationsAndOthersViews() {
        #expect(MatcherFixture.status(.naiveExpectations, in: "He thought it'd be a breeze.") == .present)
        #expect(MatcherFixture.status(.naiveExpectations, in: "He'll just fit into our routine.") == .present)
        #expect(MatcherFixture.status(.naiveExpectations, in: "She thinks the baby will entertain himself.") == .present)
        #expect(MatcherFixture.status(.naiveExpectations, in: "Nan reckons newborns just sleep.") == nil)
        #expect(MatcherFixture.status(.naiveExpectations, in: "His mum says babies are easy.") == nil)
        #expect(MatcherFixture.status(.familyConcern, in: "His mum says babies are easy.") == nil)
        #expect(MatcherFixture.status(.naiveExpectations, in: "Mum thinks babies are easy.") == .present)
        #expect(MatcherFixture.status(.familyConcern, in: "Her dad thought she would find it easy.") == nil)
    }

    /// A relative's illness shared by the parent ("and so did he") is the parent's; a plan
    /// at an age with its cause is the parent's childhood, not drinking or abuse now.
    @Test func aRelativesIllnessSharedAndAChildhoodPlan() {
        #expect(MatcherFixture.status(.mentalHealth, in: "His brother had depression and so did he.") == .present)
        #expect(MatcherFixture.status(.mentalHealth, in: "Her cousin has bipolar, and so does her mum.") == nil)
        #expect(MatcherFixture.status(.adverseChildhood, in: "Dad was on a CP plan at 9 after his mum hit him.") == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: "Dad was on a CP plan at 9 after his mum hit him.") == nil)
        #expect(MatcherFixture.status(.substanceMisuse, in: "She was on a CIN plan at 12 because her mum drank.") == nil)
    }

    /// A hole punched or kicked in a door or wall, seen without who made it: possible
    /// domestic abuse.
    @Test func aHoleInADoorSeen() {
        #expect(MatcherFixture.status(.domesticAbuse, in: "There are holes kicked in the walls.") == .possible)
        #expect(MatcherFixture.status(.domesticAbuse, in: "A fist-sized hole in the kitchen door.") == .possible)
        #expect(MatcherFixture.status(.domesticAbuse, in: "No holes punched in the walls.") == .absent)
    }

    /// A flag or record said after it to be another person's ("but that was his cousin's record,
    /// not his"): that person's, not the parent's; a record owned stays the parent's.
    @Test func aRecordThatWasAnotherPersons() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "Known for heroin use, but that was his cousin's record, not his.") == nil)
        #expect(MatcherFixture.status(.domesticAbuse, in: "Flagged for DA, but it was her sister's file, not hers.") == nil)
        #expect(MatcherFixture.status(.substanceMisuse, in: "Known for heroin use, that's his record.") == .present)
    }
}
