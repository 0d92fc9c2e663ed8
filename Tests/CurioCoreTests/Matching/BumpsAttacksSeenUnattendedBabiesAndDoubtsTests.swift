import Testing

@testable import CurioCore

/// Classes a probe of duty-desk and note wording found. Missed: a bump, lump or egg on the baby
/// told with the knock or fall that raised it (a swelling, even beside a carer's head-banging
/// look-alike); a baby being hurt as the one telling came in (danger now as well as injury); a
/// baby left in its pram, cot, car, bath or garden on its own without "left alone" (neglect, and
/// the baby's "on his own" is no parent's isolation). Too strong: a baby not yet seen by the one
/// telling, a mark queried after it ("?birthmark ?bruise"), a history still to be checked with
/// its source, pain on handling after "no injuries ... but", a parent's account the worker
/// doubts after "but". Missed too: not engaging with a drug or eating-disorder service (not a
/// denial), talk of hearing voices (no discussion), "she'll end it (for both of them)", help
/// promised and never come, how much help she gets not known, care history told vaguely. False:
/// a limb not moved, in shorthand, read as pre-mobility; another's worry that mum can't cope
/// read as mental ill health. Sentences written for the classes.
@Suite("Bumps, attacks seen on arrival, unattended babies and doubts")
struct BumpsAttacksSeenUnattendedBabiesAndDoubtsTests {
    /// A bump or a lump after a knock or a fall: an injury, either order.
    @Test(arguments: [
        "she rolled off the settee onto the laminate and now has a big lump",
        "he knocked his head on the radiator, there's a small bump",
        "mum says she bumped her head on the cot and it has left an egg",
        "there's a lump on him from where he hit the coffee table",
        "tumbled down the last two stairs in his walker, has got a bump",
    ])
    func aBumpAfterAKnockIsAnInjury(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    /// A pregnancy bump, a bump in the road, a habit of head-banging alone: no injury.
    @Test(arguments: [
        "she fell pregnant in the summer and has a neat little bump now",
        "we went over a bump in the road and he woke up",
        "mum says he keeps banging his head on the cot when he's tired",
        "her bump is measuring small for dates",
    ])
    func noKnockNoInjury(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }

    /// A baby being hurt as the one telling came in: danger now and an injury.
    @Test(arguments: [
        "when we got there the boyfriend was slapping the baby",
        "on arrival dad was still shaking him",
        "I walked in on her boyfriend hitting the baby",
        "as the police came in he was punching the baby",
        "she's smacking the baby now, I can see from the landing",
    ])
    func aBabyHurtAsTheyCameIn(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    /// A past hurt, an ordinary scene on arrival, the mother hit: no danger to the baby now.
    @Test(arguments: [
        "when I arrived mum was rocking the baby",
        "when we got there he was feeding the baby",
        "last month he was slapping the baby, nan says",
    ])
    func noHurtSeenNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// A baby left in its own place on its own, without "left alone": neglect, no isolation.
    @Test(arguments: [
        "was left out in the buggy on her own for most of the afternoon",
        "left in the bath by himself while mum went to the door",
        "the baby was in his cot upstairs on his own for hours while they drank",
        "left upstairs in the bedroom unattended while the adults were in the garden",
    ])
    func aBabyLeftInItsPlace(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.isolation, in: text) == nil, "\(text)")
    }

