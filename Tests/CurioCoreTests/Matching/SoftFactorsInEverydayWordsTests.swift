import Testing

@testable import CurioCore

/// Classes from the soft-factor probes (probes-AD, probes-AA), in practitioners' everyday words.
/// Naive expectations told as the parent's own plans and beliefs about a baby (evenings back, a
/// baby fitted round work or nights out, a doll or an accessory, a baby who needs little, sleeps
/// through anything, should be in a routine by now, will make her feel needed), and realism
/// (knowing what is coming, the hard nights expected, the feeds shared) as absent. Isolation told
/// as falling out, friends drifting away, promised help that keeps falling through, new to the
/// country, a partner gone back, "doesn't have anyone"; support staying, moved in, hands-on or
/// lined up as absent; a question echoed and answered "no". The father unknown worded indirectly
/// (no record of who he is, can't say how involved, never home, never laid eyes on him, his box
/// left blank, "Dad? No idea", a mate, someone she met, the subject changed), known when he is
/// her partner or came to a scan. A family concern raised by a relative on the other line, on to
/// the surgery, the other parent ringing in, according to her own mother, the referral from the
/// grandfather; what they tell is possible. And the look-alikes both ways: a doll's looks, a rag
/// doll, a baby's sound sleep, the birth a breeze, no broken bones, falling out of a pram, prison
/// long past, back to work, "parents say", the grandmothers involved, a referrer's surname, a
/// relative's forecast, own health, promise or good news, the caller's own ringing, an
/// upbringing. Sentences written for the classes.
@Suite("Soft factors in everyday words")
struct SoftFactorsInEverydayWordsTests {
    /// Naive expectations told as the parent's own plans and beliefs, or realism denied.
    @Test(arguments: [
        "Dad reckons they'll have their weekends back once she's in her own room.",
        "Mum says the twins will just slot in around her shifts at the care home.",
        "He thinks the baby will fit round his job no bother.",
        "She says it'll be like having a little doll to dress up.",
        "She sees the baby as a bit of an accessory.",
        "Dad thinks newborns don't need much, just feeding and changing.",
        "She's convinced he'll sleep through anything, even her music.",
        "Mum reckons he should be in a routine by now.",
        "She thinks the baby will make her feel needed.",
        "She says her baby won't be the sort that cries all night.",
        "She'll still be going out clubbing every weekend, she says.",
        "When I asked about nights she shrugged and said babies sleep through anything.",
        "She doesn't expect it to be hard at all.",
    ])
    func naiveExpectationsAsTheParentsOwnPlans(text: String) {
        #expect(MatcherFixture.status(.naiveExpectations, in: text) == .present, "\(text)")
    }

    /// Look-alikes: how a baby looks or sleeps, a limp baby, the birth, someone else's hours.
    @Test(arguments: [
        "She looks like a little doll in that dress.",
        "He went floppy like a rag doll.",
        "The baby sleeps through everything, even the hoover.",
        "She feels she'll never get her life back.",
        "The birth was a breeze, just gas and air.",
        "Nursery hours will fit round her shifts.",
    ])
    func naiveExpectationsLookAlikes(text: String) {
        #expect(MatcherFixture.status(.naiveExpectations, in: text) == nil, "\(text)")
    }

    /// Realism: knowing what a newborn does or what is coming, the hard weeks expected, nights planned.
    @Test(arguments: [
        "She knows newborns wake every few hours.",
        "They both seem to know what they're in for.",
        "She expects the first weeks to be exhausting.",
        "Dad is braced for the sleepless nights.",
        "They've planned to share the night feeds between them.",
    ])
    func realisticExpectationsAreAbsent(text: String) {
        #expect(MatcherFixture.status(.naiveExpectations, in: text) == .absent, "\(text)")
    }

