import Testing

@testable import CurioCore

/// Round two of the false urgent classes (fixer jc), with the real findings beside them. The
/// real findings: someone coming now or tonight to harm the baby ("coming round tonight to hurt
/// the baby", "on his way over to kill the baby"); the baby named as not taken or brought for
/// its checks; the baby without a clean change for days. The look-alikes: a baby left alone
/// with its time gone by (a season, a month "back in", "it hasn't happened since": neglect, no
/// danger now) or on its own for hours yesterday (neglect, not the parent's isolation); a
/// check not due yet; a patch written up as a birthmark, a mark from the CPAP prongs or a
/// feeding tube's tape; a reported mark found to be pen, juice or food, or washed off; an older
/// child's injury (an age in years, blisters from shoes), an adult's swelling from their own
/// condition, an older child's own plan for neglect; a report of neglect checked and found
/// untrue, the finding told straight after the check. Both ways: a mark not recorded as a
/// birthmark, a mark from a slap, danger left alone now, the baby's own blisters or swelling,
/// a report checked and found true. Sentences written for the classes.
@Suite("False urgent findings, round two")
struct FalseUrgentRoundTwoTests {
    /// Someone coming now or tonight to harm the baby is danger now.
    @Test func comingToHarmTheBabyIsDangerNow() {
        for text in [
            "Her ex just rang to say he's coming round now to kill the baby.",
            "Dad says he is on his way over to hurt the baby.",
            "He's threatened to come back and harm the newborn tonight.",
        ] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        }
        for text in [
            "Grandad is coming round later to help with the baby.",
            "Her sister is coming over tonight to see the baby.",
        ] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        }
    }

    /// The baby named and not taken to its checks, or without a clean change for days: neglect.
    @Test func checksMissedAndNoCleanChangeAreNeglect() {
        for text in [
            "The twins weren't taken for their 12 week jabs.",
            "The baby was never brought to his hip check.",
            "Mum hasn't brought him for his 8 week immunisations.",
            "She hasn't had a clean babygro for a week.",
            "He hasn't been in a fresh vest for days and he smells of wee.",
        ] {
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        }
        for text in [
            "Mum hasn't taken her for her jabs yet as they aren't due till next month.",
            "Mum missed her own dentist appointment.",
        ] {
            #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
        }
    }

    /// Left alone with its time gone by: neglect, no danger now; left alone now stays danger.
    @Test func leftAloneLongAgoIsNeglectNotDanger() {
        for text in [
            "He was left on his own for twenty minutes last summer while she went to the shop.",
            "The baby was left alone while mum popped out back in January; it has not happened since.",
        ] {
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        }
        for text in [
            "The baby has been left alone in the house and mum hasn't been back since.",
            "The baby was left on his own an hour ago and nobody has come back since.",
        ] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        }
    }

    /// The baby on its own for hours on a day gone by: neglect, not the parent's isolation.
    @Test func theBabyOnItsOwnForHoursIsNeglect() {
        let text = "She was by herself for two hours on Saturday while mum went to the pub."
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.isolation, in: text) == nil, "\(text)")
        let parent = "Dad was on his own for hours with the baby yesterday."
        #expect(MatcherFixture.status(.isolation, in: parent) == .present, "\(parent)")
    }

    /// A recorded birthmark, a medical mark, or a mark found to be something else: no bruise.
    @Test func recordedMedicalAndRefutedMarksAreNoBruise() {
        for text in [
            "Slate-grey patch on his lower back, recorded as a Mongolian blue spot.",
            "Red marks on both cheeks from the CPAP prongs on the neonatal unit.",
            "There's a little red line on his cheek from the tape that held his feeding tube.",
            "Nursery reported bruises on his arm, but it turned out to be felt tip pen.",
            "The referral mentioned bruises on her legs, but it was blackberry juice.",
        ] {
            #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
        }
        #expect(MatcherFixture.status(.bruising, in: "Grandma thinks there's a bruise on his ear but it was jam.") == .possible)
        #expect(MatcherFixture.status(.bruising, in: "Slate-grey patch on his lower back, not recorded as a birthmark.") == .possible)
        #expect(MatcherFixture.status(.bruising, in: "A red mark on her cheek from a slap.") == .present)
        #expect(MatcherFixture.status(.bruising, in: "Nursery thought the marks were pen, but they were bruises.") == .present)
    }

    /// An older child's or an adult's own injury or swelling is not the baby's; the baby's stays.
    @Test func othersInjuriesAreNotTheBabys() {
        for text in [
            "The older girl, who is 8, has a swollen ankle from netball.",
            "Her big brother has blisters on his feet from his football boots.",
            "Grandad has gout and his feet are swollen, so he can't babysit.",
        ] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
        }
        for text in [
            "The baby's foot is swollen and she screams when it's touched.",
            "The baby has blisters on his hand from the radiator.",
        ] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
        }
    }

    /// An older child's own plan for neglect, or a report checked and found untrue: no neglect.
    @Test func siblingsPlanAndRefutedReportsAreNoNeglect() {
        for text in [
            "The eldest son's CP plan for neglect ended in 2023.",
            "The anonymous report that she's left alone at night was checked, and mum is home with her every night.",
            "The concern that he's left in dirty nappies was looked into and found to be unfounded.",
        ] {
            #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
        }
        #expect(MatcherFixture.status(.neglect, in: "The referral saying he wasn't being fed was followed up; he was found thriving.") == .absent)
        for text in [
            "The baby is on a CIN plan for neglect.",
            "The report that he's left alone was checked and found to be true.",
            "The concern that he isn't fed was looked into and he isn't thriving.",
        ] {
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        }
    }

    /// Danger over calls no 999; danger coming now does.
    @Test(arguments: [
        "He was left on his own for twenty minutes last summer while she went to the shop.",
        "The baby was left alone while mum popped out back in January; it has not happened since.",
    ])
    func noEmergencyForLeftAloneLongAgo(text: String) {
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    @Test(arguments: [
        "Dad says he is on his way over to hurt the baby.",
    ])
    func emergencyForSomeoneComingToHarmTheBaby(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// A medical or recorded mark on a young baby starts no bruising protocol.
    @Test(arguments: [
        "Red marks on both cheeks from the CPAP prongs on the neonatal unit, she is 5 weeks old.",
        "Slate-grey patch on his lower back, recorded as a Mongolian blue spot, he is 7 weeks.",
    ])
    func noBruisingProtocolForRecordedOrMedicalMarks(text: String) {
        #expect(!DialogueFixtures.recommendationIDs(text).contains("bruising-protocol"), "\(text)")
    }
}