    /// A baby sitting on its own, a carer alone in a car, a mother left in the flat: no neglect.
    @Test(arguments: [
        "she can sit in the bath on her own now",
        "he's in the pram on his own, happy as anything",
        "dad sat in the car on his own for an hour to calm down",
        "she was left in the flat on her own after he walked out",
    ])
    func noBabyLeft(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// Hedges that lower the status.
    @Test func hedgesLowerTheStatus() {
        for text in ["the childminder reported a bruise on his cheek, not seen him myself yet",
            "grey patch over her sacrum ?mongolian ?bruise - to review",
            "mark on his thigh ?bruise",
            "brown patch on his back ?birthmark"] {
            #expect(MatcherFixture.status(.bruising, in: text) == .possible, "\(text)")
        }
        #expect(MatcherFixture.status(.bruising, in: "bruise on his cheek, I haven't seen him since Friday") == .present)
        #expect(MatcherFixture.status(.traumaticBirth, in: "forceps and a PPH I believe, still to check with the maternity unit") == .possible)
        #expect(MatcherFixture.status(.mentalHealth, in: "had postnatal depression with her first, need to confirm with her GP") == .possible)
        #expect(MatcherFixture.status(.bruising, in: "no bruising, need to check with the GP") == .absent)
        #expect(MatcherFixture.status(.otherInjury, in: "nothing visible but she cries when you lift her arm") == .possible)
        #expect(MatcherFixture.status(.otherInjury, in: "no marks but a burn on her hand") == .present)
    }

    /// A parent's account the worker doubts after "but": possible, not absent.
    @Test func doubtedAccount() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "he says he's given up the cannabis but I'm not convinced") == .possible)
        #expect(MatcherFixture.status(.substanceMisuse, in: "she swears she's stopped drinking but I don't believe her") == .possible)
        #expect(MatcherFixture.status(.domesticAbuse, in: "she denies any violence but I have my doubts") == .possible)
        #expect(MatcherFixture.status(.bruising, in: "no bruises but I'm not convinced mum is coping") == .absent)
    }

    /// Not engaging with a service is its condition, untreated; never a denial.
    @Test func notEngaging() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "dad has disengaged from the alcohol team") == .present)
        let ed = "she's bulimic and refusing to engage with the eating disorder team"
        #expect(MatcherFixture.status(.mentalHealth, in: ed) == .present)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: ed) == .present)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "partner not engaging with the plan") == nil)
    }

    /// Hearing voices told as talk, and ending it: mental ill health; with the baby, danger.
    @Test func voicesAndEndingIt() {
        #expect(MatcherFixture.status(.mentalHealth, in: "she keeps talking about hearing voices at night") == .present)
        #expect(MatcherFixture.status(.mentalHealth, in: "dad said he'll end it") == .present)
        let both = "she rang saying she's going to end it for her and the baby"
        #expect(MatcherFixture.status(.immediateDanger, in: both) == .present)
        #expect(MatcherFixture.status(.mentalHealth, in: both) == .present)
        #expect(MatcherFixture.status(.mentalHealth, in: "she says she'll end it with him this week") == nil)
        #expect(MatcherFixture.status(.mentalHealth, in: "we talked about hearing support for the baby") == nil)
    }

    /// Help promised and never come; help not known; care history told vaguely.
    @Test func isolationAndCareHistory() {
        #expect(MatcherFixture.status(.isolation, in: "her sister says she'll help out but hasn't been round once") == .present)
        #expect(MatcherFixture.status(.isolation, in: "no idea how much help she actually gets from her mum") == .possible)
        #expect(MatcherFixture.status(.isolation, in: "I'm not sure how to help her with the feeds") == nil)
        #expect(MatcherFixture.status(.childhoodInCare, in: "mum may have been looked after as a teenager, I'll ask") == .possible)
        #expect(MatcherFixture.status(.childhoodInCare, in: "the baby was looked after by nan in the past") == nil)
    }

    /// A limb not moved, in shorthand: the injury sign, not pre-mobility; another's worry
    /// about coping: no mental ill health.
    @Test func lookAlikes() {
        for text in ["won't move L arm since yesterday", "not using rt leg, cries on handling"] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
            #expect(MatcherFixture.status(.preMobile, in: text) == nil, "\(text)")
        }
        #expect(MatcherFixture.status(.mentalHealth, in: "the midwife is concerned dad won't cope with twins") == nil)
        #expect(MatcherFixture.status(.mentalHealth, in: "mum told me she can't cope anymore") == .possible)
    }

    /// The advice: a bump after a fall, an attack seen, a baby left: urgent.
    @Test func advice() {
        #expect(DialogueFixtures.recommendationIDs("on arrival dad was still shaking him").contains("emergency-services"))
        #expect(DialogueFixtures.recommendationIDs("was left out in the buggy on her own for most of the afternoon").contains("refer-csc"))
    }
}
