import Testing

@testable import CurioCore

/// Grid oe: neglect (child.neglect) as practitioners and callers tell it, and its status, since
/// `refer-csc` fires for neglect only when it is present. Each class keeps the real neglect beside
/// its look-alike. Sentences written for the classes.
@Suite("oe: neglect told as scenes, and its look-alikes")
struct oeConsultationClassesTests {
    /// G1: a fall through the centiles told from one centile to "below" or "under" a low one is faltering growth.
    @Test(arguments: [
        "His weight went from the 25th to under the 2nd since his last weigh-in.",
        "She's dropped from the 50th centile to below the 0.4th in eight weeks.",
    ])
    func centileFallToBelowIsNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// E1: a baby kept in a cot or seat most of every day (told in hours, or set in front of the
    /// telly), or nobody talking to or playing with it (both verbs), is emotional neglect.
    @Test(arguments: [
        "He spends around 18 hours a day in his cot, mum says he's no trouble.",
        "The baby is left 16 hours a day in the bouncer.",
        "Nobody plays with or talks to her, she just lies there.",
        "She's strapped in her bouncer in front of the TV all day.",
    ])
    func leftWithoutCareIsNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// ...a nap of a couple of hours is sleep.
    @Test(arguments: ["She naps 2 hours a day in her cot."])
    func shortNapStaysSilent(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// H1: what the parent says is there, found not there by the teller, or a bottle seen propped
    /// again after advice, is neglect.
    @Test(arguments: [
        "Mum said there was plenty of milk but there was none in the fridge when I looked.",
        "Dad told me they had nappies, yet there were none anywhere in the flat.",
        "I'd advised against it, but the bottle was propped on a cushion again when I called.",
    ])
    func foundNotThereIsNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// F1: one appointment missed or cancelled for a reason and booked again is no neglect...
    @Test(arguments: [
        "He missed his 12 week imms because he had a temperature, it's been rebooked for Monday.",
        "Mum cancelled the hip scan as she had flu, rebooked for the 14th.",
        "They missed the weigh clinic as the car broke down, a new appointment has been sent.",
    ])
    func rebookedAppointmentStaysSilent(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// ...but not booked again, whatever the reason, it is.
    @Test(arguments: [
        "She missed his 8 week check because of the snow and it hasn't been rebooked.",
        "Mum cancelled his check and never rebooked it.",
    ])
    func notRebookedIsNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// F2: formula or nappies run out and fetched at once is put right; run out with no way to get more stays neglect.
    @Test(arguments: ["Ran out of nappies, so nan fetched a pack from the chemist."])
    func runOutAndFetchedStaysSilent(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["We ran out of formula and there's no money to get more."])
    func runOutWithNoMoreIsNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// H3: the parent's childhood told after a comma with no new subject ("as a kid, always
    /// hungry") is her adverse childhood, not the baby's neglect; a new subject (the baby) after it is the baby's.
    @Test(arguments: [
        "Dad was neglected as a kid, always hungry and cold.",
        "Mum was neglected as a child, often left hungry and dirty.",
    ])
    func parentsChildhoodIsNotNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["She was in care as a child, the baby is always hungry"])
    func babyAfterTheChildhoodIsNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// H2: another household's baby named with "who's" ("her sister's baby who's ...") is not this baby's neglect.
    @Test(arguments: ["her sister's baby who's always left in a wet nappy"])
    func anotherHouseholdsBabyStaysSilent(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// G2: the baby down to a low centile, the centile named, is faltering growth.
    @Test(arguments: ["He's now down on the 2nd centile line."])
    func downToALowCentileIsNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// K1: a heading of concerns about neglect, then what was found after a colon, is the teller's
    /// finding, not a doubt; the heading denied stays denied.
    @Test(arguments: [
        "Concerns about hygiene: dirty clothes, smelly nappy.",
        "Concerns re neglect: mouldy bottles and no heating.",
    ])
    func concernsHeadingWithFindingsIsNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["no concerns re neglect: baby clean", "Nil concerns re home conditions: warm and tidy."])
    func concernsHeadingDeniedStaysAbsent(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .absent, "\(text)")
    }

