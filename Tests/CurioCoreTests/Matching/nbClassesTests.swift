import Testing

@testable import CurioCore

/// Classes from fixer nb's grid on substance misuse and naive expectations of parenthood:
/// paraphernalia seen, light drinking told by its measure, a baby wanted to be loved by or to keep
/// a partner, a routine expected within days, someone else's word that it is easy, and the nights
/// known to be coming. Look-alikes (the baby's jabs, a heavy measure, a relative's view) stay as
/// the labelling rules read them. Sentences written for the classes.
@Suite("nb classes: substance misuse and naive expectations told in everyday words")
struct nbClassesTests {
    /// Needles or syringes used and lying about, or burnt foil beside a lighter: drug use
    /// suspected, possible (the needles had read as nothing, the burnt foil as a burn on the baby).
    @Test(arguments: [
        "There were used needles on the bathroom windowsill.",
        "Burnt tinfoil and a lighter on the arm of the settee.",
    ])
    func paraphernaliaSeenIsPossibleMisuse(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .possible, "\(text)")
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }

    /// The baby's jabs ("her needles") stay silent.
    @Test func theBabysJabsStaySilent() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "Baby had her needles at the surgery this morning.") == nil)
    }

    /// Light drinking told by its measure ("the odd glass of wine", "the occasional pint at the
    /// weekend"): no misuse, absent (it had read "drinks" as present, a negation error beside "no
    /// concerns"). A heavy measure after "the odd" stays present.
    @Test(arguments: [
        "Dad has the occasional pint at the weekend, no worries there.",
        "Mum drinks the odd glass of wine with dinner.",
    ])
    func lightDrinkingIsNoMisuse(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .absent, "\(text)")
    }

    @Test func aHeavyMeasureStaysPresent() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "Dad drinks the odd bottle of vodka a night.") == .present)
    }

    /// A baby wanted so someone will love her, or to keep the partner from leaving, or a routine
    /// expected within days: naive expectations, present (the "'d" had made the first a
    /// hypothetical; the others had no cue).
    @Test(arguments: [
        "She wants the baby so she'll have someone who'll love her.",
        "He's hoping the baby will keep her from leaving him.",
        "Mum thinks the baby will stop him from cheating.",
        "She reckons she'll get him into a routine within a fortnight.",
    ])
    func naiveHopesArePresent(text: String) {
        #expect(MatcherFixture.status(.naiveExpectations, in: text) == .present, "\(text)")
    }

    /// A friend's or relative's word to her that it is easy is their view, not the parent's:
    /// silent (it had read as possible).
    @Test func someoneElsesWordStaysSilent() {
        #expect(MatcherFixture.status(.naiveExpectations, in: "Her cousin keeps telling her it's a breeze.") == nil)
    }

    /// The nights known to be coming: realistic, absent; denied, naive.
    @Test(arguments: [
        "He knows he'll be up through the night with feeds.",
        "They understand they'll be up every couple of hours.",
    ])
    func theNightsKnownAreRealistic(text: String) {
        #expect(MatcherFixture.status(.naiveExpectations, in: text) == .absent, "\(text)")
    }

    @Test func theNightsNotKnownAreNaive() {
        #expect(MatcherFixture.status(.naiveExpectations, in: "Mum doesn't know she'll be up every night.") == .present)
    }

    /// The hard nights expected ("she's expecting sleepless nights"): realistic, absent, and no
    /// pregnancy (the "expecting" had read as an unborn baby).
    @Test func theHardNightsExpectedAreRealistic() {
        let text = "She's expecting sleepless nights for a while."
        #expect(MatcherFixture.status(.naiveExpectations, in: text) == .absent)
        #expect(MatcherFixture.status(.unborn, in: text) == nil)
    }

    /// The parent's belief passed on by a relative: the parent's, possible (it had read as the
    /// grandmother's own view and given nothing). The relative's own view stays silent.
    @Test func aParentsBeliefPassedOnIsPossible() {
        #expect(MatcherFixture.status(.naiveExpectations, in: "Grandma said dad thinks newborns just sleep.") == .possible)
        #expect(MatcherFixture.status(.naiveExpectations, in: "Nan says babies mostly just sleep.") == nil)
    }

    /// The baby expected to sleep through the parent's classes or shifts: naive, present.
    @Test func theBabyToSleepThroughHerDayIsNaive() {
        #expect(MatcherFixture.status(.naiveExpectations, in: "Mum says she thinks baby will sleep through her shifts at the bar.") == .present)
        #expect(MatcherFixture.status(.naiveExpectations, in: "Mum said she thinks the baby will sleep in his own room from birth.") == nil)
    }

    /// Sober for a time or since a date: a past drink problem, present; not sober since a day is
    /// drinking now, present too (never a denial).
    @Test(arguments: [
        "He's been sober since last summer.",
        "Dad hasn't been sober since Friday.",
        "Mum's stayed dry for a year.",
    ])
    func soberSinceIsAHistory(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .present, "\(text)")
    }

    /// A prescribed medicine named as prescribed is treatment: silent; misused, sold or someone
    /// else's it is misuse, present. Drinking "but not to excess" is no misuse: absent.
    @Test func prescribedMedicines() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "Dad takes his prescribed diazepam properly.") == nil)
        #expect(MatcherFixture.status(.substanceMisuse, in: "Mum is on diazepam from the GP.") == nil)
        #expect(MatcherFixture.status(.substanceMisuse, in: "Dad sells his prescribed diazepam.") == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: "Mum misuses her prescribed codeine.") == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: "Dad's been taking mum's co-codamol, more than he should.") == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: "Dad's been buying diazepam off the street.") == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: "Mum drinks but not to excess.") == .absent)
    }

    /// Life believed to go on unchanged, the baby as her friend, hours of sleep or a routine from
    /// day one expected, a baby likened to a pet or to playing house: naive, present (each had read
    /// as nothing).
    @Test(arguments: [
        "She thinks she'll be able to carry on exactly as before.",
        "Dad reckons he won't need to change his life at all.",
        "She thinks the baby will be her best friend.",
        "She's expecting him to sleep 12 hours from the start.",
        "She thinks it'll be like playing house.",
        "Mum says it's just like having a little pet.",
        "She had quite fixed ideas that the baby would sleep in a routine from day one.",
    ])
    func moreNaiveBeliefsArePresent(text: String) {
        #expect(MatcherFixture.status(.naiveExpectations, in: text) == .present, "\(text)")
    }

    /// Look-alikes: a tiny baby likened to a doll, a friend's view, advice to carry on, a life
    /// known to change, a hypothetical: silent.
    @Test(arguments: [
        "The baby is like a little doll, so tiny.",
        "She's so tiny, like a little doll.",
        "Mum's friend thinks having a baby is easy.",
        "Advised to carry on as normal with the feeds.",
        "She knows she'll have to change her life completely.",
        "If the baby would sleep through from birth it'd be a miracle.",
    ])
    func naiveLookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.naiveExpectations, in: text) == nil, "\(text)")
    }

    /// Slang for a session, a user or a habit ("on the sesh", "off his nut", "caning it", "a line
    /// or two", "smokes a lot of green", "a pothead", "funding his habit", "using since she was
    /// 14"): misuse, present (each had read as nothing).
    @Test(arguments: [
        "Dad's been on the sesh since friday.",
        "Dad was off his nut when he turned up.",
        "Mum's been caning it at weekends.",
        "Mum's partial to a line or two.",
        "Dad smokes a lot of green.",
        "Dad's a pothead.",
        "He's funding his habit by shoplifting.",
        "She's been using since she was 14.",
    ])
    func slangIsPresentMisuse(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .present, "\(text)")
    }

    /// Signs seen (pupils huge, a bag of white powder, silver canisters, an arrest for
    /// possession): possible.
    @Test(arguments: [
        "Dad was twitchy and sniffing constantly, pupils huge.",
        "Mum had a bag of white powder in her purse.",
        "Loads of little silver canisters in the garden.",
        "Dad was arrested for possession last month.",
    ])
    func signsSeenArePossibleMisuse(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .possible, "\(text)")
    }

    /// Look-alikes: a feed drunk too fast, a baby's big eyes, a steriliser used since birth, a
    /// look-alike ("alike" is not "alkie"): silent. An adult drinking fast stays present.
    @Test(arguments: [
        "Baby was sick after drinking too quickly.",
        "He drinks too fast and gets windy.",
        "The baby's eyes are huge and blue.",
        "She's been using the steriliser since birth.",
        "Drug signs and their look-alikes",
        "Alfie, 7 weeks, has a bruise on his ear",
    ])
    func drinkAndDrugLookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == nil, "\(text)")
    }

    @Test func anAdultDrinkingFastStaysPresent() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "Dad was drinking too quickly and got loud.") == .present)
    }

    /// A non-drinker is no misuse: absent (its "drinker" had read as present, a negation error).
    @Test(arguments: ["Dad is a non-drinker.", "Mum's a non drinker and non smoker."])
    func aNonDrinkerIsAbsent(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .absent, "\(text)")
    }

    /// This baby sleeping through already is a fact of him: silent; a parent's demand that he
    /// should be stays present.
    @Test func sleepingThroughAlreadyIsAFact() {
        #expect(MatcherFixture.status(.naiveExpectations, in: "She's a dream, sleeps through already.") == nil)
        #expect(MatcherFixture.status(.naiveExpectations, in: "He's sleeping through already at 8 weeks.") == nil)
        #expect(MatcherFixture.status(.naiveExpectations, in: "She thinks he should be sleeping through already.") == .present)
    }

    /// The baby seen as a way to keep the partner, her head in the clouds about the baby: naive,
    /// possible when worried about or passed on; knowing what to expect is realistic, absent.
    @Test func aWayToKeepHimAndKnowingWhatToExpect() {
        #expect(MatcherFixture.status(.naiveExpectations, in: "I'm concerned she sees the baby as a way to keep him.") == .possible)
        #expect(MatcherFixture.status(.naiveExpectations, in: "Her mum says she's got her head in the clouds about the baby.") == .possible)
        #expect(MatcherFixture.status(.naiveExpectations, in: "They've been on a parenting course and know what to expect.") == .absent)
    }

    /// The enquiry "whether anyone drinks or uses drugs" is a question: silent (it had read as
    /// present). An answer told after it keeps its own cue.
    @Test func theEnquiryIsNoFinding() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "I asked whether anyone in the house drinks or uses drugs.") == nil)
        #expect(MatcherFixture.status(.substanceMisuse, in: "Checked whether they drink or use anything - both said not.") == nil)
        #expect(MatcherFixture.status(.substanceMisuse, in: "I asked whether anyone drinks or uses drugs and dad said he smokes weed daily.") == .present)
    }

    /// Another adult's use set against the parent's own, cut short ("the lodger smokes weed in his
    /// room but mum doesn't"): the parent's denial, absent (it had read as nothing). No denial of
    /// use after "but" ("doesn't mind", "never knew him") gives no absent.
    @Test(arguments: [
        "The lodger smokes weed in his room but mum doesn't.",
        "Her flatmate drinks every night, but she doesn't touch it.",
        "Their lodger drinks a lot; mum and dad don't.",
    ])
    func anotherAdultsUseThenTheParentsDenial(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .absent, "\(text)")
    }

    @Test func noDenialOfUseAfterTheOtherAdult() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "Grandad's an alcoholic, but dad never knew him.") == nil)
        #expect(MatcherFixture.status(.substanceMisuse, in: "The lodger smokes weed but mum doesn't mind, she smokes too.") != .absent)
    }

    /// The baby said not to stop the parent, brought along to her shifts, pregnant to keep him,
    /// to make him love her, her reason to live, something of her own, someone to dress up, sure
    /// she'll be a natural: naive, present (each had read as nothing).
    @Test(arguments: [
        "She says a baby won't stop her doing anything.",
        "Dad says he'll still go out after football, baby won't stop him.",
        "Mum says she'll just bring the baby to her shifts at the pub.",
        "She said she got pregnant to keep him.",
        "Mum said the baby will make her boyfriend love her again.",
        "She says the baby will be her reason to live.",
        "She wants a baby so she's got something of her own.",
        "She's looking forward to having someone to dress up.",
        "She thinks she'll be a natural and won't need any advice.",
    ])
    func theBabyToServeHerLifeIsNaive(text: String) {
        #expect(MatcherFixture.status(.naiveExpectations, in: text) == .present, "\(text)")
    }

    /// Look-alikes: a plan with childcare, the baby not stopped from sleeping, a baby who is a
    /// natural at feeding: silent.
    @Test(arguments: [
        "The baby won't stop her from going back to work, she has childcare sorted.",
        "She cries when you put her down but it doesn't stop her sleeping.",
        "Baby was a natural at breastfeeding.",
    ])
    func plansAndTheBabysWaysStaySilent(text: String) {
        #expect(MatcherFixture.status(.naiveExpectations, in: text) == nil, "\(text)")
    }
}
