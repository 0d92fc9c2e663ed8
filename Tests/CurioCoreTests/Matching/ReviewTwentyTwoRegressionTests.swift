import Testing

@testable import CurioCore

/// Classes an adversarial review of a day's merged lexicon changes found regressed. Missed
/// (urgent advice lost): a threat told with an end that is no end (released, bailed, back, on
/// his way, gone back to him, he knows the refuge, no care if he goes to prison); a snatch or a
/// baby left alone told with the mother safe, not the baby; a past time or "dealt with" of
/// another clause read as the leaving's; a baby by himself at the furniture with no adult there
/// read as a milestone; the baby's neglect after a parent's self-neglect or another child's care
/// history, the baby's own missed sessions, clutter that leaves nowhere safe for the baby; a
/// bruise by the baby's nipple or breastbone; a baby's bruise after "it was dad who had him";
/// a drop of the baby after shouting; drinking or drugs after a safe-sleep habit; and smaller
/// ones (an adult's fracture look-alike with "drunk", "by the legs shaking him", "every last
/// one" of her tablets, an adult standing holding the baby). False urgent: the ", the baby"
/// boundary cutting a conditional or a report by someone else; a routine enquiry's topic read
/// as a finding; duress read into a topic, a setting, a practitioner's visit, a tired voice or
/// a call dropped and made again; veiled threats read into a discharge, a phase, a move, a
/// nursery place, the kids' dad, a shop; an old bail with contact; tablets taken off her or
/// since the section; a kitchen cut; a nap in the cot; a threat years ago. Sentences written
/// for the classes (close variants of the review's), both ways.
@Suite("Review 22 regressions: ended threats, safe mothers, milestones, look-alikes of threats and duress")
struct ReviewTwentyTwoRegressionTests {
    // MARK: Critical: danger kept

