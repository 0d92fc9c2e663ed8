import Testing

@testable import CurioCore

/// False alarms the merge of lb, lc, ld and le added (reviewer mb): the merged scene cues read a
/// harmless scene, a carer with the baby, a thing put right or another's body as danger, neglect,
/// a head injury or a bruise, and the consultation gave 999 or an urgent referral where the words
/// do not. Each class keeps its real finding beside the look-alike. Sentences written for the classes.
@Suite("mb merge review: false alarms the merged rules added")
struct mbMergeReviewTests {
    /// A threat conditional on the baby's crying or waking: a moving or shutting verb ("put",
    /// "shut", "chuck") is a threat only with the baby and where to after it; what a parent will
    /// do ("put him in with us", "shut the kitchen door") is no danger.
    @Test(arguments: [
        "if he wakes up again tonight dad says he'll put him in the big bed with them",
        "if she doesn't settle I'll put her in the pram and walk to the park",
        "if the baby keeps crying mum will shut the kitchen door and make a brew",
        "if she wakes again I'm putting her in the car seat and driving round",
    ])
    func aParentsPlanIsNoThreat(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// ...the threat itself, with the baby and where to, stays danger now.
    @Test(arguments: [
        "if the baby doesn't stop screaming he'll put her through the window",
        "if he wakes me again I'll chuck him down the stairs",
    ])
    func aThreatWithTheBabyAndWhereToIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// A baby in a car with a carer, or left with a relative while the parent is not back, or a
    /// thing left and someone not back at work: nobody left alone, no danger.
    @Test(arguments: [
        "he's in the car with his nan outside the post office, nobody's come out of the post office yet",
        "she left the baby with her sister last night and she isn't back yet",
        "he left his coat at ours, he's not back at work till Monday",
    ])
    func notLeftAloneIsNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// ...a baby alone in a car, or left and the carer not back, stays danger now.
    @Test(arguments: [
        "she's in the car on her own in the car park and nobody's come back to it",
        "he left him on his own this morning and he still hasn't come back",
    ])
    func leftAloneStaysDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// A supply run out and put right at once, clothes wet from the bath, needles for a parent's
    /// diabetes: no neglect (syringes lying around stay neglect).
    @Test(arguments: [
        "the formula had run out but mum went to the shop and bought more straight away",
        "she was in a wet sleepsuit after her bath, mum was drying her",
        "there are needles around because dad is diabetic, he uses a sharps bin",
    ])
    func aSceneSetRightIsNoNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    @Test func drugsLeftAboutStayNeglect() {
        #expect(MatcherFixture.status(.neglect, in: "there were syringes lying around the bedroom") == .present)
    }

    /// The soft part of the head named as the fontanelle is no head injury, and something dark
    /// under the eye found to be felt-tip is no bruise; a boggy bit that is new stays an injury.
    @Test func theFontanelleAndFeltTipAreNoInjury() {
        #expect(MatcherFixture.status(.otherInjury, in: "a soft squashy bit on top of her head, the midwife said it's her fontanelle") == nil)
        #expect(MatcherFixture.status(.bruising, in: "something bluish under her eye, it turned out to be felt-tip") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "there's a boggy bit on the back of his head that's new") == .present)
    }

    /// Words the merge read as domestic abuse, which brings the urgent referral: an arrest for
    /// assaulting a stranger, stretch marks of her pregnancy. Her partner's arrest for assaulting
    /// her stays abuse.
    @Test(arguments: [
        "he got arrested outside a club for assaulting a doorman, years before the baby",
        "she had stretch marks when she was pregnant and she's self-conscious",
    ])
    func noAbuseBetweenTheAdults(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == nil, "\(text)")
    }

    @Test func anArrestForAssaultingHerStaysAbuse() {
        #expect(MatcherFixture.status(.domesticAbuse, in: "her partner got arrested for assaulting her") == .present)
    }

    /// A noise told as the telly or a party is no violence now (with the baby there, 999).
    @Test func aNoiseToldAsTheTellyIsNoDanger() {
        #expect(MatcherFixture.status(.immediateDanger, in: "there's smashing and shouting from the flat but it's the football on the telly, the baby's asleep in his cot") == nil)
    }

    /// A walker's distance or a habit told as a story is no immobility: a bruise on a walking
    /// toddler is not the bruising protocol.
    @Test(arguments: [
        "that's as far as he gets before he sits down with a bump, he's 15 months and walking",
        "he was in the same spot every morning because he loves the window",
    ])
    func aWalkersStoryIsNotPreMobile(text: String) {
        #expect(MatcherFixture.status(.preMobile, in: text) != .present, "\(text)")
    }

    /// Neglect scenes told with what makes them harmless (the urgent referral followed): weight
    /// gained "nothing to worry about", clean clothes missing for mum herself, an empty fridge
    /// because they shop daily, half the scoops on a dietitian's advice. Nothing gained in three
    /// weeks stays neglect.
    @Test(arguments: [
        "she never has clean clothes for herself, every wash is the baby's things",
        "the fridge is always empty because they do a fresh shop every day",
        "she's using half the scoops because the dietitian advised it for his reflux",
    ])
    func aHarmlessSceneIsNoNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    @Test func nothingGainedStaysNeglect() {
        #expect(MatcherFixture.status(.neglect, in: "she's gained nothing in three weeks and she's floppy") == .present)
    }

    /// A swelling from the forceps or ventouse is the delivery's, no injury to explain.
    @Test func aSwellingFromTheDeliveryIsNoInjury() {
        #expect(MatcherFixture.status(.otherInjury, in: "a squidgy raised area over her ear from the forceps delivery") == nil)
    }

    /// A born baby not here yet because it is elsewhere, or someone sick in the mornings from
    /// drink or medicine, is no pregnancy; "the baby's not arrived yet" stays one.
    @Test(arguments: [
        "the baby's not here yet, he's with his dad until six",
        "the baby's not arrived yet at nursery this morning, she's usually in by nine",
        "mum's sick in the mornings from the antidepressants",
        "dad is sick every morning, it's the drink",
    ])
    func noPregnancy(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == nil, "\(text)")
    }

    @Test func theBabyNotArrivedYetIsAPregnancy() {
        #expect(MatcherFixture.status(.unborn, in: "sorry, that's the scan date, the baby's not arrived yet") == .present)
    }
}
