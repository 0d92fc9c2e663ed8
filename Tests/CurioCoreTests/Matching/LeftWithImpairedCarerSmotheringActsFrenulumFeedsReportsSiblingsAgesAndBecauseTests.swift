import Testing

@testable import CurioCore

/// Classes the developer listed from probes BG, BI and BJ. Missed: a baby told as left with a
/// carer who is drunk or high (a verb or two before "left with", "his dad" after the baby as
/// subject, who is the baby's own father); harm told by the act alone, with no danger word
/// (a face pressed into a pillow, a cushion held over the baby, a nose pinched shut); a torn
/// frenulum with a word of how it looks between; a doubt about enough feeds with no growth
/// word. Too strong: a neighbour's or an anonymous caller's report, and a mark not seen by the
/// speaker but told by someone else, read as present (eval README: second-hand is possible).
/// False: an older child's injury given to the baby; a gestation ("27-weeker") and a mark's
/// estimated age read as the baby's age; a denial reaching past "because" into the reason.
/// Sentences written for the classes, not taken from the probes.
@Suite("Left with an impaired carer, smothering acts, frenulum, feeds, reports, siblings, ages, because")
struct LeftWithImpairedCarerSmotheringActsFrenulumFeedsReportsSiblingsAgesAndBecauseTests {
    /// The baby told as left with a carer, who is drunk or high: danger now, and a parent's
    /// drinking or drugs are substance misuse too.
    @Test(arguments: [
        "the little one has been left with her dad and he's absolutely smashed on coke",
        "the twins were left with their grandad, who is passed out drunk on the sofa",
        "baby's been dropped off with mum's boyfriend and he's been on the cans since breakfast",
        "the baby is being left with her nan tonight, nan is too drunk to stand",
        "she left the baby with her dad who is stoned",
    ])
    func leftWithAnImpairedCarerIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    @Test func theBabysOwnDadIsAParent() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "the little one has been left with her dad and he's absolutely smashed on coke") == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: "the baby was left with his dad, who drinks heavily") == .present)
        // A grandparent is a carer, not a parent: danger, no substance misuse.
        #expect(MatcherFixture.status(.substanceMisuse, in: "the twins were left with their grandad, who is passed out drunk on the sofa") == nil)
    }

    /// Left with a carer who is well, or a day gone by, or the carer with the baby told apart
    /// from the one drunk: no danger.
    @Test(arguments: [
        "the baby was left with his nan, who adores him",
        "the baby was left with dad while mum went to her shift",
        "mum is drunk; the baby has been left with dad, who is sober",
        "the baby was left with his dad yesterday and came back fine",
    ])
    func leftWithAWellCarerIsNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// Stopping the baby's breath told by the act: danger now.
    @Test(arguments: [
        "dad keeps pushing her face into the mattress to shut her up",
        "mum has been holding a cushion over him when he won't stop screaming",
        "he held the baby face down in the pillow till she went quiet",
        "she said she'd been smothering him with a blanket to stop the noise",
        "dad pinches her nose shut when she cries",
    ])
    func smotheringActsAreDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// A mother crying into her own pillow, a blanket tucked over, a cushion to prop, kisses:
    /// no danger.
    @Test(arguments: [
        "mum buried her face in the pillow and cried",
        "she was pressing her face into the pillow and sobbing",
        "she put a blanket over him so he'd settle",
        "used a cushion to prop him up for his feed",
        "dad smothers her with kisses",
    ])
    func everydayPillowsAndBlanketsAreNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// A torn frenulum however the words fall: an injury; with a modal, possible; intact, nothing.
    @Test func tornFrenulum() {
        for text in ["the frenulum looks slightly ripped", "her top lip frenulum has a tear", "there is a small tear to the frenulum"] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.otherInjury, in: "his frenulum might be torn") == .possible)
        for text in ["frenulum intact, no tear", "the frenulum looked normal"] {
            #expect(MatcherFixture.status(.otherInjury, in: text) != .present, "\(text)")
            #expect(MatcherFixture.status(.otherInjury, in: text) != .possible, "\(text)")
        }
    }

    /// A doubt that the baby gets enough feeds: possible neglect; sleep, or no doubt, nothing.
    @Test func feedingDoubts() {
        for text in ["I'm not convinced she's getting enough milk", "I don't think he's having enough bottles", "I doubt mum is feeding her enough"] {
            #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
        }
        for text in ["I'm not convinced he's getting enough sleep", "he's definitely getting enough feeds"] {
            #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
        }
    }

    /// Told by a neighbour, an anonymous caller, or someone else when the speaker has not seen
    /// it: possible, and a possible danger still calls 999.
    @Test func secondHandReportsArePossible() {
        #expect(MatcherFixture.status(.otherInjury, in: "I haven't seen it myself, but nan says there's a burn on his hand") == .possible)
        #expect(MatcherFixture.status(.bruising, in: "I didn't see any marks personally, but the nursery mentioned a bruise on his cheek") == .possible)
        let threat = "Anonymous caller: heard a woman screaming that she'd drown the baby"
        #expect(MatcherFixture.status(.immediateDanger, in: threat) == .possible)
        #expect(DialogueFixtures.recommendationIDs(threat).contains("emergency-services"))
        let alone = "The neighbour rang the council - says the baby is left alone every night"
        #expect(MatcherFixture.status(.immediateDanger, in: alone) == .possible)
        #expect(MatcherFixture.status(.neglect, in: alone) == .possible)
    }

    /// Seen by the speaker: present.
    @Test(arguments: ["I saw it myself, there's a bruise on his cheek", "I examined him myself and found a bruise on his arm"])
    func seenByTheSpeakerIsPresent(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    /// An older child's injury is theirs; the baby's own, told after it, stays the baby's.
    @Test func anOlderChildsInjury() {
        for text in ["his big brother, he's six, came home with a burn on his hand", "the cut in the incident log was another child's",
            "her sister was the one with the broken arm"] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
        }
        #expect(MatcherFixture.status(.otherInjury, in: "the 4 year old was scalded at nan's; the baby has no injuries") == .absent)
        #expect(MatcherFixture.status(.otherInjury, in: "the 4 year old was bitten by the dog and the baby has a bite on his leg too") == .present)
    }

    /// A gestation and a mark's estimated age are not the baby's age; the baby's own still is.
    @Test func agesThatAreNotTheBabys() {
        MatcherFixture.expectAge("ex-29 weeker, home on oxygen", is: nil)
        MatcherFixture.expectAge("Faint bruising on her shin, probably a week old", is: nil)
        MatcherFixture.expectAge("mark on his shin, maybe a few days old", is: nil)
        MatcherFixture.expectAge("ex 28 weeker now 10 weeks old", is: 10)
        MatcherFixture.expectAge("the baby is probably about 6 weeks old, bruise on cheek", is: 6)
        MatcherFixture.expectAge("bruise on cheek, 6 weeks old", is: 6)
    }

    /// A denial ends at "because": the reason is told, what came before it still denied.
    @Test func denialsEndAtBecause() {
        let unfed = "hasn't been changed all day because mum is off her head on ketamine"
        #expect(MatcherFixture.status(.neglect, in: unfed) == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: unfed) == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: "baby not fed since this morning cos dad's been drinking") == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: "she hasn't been drinking because she's breastfeeding") == .absent)
        #expect(MatcherFixture.status(.substanceMisuse, in: "dad doesn't use drugs because he's on probation") == .absent)
        #expect(MatcherFixture.status(.bruising, in: "no bruises because he's never out of his cot") == .absent)
        #expect(MatcherFixture.status(.substanceMisuse, in: "possibly because dad drinks") == .possible)
    }
}