    /// An end that is no end keeps the threat's danger (and the abuse).
    @Test(arguments: [
        "he threatened to kill them both last night, he was arrested but he was released this morning and is ringing her",
        "her boyfriend threatened to stab her, he's been arrested and bailed and she has gone back to him",
        "her ex threatened to kill her, she's in a refuge but he has found out where it is",
        "dad is threatening to kill them all and says he doesn't care if he goes to jail",
        "he threatened to hurt her and says he'd happily go back to prison",
    ])
    func threatWithAnEndThatIsNoEndIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// An end that holds now (custody, arrest alone, mother and baby home without him): the
    /// abuse, no danger now.
    @Test(arguments: [
        "he threatened to hurt her last week and was arrested",
        "he threatened to kill them both, he is in custody now",
        "he threatened to kill them both, he was arrested and mum is back home with the baby",
    ])
    func threatWithItsEndIsNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
    }

    /// Only the baby said safe ends a snatch or a baby left alone; the mother safe does not.
    @Test func onlyTheBabySafeEndsIt() {
        for text in ["dad took the baby from mum's arms and drove off; mum is at the police station now and safe",
            "he snatched him from mum at the park; she is at her friend's now and fine, nobody knows where he is",
            "she left him alone in the house for hours; she's now safe with the police, no one has checked on the baby"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
            #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
        }
        for text in ["he snatched the twins off mum last night; the twins are now safe with nan",
            "left her alone in the flat last night, she's now safe with grandma"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .absent, "\(text)")
        }
    }

    /// A time or an end of another clause is not the leaving's: still alone, danger now.
    @Test func anotherClausesTimeIsNotTheLeavings() {
        for text in ["the baby has been left alone in the flat since lunchtime, social care closed a case last year",
            "the 6 month old has been left alone in the house, neighbours rang the police about her last month"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        }
        let past = "she was left alone in the car outside the shop last month"
        #expect(MatcherFixture.status(.immediateDanger, in: past) == nil)
        #expect(MatcherFixture.status(.neglect, in: past) == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "the baby was left alone in the house a few months ago, it was dealt with") == nil)
    }

    /// A baby by himself at the furniture with no adult there is alone; the milestone is not.
    @Test func aloneWithNoAdultIsNoMilestone() {
        for text in ["officers found the 10 month old sitting on his own on the floor, nobody else at home",
            "when they broke in the toddler was playing on her own on the rug"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        }
        for text in ["she sits on her own on the floor now", "he stands on his own at the sofa"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        }
    }

    // MARK: Critical: neglect, bruising, injury, drugs kept

    /// The baby's neglect beside a parent's self-neglect or another child's care history, the
    /// baby's own sessions missed, and clutter with no safe place for the baby.
    @Test func theBabysNeglectKept() {
        for text in ["dad is neglecting himself and the children",
            "her brother was taken into care and the baby is being neglected too",
            "the baby missed all his sessions at the feeding clinic",
            "the house is so cluttered there's no room to put the baby down",
            "nowhere clean to change the baby"] {
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
            #expect(DialogueFixtures.recommendationIDs(text).contains("refer-csc"), "\(text)")
        }
        for text in ["mum has been neglecting herself, not eating or washing",
            "his sister was taken into care because of neglect",
            "referred to counselling but didn't attend any sessions"] {
            #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
        }
        #expect(MatcherFixture.status(.neglect, in: "no evidence of neglect, though the house was cluttered") != .present)
    }

    /// A bruise by the baby's nipple or breastbone is the baby's; bruised nipples with feeding
    /// or the mother named are hers.
    @Test func nipplesAndBreastbone() {
        for text in ["8 week old with a bruise beside her nipple", "bruising on his breastbone, 3 months old"] {
            #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
            #expect(DialogueFixtures.recommendationIDs(text).contains("bruising-protocol"), "\(text)")
        }
        for text in ["nipples bruised from the latch, feeding is agony", "mum's nipples are bruised and cracked"] {
            #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
        }
    }

    /// "It was dad who had him" says who minded the baby: the bruise after it is the baby's; an
    /// adult named as the one with the bruise keeps it theirs.
    @Test func whoHadTheBaby() {
        for text in ["it was his uncle who had him and the bruise was there after, he is 9 weeks",
            "nan was the one who had her and the marks were found next day",
            "it's mum who had him when the mark appeared on his cheek"] {
            #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
        }
        for text in ["it's her stepdad who has the bruises", "dad's the one with the mark on his cheek"] {
            #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
        }
    }

    /// A drop of the baby after shouting is a possible injury; putting her down is not abuse.
    @Test func dropAfterShouting() {
        let text = "he yelled at her then dropped her down onto the floor"
        #expect([FindingStatus.present, .possible].contains(MatcherFixture.status(.otherInjury, in: text)))
        #expect(DialogueFixtures.recommendationIDs(text).contains("refer-csc"))
        #expect(MatcherFixture.status(.domesticAbuse, in: "admits he shouted at her and put her down roughly in the cot") == nil)
    }

    /// A safe-sleep habit does not make the drinking after it advice; the advice with its
    /// condition still does.
    @Test func safeSleepHabitThenDrinking() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "they never bed-share, mum drinks every night") == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: "Don't co-sleep if you've had a drink or taken anything.") == nil)
        #expect(MatcherFixture.status(.substanceMisuse, in: "Safe sleep covered - never fall asleep on the sofa with baby, particularly after alcohol.") == nil)
    }

    /// The smaller ones: a baby's fracture with a carer drunk, shaken by the legs, every last
    /// tablet swallowed, an adult standing holding the baby.
    @Test func smallerCriticalClasses() {
        let fracture = "the baby has broken her leg, mum was drunk and fell on her"
        #expect(MatcherFixture.status(.otherInjury, in: fracture) == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: fracture) == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "she broke her ankle when she was pregnant") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "dangling her by the legs shaking her") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "her hands were shaking") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "he has swallowed all his antidepressants, every last one") == .present)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "she takes all her tablets every day") == .absent)
        #expect(MatcherFixture.status(.preMobile, in: "mum was standing holding onto her in the hallway") == nil)
        #expect(MatcherFixture.status(.preMobile, in: "already standing holding onto the sofa at 8 months") == .absent)
    }

    // MARK: False urgent

    /// A conditional's consequence about the baby stays hypothetical, and a report by someone
    /// else stays second-hand; a denial or doubt still stops before the baby seen.
    @Test func theBabysClauseAfterAComma() {
        for text in ["If she goes out drinking again, the baby will be left alone",
            "if he comes back, the baby is going to get hurt"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
            #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
        }
        for text in ["Auntie rang, the baby is dirty and hungry all the time", "Neighbour says, the baby is left alone at night"] {
            #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
            #expect(!DialogueFixtures.recommendationIDs(text).contains("refer-csc"), "\(text)")
        }
        #expect(MatcherFixture.status(.neglect, in: "no DA, baby thin and not gaining weight") == .present)
        #expect(MatcherFixture.status(.neglect, in: "possibly low in mood, baby grubby and smelly") == .present)
    }

    /// A routine enquiry's topic is no finding; its answer told after it is.
    @Test func routineEnquiryTopic() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "Routine enquiry about drugs, mum said none") != .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: "Routine enquiry re DA done, she reported no concerns") != .present)
        #expect(DialogueFixtures.recommendationIDs("Routine enquiry re DA done, she reported no concerns").isEmpty)
        #expect(MatcherFixture.status(.domesticAbuse, in: "Routine enquiry completed, she says her partner has hit her in the past.") == .present)
    }

    /// Duress only in a call: not a topic, a setting, a practitioner's visit, a tired voice or a
    /// call dropped and made again.
    @Test func duressLookAlikes() {
        for text in ["she can't talk openly about the labour yet",
            "she can't speak freely in the parents' group",
            "her husband was there so I couldn't ask her about DA, will try next time",
            "the line went dead while the baby was crying, she called back to say the battery died",
            "the baby's fine but her voice was shaking, she's exhausted from the night feeds"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
            #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
        }
        for text in ["she can't speak freely, he's always there", "there was shouting and then the line went dead",
            "she whispered that she couldn't talk"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .possible, "\(text)")
        }
    }

    /// Veiled threats: a discharge, a phase, a move, a nursery place, the kids' dad, a business
    /// closed are none; the real ones stay.
    @Test func veiledThreatLookAlikes() {
        for text in ["the baby won't be here much longer, she goes home from NICU on Monday",
            "the twins won't be a problem for long, it's just a phase",
            "he said he won't be a problem much longer, he's moving to his mum's",
            "she says they'd all be better off if the baby was at nursery",
            "she'd be better off without the kids' dad",
            "he has closed the business for good"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        }
        for text in ["the twins won't be a problem for much longer", "she said they'd all be better off without the baby",
            "he said he would shut her up for good"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .possible, "\(text)")
        }
    }

    /// Other look-alikes of danger: an old bail with contact, tablets taken off her or since the
    /// caesarean, a shaving cut, a nap in the cot, a threat years ago; their real forms stay.
    @Test func otherDangerLookAlikes() {
        for text in ["her ex was bailed months ago and is coming to the house for supervised contact",
            "she has taken all her painkillers since the caesarean",
            "dad cut himself shaving, the baby was in his cot",
            "baby, 3 months old, on his own in his cot for his nap while dad cooks",
            "her ex threatened to kill her years ago, he lives in Spain now"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        }
        #expect(MatcherFixture.status(.immediateDanger, in: "her mum has taken all her tablets off her to keep her safe") != .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: "her ex threatened to kill her years ago, he lives in Spain now") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "he's been bailed this morning and is heading round to hers") == .possible)
        #expect(MatcherFixture.status(.immediateDanger, in: "she has taken all her tablets and the baby is with her") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "says she's cut herself badly and the baby's there") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "a baby, maybe 6 months old, alone in a parked car") == .present)
    }

    /// A bruise "on him, not on her" may be the baby's: kept; the adult named keeps it denied.
    @Test func whoseBruiseByPronouns() {
        #expect(MatcherFixture.status(.bruising, in: "the bruise is on him, not on her, on his forehead") == .present)
        #expect(MatcherFixture.status(.bruising, in: "the bruise is on mum, not the baby") == .absent)
    }
}
