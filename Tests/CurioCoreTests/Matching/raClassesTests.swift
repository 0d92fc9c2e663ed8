import Testing

@testable import CurioCore

/// Lay, spoken-register words for clinical signs of the critical factors (callers' and relatives' phone speech),
/// fixed by the class fixer ra. Each test names its class; look-alikes stay silent, and an urgent finding beside
/// the new words is kept. Sentences written for these classes.
@Suite("ra classes: lay words for signs of the critical factors")
struct raClassesTests {
    /// R1 A fall in weight told in lay words by the lines on the chart ("dropped two lines on his chart", "her weight's nosedived, she was on the 50th line"): faltering growth, neglect (possible when hedged). Look-alikes: going up a line, a line on a rota, the mother's own weight; an urgent finding beside it is kept.
    @Test(arguments: [
        ("He's slipped down two lines on his chart since the six-week check", RiskFactorID.neglect, FindingStatus?.some(.present)),
        ("She might have dropped a line on her growth chart, the scales were a bit off", RiskFactorID.neglect, .possible),
        ("His weight's tanked, he was on the ninety-first line and now he's on the ninth", RiskFactorID.neglect, .present),
        ("She's fallen down a line on the weight chart and has a bruise on her chin", RiskFactorID.bruising, .present),
        ("She's fallen down a line on the weight chart and has a bruise on her chin", RiskFactorID.neglect, .present),
        ("He's gone up two lines on his chart, feeding like a trooper", RiskFactorID.neglect, nil),
        ("Mum slipped down a line on the shift rota", RiskFactorID.neglect, nil),
        ("Mum's weight has plummeted since she stopped eating", RiskFactorID.neglect, nil),
        ("He's stayed on his line on the chart, but there's a burn on his foot", RiskFactorID.otherInjury, .present),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func weightFallThroughChartLines(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// R4 The baby's health appointments not kept, told in lay words ("never turned up to the baby's checks", "didn't bring her to her jabs", "skipped the baby's last two appointments"): neglect. Look-alikes: the parent's own appointments, every appointment kept; an urgent finding beside it is kept.
    @Test(arguments: [
        ("They never turned up for the baby's weigh-ins, not once since October", RiskFactorID.neglect, FindingStatus?.some(.present)),
        ("Mum hasn't brought her to any of her appointments with the health visitor", RiskFactorID.neglect, .present),
        ("They skipped the baby's last two checks at the surgery", RiskFactorID.neglect, .present),
        ("They skipped the baby's last two checks and he's got a bruise on his tummy", RiskFactorID.bruising, .present),
        ("Dad skipped his probation meetings twice last month", RiskFactorID.neglect, nil),
        ("Mum hasn't been to her dentist appointments for a year", RiskFactorID.neglect, nil),
        ("They've kept every one of the baby's appointments", RiskFactorID.neglect, nil),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func babysAppointmentsNotKept(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// R6 A threat to the baby with the partner's leaving or telling as its condition, said first ("if she walks out he'll do the baby in", "if she goes to the police he'll finish the little one off"): danger now and domestic abuse, not a hypothetical. Look-alikes: a condition with no harm to the baby (taking the baby to his mum's, the washing up); an urgent finding beside it is kept.
    @Test(arguments: [
        ("He keeps saying if she moves out he'll do the baby in", RiskFactorID.immediateDanger, FindingStatus?.some(.present)),
        ("He keeps saying if she moves out he'll do the baby in", RiskFactorID.domesticAbuse, .present),
        ("If she goes to the police he'll finish the little one off, she told me", RiskFactorID.immediateDanger, .present),
        ("Her fella's said if she splits up with him he'll kill the kids", RiskFactorID.immediateDanger, .present),
        ("If she moves out he'll do the baby in, he said, and the baby has a bruise on his cheek", RiskFactorID.bruising, .present),
        ("He says if she moves out he'll have the baby every other weekend", RiskFactorID.immediateDanger, nil),
        ("If she walks out he'll do the cooking himself for once", RiskFactorID.immediateDanger, nil),
        ("If she leaves he'll be heartbroken, he adores the baby", RiskFactorID.immediateDanger, nil),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func conditionalThreatToTheBaby(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// R5 Violence coming down the phone now with the baby crying, in a caller's words ("there's a fella shouting and the little one shrieking", "could hear banging and the baby sobbing"): possible danger, possible domestic abuse. Look-alikes: shouting at the telly, a party, a call last year; an urgent finding beside it is kept.
    @Test(arguments: [
        ("She's on the line, there's a fella shouting and the little one shrieking", RiskFactorID.immediateDanger, FindingStatus?.some(.possible)),
        ("I could hear banging and the little one sobbing before the line went dead", RiskFactorID.immediateDanger, .possible),
        ("There's shouting and the baby's wailing, I can't tell if he's alright", RiskFactorID.immediateDanger, .possible),
        ("There's a man kicking off and the baby screaming, and she says the baby's got a cut on his head", RiskFactorID.otherInjury, .present),
        ("There's yelling at the football and the baby crying for his bottle", RiskFactorID.immediateDanger, nil),
        ("There was a bloke shouting and the baby crying at the christening, all good fun", RiskFactorID.immediateDanger, nil),
        ("The baby's crying and the kettle's whistling, it's chaos here", RiskFactorID.immediateDanger, nil),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func violenceOnTheLineWithTheBabyCrying(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// R3 A carer not feeding the baby properly, in a relative's words ("she's not feeding the little one right", "they aren't giving her enough milk"): neglect, possible when it is the caller's worry. Look-alikes: "not feeding him right now", a pet, the mother's own eating; an urgent finding beside it is kept.
    @Test(arguments: [
        ("His gran's worried they aren't feeding the little one properly", RiskFactorID.neglect, FindingStatus?.some(.possible)),
        ("They're not giving the twins enough milk, they're always starving", RiskFactorID.neglect, .present),
        ("Mum isn't feeding the baby right, she waters the formula down", RiskFactorID.neglect, .present),
        ("Mum isn't feeding the baby right and there's a burn mark on his arm", RiskFactorID.otherInjury, .present),
        ("She's not feeding him right now, he's just gone down for a nap", RiskFactorID.neglect, nil),
        ("She's not feeding the cat right, it's gone fussy", RiskFactorID.neglect, nil),
        ("Mum's not eating right since the birth", RiskFactorID.neglect, nil),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func babyNotFedRightInARelativesWords(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// R2 A limb swollen in a parent's word (puffed up, ballooned) told with pain when it is touched or moved, the limb told well before the swelling ("her leg, the top bit, is all puffed up and she screams if you touch it"): a possible injury, as a puffy limb that hurts already is. Look-alikes: puffy eyelids or chubby cheeks, a limb that does not mind being touched; a stronger word ("swollen") keeps its present finding.
    @Test(arguments: [
        ("Her leg, the top part, is all puffed up and she yelps when you lift it", RiskFactorID.otherInjury, FindingStatus?.some(.possible)),
        ("His knee's ballooned and he howls when you move it", RiskFactorID.otherInjury, .possible),
        ("His ankle is all swollen and puffy and he screams when you touch it", RiskFactorID.otherInjury, .present),
        ("Her eyes are all puffed up and she cries when you wipe them", RiskFactorID.otherInjury, nil),
        ("His cheeks are ballooned out, he's a proper chunk", RiskFactorID.otherInjury, nil),
        ("His hand is all puffed up and he screams if you touch it, and there's a bruise on his ear", RiskFactorID.bruising, .present),
        ("Mum's face is all puffed up from crying, she shrieks if you mention him", RiskFactorID.otherInjury, nil),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func swollenLimbThatHurtsToTouch(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }
}
