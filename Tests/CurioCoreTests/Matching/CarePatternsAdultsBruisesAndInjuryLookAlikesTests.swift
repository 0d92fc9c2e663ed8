import Testing

@testable import CurioCore

/// Classes a probe of critical findings found in neglect, other injuries and their look-alikes.
/// Missed: neglect told as a care pattern (the baby not brought to its hospital care, health
/// contacts avoided, feeds only when the baby wakes or the carer remembers, hours without a
/// feed, dangers left on the floor, a carer drunk or high while the baby was in their sole
/// care); neglect under a doubt never heard at all (a cold home, a weight gone down, a baby a
/// bit grubby); other injuries told as a cut placed inside a part, a sore limb or a doctor's
/// doubt about a film or wish for imaging; a relative's report of a mark on the baby heard as
/// the baby's own and without the family's concern, and the other parent's allegation. False:
/// an adult's bruise from work or sport read as the baby's or as abuse; "mark" as a verb or a
/// degree, bruised fruit, a request to look for bruises and a worry that a strap might mark;
/// a mark or burn found to be a birthmark or eczema; wet and dirty nappies counted; a home the
/// baby never goes to; an older child's burn; a fall down the stairs read as abuse; the baby in
/// foster care read as the parent's childhood; a drunk carer's "can't stand" read as the baby's
/// mobility; no broken bones read as no break from care. Known: the father in prison, working
/// away or the main carer. Sentences written for the classes.
@Suite("Care patterns, adults' bruises, injury look-alikes")
struct CarePatternsAdultsBruisesAndInjuryLookAlikesTests {
    /// Neglect told as how the baby is cared for, or not brought to its health care.
    @Test(arguments: [
        "they stopped taking him to physio after the first session",
        "mum hasn't taken her to the hospital follow-up for her hips",
        "he hasn't been brought to his outpatient appointments since March",
        "they keep dodging the health visitor",
        "she only feeds her when she remembers",
        "they left her 9 hours without a bottle",
        "there were needles lying on the bedroom carpet",
        "her methadone was left where the toddler could reach it",
    ])
    func neglectAsACarePattern(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// A carer drunk or high while the baby was in their sole care: neglect, and the carer's
    /// drink or drugs too.
    @Test(arguments: [
        "mum was passed out drunk while she was looking after the twins",
        "dad was stoned when he was in sole charge of the baby last week",
    ])
    func aCarerDrunkWhileInSoleCare(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .present, "\(text)")
    }

    /// Health contacts avoided under a doubt, feeds only on waking and a long gap without a
    /// feed: possible.
    @Test(arguments: [
        "mum seems to be avoiding the HV",
        "mum only feeds him when he wakes up",
        "the 3 week old went eight hours without a feed yesterday",
    ])
    func careToLookAtCloser(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
    }

