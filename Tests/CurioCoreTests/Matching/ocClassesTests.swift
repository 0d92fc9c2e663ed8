import Testing

@testable import CurioCore

/// Classes found in the retired BX probe (fixer oc): a parent's history told as a story and whose history it is,
/// untreated mental ill health told as what was done with the medicine, crying told as a scene on the phone, a
/// relative's report of substance misuse in slang, a drink that is no alcohol, and the boundaries of status (hearsay
/// is possible, rows with abuse denied are absent, a carer's uncertain sighting of a bruise is possible). Each test
/// names its class; look-alikes beside them keep their finding or stay silent. Sentences written for the classes.
@Suite("oc classes: parent history, whose history, crying scene, slang, status boundaries")
struct ocClassesTests {
    /// Untreated mental ill health told as a story (H4): the medicine binned or never opened, the condition told and
    /// then the tablets never taken, the help offered and never rung, the letters ignored: untreated, and the ill
    /// health hers. A medicine taken, or one for the body, is no untreated mental ill health.
    @Test(arguments: [
        ("The GP gave her fluoxetine for her low mood and she flushed the lot", RiskFactorID.mentalHealthUntreated, FindingStatus?.some(.present)),
        ("The GP gave her fluoxetine for her low mood and she flushed the lot", RiskFactorID.mentalHealth, .present),
        ("He had a breakdown at college and he wouldn't take the meds", RiskFactorID.mentalHealthUntreated, .present),
        ("The HV offered her a referral to the perinatal team and she never replied", RiskFactorID.mentalHealthUntreated, .present),
        ("She got a referral to talking therapies and ignored every letter", RiskFactorID.mentalHealthUntreated, .present),
        ("He was given tablets for his anxiety and never started them", RiskFactorID.mentalHealthUntreated, .present),
        ("She takes her sertraline every morning", RiskFactorID.mentalHealthUntreated, .absent),
        ("Bipolar since her twenties and she turns down any help", RiskFactorID.mentalHealthUntreated, .present),
        ("He never took the antibiotics for his chest", RiskFactorID.mentalHealthUntreated, nil),
        ("She was given tablets for her back and never took them", RiskFactorID.mentalHealth, nil),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func untreatedToldAsAStory(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A relative's report of substance misuse in slang (S1): "on the spice", "on the sniff", "on the weed" are use,
    /// possible when a relative tells it, present when the parent says it; the baby's grandparent taken up by "she"
    /// names her son, the father. The relative's own use is theirs; a baby on the bottle is fed.
    @Test(arguments: [
        ("The baby's grandma, she says her son is on the sniff every weekend", RiskFactorID.substanceMisuse, FindingStatus?.some(.possible)),
        ("The baby's grandma, she says her son is on the sniff every weekend", RiskFactorID.familyConcern, .present),
        ("Her brother texted to say she's back on the weed", RiskFactorID.substanceMisuse, .possible),
        ("Mum admits she's been on the tins most nights", RiskFactorID.substanceMisuse, .present),
        ("Grandad himself is on the spice, he doesn't see the baby", RiskFactorID.substanceMisuse, nil),
        ("The baby is on the bottle now and feeding well", RiskFactorID.substanceMisuse, nil),
        ("Her mum thinks she's on the nitrous balloons every weekend", RiskFactorID.substanceMisuse, .possible),
        ("The gas canisters for the barbecue are in the shed", RiskFactorID.substanceMisuse, nil),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func drugSlangInARelativesReport(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A drink that is no alcohol (F1): a hot drink, a mug of tea, a drink of juice beside a scald is the injury only,
    /// no substance misuse; a parent drunk beside it keeps both.
    @Test(arguments: [
        ("Blisters on his wrist from a hot drink that got knocked off the table", RiskFactorID.otherInjury, FindingStatus?.some(.present)),
        ("Blisters on his wrist from a hot drink that got knocked off the table", RiskFactorID.substanceMisuse, nil),
        ("She spilled a mug of coffee on his leg, it's red raw", RiskFactorID.substanceMisuse, nil),
        ("Mum was drunk when he pulled the hot drink onto himself", RiskFactorID.substanceMisuse, .present),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func aDrinkThatIsNotAlcohol(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A parent's history told as a story (H1): brought up elsewhere because the parent's own mother or father drank,
    /// used or was violent, a parent who "had" a violent father, a mother's boyfriend who "used to" beat her: her
    /// adverse childhood, no current factor of hers.
    @Test(arguments: [
        ("He lived with his aunt most of his childhood because his own mum was on crack", RiskFactorID.adverseChildhood, FindingStatus?.some(.present)),
        ("He lived with his aunt most of his childhood because his own mum was on crack", RiskFactorID.substanceMisuse, nil),
        ("Mum was raised by her grandparents as her own dad drank himself stupid every night", RiskFactorID.adverseChildhood, .present),
        ("I understand mum had an alcoholic father", RiskFactorID.adverseChildhood, .present),
        ("Dad told us his mum's boyfriend used to hit him", RiskFactorID.adverseChildhood, .present),
        ("She stayed at her gran's growing up because her mum was never sober", RiskFactorID.adverseChildhood, .present),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func parentsChildhoodToldAsAStory(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Whose history (H2): the parent's own father in a childhood story is not the baby's father; someone in and out of
    /// prison, hospital or care is no father coming and going (the care told as the parent's own). A father nobody
    /// knows stays unknown; a dad in and out of the baby's life stays unclear.
    @Test(arguments: [
        ("Her dad was in and out of jail the whole time she was at school", RiskFactorID.fatherUnknown, FindingStatus?.none),
        ("Dad was in and out of children's homes from the age of nine", RiskFactorID.fatherUnknown, nil),
        ("Dad was in and out of children's homes from the age of nine", RiskFactorID.childhoodInCare, .present),
        ("Mum's own father was never known", RiskFactorID.fatherUnknown, nil),
        ("Nobody knows who the baby's father is", RiskFactorID.fatherUnknown, .present),
        ("Dad's in and out, we never know if he's there", RiskFactorID.fatherUnknown, .present),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func whoseHistory(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Hearsay the teller passes on (H3): "I gather", "word is", "from what I've heard" before a history make it
    /// possible; the parent's own account stays present.
    @Test(arguments: [
        ("I gather dad was beaten by his stepfather growing up", RiskFactorID.adverseChildhood, FindingStatus?.some(.possible)),
        ("From what I've heard mum was in foster care for years", RiskFactorID.childhoodInCare, .possible),
        ("Word is she was on a CP plan as a teenager", RiskFactorID.childhoodInCare, .possible),
        ("Mum has told me she was beaten by her stepfather as a child", RiskFactorID.adverseChildhood, .present),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func hearsayHistoryIsPossible(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// The teller's worry about a parent's mood (H5): "I'm concerned about her mood" is a possible mental ill health;
    /// no concern about it is absent. Anxious about one thing named ("anxious about a burn") is no anxiety of hers; the
    /// burn stays.
    @Test(arguments: [
        ("She says she feels like she's drowning, I'm quite concerned about her mood", RiskFactorID.mentalHealth, FindingStatus?.some(.possible)),
        ("I'm a bit worried about dad's state of mind", RiskFactorID.mentalHealth, .possible),
        ("No concerns about her mood at all", RiskFactorID.mentalHealth, .absent),
        ("Mum's anxious about a mark on his ear", RiskFactorID.mentalHealth, nil),
        ("Mum's anxious about a burn on his palm", RiskFactorID.otherInjury, .present),
        ("Mum is very anxious and not sleeping", RiskFactorID.mentalHealth, .present),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func worryAboutMood(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Crying told as a scene on the phone (C1): the crying, then how long it has gone on "like this" or that nothing
    /// helps, is crying that cannot be settled; a baby heard crying and nothing more is no finding; a baby hard to
    /// settle by someone's account is crying.
    @Test(arguments: [
        ("She's wailing again, hear her, she's been going like this all morning", RiskFactorID.inconsolableCrying, FindingStatus?.some(.present)),
        ("He's howling, we've done everything, nothing we try helps", RiskFactorID.inconsolableCrying, .present),
        ("According to nan he's been really hard to soothe all weekend", RiskFactorID.inconsolableCrying, .present),
        ("Sorry about the noise, he's crying because he wants his bottle", RiskFactorID.inconsolableCrying, nil),
        ("She's screaming, she's been going since lunchtime", RiskFactorID.inconsolableCrying, .present),
        ("She wails from the minute she wakes until she goes down", RiskFactorID.inconsolableCrying, .present),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func cryingToldAsASceneOnThePhone(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Rows with abuse denied (N1): a couple's arguments, shouting or a temper told, then violence or control ruled out
    /// after "but", is domestic abuse absent (it had read as a possible, a negation error); rows with a push told stay
    /// present.
    @Test(arguments: [
        ("They have blazing rows but she's clear he's never laid a finger on her", RiskFactorID.domesticAbuse, FindingStatus?.some(.absent)),
        ("They yell at each other sometimes but it's never got physical", RiskFactorID.domesticAbuse, .absent),
        ("He's got a short fuse but she says he's never raised a hand to her", RiskFactorID.domesticAbuse, .absent),
        ("They row every night and he shoved her against the fridge on Friday", RiskFactorID.domesticAbuse, .present),
        ("He shouts when he's stressed but he's never touched her", RiskFactorID.domesticAbuse, .absent),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func rowsWithAbuseDenied(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A carer's uncertain sighting of a bruise (U1): "thinks she saw", "reckons he spotted" is a possible bruise,
    /// never lost; seen and still there is present. A carer's fear of bruising the baby is no bruise.
    @Test(arguments: [
        ("Dad thinks he saw a bruise on her thigh at bath time", RiskFactorID.bruising, FindingStatus?.some(.possible)),
        ("Nan reckons she spotted a mark on his back on Sunday", RiskFactorID.bruising, .possible),
        ("Mum saw a bruise on her thigh at bath time and it's still there", RiskFactorID.bruising, .present),
        ("Dad's terrified he'll bruise her when he dresses her", RiskFactorID.bruising, nil),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func carersUncertainSighting(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// A home told as not safe for a baby (U3): "the flat isn't safe for a baby", wires hanging out, is neglect
    /// (possible when a relative tells it), not an immediate danger; a baby alone inside keeps the danger. Growth and a
    /// clean safe home told as fine are neglect absent.
    @Test(arguments: [
        ("Her uncle says the house isn't safe for a baby, sockets hanging off the wall", RiskFactorID.neglect, FindingStatus?.some(.possible)),
        ("Her uncle says the house isn't safe for a baby, sockets hanging off the wall", RiskFactorID.immediateDanger, nil),
        ("The flat isn't fit for a child and the baby's been left in there alone all night, nobody's answering", RiskFactorID.immediateDanger, .present),
        ("He's growing beautifully and feeding well", RiskFactorID.neglect, .absent),
        ("Their house is clean and safe, stair gates on", RiskFactorID.neglect, .absent),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func unsafeHomeIsNeglect(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// The birth told plainly (N2, B1, B2): induced and it all went fine, "a breeze" is no traumatic birth; an awful
    /// birth she can't talk about is present; days in special care told time first is present; a parent who works on
    /// the unit is none.
    @Test(arguments: [
        ("She was induced at 40 weeks and everything went smoothly", RiskFactorID.traumaticBirth, FindingStatus?.some(.absent)),
        ("Labour was a doddle, she says", RiskFactorID.traumaticBirth, .absent),
        ("The delivery was horrendous and she still can't talk about it", RiskFactorID.traumaticBirth, .present),
        ("Two nights in SCBU for his sugars and then home", RiskFactorID.traumaticBirth, .present),
        ("Dad is a nurse on the neonatal unit", RiskFactorID.traumaticBirth, nil),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func birthToldPlainly(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// Newborns in general (NV1): "newborns mostly sleep anyway" in the parent's plans is her naive view and no baby's
    /// mobility; a newborn named stays pre-mobile.
    @Test(arguments: [
        ("She says babies just sleep anyway so she'll go straight back to work", RiskFactorID.naiveExpectations, FindingStatus?.some(.present)),
        ("She says babies just sleep anyway so she'll go straight back to work", RiskFactorID.preMobile, nil),
        ("Newborns mostly sleep, she's read all about it", RiskFactorID.preMobile, nil),
        ("The newborn has a mark on his forehead", RiskFactorID.preMobile, .present),
    ] as [(String, RiskFactorID, FindingStatus?)])
    func newbornsInGeneral(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }
}
