import Testing

@testable import CurioCore

/// Classes of probe AD and AA in the soft factors, said in practitioners' lay words. Missed:
/// inconsolable crying as colic, a "screamer", impossible to comfort, screaming since a time, out
/// of arms, with every feed; mental ill health as nerves, flat and weepy, paranoid beliefs, a
/// parent shut in; untreated as never mentioned to the GP, meant to restart her medicine, a
/// referral refused, help put off; a traumatic birth as stuck at the shoulders or "a bit of a
/// nightmare"; the parent's childhood and care told as a story (her own parents named first),
/// secure accommodation, a social worker through school; drugs as doing lines, clean for years,
/// tablets that aren't hers; domestic abuse as her fear of him, kept in her place, a woman heard
/// shouting; a learning difficulty as things not taken in. False: a toddler's screaming, an
/// adult's tears, the end of one's tether and bare "not coping", epilepsy on tablets, army
/// flashbacks as a birth, a friend's baby in NICU, a temper at the baby's crying, "well
/// controlled". Absent: hardly ever cries, worry no more than you'd expect, born on the way in
/// with no complications, teetotal. Sentences written for the classes.
@Suite("Soft factors in lay words")
struct SoftFactorsInLayWordsTests {
    /// Crying in lay words: colic, a screamer, impossible to comfort, screaming since a time or
    /// since birth, out of arms or with every feed, off again as soon as the carer stops, whole
    /// evenings by the clock, nothing making a difference.
    @Test(arguments: [
        ("She's had colic since about two weeks.", RiskFactorID.inconsolableCrying, FindingStatus?.some(.present)),
        ("A colicky little boy, mum says the evenings are hard.", RiskFactorID.inconsolableCrying, FindingStatus?.some(.present)),
        ("Dad calls her a proper screamer.", RiskFactorID.inconsolableCrying, FindingStatus?.some(.present)),
        ("He's been so hard to comfort since the weekend.", RiskFactorID.inconsolableCrying, FindingStatus?.some(.present)),
        ("She won't be consoled, mum's tried feeds and the sling.", RiskFactorID.inconsolableCrying, FindingStatus?.some(.present)),
        ("Screaming since midnight, mum rang at 6.", RiskFactorID.inconsolableCrying, FindingStatus?.some(.present)),
        ("He's been crying since he was born, on and off.", RiskFactorID.inconsolableCrying, FindingStatus?.some(.present)),
        ("Mum can't put her down without her crying.", RiskFactorID.inconsolableCrying, FindingStatus?.some(.present)),
        ("She screams the moment mum lays her down.", RiskFactorID.inconsolableCrying, FindingStatus?.some(.present)),
        ("He screams with every bottle and pulls away.", RiskFactorID.inconsolableCrying, FindingStatus?.some(.present)),
        ("The minute dad stops rocking him he's off.", RiskFactorID.inconsolableCrying, FindingStatus?.some(.present)),
        ("Kicks off from teatime till midnight most days.", RiskFactorID.inconsolableCrying, FindingStatus?.some(.present)),
        ("Mum says nothing she tries makes a difference.", RiskFactorID.inconsolableCrying, FindingStatus?.some(.present)),
    ])
    func cryPresent(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text)")
    }

    /// Seldom crying, an easy or quiet baby, colic that settles, crying issues denied: absent.
    @Test(arguments: [
        ("He hardly ever cries, mum says.", RiskFactorID.inconsolableCrying, FindingStatus?.some(.absent)),
        ("She's a really easy baby.", RiskFactorID.inconsolableCrying, FindingStatus?.some(.absent)),
        ("Quiet baby, seldom cries.", RiskFactorID.inconsolableCrying, FindingStatus?.some(.absent)),
        ("Colic at night but settles with a cuddle and a feed.", RiskFactorID.inconsolableCrying, FindingStatus?.some(.absent)),
        ("No crying issues reported.", RiskFactorID.inconsolableCrying, FindingStatus?.some(.absent)),
    ])
    func cryAbsent(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text)")
    }

    /// A parent's account of endless crying against a calm baby seen, or crying the practitioner
    /// has not heard: possible.
    @Test(arguments: [
        ("Dad says he's a terror and never stops, but he was calm and smiley at clinic.", RiskFactorID.inconsolableCrying, FindingStatus?.some(.possible)),
        ("Mum says she screams all evening, but I haven't heard her cry myself.", RiskFactorID.inconsolableCrying, FindingStatus?.some(.possible)),
    ])
    func cryDoubted(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text)")
    }

    /// Another child's screaming, an adult's tears since the birth, an adult's colic, things sold
    /// for colic, nothing helping something else, a work shift: no crying baby.
    @Test(arguments: [
        ("Her four year old screams the house down at bedtime.", RiskFactorID.inconsolableCrying, FindingStatus?.none),
        ("The toddler cries for hours at nursery drop-off.", RiskFactorID.inconsolableCrying, FindingStatus?.none),
        ("His big sister has been crying since 7 this morning.", RiskFactorID.inconsolableCrying, FindingStatus?.none),
        ("Mum has been crying since he was born.", RiskFactorID.inconsolableCrying, FindingStatus?.none),
        ("Mum has gallstones and gets biliary colic.", RiskFactorID.inconsolableCrying, FindingStatus?.none),
        ("She's bought anti-colic bottles.", RiskFactorID.inconsolableCrying, FindingStatus?.none),
        ("Nothing she does makes any difference to the reflux.", RiskFactorID.inconsolableCrying, FindingStatus?.none),
        ("Dad works from six till midnight most days.", RiskFactorID.inconsolableCrying, FindingStatus?.none),
    ])
    func cryNone(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text)")
    }

    /// Mental ill health in lay words: nerves, flat and weepy, beliefs of being spied on or of
    /// strangers coming to take the baby.
    @Test(arguments: [
        ("She's had trouble with her nerves for years.", RiskFactorID.mentalHealth, FindingStatus?.some(.present)),
        ("Her nerves are in bits since the birth.", RiskFactorID.mentalHealth, FindingStatus?.some(.present)),
        ("Presents as flat and weepy at every visit.", RiskFactorID.mentalHealth, FindingStatus?.some(.present)),
        ("She thinks people are spying on her through the TV.", RiskFactorID.mentalHealth, FindingStatus?.some(.present)),
        ("She's convinced strangers are trying to take the baby.", RiskFactorID.mentalHealth, FindingStatus?.some(.present)),
    ])
    func mhPresent(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text)")
    }

    /// Signs to ask about: shut in with the curtains closed, emotionally all over the place, dread
    /// of giving birth, not coping since the birth, weepy.
    @Test(arguments: [
        ("She won't open the curtains and hasn't left the bedroom in a week.", RiskFactorID.mentalHealth, FindingStatus?.some(.possible)),
        ("Emotionally all over the place since the section.", RiskFactorID.mentalHealth, FindingStatus?.some(.possible)),
        ("She's petrified of giving birth again.", RiskFactorID.mentalHealth, FindingStatus?.some(.possible)),
        ("Mum isn't coping since the birth.", RiskFactorID.mentalHealth, FindingStatus?.some(.possible)),
        ("Very weepy on day five.", RiskFactorID.mentalHealth, FindingStatus?.some(.possible)),
    ])
    func mhPossible(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text)")
    }

    /// Strain, not illness (the end of one's tether, not coping said bare), epilepsy on tablets, a
    /// real fear of social services, a mess: no mental ill health.
    @Test(arguments: [
        ("Dad's at the end of his tether with the night feeds.", RiskFactorID.mentalHealth, FindingStatus?.none),
        ("Grandma rang, she's worried mum isn't coping with the twins.", RiskFactorID.mentalHealth, FindingStatus?.none),
        ("Mum has epilepsy, well controlled on her tablets.", RiskFactorID.mentalHealth, FindingStatus?.none),
        ("She's convinced social services will take him off her.", RiskFactorID.mentalHealth, FindingStatus?.none),
        ("The toys are all over the place.", RiskFactorID.mentalHealth, FindingStatus?.none),
    ])
    func mhNone(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text)")
    }

    /// Worry no more than any new parent's: absent.
    @Test(arguments: [
        ("Anxious mum, but nothing beyond what you'd expect with a first baby.", RiskFactorID.mentalHealth, FindingStatus?.some(.absent)),
        ("Just the usual new mum worries.", RiskFactorID.mentalHealth, FindingStatus?.some(.absent)),
    ])
    func mhAbsent(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text)")
    }

    /// Untreated in lay words: never mentioned to the midwife, meant to go back on her medicine, a
    /// referral not allowed, no help with the condition, help put off, an offer of a referral
    /// turned down, no follow-up after an overdose.
    @Test(arguments: [
        ("Low mood for months and she's never mentioned it to the midwife.", RiskFactorID.mentalHealthUntreated, FindingStatus?.some(.present)),
        ("She was meant to go back on her fluoxetine after the birth.", RiskFactorID.mentalHealthUntreated, FindingStatus?.some(.present)),
        ("Depressed, but she won't let the GP refer her.", RiskFactorID.mentalHealthUntreated, FindingStatus?.some(.present)),
        ("She's had no help at all with her depression.", RiskFactorID.mentalHealthUntreated, FindingStatus?.some(.present)),
        ("She keeps putting off ringing the GP about her anxiety.", RiskFactorID.mentalHealthUntreated, FindingStatus?.some(.present)),
        ("She declined the HV's offer of a referral to talking therapies.", RiskFactorID.mentalHealthUntreated, FindingStatus?.some(.present)),
        ("Overdose at 19, no follow-up since.", RiskFactorID.mentalHealthUntreated, FindingStatus?.some(.present)),
        ("He hasn't mentioned his panic attacks to the doctor.", RiskFactorID.mentalHealthUntreated, FindingStatus?.some(.present)),
    ])
    func untreatedPresent(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text)")
    }

    /// On a waiting list and started on a medicine meanwhile, or under a team and taking it:
    /// treated.
    @Test(arguments: [
        ("On the list for IAPT and the GP has put her on sertraline for now.", RiskFactorID.mentalHealthUntreated, FindingStatus?.some(.absent)),
        ("Under the perinatal team and taking her citalopram.", RiskFactorID.mentalHealthUntreated, FindingStatus?.some(.absent)),
    ])
    func untreatedAbsent(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text)")
    }

    /// The practitioner's own wait for papers, a referral to housing refused: no untreated illness.
    @Test(arguments: [
        ("I'm still waiting for the discharge summary.", RiskFactorID.mentalHealthUntreated, FindingStatus?.none),
        ("She won't let us refer her to the housing team.", RiskFactorID.mentalHealthUntreated, FindingStatus?.none),
        ("She never told the GP she'd moved house.", RiskFactorID.mentalHealthUntreated, FindingStatus?.none),
    ])
    func untreatedNone(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text)")
    }

    /// A medicine unnamed says treatment but no mental illness; named with its illness it says
    /// both.
    @Test(arguments: [
        ("Dad's asthma is managed, he's on tablets.", RiskFactorID.mentalHealth, FindingStatus?.none),
        ("She's on medication for her depression.", RiskFactorID.mentalHealthUntreated, FindingStatus?.some(.absent)),
    ])
    func medsNoMH(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text)")
    }

    /// Flashbacks of a trauma that is not the birth are mental ill health, no traumatic birth.
    @Test(arguments: [
        ("He has PTSD from a car crash and gets flashbacks.", RiskFactorID.traumaticBirth, FindingStatus?.none),
        ("He has PTSD from a car crash and gets flashbacks.", RiskFactorID.mentalHealth, FindingStatus?.some(.present)),
    ])
    func ptsd(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text)")
    }

    /// A traumatic birth in lay words: stuck at the shoulders, a labour counted in days.
    @Test(arguments: [
        ("The baby got stuck at the shoulders.", RiskFactorID.traumaticBirth, FindingStatus?.some(.present)),
        ("She laboured for three days of labour before the section.", RiskFactorID.traumaticBirth, FindingStatus?.some(.present)),
        ("Born after a 3-day induction.", RiskFactorID.traumaticBirth, FindingStatus?.some(.present)),
    ])
    func birthPresent(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text)")
    }

    /// The birth called "a bit of a" hard thing: possible.
    @Test(arguments: [
        ("She says the birth was a bit of a blur.", RiskFactorID.traumaticBirth, FindingStatus?.some(.possible)),
        ("Not sure about the labour, mum described it as a bit of a shock.", RiskFactorID.traumaticBirth, FindingStatus?.some(.possible)),
    ])
    func birthPossible(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text)")
    }

    /// Born on the way in with no complications, a long labour she says was not bad: absent.
    @Test(arguments: [
        ("Born in the car on the way in, no complications.", RiskFactorID.traumaticBirth, FindingStatus?.some(.absent)),
        ("A long labour but she says it wasn't that bad.", RiskFactorID.traumaticBirth, FindingStatus?.some(.absent)),
    ])
    func birthAbsent(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text)")
    }

    /// A relative's baby in special care, a car stuck in traffic: not this birth.
    @Test(arguments: [
        ("Her sister had a baby who was in SCBU last year.", RiskFactorID.traumaticBirth, FindingStatus?.none),
        ("He got stuck in traffic on the way to the hospital.", RiskFactorID.traumaticBirth, FindingStatus?.none),
    ])
    func birthNone(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text)")
    }

    /// The parent's childhood told as a story: a parent's abuse with her other parent named first,
    /// a parent's addiction, a beating by belt, both parents drinking, bringing herself or her
    /// siblings up, a parent who could not care, abuse in a placement.
    @Test(arguments: [
        ("Her dad was never around and her mum used to hit her with a slipper.", RiskFactorID.adverseChildhood, FindingStatus?.some(.present)),
        ("His father was a heroin addict.", RiskFactorID.adverseChildhood, FindingStatus?.some(.present)),
        ("Her stepfather used to take a belt to her.", RiskFactorID.adverseChildhood, FindingStatus?.some(.present)),
        ("Her parents were both alcoholics.", RiskFactorID.adverseChildhood, FindingStatus?.some(.present)),
        ("He more or less brought himself up.", RiskFactorID.adverseChildhood, FindingStatus?.some(.present)),
        ("She was bringing up her younger sisters herself from 12.", RiskFactorID.adverseChildhood, FindingStatus?.some(.present)),
        ("Her own dad was depressed and couldn't look after her.", RiskFactorID.adverseChildhood, FindingStatus?.some(.present)),
        ("She was abused in a foster placement.", RiskFactorID.adverseChildhood, FindingStatus?.some(.present)),
        ("He was beaten in a children's home.", RiskFactorID.adverseChildhood, FindingStatus?.some(.present)),
    ])
    func acPresent(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text)")
    }

    /// Hints of a hard childhood: quiet when asked, something that happened when young, running
    /// away from home.
    @Test(arguments: [
        ("She goes very quiet whenever I ask about her childhood.", RiskFactorID.adverseChildhood, FindingStatus?.some(.possible)),
        ("Something went on when she was young, she won't go into it.", RiskFactorID.adverseChildhood, FindingStatus?.some(.possible)),
        ("She ran away from home a lot as a teenager.", RiskFactorID.adverseChildhood, FindingStatus?.some(.possible)),
    ])
    func acPossible(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text)")
    }

    /// Care as a child: secure accommodation, a social worker through school, fostered, said after
    /// living with a relative.
    @Test(arguments: [
        ("He spent time in secure accommodation at 15.", RiskFactorID.childhoodInCare, FindingStatus?.some(.present)),
        ("She had a social worker right through secondary school.", RiskFactorID.childhoodInCare, FindingStatus?.some(.present)),
        ("Lives with her gran, and was fostered from 10 to 14.", RiskFactorID.childhoodInCare, FindingStatus?.some(.present)),
        ("He was beaten in a children's home.", RiskFactorID.childhoodInCare, FindingStatus?.some(.present)),
        ("She had a social worker from age 6.", RiskFactorID.childhoodInCare, FindingStatus?.some(.present)),
    ])
    func icPresent(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text)")
    }

    /// An older child's plan, the baby with foster carers tonight: not the parent's childhood.
    @Test(arguments: [
        ("Her 3 year old is on a CP plan.", RiskFactorID.childhoodInCare, FindingStatus?.none),
        ("The baby is with her foster carers tonight.", RiskFactorID.childhoodInCare, FindingStatus?.none),
    ])
    func icNone(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text)")
    }

    /// Substance misuse in lay words: doing lines, doing coke, sober for months (a history), nobody
    /// sober, painkillers that are not hers.
    @Test(arguments: [
        ("Dad's been doing lines at parties.", RiskFactorID.substanceMisuse, FindingStatus?.some(.present)),
        ("She did a line at the weekend.", RiskFactorID.substanceMisuse, FindingStatus?.some(.present)),
        ("Dad's been doing a bit of coke with his mates.", RiskFactorID.substanceMisuse, FindingStatus?.some(.present)),
        ("Mum's been sober for six months.", RiskFactorID.substanceMisuse, FindingStatus?.some(.present)),
        ("Neither of them is sober.", RiskFactorID.substanceMisuse, FindingStatus?.some(.present)),
        ("She's been taking painkillers that aren't hers.", RiskFactorID.substanceMisuse, FindingStatus?.some(.present)),
        ("She's been taking her nan's painkillers.", RiskFactorID.substanceMisuse, FindingStatus?.some(.present)),
    ])
    func smPresent(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text)")
    }

    /// Teetotal, never touching drugs: absent.
    @Test(arguments: [
        ("Mum is teetotal.", RiskFactorID.substanceMisuse, FindingStatus?.some(.absent)),
        ("Dad never touches drugs.", RiskFactorID.substanceMisuse, FindingStatus?.some(.absent)),
    ])
    func smAbsent(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text)")
    }

    /// A relative ringing about their own sister or daughter, the parent: second-hand, possible.
    @Test(arguments: [
        ("Uncle rang, he thinks his sister is drinking again.", RiskFactorID.substanceMisuse, FindingStatus?.some(.possible)),
        ("Grandad phoned, he says his daughter is back on the drugs.", RiskFactorID.substanceMisuse, FindingStatus?.some(.possible)),
    ])
    func smReported(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text)")
    }

    /// Domestic abuse in lay words, a doubt to ask about: her fear of him, kept in her place, how
    /// he speaks to her, a woman heard shouting "let me go".
    @Test(arguments: [
        ("She looked terrified when he walked in.", RiskFactorID.domesticAbuse, FindingStatus?.some(.possible)),
        ("She's frightened of what he might do when he's had a drink.", RiskFactorID.domesticAbuse, FindingStatus?.some(.possible)),
        ("She's scared he'll find her.", RiskFactorID.domesticAbuse, FindingStatus?.some(.possible)),
        ("He says she needs keeping in her place.", RiskFactorID.domesticAbuse, FindingStatus?.some(.possible)),
        ("I'm worried about how her boyfriend speaks to her.", RiskFactorID.domesticAbuse, FindingStatus?.some(.possible)),
        ("The caller heard a woman shouting 'let me go'.", RiskFactorID.domesticAbuse, FindingStatus?.some(.possible)),
        ("I don't like the way he talks to her.", RiskFactorID.domesticAbuse, FindingStatus?.some(.possible)),
    ])
    func daPossible(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text)")
    }

    /// A beating told by its weapon: domestic abuse.
    @Test(arguments: [
        ("He took his belt to her when she got home late.", RiskFactorID.domesticAbuse, FindingStatus?.some(.present)),
    ])
    func daPresent(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text)")
    }

    /// A relative's report that his brother knocks her about: the father, second-hand.
    @Test(arguments: [
        ("The paternal uncle says his brother has been knocking her about.", RiskFactorID.domesticAbuse, FindingStatus?.some(.possible)),
    ])
    func daReported(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text)")
    }

    /// A temper lost at the baby's crying, an illness well controlled or under control, a baby
    /// flinching, a sports injury: no abuse between the adults.
    @Test(arguments: [
        ("Her partner loses his temper when the baby cries at night.", RiskFactorID.domesticAbuse, FindingStatus?.none),
        ("Mum's diabetes is well controlled.", RiskFactorID.domesticAbuse, FindingStatus?.none),
        ("Her asthma is under control now.", RiskFactorID.domesticAbuse, FindingStatus?.none),
        ("The baby flinched at the noise.", RiskFactorID.domesticAbuse, FindingStatus?.none),
        ("A bruise on her knee from a fall at netball.", RiskFactorID.domesticAbuse, FindingStatus?.none),
    ])
    func daNone(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text)")
    }

    /// The parent of a baby named by its age with a learning disability: the parent's.
    @Test(arguments: [
        ("Dad of a 6 week old has a learning disability.", RiskFactorID.learningDifficulty, FindingStatus?.some(.present)),
    ])
    func ldPresent(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text)")
    }

    /// Not taking things in: could not repeat it back, slow to take it in, shown again and again.
    @Test(arguments: [
        ("She smiled and nodded but couldn't repeat any of it back.", RiskFactorID.learningDifficulty, FindingStatus?.some(.possible)),
        ("He's slow to take information in.", RiskFactorID.learningDifficulty, FindingStatus?.some(.possible)),
        ("I had to show him how to sterilise the bottles three times.", RiskFactorID.learningDifficulty, FindingStatus?.some(.possible)),
        ("I had to show him how to make up a bottle lots of times.", RiskFactorID.learningDifficulty, FindingStatus?.some(.possible)),
    ])
    func ldPossible(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text)")
    }

    /// Reading hard in a second language: no learning difficulty.
    @Test(arguments: [
        ("He struggles with reading forms because English is his second language.", RiskFactorID.learningDifficulty, FindingStatus?.none),
    ])
    func ldNone(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text)")
    }

    /// Advice follows: crying told in lay words gives ICON support, another child's screaming
    /// none; drugs in lay words give the referral; untreated nerves give its advice; strain and a
    /// controlled illness give nothing.
    @Test func adviceFollows() {
        #expect(DialogueFixtures.recommendationIDs("Six week old with colic, screams from teatime till midnight.").contains("icon-crying-support"))
        #expect(!DialogueFixtures.recommendationIDs("Her toddler screams non-stop but the 6 week old is very settled.").contains("icon-crying-support"))
        #expect(DialogueFixtures.recommendationIDs("Dad's been doing lines most weekends.").contains("refer-csc"))
        #expect(DialogueFixtures.recommendationIDs("She's struggled with her nerves for years and keeps putting off seeing anyone.").contains("untreated-mental-health"))
        #expect(DialogueFixtures.recommendationIDs("Mum is at the end of her tether with the night feeds.").isEmpty)
        #expect(DialogueFixtures.recommendationIDs("Mum has epilepsy, well controlled on her tablets.").isEmpty)
    }
}