    /// Avoiding a road, sleeping through the night, a drink on the table, a parent drunk while
    /// someone else has the baby: no neglect.
    @Test(arguments: [
        "they're avoiding the main road because of roadworks",
        "mum avoids caffeine while breastfeeding",
        "he now sleeps 10 hours without a feed, he's 6 months",
        "feeds every 3 hours, sometimes 4 hours between feeds at night",
        "a glass of wine on the table",
        "mum was drunk at the party while the baby was with her sister",
        "dad got drunk on Saturday while mum was looking after the baby",
        "mum fell asleep while feeding him",
    ])
    func noCarePatternMissed(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// A neglected baby left that long is referred.
    @Test func hoursWithoutAFeedAreReferred() {
        #expect(DialogueFixtures.recommendationIDs("they left the 2 week old 9 hours without a bottle").contains("refer-csc"))
    }

    /// A cold home, a weight gone down and a grubby look: heard plainly, and possible under a
    /// doubt.
    @Test func coldHomesWeightDownAndAGrubbyLook() {
        for text in ["the flat was cold and she was only in a vest", "the house felt really chilly when I visited",
            "the heating doesn't work and it's November", "her weight's gone down since the last weigh-in",
            "weight down 150g on last week", "nan's house is filthy and the baby stays there every weekend"] {
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        }
        for text in ["I think the flat may be cold, the windows are broken", "his weight might be down a bit",
            "he looked a bit grubby, mum says he'd just had his tea"] {
            #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
        }
        #expect(MatcherFixture.status(.neglect, in: "weight has not dropped, she's gaining well") == .absent)
    }

    /// A cold caught or outdoors, a room with the window open, an adult's own look or weight, a
    /// weight lifted, the usual early loss, a home the baby never goes to: no neglect.
    @Test(arguments: [
        "the baby has a cold",
        "it was cold outside so she had a hat on",
        "the room was cold so we shut the window",
        "mum looked a bit grubby herself",
        "dad was a bit smelly after the gym",
        "mum's weight has dropped since the birth",
        "he put the weight down on the floor",
        "weight down 5% from birth on day 3",
        "grandma's flat is filthy but the baby has never been there",
        "the neighbour's house is cold and damp but the twins never go there",
    ])
    func noNeglectOfTheBaby(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// Wet and dirty nappies counted are no dirty nappy left on; left in one is neglect.
    @Test func wetAndDirtyNappies() {
        #expect(MatcherFixture.status(.neglect, in: "lots of wet and dirty nappies") == nil)
        #expect(MatcherFixture.status(.neglect, in: "he was left in a wet and dirty nappy all day") == .present)
    }

    /// A cut placed inside or at the back of a part, or told by its size: an injury; a sore or
    /// tender limb and a doctor's doubt or wish for imaging: possible.
    @Test func otherInjuriesToldOtherwise() {
        for text in ["a graze on the back of her hand", "there's a deep gash above his eye", "he has a small cut on his finger",
            "a cut on the inside of his lip", "the swelling turned out to be a fracture", "my 1 year old has a burn on her hand",
            "the 2 year old has a burn, the baby has one too"] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
        }
        for text in ["her arm seems tender when I lift her", "his left leg is painful to touch", "the consultant wants a skeletal survey",
            "CT head requested by the paeds reg", "not sure the x-ray was normal"] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == .possible, "\(text)")
        }
    }

    /// A cut in hours, a sore bottom, a scald found to be impetigo, an older child's injury: no
    /// injury of the baby's.
    @Test(arguments: [
        "the council made a small cut to her hours",
        "her bottom is sore from nappy rash",
        "the scald turned out to be impetigo",
        "her 6 year old broke his wrist at school",
        "the 3 year old has a scald on his hand from the kettle",
    ])
    func noOtherInjury(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }

    /// An adult's bruise from work or sport is no baby's bruise and no sign of abuse; a bruise
    /// from a fall or from handling the baby stays the baby's, and a mother's bruise unexplained
    /// or explained by him stays abuse.
    @Test func adultsBruisesFromWorkOrSport() {
        for text in ["dad has a bruised shin from five-a-side", "mum's got bruises on her legs from the gym",
            "mum has a bruise on her leg from a fall at work", "grandad has bruises on his arms from moving furniture"] {
            #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
            #expect(MatcherFixture.status(.domesticAbuse, in: text) == nil, "\(text)")
        }
        for text in ["a bruise on his leg from a fall off the sofa", "a bruise on his leg from lifting him out of the cot",
            "the baby's bruise happened while dad was at the gym"] {
            #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.domesticAbuse, in: "mum has a bruise on her arm she says is from him grabbing her") == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: "mum has a bruise on her arm") == .possible)
    }

    /// No bruising protocol for a mother's bruise from work with a young baby.
    @Test func anAdultsBruiseGivesNoProtocol() {
        let ids = DialogueFixtures.recommendationIDs("mum has a bruise on her shoulder from moving furniture, the baby is 6 weeks")
        #expect(!ids.contains("bruising-protocol"))
        #expect(!ids.contains("refer-csc"))
    }

    /// "Mark" as a verb or a degree, bruised fruit, a request to look, a worry that a strap might
    /// mark: no bruise.
    @Test(arguments: [
        "mark my words, he'll be back",
        "dad marked it on the calendar",
        "there's been a marked change in her mood",
        "could you check him for any marks at the next visit",
        "the strap might mark her skin",
        "bruised apples in the fruit bowl",
        "the apples in the kitchen were all bruised",
        "the mark on his bum turned out to be a birthmark",
    ])
    func bruiseLookAlikes(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }

    /// The marks next to the look-alikes are still marks.
    @Test func marksNextToTheLookAlikes() {
        for text in ["the strap marked his skin", "asked dad to check him for any bruises and he found two on his back",
            "the mark on his arm has been confirmed as a bruise by the paed",
            "bruised apples in the bowl and a bruise on the baby's forehead"] {
            #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.bruising, in: "the strap might have marked his skin") == .possible)
        #expect(MatcherFixture.status(.bruising, in: "blue patch on his lower back ?bruise ?birthmark") == .possible)
        #expect(MatcherFixture.status(.neglect, in: "marked weight loss since the last review") == .present)
        #expect(MatcherFixture.status(.bruising, in: "marked weight loss since the last review") == nil)
        #expect(DialogueFixtures.recommendationIDs("she marked the date of the review in the red book, baby is 7 weeks").isEmpty)
    }

    /// A mark confirmed a birthmark and said to be no bruise, and birthmarks recorded before:
    /// no bruise; a body map with nothing on it: none.
    @Test func birthmarksConfirmedAndRecorded() {
        #expect(MatcherFixture.status(.bruising, in: "the patch I noted last week has been confirmed as a birthmark by the GP, not a bruise") == .absent)
        #expect(MatcherFixture.status(.bruising, in: "no bruising, Mongolian blue spots over the buttocks were previously recorded at the newborn check") == .absent)
        #expect(MatcherFixture.status(.bruising, in: "body map completed, no marks") == .absent)
    }

    /// A grown-up relative's report of a mark or injury on the baby is second-hand, and the
    /// family's concern; a child cousin's report stays as it is; the other parent's allegation is
    /// the family's concern, an allegation against him is not.
    @Test func relativesReportsAndAllegations() {
        #expect(MatcherFixture.status(.otherInjury, in: "nan noticed a burn on the baby's hand") == .possible)
        #expect(MatcherFixture.status(.familyConcern, in: "nan noticed a burn on the baby's hand") == .present)
        #expect(MatcherFixture.status(.bruising, in: "grandma spotted a bruise on the baby's arm at the weekend") == .possible)
        #expect(MatcherFixture.status(.familyConcern, in: "grandma spotted a bruise on the baby's arm at the weekend") == .present)
        #expect(MatcherFixture.status(.bruising, in: "Her cousin, who was babysitting, has reported a bruise on the baby's leg") == .present)
        #expect(MatcherFixture.status(.familyConcern, in: "dad, who lives apart from mum, alleges her boyfriend shakes the baby") == .present)
        #expect(MatcherFixture.status(.familyConcern, in: "dad is alleged to have hit her") == nil)
    }

    /// A grandparent's report of a bruise on a young baby still brings the protocol.
    @Test func aRelativesReportedBruiseBringsTheProtocol() {
        #expect(DialogueFixtures.recommendationIDs("grandma spotted a bruise on the baby's arm at the weekend, he is 10 weeks").contains("bruising-protocol"))
    }

    /// Look-alikes of other factors: a fall down the stairs as an injury's cause, the baby in
    /// foster care, a drunk carer who can't stand, no broken bones.
    @Test func otherFactorsLookAlikes() {
        #expect(MatcherFixture.status(.domesticAbuse, in: "Fractured skull after a fall down the stairs at 8 months") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "Fractured skull after a fall down the stairs at 8 months") == .present)
        #expect(MatcherFixture.status(.childhoodInCare, in: "the baby is with her foster carers tonight") == nil)
        #expect(MatcherFixture.status(.childhoodInCare, in: "mum grew up with foster carers") == .present)
        #expect(MatcherFixture.status(.preMobile, in: "mum is so drunk she can't stand") == nil)
        #expect(MatcherFixture.status(.substanceMisuse, in: "mum is so drunk she can't stand") == .present)
        #expect(MatcherFixture.status(.preMobile, in: "he's 8 months and can't stand up yet") == .present)
        #expect(MatcherFixture.status(.isolation, in: "no broken bones after the fall, just a fright") == nil)
        #expect(MatcherFixture.status(.isolation, in: "her sister is staying over this week") == .absent)
    }

    /// The father known by where he is or what he does: not unknown. (A male carer not known
    /// to services stays unknown.)
    @Test(arguments: [
        "dad's in jail at the moment",
        "dad works offshore",
        "dad has moved out",
        "dad is the main carer since mum's surgery",
        "she's asleep upstairs with her dad",
        "dad came in tired after his night shift",
    ])
    func theFatherKnown(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .absent, "\(text)")
    }
}
