import Testing

@testable import CurioCore

/// Look-alikes an adversarial review found giving false urgent findings, and status downgrades.
/// False: a plan to put a thing in the bin or oven, a warning of a fall to a climber, an older
/// child's jealousy, abandoning as a mother's feeling, a baby left with a creche or beside its
/// carer, a sleeping arrangement, the baby taken off mum for a task, a carer gone to bed worn out
/// or a collapse of the birth, nobody sober with the baby cared for elsewhere, witchcraft as a
/// practice and spirits as drink (danger); a grown-up's sore limb or scan (injury); a cold home
/// put right, a grown-up's own wash, appointments, weight or trip, and mum's own weekend alone
/// (neglect). Downgraded: a father's own account read as second-hand, and "I haven't seen dad
/// myself" read as a hedge. Each class is tried both ways, with the reviewer's sentences and
/// sentences written for the class.
@Suite("Reviewed look-alikes")
struct ReviewedLookAlikesTests {
    /// B1: a plan to put "it" or "them" in the bin, oven or skip, or through the door, is no threat;
    /// the baby, him or her thrown in, or "them" under a threat's word, is. Must not match.
    @Test(arguments: [
        "The leaflets, mum said she'll put them in the bin",
        "She's going to put it in the oven for tea",
        "I'll chuck it in the bin, it's only junk mail",
        "The old cot is broken so dad will throw it in the skip",
        "She said she'd put them in the oven at six, the fish fingers",
        "He's going to drop it in the bin on the way out",
        "Mum will dump them in the bin, the old bottles",
        "I'll put them through the door on my way past, the leaflets",
        "Mum has put a stair gate on the kitchen door",
        "She put the pram by the front door",
    ])
    func aThrowInTheBinOrOvenOfAThing(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// The same class said of the baby: must match.
    @Test(arguments: [
        "he's threatened to chuck him in the canal",
        "Dad said he's going to put the twins in the canal.",
        "He says he'll throw the baby in the river",
        "she's threatening to throw her in the canal",
        "he's going to chuck her in the bin if she doesn't stop crying",
        "he's threatening to put the baby in the oven",
        "dad swore he would throw the twins in the river",
        "he said he's going to drop the baby off the bridge",
        "she's threatening to dump them on the doorstep of the church",
        "she's going to leave him on the doorstep",
        "He's just put the windows through and the baby is inside",
    ])
    func aThreatToThrowTheBabyIntoWaterOrABin(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// B2: a warning of a fall told of the climber with his own pronoun is no threat; said by someone,
    /// snapped, or of the other pronoun, it is. Must not match.
    @Test(arguments: [
        "She's a climber, she'll break her neck. Mum has put stair gates in",
        "He'll knock his teeth out if he keeps climbing on the coffee table",
        "he'll break his neck if he keeps climbing on the sofa",
        "He's into everything, he's going to crack his head open one of these days",
        "She's so wobbly on her feet, she'll bash her head on the fireplace",
        "He'll knock his head off the table, he never looks where he's going",
        "she's going to break her arm climbing out of the cot.",
    ])
    func aWarningOfAFallToTheClimber(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// The same class said of the baby: must match.
    @Test(arguments: [
        "her boyfriend says he'll bash her head in if she doesn't shut up",
        "dad said he'll cave his head in if he doesn't stop crying",
        "he keeps saying he'll break the baby's neck",
        "he's going to snap his neck",
        "he'll snap her neck.",
        "Dad said he'll break his neck if he doesn't stop screaming",
        "he's threatening to knock his teeth out",
        "mum is screaming that she'll smash his head in",
        "He says he'll knock her head off, he's drunk",
    ])
    func aThreatToBreakHisNeckToldBySomeone(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// B3: an older child's jealousy told as what he will do, or a toddler smacked, is no threat by a
    /// carer. Must not match.
    @Test(arguments: [
        "Her 2 year old will whack the baby if you don't watch him, typical jealousy",
        "The toddler will kick the baby when he's jealous, mum keeps them apart",
        "Dad said he would smack the toddler if he did it again",
        "His big sister would smack the baby if she got the chance, she's only three",
        "Her 3yo will hit the baby when mum's back is turned",
        "The twins' brother is going to whack the baby one of these days, he's so rough",
        "Mum says she'll smack the toddler if he bites again",
    ])
    func anOlderChildsJealousyOrChastisement(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// The same class said of the baby: must match.
    @Test(arguments: [
        "dad's saying he's gonna beat the baby",
        "he's threatening to kick the baby's head in",
        "He said he'll kick the baby if she doesn't shut it up",
        "Her partner is threatening to beat the toddler and the baby is in the room",
        "he's going to kick him",
        "Dad's drunk and says he will whack the baby",
    ])
    func aCarersThreatToBeatTheBaby(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// B4: abandoning told as a mother's feeling, or the baby left where it is cared for, is no baby
    /// abandoned. Must not match.
    @Test(arguments: [
        "She felt like she'd abandoned the baby in SCBU when she went home",
        "Mum feels guilty, says she abandoned her baby at nursery when she went back to work",
        "She feels as if she abandoned him when she went back to work",
        "Mum says it felt like abandoning the baby on the ward when she was discharged",
        "She dumped the baby at nan's and went to the gym",
        "She's racked with guilt, like she abandoned the twins in NICU",
    ])
    func abandoningToldAsAFeeling(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// The same class said of the baby: must match.
    @Test(arguments: [
        "She abandoned the baby on the church steps",
        "Mum has abandoned the baby in the flat and gone",
        "mum dumped the baby outside the shop and walked off",
        "Mum says she abandoned the baby on the doorstep last night",
    ])
    func aBabyAbandoned(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// ...heard under a doubt, or at least possible.
    @Test(arguments: [
        "a newborn found abandoned in the park",
    ])
    func aBabyAbandonedHeardAtLeastPossibly(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) != nil, "\(text)")
    }

    /// B5: a baby left with a creche, or put down on a bench beside the carer, is no abandoning. Must
    /// not match.
    @Test(arguments: [
        "They left the baby with the creche at church during the service",
        "She put him down on the bench next to her while she fed the toddler",
        "Mum put the baby on the steps beside her while she tied her lace",
        "She left him on the bench next to her while she sorted the buggy",
        "We left the baby with the volunteers at church for the morning",
        "The baby was left with the nursery staff on the steps at pick-up",
        "Dad placed her on the porch swing beside him",
    ])
    func aBabyLeftWithCarersOrBesideHer(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// The same class said of the baby: must match.
    @Test(arguments: [
        "the newborn was dumped in a bin behind the shops",
        "someone has abandoned a newborn outside the church",
        "She's left the baby on a bench in the park and walked off",
        "has just left the 2 week old on the hospital doorstep",
        "he dumped her in a bin",
        "The baby was left in the pram on the doorstep of the church",
        "Mum put the baby in a skip",
    ])
    func aBabyLeftWhereABabyIsLeftToBeFound(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// B6: the baby on his own at night or in his own room is a sleeping arrangement. Must not match.
    @Test(arguments: [
        "The baby is on his own now at night, in his own room since 6 months",
        "The baby is alone in his own room at night now, mum has a monitor",
        "The 8 month old is on her own now in her cot for naps",
        "Baby's on his own at night now since he turned six months",
        "The twins are on their own at bedtime now, with the monitor on",
    ])
    func aSleepingArrangement(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// The same class said of the baby: must match.
    @Test(arguments: [
        "The baby is on his own now and mum has gone out",
        "the baby is alone, mum went to the pub",
        "The baby is on her own in the flat, nobody knows where mum is",
        "the baby is still on his own, it's been two hours",
        "The baby is alone at home tonight, she's gone out",
        "the 6 week old is alone upstairs and dad is out",
        "the baby is alone in the bedroom and mum has gone out",
        "the baby is alone in his cot, mum's gone to the pub",
        "The baby is alone, mum went out at night and hasn't come back",
    ])
    func aBabyAloneNow(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// B7: the baby grabbed off mum to wind, change or show him is no snatching. Must not match.
    @Test(arguments: [
        "Nan grabbed him off mum to wind him",
        "Dad grabbed the baby from mum's arms to show me his new tooth",
        "Grandad grabbed her off me for a cuddle as soon as we arrived",
        "Her sister grabbed the baby off mum to change her nappy",
        "Dad grabs him from mum's arms so she can eat",
    ])
    func aBabyTakenOffMumForATask(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// The same class said of the baby: must match.
    @Test(arguments: [
        "he's just grabbed the baby off mum and driven off, he's been drinking all day",
        "Her ex grabbed the baby from her arms and ran off",
        "he grabbed him off mum and won't give him back, he's drunk",
        "a man snatched him from her arms outside the shop",
        "Dad has grabbed her off mum and locked himself in the car",
    ])
    func aBabySnatchedOrGrabbed(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// B8: a carer gone to bed worn out, or a collapse of the birth, is no one out of it now. Must not
    /// match.
    @Test(arguments: [
        "Dad collapsed into bed after his night shift while the baby slept in his cot",
        "When the baby was 2 days old mum collapsed from blood loss and was readmitted",
        "The baby was born by section and mum blacked out from the spinal, she's fine now",
        "She collapsed into bed at 8, the baby was asleep and dad did the night feed",
        "Mum passed out from the epidural during labour but the baby was fine",
        "When he was a week old mum collapsed with sepsis and was in ICU for a week, she's home now",
        "After the twins were born dad passed out in theatre",
    ])
    func aCollapseThatIsNoOneOutOfItNow(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// The same class said of the baby: must match.
    @Test(arguments: [
        "mum has collapsed and she's holding bubs",
        "he has collapsed on the floor and the 4 month old is next to him",
        "she's been drinking and has collapsed, the 3 month old is lying beside her",
        "Mum has collapsed and the baby is alone with her.",
        "The baby is screaming and mum has passed out on the sofa",
        "both passed out and the baby is crying",
        "Dad collapsed while holding the baby",
        "mum has passed out on the sofa, the baby is on the floor",
    ])
    func aCarerCollapsedWithTheBaby(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// B9: nobody sober or too drunk to stand, the baby at nan's or in NICU or the drinking a weekend
    /// habit, is no danger now. Must not match.
    @Test(arguments: [
        "Neither of them is sober at weekends, the baby goes to nan's every Friday to Sunday",
        "On the ward mum was too drunk to stand, the baby was in NICU",
        "Nobody in that house is sober on a Saturday night, so the kids stay at their gran's",
        "The baby goes to nan's at weekends because neither of them is sober",
        "Dad was too drunk to stand at the christening, the baby was with her aunties",
        "Mum is too drunk to walk, but the baby is at the childminder's till six",
    ])
    func theBabyCaredForElsewhere(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// The same class said of the baby: must match.
    @Test(arguments: [
        "mum is too drunk to stand and the baby is on the sofa",
        "nobody in the house is sober and there's a newborn",
        "the twins are upstairs and none of them is sober",
        "Neither of them is sober and the baby is in the flat with them",
        "Dad is too drunk to stand up and he's got the baby",
        "nobody in the flat is sober and the 3 week old is crying",
    ])
    func nobodySoberWithTheBaby(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// B10: witchcraft practised on a flat, or spirits drunk, is no delusion acted on the baby. Must
    /// not match.
    @Test(arguments: [
        "Mum had been drinking spirits at the wedding and burnt her hand on the oven the next day",
        "Mum's into witchcraft, burns sage to cleanse the flat, the baby is thriving",
        "Dad drinks spirits most nights and burned the toast again this morning",
        "She's a white witch, she cleanses crystals and the baby is well cared for",
        "They had spirits at the party and someone burned the sofa with a cigarette",
        "She's into spirit healing and does a juice cleanse every January",
    ])
    func aPracticeOrADrink(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// The same class said of the baby: must match.
    @Test(arguments: [
        "he says the baby has a demon in her that must be cleansed with fire",
        "says the baby has the devil in him and needs to be cleansed",
        "Mum says there is a demon in the baby and she is planning an exorcism tonight",
        "She thinks the baby is a witch and wants to burn her",
        "Dad says the baby is cursed and he's going to drown him",
        "mum says evil spirits are in the baby and she has to cleanse him in the bath",
    ])
    func aDelusionActedOnTheBaby(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// B11: a sore limb told with a grown-up's cause is the mother's own. Must not match.
    @Test(arguments: [
        "Mum says her shoulder is sore from carrying the car seat",
        "Her knee is painful since the section, she's using a stick",
        "Her back is really sore from lifting the pram in and out of the car",
        "Dad says his knee is painful after his shift at the warehouse",
        "Mum's wrist is tender from all the carrying, the GP says it's de Quervain's",
        "Her hip is still painful since the pregnancy",
    ])
    func aGrownUpsSoreLimb(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }

    /// ...heard under a doubt, or at least possible.
    @Test(arguments: [
        "her arm seems tender when I lift her",
        "his left leg is painful to touch",
        "The baby's leg is sore, she screams when I change her nappy",
        "Her arm is sore after her fall off the bed",
        "his arm is tender since he came back from dad's",
    ])
    func aSoreLimbOfTheBabyHeardAtLeastPossibly(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) != nil, "\(text)")
    }

    /// B12: a scan of a grown-up, or for a grown-up's complaint, suspects no injury of the baby. Must
    /// not match.
    @Test(arguments: [
        "Mum is having a CT scan tomorrow for her headaches",
        "Dad needs a CT after his fall at work",
        "Nan is booked for a CT next week, so she can't babysit",
        "Mum's partner had a CT head after the car crash, he's fine",
        "She's waiting for a CT scan for her kidney stones and is in a lot of pain",
        "Dad is getting a CT on his back on Friday",
    ])
    func aGrownUpsScan(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }

    /// ...heard under a doubt, or at least possible.
    @Test(arguments: [
        "the consultant wants a skeletal survey",
        "CT head requested by the paeds reg",
        "The baby needs a CT, the registrar is worried about his head",
        "He is having a CT head tomorrow because of the bruise on his forehead",
        "Paeds want a CT for her, the swelling on her head is getting bigger",
        "awaiting a CT head for the 6 week old",
    ])
    func imagingForTheBabyHeardAtLeastPossibly(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) != nil, "\(text)")
    }

    /// B13: a home a bit chilly and put right, cold for a day with the boiler in hand, or heating off
    /// in summer, is no warmth unmet. Must not match.
    @Test(arguments: [
        "The house was a bit chilly when I visited, mum put the heating on",
        "The flat is cold today because the boiler broke this morning, the landlord is fixing it this afternoon and they have heaters",
        "The heating isn't on because it's July",
        "The lounge was freezing so she turned the heating up.",
        "The flat was a bit cold when we arrived so dad switched the heater on",
        "The heating wasn't on, it was a hot sunny day",
        "The house is chilly because the boiler packed up last night, an engineer is coming at 2",
    ])
    func aColdHomePutRight(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// The same class said of the baby: must match.
    @Test(arguments: [
        "the flat was cold and she was only in a vest",
        "the house felt really chilly when I visited",
        "the heating doesn't work and it's November",
        "there is no working boiler and it's January",
        "The flat is freezing, they've had no heating for weeks",
        "The house is very cold and the baby's hands were icy",
    ])
    func aColdHome(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// ...heard under a doubt, or at least possible.
    @Test(arguments: [
        "The house was a bit chilly",
        "I think the flat may be cold, the windows are broken",
    ])
    func aColdHomeHeardAtLeastPossibly(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) != nil, "\(text)")
    }

    /// B14: a grown-up's own wash gone without is strain, not care of the baby left undone. Must not
    /// match.
    @Test(arguments: [
        "Mum hasn't had a bath in days, she's exhausted with the night feeds",
        "She hasn't had a wash since the birth, she says she just hasn't had time",
        "Dad hasn't had a shower for a week, he's sleeping on the sofa",
        "I haven't had a bath since Tuesday, it's been manic with the twins",
        "She's not had a bath in days and she's so low, she's struggling",
    ])
    func aGrownUpsOwnWash(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// The same class said of the baby: must match.
    @Test(arguments: [
        "he hasn't had a bath for a fortnight",
        "The baby hasn't had a bath in weeks and smells of urine",
        "The twins haven't had a wash since they came home",
        "she hasn't been bathed in a week",
    ])
    func aBabyNotBathed(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// B15-B17: a grown-up's own appointments or weight, "not fit for him to fly", back from nan's
    /// tired and hungry after a drive. Must not match.
    @Test(arguments: [
        "Dad avoids his own appointments with the drug team",
        "Mum keeps avoiding her appointments with the mental health team",
        "He's been dodging his own GP reviews for months",
        "Her weight is down from her booking weight, she's pleased",
        "Mum's weight is down 2 stone since her pre-pregnancy weight",
        "Dad's weight is down a lot since he started the gym",
        "She says it isn't fit for him to fly yet, the GP said wait till 6 weeks",
        "It's not fit for her to travel till the stitches are out",
        "Mum and baby came back from her mum's house tired and hungry after the long drive",
        "They came home from nan's hungry after the long journey, so she fed him straight away",
    ])
    func aGrownUpsOwnAppointmentsWeightOrTrip(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// The same class said of the baby: must match.
    @Test(arguments: [
        "Mum is avoiding the baby's appointments and hasn't been to the 8 week check",
        "her weight's gone down since the last weigh-in",
        "weight down 150g on last week",
        "His weight is down from the 50th to the 9th centile",
        "the flat isn't fit for a baby",
        "It's not fit for a baby, there's mould everywhere and no heating",
        "keeps coming back from mum's starving hungry",
        "comes home from his dad's filthy",
        "The baby came back from contact hungry and in the same nappy",
    ])
    func neglectOfTheBaby(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// ...heard under a doubt, or at least possible.
    @Test(arguments: [
        "I think they're avoiding appointments",
        "mum seems to be dodging the HV",
    ])
    func neglectOfTheBabyHeardAtLeastPossibly(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) != nil, "\(text)")
    }

    /// B18: "she was on her own last weekend" of the mother is no baby left alone. Must not match.
    @Test(arguments: [
        "She was on her own last weekend, the baby was with dad",
        "He was on his own last week while she was away, the kids were at his mum's",
        "She was alone last night for the first time since the birth, dad was on a night shift and took the baby",
    ])
    func aMothersOwnWeekend(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// The same class said of the baby: must match.
    @Test(arguments: [
        "he was left on his own two weeks ago",
        "the baby was found alone in the house last Tuesday",
        "She was left alone in the flat last weekend while mum went out, she's 4 months old",
        "The twins were alone last week for an hour",
    ])
    func aBabyLeftAloneAtATimeGoneBy(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// C1: a father ringing to tell what he himself did, found or sees is his own account (plain);
    /// "been on the phone" names no source. C2: "but I haven't seen dad myself" hedges no bruise.
    @Test(arguments: [
        ("Dad rang to say he has left the baby on her own in the flat and gone to work", RiskFactorID.immediateDanger, FindingStatus.present),
        ("Dad has rung to say the baby isn't breathing and has gone blue", RiskFactorID.immediateDanger, FindingStatus.present),
        ("Dad phoned to tell us he found a bruise on the baby's cheek when he changed her", RiskFactorID.bruising, FindingStatus.present),
        ("I've got dad on the other line, he says mum has collapsed and the baby is alone with her", RiskFactorID.immediateDanger, FindingStatus.present),
        ("Dad's been on the phone all night, mum has left the baby alone in the flat and gone out", RiskFactorID.immediateDanger, FindingStatus.present),
        ("Dad phoned to say he noticed a bruise on her ear this morning", RiskFactorID.bruising, FindingStatus.present),
        ("Dad has just called to say he's left her in the car outside the pub", RiskFactorID.immediateDanger, FindingStatus.present),
        ("Dad rang to tell me the baby hasn't been fed since yesterday, he's just got in", RiskFactorID.neglect, FindingStatus.present),
        ("The baby has a black eye, but I haven't seen dad myself to ask him about it", RiskFactorID.bruising, FindingStatus.present),
        ("There are bruises on both his ears but we haven't seen mum ourselves since Monday", RiskFactorID.bruising, FindingStatus.present),
        ("She has a bruise on her cheek but I haven't seen her dad myself", RiskFactorID.bruising, FindingStatus.present),
    ])
    func aFathersOwnAccountAndAPersonNotSeen(text: String, id: RiskFactorID, status: FindingStatus) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text)")
    }

    /// What a father or a relative passes on of someone else, and a mark not seen by the speaker,
    /// stay second-hand or hedged: possible.
    @Test(arguments: [
        ("baby's dad rang from work, says mum sounded drunk", RiskFactorID.substanceMisuse, FindingStatus.possible),
        ("Dad rang to say mum has left the baby alone in the flat", RiskFactorID.immediateDanger, FindingStatus.possible),
        ("dad phoned to say mum told him there's a bruise on the baby's leg", RiskFactorID.bruising, FindingStatus.possible),
        ("grandad's been on to us twice now saying the baby has a bruise on his cheek", RiskFactorID.bruising, FindingStatus.possible),
        ("mum says there's a bruise on his back but I haven't seen it myself", RiskFactorID.bruising, FindingStatus.possible),
        ("Nursery say there's a mark on her arm, but we haven't seen the bruise ourselves", RiskFactorID.bruising, FindingStatus.possible),
    ])
    func aReportPassedOnStaysPossible(text: String, id: RiskFactorID, status: FindingStatus) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text)")
    }
}
