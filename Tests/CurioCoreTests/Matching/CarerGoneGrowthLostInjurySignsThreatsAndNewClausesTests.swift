import Testing

@testable import CurioCore

/// Critical findings a second round of review batteries still missed, by class. Missed: a baby
/// still asleep somewhere with nobody there once the carer has gone, a baby heard crying inside
/// with the carer seen leaving or nobody answering (neglect with the danger); growth told as a
/// small gain with its amount first, as lighter than the baby was, as the practitioner's own
/// expectation of more weight, or as "skin and bone"; blood in the urine or a nappy, and vomiting
/// and drowsiness after a roll off a height or a sibling jumping on the baby; a threat with its
/// "if" condition first, both carer and baby "better off dead", a drive into a wall or water
/// with the carer and the baby in the car; rough handling going on now; the baby's own neglect,
/// or a factual clause, told after "and now"/"and last night" beside a parent's childhood or a
/// "would"; fingertip marks in other words; a hole punched in a door, threats or abuse hurled
/// at the mother, her nose broken; a baby never seen by any professional. Look-alikes: nobody
/// there to help the carer, the carer seen leaving elsewhere, a lighter sibling or object, a
/// plain gain, an adult wasted, a roll with the baby fine or a roll over, a landing by plane, a
/// rough night, an "if" with no threat, rough handling in the past, an adult's own nose, the
/// father never seen. Sentences written for the classes.
@Suite("Carer gone, growth lost, injury signs, threats and new clauses")
struct CarerGoneGrowthLostInjurySignsThreatsAndNewClausesTests {
    /// A baby still asleep somewhere with nobody there: danger and neglect now.
    @Test func babyStillThereWithNobody() {
        let text = "The nursery's shut for the night and the baby is still asleep in the cot room with nobody there."
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present)
        #expect(MatcherFixture.status(.neglect, in: text) == .present)
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"))
    }

    /// A baby heard crying inside with the carer seen going, or nobody answering: possibly alone,
    /// a possible danger and a possible neglect.
    @Test func babyHeardWithTheCarerGone() {
        let seen = "I watched dad drive off an hour ago and the baby has been screaming inside ever since."
        #expect(MatcherFixture.status(.immediateDanger, in: seen) == .possible)
        #expect(MatcherFixture.status(.neglect, in: seen) == .possible)
        let unanswered = "I can hear the baby wailing inside and nobody is answering."
        #expect(MatcherFixture.status(.neglect, in: unanswered) == .possible)
    }

    /// Nobody there to help the carer, or the carer seen leaving somewhere else: no baby alone.
    @Test(arguments: [
        "The baby was at home with nobody there to help mum.",
        "I saw mum leave the clinic and the baby was crying in the car seat.",
    ])
    func noBabyAlone(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// Growth faltering in plain words: neglect seen.
    @Test(arguments: [
        "Only 90 grams gained over three weeks.",
        "She's lighter than she was at the last clinic.",
        "He weighs less than he did at his 6 week check.",
        "He's all skin and bones.",
        "I would have expected him to be heavier by now.",
    ])
    func growthLost(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// A lighter sibling or object, a plain gain: nothing; "skin and bone" denied is absent.
    @Test func growthLookAlikes() {
        for text in ["She's lighter than her twin brother.", "The new car seat is lighter than the old one.",
            "He gained 300 g in a week.", "Mum is skin and bone herself."] {
            #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
        }
        #expect(MatcherFixture.status(.neglect, in: "He's definitely not skin and bone.") == .absent)
    }

    /// Blood in the urine, or vomiting and drowsiness, after a sibling landed on the baby or a
    /// roll off a height: an injury; a blood-stained nappy with no cause: a possible one.
    @Test func injurySigns() {
        for text in ["Blood in her urine since her sister jumped on her.",
            "He's been sick and very sleepy since he rolled off the sofa.",
            "Bloody wee the morning after his cousin jumped on him."] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
        }
        let nappy = "Bloodstained nappies this week and no explanation."
        #expect(MatcherFixture.status(.otherInjury, in: nappy) == .possible)
        #expect(DialogueFixtures.recommendationIDs(nappy).contains("refer-csc"))
    }

    /// A roll with the baby fine, a rough night: nothing; the nappies denied: absent.
    @Test func injurySignLookAlikes() {
        for text in ["He rolled off the bed last week and is fine.", "Sick and drowsy after a rough night.",
            "He's been vomiting and sleepy since he rolled over onto his tummy.",
            "She's been sick and drowsy since we landed in Spain."] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
        }
        #expect(MatcherFixture.status(.otherInjury, in: "No blood-stained nappies.") == .absent)
    }

    /// A threat with its condition first, both better off dead, a drive into a wall with the
    /// carer and the children in the car: danger now (and the carer's mental ill health).
    @Test func threats() {
        #expect(MatcherFixture.status(.immediateDanger, in: "If she leaves him, he says he'll hurt the baby.") == .present)
        for text in ["Me and the baby would be better off dead, she told the midwife.",
            "He keeps saying he'll crash the car into a wall with him and the kids in it."] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
            #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.immediateDanger, in: "If she leaves, he'll be fine.") == nil)
    }

    /// Rough handling going on now is danger now; in the past it is not.
    @Test func roughNow() {
        #expect(MatcherFixture.status(.immediateDanger, in: "She's getting really rough with him as we speak.") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "He was rough with the baby last week.") == nil)
    }

    /// A new clause of now or of its own time after "and": told, not the childhood or the
    /// "would" before it.
    @Test func newClauseAfterAnd() {
        let childhood = "Dad was beaten as a child, and now the baby is left in soiled nappies all day."
        #expect(MatcherFixture.status(.neglect, in: childhood) == .present)
        #expect(MatcherFixture.status(.adverseChildhood, in: childhood) == .present)
        let would = "She says she would never hurt him, and last night she left him alone in the house."
        #expect(MatcherFixture.status(.neglect, in: would) == .present)
        #expect(MatcherFixture.status(.neglect, in: "Mum was hit as a child and now she's fine.") == nil)
    }

    /// Fingertip marks by other words: a bruise; denied: absent.
    @Test func fingertipMarks() {
        #expect(MatcherFixture.status(.bruising, in: "Fingertip smudges on her upper arms.") == .present)
        #expect(MatcherFixture.status(.bruising, in: "No fingertip shadows seen.") == .absent)
    }

    /// A hole kicked in a wall (possible), abuse hurled at mum or her nose broken (present); a
    /// man's own nose: nothing.
    @Test func domesticAbuseSigns() {
        #expect(MatcherFixture.status(.domesticAbuse, in: "There are holes kicked in the kitchen walls.") == .possible)
        #expect(MatcherFixture.status(.domesticAbuse, in: "Dad was shouting abuse at mum on the doorstep.") == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: "Her ex fractured her nose in the summer.") == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: "He broke his nose playing rugby.") == nil)
    }

    /// A baby never seen by any professional: neglect; the father never seen is the father's.
    @Test func babyNeverSeen() {
        for text in ["She's 6 weeks old and has never been checked by a midwife.", "The baby has never been seen by anyone."] {
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.neglect, in: "Dad has never been seen by anyone.") == nil)
    }
}