    /// Isolation told as falling out, friends gone, no one at all, promised help falling through, a
    /// new arrival, a partner gone.
    @Test(arguments: [
        "She fell out with her parents when she moved in with him.",
        "Her mates have all drifted away since the birth.",
        "She's lost touch with her friends from school.",
        "Keeps himself to himself, never has anyone round.",
        "She doesn't have anyone.",
        "Her sister keeps promising she'll babysit but never does.",
        "Her mum was supposed to come over for the birth but cancelled again.",
        "They only arrived in the UK last month.",
        "Dad left a few weeks ago.",
        "Her partner has gone back to Poland.",
    ])
    func isolationInEverydayWords(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .present, "\(text)")
    }

    /// Whom she would ring, or who helps, not clear: possible.
    @Test(arguments: [
        "Not sure who she'd call if she needed help.",
        "It's not clear who really helps her.",
    ])
    func unclearSupportIsPossibleIsolation(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .possible, "\(text)")
    }

    /// Support there (staying, moved in, hands-on, help lined up), and a question echoed and answered
    /// "no": absent.
    @Test(arguments: [
        "Her mum is staying with them for the first month.",
        "Her sister moved in after the birth.",
        "Her nan and grandad are very hands-on.",
        "They've lined up plenty of help for the first few weeks.",
        "New to the country? No, she was born here.",
    ])
    func supportThereIsNoIsolation(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .absent, "\(text)")
    }

    /// Look-alikes: a break that is a fracture, a fall, prison long past, back at work.
    @Test(arguments: [
        "No broken bones on the skeletal survey.",
        "The twins fell out of the pram.",
        "Dad was in jail years ago, before he met mum.",
        "Partner went back to work last week.",
    ])
    func isolationLookAlikes(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == nil, "\(text)")
    }

    /// The father unknown worded indirectly.
    @Test(arguments: [
        "We've no record of who the father is.",
        "Hard to say how involved dad is.",
        "Dad is never home when I call round.",
        "No one knows whether the dad still lives with them.",
        "I've never laid eyes on her partner.",
        "The father's box on the birth form was left blank.",
        "Dad? No idea, never met him.",
        "I couldn't tell you anything about the dad.",
        "She just calls him a mate.",
        "The dad is some lad she met at a festival.",
        "Mum changes the subject whenever I ask about him.",
        "I'll ask about him next time, I realise we know nothing about him.",
    ])
    func anUnknownFatherWordedIndirectly(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .present, "\(text)")
    }

    /// The father known: her partner, at a scan, involved.
    @Test(arguments: [
        "The baby's father is her fiancé and he came to the 20 week scan.",
        "Dad is her ex, they co-parent.",
        "He's very involved, does all the bathtimes.",
    ])
    func aFatherNamedAsHerPartnerIsKnown(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .absent, "\(text)")
    }

    /// Nothing said of the father: parents in general, the grandmothers, a referrer's name.
    @Test(arguments: [
        "Parents say the older sibling did it.",
        "Both grandmothers are very involved.",
        "No surname given for the referrer.",
    ])
    func nothingSaidOfTheFather(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == nil, "\(text)")
    }

    /// A relative or the other parent raising a concern in everyday words.
    @Test(arguments: [
        "His nan is on the other line, she's worried about the baby's weight.",
        "The baby's father rang to say mum has been drinking again.",
        "Dad texted to say she hasn't fed him since lunchtime.",
        "Her aunt's been on to the surgery about the state of the flat.",
        "According to her own mother, she hasn't slept in days.",
        "The call came from the maternal grandfather.",
        "Dad's parents are concerned she isn't coping.",
        "Mum's stepmum phoned about bruises she'd seen.",
        "Her uncle, who lives upstairs, has phoned twice about the shouting.",
    ])
    func aFamilyConcernInEverydayWords(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == .present, "\(text)")
    }

    /// Look-alikes: a relative's forecast, own health, promise or good news, the caller's own
    /// ringing, an upbringing.
    @Test(arguments: [
        "Her mum reckons she'll be a natural.",
        "Nan is worried about her own operation.",
        "That's why I'm calling, I'm worried about the baby.",
        "She grew up with her nan, says it was a happy home.",
        "Her sister keeps saying she'll come round but never does.",
        "Dad rang to say the baby is doing really well.",
        "Her sister, who lives in Leeds, called to say she'll visit at Easter.",
    ])
    func noFamilyConcern(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == nil, "\(text)")
    }

    /// Not the family who raised it, or a relative content with the care: absent.
    @Test(arguments: [
        "The referral came from the GP, not from the family.",
        "Nan's happy with how the baby is being looked after.",
    ])
    func aFamilyContentIsAbsent(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == .absent, "\(text)")
    }

    /// What the other parent or a relative on the line tells is second-hand: possible.
    @Test(arguments: [
        "The baby's father rang to say mum has been drinking again.",
        "I've got her mum on the other line, she says mum has been drinking all day.",
    ])
    func substanceMisuseToldByTheFamilyIsPossible(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .possible, "\(text)")
    }

    /// Neglect told by the other parent ringing in is possible.
    @Test(arguments: [
        "Dad texted to say she hasn't fed him since lunchtime.",
    ])
    func neglectToldByTheOtherParentIsPossible(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
    }

    /// The whole consultation: the father nobody has met records him; a naive plan asks for
    /// curiosity; the father named as her boyfriend who came to booking records nothing; a
    /// relative's forecast raises no family concern; help promised and falling through with a
    /// hard birth is the combination.
    @Test func recommendationsFollow() {
        #expect(DialogueFixtures.recommendationIDs("No one has ever met the baby's dad.").contains("record-father"))
        #expect(DialogueFixtures.recommendationIDs("She thinks the new baby will fit round her college course.")
            .contains("professional-curiosity"))
        #expect(DialogueFixtures.recommendationIDs("First baby; she reckons her son won't be one of those babies that cries all night.")
            .contains("professional-curiosity"))
        #expect(!DialogueFixtures.recommendationIDs(
            "She's 20 weeks pregnant; the father is her boyfriend, he came to the booking appointment.").contains("record-father"))
        #expect(!DialogueFixtures.recommendationIDs("Her mum reckons she'll be a natural, she's so good with her little brother.")
            .contains("family-concerns-equal-weight"))
        #expect(DialogueFixtures.recommendationIDs("His nan is on the other line, she's worried about the baby's weight.")
            .contains("family-concerns-equal-weight"))
        #expect(DialogueFixtures.recommendationIDs(
            "Mum's mum keeps saying she'll come and help but never does, and she had a long labour ending in forceps.")
            .contains("combined-parental-risk"))
    }

    /// Relatives denied or a room are no reporters: what follows is the parent's own plan.
    @Test(arguments: [
        "No family nearby, says the baby will just fit in round her job.",
        "She's painted the nursery and says he'll fit round her course.",
    ])
    func noFamilyAndTheNurseryAreNoReporters(text: String) {
        #expect(MatcherFixture.status(.naiveExpectations, in: text) == .present, "\(text)")
    }

    /// A relative doing the night feeds is support; the father doing them is the father known
    /// and involved, and the nights planned are realism.
    @Test func theNightFeedsShared() {
        #expect(MatcherFixture.status(.isolation, in: "They've arranged for her nan to take some of the night feeds.") == .absent)
        #expect(MatcherFixture.status(.fatherUnknown, in: "Dad's very involved, he does most of the night feeds.") == .absent)
        #expect(MatcherFixture.status(.naiveExpectations, in: "They've arranged for dad to take the night feeds at weekends.") == .absent)
    }
}
