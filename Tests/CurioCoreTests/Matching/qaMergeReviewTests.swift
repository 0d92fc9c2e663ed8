import Testing

@testable import CurioCore

/// Sentences the merge of pa, pb and pc with the lead's pregnancy rule lost (merge reviewer qa), mended as classes: a
/// bruise mum brings in on the baby read as her own; advice asked about one baby's bruise ignored as guidance on babies
/// in general; the baby's cuts after a parent's self-harm history taken as the parent's; "there's no way that bruise"
/// denying the bruise; a monitoring plan hedging a bruise seen today; a baby settling on her own "within" minutes read
/// as left alone; a baby of 26 weeks or more said of "she" read as a pregnancy. Look-alikes beside each keep what pa's
/// and the lead's classes meant. Sentences written for the review.
@Suite("qa merge review: urgent findings and ages kept beside pa's and the lead's new rules")
struct qaMergeReviewTests {
    /// An injury kept beside the new cues: mum come in with a bruise placed on the baby, advice asked about one baby's
    /// bruise, the baby's cuts after a parent's self-harm history, an injury after "there's no way", a bruise seen
    /// today after a monitoring plan. Mum's own presenting bruise, guidance on babies in general, the parent's own
    /// cuts and "there's no way he's drinking" stay as pa made them.
    @Test(arguments: [
        ("Mum came in with a bruise on the baby's cheek she couldn't explain.", RiskFactorID.bruising, FindingStatus?.some(.present)),
        ("M presented with fresh bruises on infant's thigh, no explanation offered.", RiskFactorID.bruising, .present),
        ("Mum arrived with marks on the baby's arm and said the dog did it.", RiskFactorID.bruising, .present),
        ("Mum came in today with a bruise on his forehead, he's 7 weeks.", RiskFactorID.bruising, .present),
        ("Mum presented with a bruise on her cheek.", RiskFactorID.bruising, nil),
        ("Mum presented with a bruise on her cheek.", RiskFactorID.domesticAbuse, .possible),
        ("Need advice re bruising on newborn's back, noticed at the bath tonight.", RiskFactorID.bruising, .present),
        ("Ringing for guidance on marks on infant's cheek, mum can't say how they got there.", RiskFactorID.bruising, .present),
        ("Just a general question about the policy on bruising in babies, no child in mind.", RiskFactorID.bruising, nil),
        ("Mum has a history of SH, scratches to his arms noted at the visit.", RiskFactorID.otherInjury, .present),
        ("Mum previous SH, superficial cuts to his wrist, he's 5 months.", RiskFactorID.otherInjury, .present),
        ("Recurrence of SH, lacerations to her forearms, baby unharmed.", RiskFactorID.otherInjury, .absent),
        ("There's no way that bruise on his cheek came from the cot.", RiskFactorID.bruising, .present),
        ("There's no way that the bruising on her back is from the bouncer.", RiskFactorID.bruising, .present),
        ("There's no way she's drinking, she's breastfeeding.", RiskFactorID.substanceMisuse, .absent),
        ("Monitoring for jaundice, and a small bruise on the bridge of his nose seen today.", RiskFactorID.bruising, .present),
        ("Plan: monitor for PND in the coming weeks.", RiskFactorID.mentalHealth, nil),
        ("Stopped taking the tablets the GP gave for the baby's reflux.", RiskFactorID.mentalHealthUntreated, nil),
        ("Mum stopped taking her meds last month.", RiskFactorID.mentalHealthUntreated, .present),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func injuryKeptBesideTheNewCues(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A baby settling, feeding or sleeping on her own "within" a time is no baby left alone; "unattended within" or
    /// alone within a place named still is.
    @Test(arguments: [
        ("The baby settles on her own within ten minutes.", FindingStatus?.none),
        ("He self-settles by himself within 5 mins of being put down.", nil),
        ("Baby feeds on his own within the hour now, holding the bottle.", nil),
        ("5/52 infant unattended within the flat while mum went to the shop.", .present),
        ("Baby left alone within the house for an hour.", .present),
    ] as [(String, FindingStatus?)])
    func withinIsATimeUnlessAPlace(text: String, status: FindingStatus?) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == status, "\(text)")
    }

    /// A baby of 26 weeks or more said of "she" with what a baby of that age is or does (a walker, a bouncer, a
    /// centile, breastfed, pulling up, shuffling, a dummy, puree, immobile) keeps her age and is no pregnancy; bare
    /// weeks of "she" with nothing of a baby, and the speaker's own weeks, stay a pregnancy as the lead meant; a time
    /// owed ("I'm 3 weeks behind") is neither.
    @Test(arguments: [
        ("She's 28 weeks, in a walker most of the day, and has a burn on her hand.", 28.0),
        ("She's 32 weeks and pulling herself up on the furniture, bruise to her forehead.", 32.0),
        ("She's 27 weeks, on the 2nd centile and dirty every time I visit.", 27.0),
        ("She's 34 weeks and bum shuffling everywhere; mum left her alone in the bath.", 34.0),
        ("She's 29 weeks and had her vaccinations yesterday, now a bruise on the other leg.", 29.0),
        ("She's 30 weeks, still breastfed, with a fingertip bruise on her back.", 30.0),
        ("She's 28 weeks and was in her bouncer when dad threw a glass at mum.", 28.0),
        ("She's 29 weeks, has a dummy in all day, and smells of stale urine.", 29.0),
        ("She's 27 weeks, been on puree a month, left in a soiled babygro all day.", 27.0),
        ("She's 30 weeks and immobile, bruise on her ear.", 30.0),
        ("She's 36 weeks and tells me her ex put her in hospital.", nil),
        ("I'm 19 weeks and I've not told anyone yet, he hits me.", nil),
        ("I'm 3 weeks behind on the rent and the baby's got nothing to eat.", nil),
    ] as [(String, Double?)])
    func aBabyOfSevenMonthsKeepsHerAge(text: String, weeks: Double?) {
        MatcherFixture.expectAge(text, is: weeks)
    }

    /// ...and is no unborn baby; the pregnancy told by bare weeks alone stays one, and a time owed is none.
    @Test(arguments: [
        ("She's 28 weeks, in a walker most of the day, and has a burn on her hand.", FindingStatus?.none),
        ("She's 30 weeks, still breastfed, with a fingertip bruise on her back.", nil),
        ("She's 30 weeks and immobile, bruise on her ear.", nil),
        ("I'm 3 weeks behind on the rent and the baby's got nothing to eat.", nil),
        ("She's 36 weeks and tells me her ex put her in hospital.", .present),
        ("I'm 19 weeks and I've not told anyone yet, he hits me.", .present),
    ] as [(String, FindingStatus?)])
    func aBabyOfSevenMonthsIsNoPregnancy(text: String, status: FindingStatus?) {
        #expect(MatcherFixture.status(.unborn, in: text) == status, "\(text)")
    }
}