    /// A waiting list for housing is no mental ill health left untreated.
    @Test(arguments: ["On the council waiting list for a two bed flat.", "She's on a waiting list for a council house."])
    func housingWaitingListIsNoUntreatedIllness(text: String) {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.mentalHealth, in: text) == nil, "\(text)")
    }

    /// C1: the baby left in a place, or asleep, while the carer goes out is a baby left alone; put
    /// in the cot while she goes to the toilet, or a couple parting ("he left her and went off"), is not.
    @Test(arguments: [
        "Most days she leaves her in her cot and goes out to the shops.",
        "He leaves the baby asleep and goes off to the pub.",
    ])
    func leftWhileCarerGoesOutIsNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["She left him in his cot while she went to the toilet.", "He left her and went off with someone else."])
    func everydayLeavingStaysSilent(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// A1, A2: nothing for the baby to eat, or the baby asleep on the sofa among cans or ashtrays, is neglect.
    @Test(arguments: [
        "There was nothing in for the baby to eat.",
        "He was sleeping on the settee among empty cans and ashtrays.",
    ])
    func basicNeedsUnmetIsNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// E2: hardly ever held or cuddled is, as hardly ever picked up, a suspicion of neglect.
    @Test(arguments: ["Dad rarely cuddles him.", "Mum hardly ever holds her."])
    func hardlyEverHeldIsPossibleNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
    }

    /// J1, J2: an untidy home answered by the baby being fine, one centile's drop a doctor is not
    /// worried by, and weight lost then caught up are no neglect; the drop that worries, or weight
    /// not caught up, stays.
    @Test(arguments: [
        "The flat's a bit of a mess but honestly the baby's perfectly fine.",
        "He's come down a centile and the GP is happy, it's normal.",
        "She was losing weight at first but she's caught up now.",
    ])
    func reassuredLookAlikesAreNoNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) != .present, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) != .possible, "\(text)")
    }

    @Test(arguments: ["He was losing weight but hasn't caught up yet.", "She's gone down a centile and the GP is worried."])
    func worryingWeightStays(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// A3: care the carer does not give, said with the baby (not bathed, not got up to feed, hours
    /// without a feed, never taken out), is neglect; a carer's own wash, a bath not daily, or one
    /// another carer gives, is not.
    @Test(arguments: [
        "Mum doesn't wash her, she smells.",
        "Dad won't get up at night to feed him.",
        "The baby went all day without a bottle.",
        "I've never seen her take the baby outside.",
    ])
    func careNotGivenIsNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "He never washes his hands before a feed.",
        "She doesn't bath him every day, which is fine at his age.",
        "Mum never baths her, dad always does.",
    ])
    func careGivenOtherwiseStaysSilent(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// F3: nothing to show care is not given ("no sign that she's not feeding him") is no neglect;
    /// and "no sign of" before "a", "an" or "the" denies the thing ("no sign of a bruise" was read
    /// as a bruise), while a finding after a "but" stays.
    @Test(arguments: ["There's no sign that he isn't being fed.", "No evidence she's not being changed."])
    func doubleDenialIsNoNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .absent, "\(text)")
    }

    @Test(arguments: ["There was no sign of a bruise on him today.", "No evidence of a mark anywhere."])
    func noSignOfABruiseIsDenied(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .absent, "\(text)")
    }

    @Test(arguments: ["No sign of a burn but there is a bruise on his ear."])
    func bruiseAfterButStays(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    /// E3: neglect told by a rumour or an unnamed source ("word on the estate is...", "I've been
    /// told...", "it's been reported that...") is second-hand, possible; "nappies aren't changed" is
    /// unchanged nappies. (The duty desk's caller is the one telling: "caller says" keeps present.)
    @Test(arguments: [
        "Word on the street is she leaves him on his own.",
        "I've been told the baby isn't being fed.",
        "It's been reported that her nappies aren't changed.",
    ])
    func rumouredNeglectIsPossible(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
    }

    @Test(arguments: ["Her nappies aren't changed often enough."])
    func nappiesNotChangedIsNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// G3: a centile named with the weight still falling, or a note's then-and-now, is faltering
    /// growth; slow gain is a weight to look at (possible), unless it is said to follow its line.
    @Test(arguments: ["She's on the 2nd centile and still falling.", "wt was 75th now 9th"])
    func centileStillFallingIsNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["Slow weight gain, GP to review.", "He's gaining very slowly."])
    func slowGainIsPossibleNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
    }

    @Test(arguments: ["Growing slowly but steadily along the 9th centile.", "Mum was on the 25th floor, now the 9th."])
    func slowButOnTheLineStaysSilent(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// C2: a baby left on a changing table and walked away from, in a pram outside a pub for an
    /// hour, strapped in the car seat in the car while the carer shops, or a carer asleep drunk
    /// with the baby on the sofa, is neglect; a carer beside the pram, or turning for a nappy, is not.
    @Test(arguments: [
        "Dad left her on the changing table and wandered off.",
        "The baby was in the buggy outside the bookies for ages.",
        "She was strapped in her car seat in the car while mum was in the supermarket.",
        "Dad fell asleep drunk with the baby on the settee.",
    ])
    func unattendedElsewhereIsNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "She put him on the changing table and turned away for a second to get a nappy.",
        "The baby was in the pram outside the shop while I was with her.",
    ])
    func carerThereStaysSilent(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// F4: plenty in and the baby clean, in everyday words, denies neglect; what is missing after
    /// a "but" is still told.
    @Test(arguments: ["Cupboards were well stocked and he was spotless as a new pin.", "Dad never leaves her, not even for a minute."])
    func everydayReassuranceIsAbsent(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .absent, "\(text)")
    }

    @Test(arguments: ["The fridge was full of cans but there was no milk for the baby."])
    func missingAfterButStays(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// E4, C3: a baby ignored most of the day, left to get on with it, or propped in a corner with
    /// a bottle, is neglect; a carer showing no interest in the baby is a suspicion; a mother left
    /// to fend for herself, or a baby left to cry it out at bedtime, is not neglect.
    @Test(arguments: [
        "The little one's ignored all day.",
        "The baby is just left to his own devices.",
        "He props her against a cushion on the settee with her bottle and goes off.",
    ])
    func ignoredOrProppedIsNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["Dad has little interest in the baby."])
    func noInterestIsPossibleNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
    }

    @Test(arguments: ["Since he left she's been left to fend for herself.", "Mum has no interest in going out."])
    func mothersOwnStaysSilent(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// A4: the cold told of "it" inside, or clothes or bedding left wet with wee, is neglect; the
    /// cold outside, or a vest wet from the bath, is not.
    @Test(arguments: ["It's like a fridge in the flat.", "Her sleepsuit was sodden with wee."])
    func coldInsideOrLeftWetIsNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["It's freezing outside so we kept the visit short.", "His vest was soaking wet after his bath."])
    func coldOutsideOrBathWetStaysSilent(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// B1: health care kept from the baby in other words (the door never answered to the visits,
    /// every visit cancelled, not taken to the doctor when ill) is neglect; "won't open the door"
    /// asked about now is not, and a refusal with a danger sign keeps the danger.
    @Test(arguments: [
        "Mum never answers the door when the HV calls.",
        "She's cancelled every health visitor appointment so far.",
        "They didn't take her to the doctor when she had a fever for three days.",
    ])
    func healthCareKeptFromTheBabyIsNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["What should I do if mum won't open the door to me?"])
    func doorNotOpenedNowStaysSilent(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["Dad refused to take the baby to hospital even though he was floppy and feverish."])
    func refusalWithADangerSignKeepsTheDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// F5: a dirty nappy changed at once, or a broken boiler fixed the next morning, is no unmet
    /// need; the boiler not fixed, or the nappy not changed, stays neglect.
    @Test(arguments: [
        "He had a soiled nappy when I got there and dad changed him straight away.",
        "The boiler packed up on Friday and the engineer fixed it the next morning.",
    ])
    func putRightAtOnceStaysSilent(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["The boiler broke weeks ago and the landlord hasn't fixed it.", "Dirty nappy, not changed all day."])
    func notPutRightStays(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// E5: one parent telling what the baby is like back from the other's is the other parent's
    /// concern and the neglect second-hand (possible); the teller's own sight after contact stays present.
    @Test(arguments: [
        "Mum says when he comes back from his dad's he's starving and his nappy's soaked.",
        "Dad told us she comes home from her mum's filthy.",
    ])
    func otherParentsAccountIsPossible(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
        #expect(MatcherFixture.status(.familyConcern, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["He came back from contact hungry and soaked."])
    func ownSightAfterContactStaysPresent(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// A6: the scenes in other words (milk gone off in the bottle, a nappy on since yesterday, no
    /// clean nappy in a day, the same clothes as last time, nowhere for the baby to sleep) are
    /// neglect; matching outfits, a mother without a bed of her own, or "turned out fine" are not.
    @Test(arguments: [
        "The formula had curdled in her bottle.",
        "Her nappy had been on since last night.",
        "He hasn't had a clean babygro in days.",
        "She was in the same sleepsuit as the day before.",
        "There's nowhere for him to sleep.",
    ])
    func scenesInOtherWordsAreNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "He's in the same clothes as his brother, matching outfits.",
        "She doesn't have a bed of her own, she's sleeping on the sofa since the breakup.",
        "The baby turned 3 months and the milk turned out fine.",
    ])
    func everydayWordsStaySilent(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// B2: not seen or weighed since an early contact named by its age is missed health care.
    @Test(arguments: ["Baby not seen since the 5 day visit.", "He hasn't been weighed since his 2 week check."])
    func notSeenSinceAnEarlyContactIsNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// A7: the home's living conditions called appalling, or a severe nappy dermatitis, is
    /// neglect; the weather's conditions, or a bad nappy rash that ruled out a burn, is not.
    @Test(arguments: ["The home conditions were horrendous.", "Weeping nappy dermatitis."])
    func appallingHomeOrSevereDermatitisIsNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["The weather conditions were appalling so the visit was cancelled.", "Burn ruled out - it was just a bad nappy rash"])
    func weatherOrOrdinaryRashStaysSilent(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// A8: a baby given unsuitable food or drink (tea or coke in the bottle, weaned onto crisps
    /// at weeks old) is neglect; weaning onto baby rice is not.
    @Test(arguments: ["Dad gives her coke in her bottle.", "They're weaning him at 10 weeks onto chips."])
    func unsuitableFoodIsNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["Weaned her onto baby rice at 6 months."])
    func ordinaryWeaningStaysSilent(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }
}
