import Testing

@testable import CurioCore

/// Merge review of merge35 (reviewer of): urgent findings the merged rules lost to the helpers' new look-alikes
/// (ignore cues whose reach took the words of a real danger or neglect), and the false 999s their new danger cues
/// gave. Each test names its class; the helpers' own look-alikes beside them stay silent. Sentences written for
/// the classes.
@Suite("of merge review: urgent findings lost in merge35")
struct ofMergeReviewTests {
    /// A young child minding the baby with the parent in the home but unfit or not answering (od's look-alike of
    /// a parent in the next room took the words): danger now and neglect. A parent busy at home stays silent.
    @Test(arguments: [
        "The 10 year old is minding the twins while dad's upstairs out cold and the door's locked.",
        "His 8 year old is looking after the baby while mum's in the bathroom, she's not answering and the taps are running.",
        "The 11 year old is babysitting the baby while mum's downstairs off her face on ket.",
    ])
    func youngMinderWithTheParentUnfitIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// ...and the look-alikes od wrote stay silent: the parent busy in the home.
    @Test(arguments: [
        "The 9 year old is looking after the baby while mum's in the garden hanging washing out.",
        "The 12 year old is holding the baby while dad's in the shower.",
    ])
    func youngMinderWithTheParentBusyAtHomeStaysSilent(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// No adult with the children (od's household look-alike took "with", "that", "was"): danger now. What a
    /// household's adults do or have stays silent.
    @Test(arguments: [
        "No adults in the house with the little ones, mum left before tea.",
        "There's no adult at home that's looking after them, the 6 year old answered the phone.",
        "No adult in the flat was there when the neighbour knocked, just the baby and his brother who's 5.",
    ])
    func noAdultWithTheChildrenIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "No adult in the flat who smokes.",
        "No adults in the household have any previous convictions.",
    ])
    func whatTheHouseholdsAdultsDoStaysSilent(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// A threat to the baby with "once" as "when", "a while ago" on a call, or its maker "inside the house" or
    /// "moved to" the baby's room (od's look-alikes of a threat long past or its maker locked up took it): danger.
    @Test(arguments: [
        "He texted that once she's asleep he'll smother the baby, he's still in the flat.",
        "He said once the social worker leaves he'll hurt the baby.",
        "She rang a while ago and said he'd kill the baby, he's outside now.",
        "He said he'd hurt the baby and he's moved to the nursery with her.",
    ])
    func threatWithOnceOrAWhileAgoIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// A threat to another person and then the baby, or to a thing of the baby's with the baby in it (od's
    /// look-alikes of a threat to "her mum" or to "the baby's cot" took it): danger. The other person or the
    /// thing alone stays silent.
    @Test(arguments: [
        "She said she'd kill her dad and then the baby, she's got a knife.",
        "He's threatening he'll hurt his ex, then the kids.",
        "He said he'd throw the baby's bouncer across the room with him still in it.",
    ])
    func threatToAnotherThenTheBabyIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "He said he'd kill her sister if she came round.",
        "He said he'd smash the baby's bottles if she didn't wash them.",
    ])
    func threatToAnotherOrAThingStaysSilent(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// False 999s of od's new danger cues: children on their own in a room of the home, "just the kids at home"
    /// then the adults there, a young child with something of the baby's, the baby left with the toddler's
    /// carer, and a woman screaming at him to get off her (the abuse, in the past).
    @Test(arguments: [
        "The kids are on their own in their room building lego, I'm in the kitchen.",
        "It's just the kids at home, me and my husband.",
        "The 4 year old's got the baby's rattle.",
        "Mum nipped to work and left the baby with the toddler's dad.",
        "Two weeks ago she was yelling at him to get off her.",
    ])
    func odsSceneLookAlikesAreNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// Neglect lost to oe's look-alikes of a need put right: the heating not fixed "by" the landlord, formula run
    /// out and something else given, an appointment rebooked and missed again, an ask to change a dirty nappy,
    /// "no sign of food, not fed" (no double denial), an untidy home with an injury told before "but he's fine".
    @Test(arguments: [
        "The boiler broke in October and still hasn't been fixed by the council, the baby's room is freezing.",
        "They ran out of milk so she got some squash and gave her that.",
        "Cancelled the 6 week check as mum was hungover, rebooked for Thursday and didn't turn up.",
        "He was in a soiled nappy and I asked mum to change him straight away, she said she'd no clean ones.",
        "No sign of formula, baby not fed since 6am.",
        "The house is a tip and he had a burn mark on his arm but he seems fine.",
    ])
    func needNotPutRightIsNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// ...while the need put right stays silent, and a visitor's own milk or a check on time are no neglect.
    @Test(arguments: [
        "The boiler broke on Friday and the landlord fixed it the next morning.",
        "Ran out of nappies and dad went to the chemist and got more.",
        "The milk had turned, so I didn't have a cuppa.",
        "She's not been seen since her 8 week check, next one at a year.",
    ])
    func needPutRightStaysSilent(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// A general truth about babies of an age reaches only its own words (ob): the baby's bruise told after it,
    /// with "and", is kept.
    @Test(arguments: [
        "Babies under 6 months don't usually bruise and he has a bruise on his cheek.",
        "Babies under 3 months rarely bruise and this one has a bruise on her forehead.",
    ])
    func generalTruthThenTheBabysBruiseIsKept(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    /// A parent's parent who thinks the baby is left alone tells a belief (oc's second-hand trigger for the
    /// parent's own factors took the hedge's words, and the danger read as seen): possible.
    @Test(arguments: [
        "His mum thinks he's been leaving the twins alone in the flat at night.",
        "Her dad reckons she's leaving the baby on his own when she goes to the shop.",
    ])
    func relativesBeliefOfABabyLeftAloneIsPossible(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
    }

    /// A mark seen, and no explanation found for it, is the mark told (oc's doubted-account hedge read "any"
    /// alone): present. The teller not seeing the mark stays a doubt.
    @Test(arguments: [
        "Bruise on her thigh, but I couldn't find any record of an accident.",
        "There's a mark on his cheek but we couldn't find any explanation.",
    ])
    func aMarkWithNoExplanationFoundIsPresent(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    /// oe's false neglect: a parent's contact visits missed, a treat given, a parent in the same clothes, a pregnancy
    /// gaining slowly. A drink in the bottle stays neglect.
    @Test(arguments: [
        "Dad failed to attend the contact sessions this month.",
        "He's cancelled every contact visit since Christmas.",
        "Dad gave her a chocolate bar for her birthday.",
        "Dad was in the same clothes as last week when I called.",
        "She's 28 weeks pregnant and gaining slowly.",
    ])
    func contactMissedOrATreatGivenIsNoNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["Mum's been giving him coke in his bottle since he was 6 weeks."])
    func aDrinkInTheBottleStaysNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// A carer too drunk to stand and the other one with the baby drunk too: no sober carer, danger. The other
    /// one sober stays silent.
    @Test(arguments: [
        ("Mum is too drunk to walk but her boyfriend had the baby and he was hammered as well.", FindingStatus?.some(.present)),
        ("Dad was too drunk to walk but his sister took the baby and she was stone cold sober.", nil),
    ] as [(String, FindingStatus?)])
    func bothCarersDrunkIsDanger(text: String, status: FindingStatus?) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == status, "\(text)")
    }
}
