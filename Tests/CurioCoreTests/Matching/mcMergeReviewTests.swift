import Testing

@testable import CurioCore

/// What the second round of merges (mb, nb, na) made worse, found by reviewer mc: urgent findings
/// taken by look-alike ignores (neglect, a head injury told after "not saying how", a pregnancy),
/// false 999s from the new situation now.harmer_coming and from a bang or scream before quiet, and
/// substance-misuse false alarms from nb's slang and signs. Each class keeps its real finding
/// beside the look-alike. Sentences written for the classes.
@Suite("mc merge review: what the second merges made worse")
struct mcMergeReviewTests {
    /// Neglect the merge's look-alike ignores took: the thing put right must be told (a new tin, a daily shop, advice followed, sick just now); with it denied or undone, neglect stays.
    @Test(arguments: [
        "One scoop of formula left and no new tin, she can't afford another till Friday.",
        "There's only one nappy left and she says there's no spare pack and no money.",
        "Mum uses half the scoops of formula even though the GP told her it must be full strength.",
        "He was in a soaked babygro from wee and had been left like that all night.",
        "She was in a wet sleepsuit from sick that nobody had changed for two days.",
        "The cupboards are always empty because she only gets food when her money comes in and it never lasts.",
    ])
    func neglectKept(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// ...the look-alikes themselves stay silent.
    @Test(arguments: [
        "One scoop left in the tin but there's a new unopened tin in the cupboard.",
        "Cupboards are always bare because they do a big online shop every Friday and eat it all by Thursday.",
        "She uses only half the scoops at night because the dietitian advised it for his reflux plan.",
    ])
    func putRightStaysSilent(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// Another's "not saying how / who" is what they will not explain, not a hedge: the injury after it is told.
    @Test(arguments: [
        "Dad isn't saying how the baby broke his arm.",
        "Mum's not saying who burnt his hand, there's a blister on his palm.",
    ])
    func notSayingHowIsTold(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    /// The baby "not come yet" with mum being induced or monitored is a pregnancy, not a born baby elsewhere.
    @Test(arguments: [
        "The baby's not come yet, she's being induced on Monday.",
    ])
    func beingInducedIsPregnant(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == .present, "\(text)")
    }

    /// A door that "went bang" or the baby's own little scream, then the crying stopping, is no danger; a thud heard and the baby going silent is.
    @Test(arguments: [
        "A car door went bang outside and he stopped crying, surprised.",
        "She gave a little scream at the hoover, then she stopped and smiled.",
        "Walking along with the buggy into the traffic lights crossing, the green man was on.",
        "She's 32 weeks and the baby's barely moving, she's been drinking.",
    ])
    func everydayBangIsNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// Feelings, colours, formula, medicine, jabs and eye tests in the words of nb's slang and signs: no drink or drugs.
    @Test(arguments: [
        "Mum is out of her head with worry since the baby was admitted.",
        "He's bored out of his head at home on paternity leave.",
        "Dad's off his nut with excitement, it's his first baby.",
        "He's been caning it at the gym every morning before work.",
        "Mum wrote a line or two in the red book about his feeds.",
        "She bought some green paint for the nursery.",
        "She keeps a bag of powder formula by the kettle for the night feeds.",
        "There was a packet of pills from the GP for her mastitis on the side.",
        "The nurse put the used needles in the sharps bin after his jabs.",
        "Mum cleaned the old syringes she uses for his Calpol.",
        "The optician put drops in and his pupils were huge afterwards.",
        "Dad was arrested for possession of a knife two years ago.",
        "She stayed sober for the wedding because she was driving.",
        "Her nappies have stayed dry for 8 hours today, mum is worried.",
        "The silver canisters in the garden are from the soda stream, dad said.",
    ])
    func slangLookAlikesAreNoMisuse(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == nil, "\(text)")
    }

    /// ...while the slang told of use stays misuse.
    @Test(arguments: [
        "She's taking more than her prescribed diazepam and buying extra online.",
        "Dad's been caning it every night and the baby has a burn on his arm.",
        "Mum's partial to a line or two at the weekend.",
        "He smokes green every night and is stoned when he has the baby.",
    ])
    func slangStillMisuse(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .present, "\(text)")
    }

    /// Someone coming who is a helper, home from work, or where someone lives, after abuse told and the baby there: no 999 (now.harmer_coming is the family's man or woman on the way).
    @Test(arguments: [
        "Dad punched her on Friday; nan is on her way over to help, the baby is with mum.",
        "She had DV with her ex years ago; her new partner is on his way home from work and she's got the baby.",
        "He used to hit her; he's just got in from work and she's feeding the baby.",
        "The violent ex lives 5 minutes away, she's got the baby, he hasn't been round for a year.",
        "He hit her last week. Her sister's coming round now to sit with her and the baby.",
        "He's on his way back from the hospital with her mum, she's got the baby, there was DV with her ex.",
    ])
    func helperOrRoutineArrivalIsNoEmergency(text: String) {
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// ...the abuser himself on his way, minutes away or trying to get in, stays 999.
    @Test(arguments: [
        "Her ex broke her nose in the summer and he's 5 minutes away now, she's got the baby.",
        "He punched her last night, now he's trying to get in and she's got the baby upstairs.",
        "Dad's on his way home from the pub, he's drunk and he battered her last week, she's got the baby.",
    ])
    func theAbuserOnTheWayIsEmergency(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }
}
