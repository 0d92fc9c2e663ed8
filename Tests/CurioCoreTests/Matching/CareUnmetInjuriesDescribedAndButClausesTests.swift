import Testing

@testable import CurioCore

/// Classes a probe round found missed or misread: basic care left undone told with verbs or a
/// weight ("no one's fed him all day", "remains below her birthweight"; a carer too drunk to
/// change the baby is danger, not neglect); an injury told by how it looks ("his eyebrow was split open", "blistered
/// skin across his foot", "seeping blood"); danger said with how grave ("in serious danger"),
/// a threat to "sort the baby out", nobody in or out of the home for days; someone else's
/// bruises or a pet's neglect set against a baby cleared; a check named with its verdict; and a
/// state over, the now told after "but". Sentences written for the classes.
@Suite("Care unmet, injuries described, but-clauses")
struct CareUnmetInjuriesDescribedAndButClausesTests {
    /// Care left undone told with the verbs and how long, or a weight under the birth weight.
    @Test(arguments: [
        "No one's fed him all day.",
        "Nobody has fed the baby for hours.",
        "Nobody has changed him since lunch, mum said.",
    ])
    func careUnmetIsNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    @Test func careUnmetLookAlikesAndDenials() {
        #expect(MatcherFixture.status(.neglect, in: "Nobody has changed her mind since the meeting.") == nil)
        #expect(MatcherFixture.status(.neglect, in: "Nobody has fed back to her since the meeting.") == nil)
        #expect(MatcherFixture.status(.neglect, in: "He's back above his birth weight.") == nil)
        #expect(MatcherFixture.status(.neglect, in: "He is not still under his birth weight.") == .absent)
        // Under the birth weight is a weight to look at closer said alone (or at days old); at
        // weeks of age it is faltering growth: a newborn is back to it by about two weeks.
        #expect(MatcherFixture.status(.neglect, in: "She remains below her birthweight at 6 weeks.") == .present)
        #expect(MatcherFixture.status(.neglect, in: "She is still under her birthweight.") == .possible)
        // A carer too drunk to care now is danger now (and substance misuse), not a pattern of
        // neglect (`NeglectScenesMobilityAndBackgroundTests`).
        #expect(MatcherFixture.status(.immediateDanger, in: "Mum's too drunk to change him.") == .present)
        #expect(MatcherFixture.status(.neglect, in: "Mum's too drunk to change him.") == nil)
        #expect(MatcherFixture.status(.neglect, in: "nobody has fed or changed her all day") == .present)
    }

    /// An injury told by how it looks.
    @Test(arguments: [
        "His eyebrow was split open.",
        "Blistered skin across his foot.",
        "The wound was seeping blood.",
    ])
    func anInjuryDescribedIsAnInjury(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    @Test func describedInjuryLookAlikesAndDenials() {
        #expect(MatcherFixture.status(.otherInjury, in: "No blistered skin on his hands.") == .absent)
        #expect(MatcherFixture.status(.otherInjury, in: "The cord stump is oozing blood.") == nil)
        // The mother's own bleeding is not the baby's injury.
        #expect(MatcherFixture.status(.otherInjury, in: "Mum's caesarean wound is oozing blood.") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "Her nipples are cracked and oozing blood.") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "He has a raw patch on his bottom from nappy rash.") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "Mum and dad have split up.") == nil)
    }

    /// Danger said with how grave, a threat to "sort the baby out", nobody in or out for days.
    @Test func dangerGraveThreatAndNobodyInOrOut() {
        #expect(MatcherFixture.status(.immediateDanger, in: "The baby is in serious danger.") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "I don't think the baby is in real danger.") == .absent)
        #expect(MatcherFixture.status(.immediateDanger, in: "Mum is in real danger of losing the flat.") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "He threatened to sort the baby out.") == .possible)
        #expect(MatcherFixture.status(.immediateDanger, in: "I'll sort the baby out and ring you back.") == nil)
        let shut = "No one has been in or out of the house for days."
        #expect(MatcherFixture.status(.immediateDanger, in: shut) == .possible)
        #expect(MatcherFixture.status(.neglect, in: shut) == .present)
    }

    /// Someone else's bruises, or a pet's neglect, with the baby cleared after "but".
    @Test func someoneElseHurtTheBabyCleared() {
        #expect(MatcherFixture.status(.bruising, in: "Mum's face is covered in bruises but her baby hasn't got a mark.") == .absent)
        #expect(MatcherFixture.status(.domesticAbuse, in: "Mum's face is covered in bruises but her baby hasn't got a mark.") == .possible)
        #expect(MatcherFixture.status(.bruising, in: "The sibling has bruises, but the baby has none.") == .absent)
        #expect(MatcherFixture.status(.neglect, in: "The cats are starving.") == nil)
        #expect(MatcherFixture.status(.neglect, in: "The baby is immaculate.") == .absent)
        // The baby's bruise kept: said of the baby too, or set against none on someone else.
        #expect(MatcherFixture.status(.bruising, in: "Mum's arms are covered in bruises and so is the baby.") == .present)
        #expect(MatcherFixture.status(.bruising, in: "No bruises on his sister but the baby has some.") == .present)
        #expect(MatcherFixture.status(.bruising, in: "Mum's face is covered in bruises but the baby has one on his cheek.") == .present)
    }

    /// A check named with its verdict; a topic said to be no worry.
    @Test func aCheckNamedIsNoFinding() {
        #expect(MatcherFixture.status(.domesticAbuse, in: "DV screening done, no disclosures.") == .absent)
        #expect(MatcherFixture.status(.domesticAbuse, in: "DA enquiry done, she disclosed he hits her.") == .present)
        #expect(MatcherFixture.status(.isolation, in: "Isolation wasn't a concern at the visit.") == .absent)
        #expect(MatcherFixture.status(.isolation, in: "Money isn't a problem but she is very isolated.") == .present)
    }

    /// A state over, the now told after "but".
    @Test func theNowAfterButWins() {
        #expect(MatcherFixture.status(.preMobile, in: "He wasn't crawling at the last check, but he's crawling everywhere now.") == .absent)
        // Rolling is no mobility: a baby who has started rolling is still pre-mobile.
        #expect(MatcherFixture.status(.preMobile, in: "She couldn't roll at six weeks but she's started rolling.") != .absent)
        #expect(MatcherFixture.status(.preMobile, in: "He wasn't crawling at the last check, but he still isn't crawling.") == .present)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "He came off his meds but went back on them in May.") == .absent)
        #expect(MatcherFixture.status(.mentalHealth, in: "He came off his meds but went back on them in May.") == .present)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "She stopped her sertraline but hasn't restarted it.") == .present)
    }
}
