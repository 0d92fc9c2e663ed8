import Testing

@testable import CurioCore

/// Classes from the s17 consultation probes (K): British drink slang for a carer unable to care
/// now, with the baby in that carer's charge ("with his dad", driven off with her, collected from
/// nursery); a baby left alone said as "at home on his own", or as a habit of nipping to the shop;
/// a birth told as "a fortnight ago"; a relative who rings naming the baby's parents by kinship
/// ("my son and his partner", "my sister"), and an adult's black eye she says her partner gave
/// her. And the look-alikes: a night out told as over, "pissed me off", a baby "milk drunk", the
/// baby left with someone, the relative's own drinking or marriage, the baby's own black eye.
/// Sentences written for the classes, not taken from the probes.
@Suite("Drink slang, left alone and kinship words")
struct DrinkSlangLeftAloneAndKinshipTests {
    /// A carer drunk in slang, in charge of the baby: danger now.
    @Test(arguments: [
        "her boyfriend is absolutely leathered and he's got the baby on his own",
        "mum's sozzled and has the twins by herself tonight",
        "nan is totally blootered and the little one is with her nan",
        "dad's half-cut and minding the baby while mum's at work",
        "my son is trolleyed and he's driven off with her, she's 10 weeks",
        "the baby is with her dad at his mum's place and dad's proper steaming",
        "mum is dead drunk and has the 6 week old",
        "my daughter's absolutely hammered and she's got the baby on her own",
    ])
    func aCarerDrunkInSlangWithTheBabyIsDanger(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// The look-alikes: a night out told as over, the words in another sense, a baby full of milk.
    @Test(arguments: [
        "dad was absolutely leathered at his brother's stag do last month, the baby was with mum",
        "she's milk drunk and fast asleep, dad has her",
        "dad really pissed me off today, he's looking after the baby",
        "he hammered the shelves up and is minding the baby",
        "my son wasted his money on a new car, he has the baby tonight",
        "mum drove off with her mum after the row, dad has the baby and is sober",
    ])
    func slangLookAlikesAreNoDanger(text: String) {
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// A baby drunk on milk is no drink problem of the parents.
    @Test func aBabyDrunkOnMilkIsNoSubstanceMisuse() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "he's drunk on milk and dozing on mum") == nil)
        #expect(MatcherFixture.status(.substanceMisuse, in: "the baby's drunk her whole bottle and is with her mum") == nil)
    }

    /// The baby alone at home now: danger and neglect, and not the mother's isolation.
    @Test(arguments: [
        "mum's gone to the pub and the baby is at home on her own",
        "the little one is in the flat on his own and mum's out",
        "the baby's downstairs alone, dad's gone out",
        "mum has left him asleep in his cot and nipped to the shop",
        "she's gone to the shop and left the baby on his own",
        // Told without "has", one time, it may be now: danger, the safe side.
        "mum left the baby asleep and popped to the shop",
        "Mum left the baby alone while she nipped to the shop.",
    ])
    func theBabyAloneNowIsDanger(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    @Test func theBabyOnHisOwnIsNotTheMothersIsolation() {
        let text = "the baby is at home on his own, mum is at the pub"
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present)
        #expect(MatcherFixture.status(.isolation, in: text) == nil)
        #expect(MatcherFixture.status(.isolation, in: "mum is on her own at home all day with no family nearby") == .present)
    }

    /// Left alone as a habit, to nip out: neglect and a referral, not danger now.
    @Test(arguments: [
        "mum leaves him asleep in his cot and nips to the shop most mornings",
        "he often leaves the baby on her own while he goes out",
        "every time she goes to the bookies she leaves her alone",
    ])
    func leftAloneAsAHabitIsNeglect(text: String) {
        let ids = DialogueFixtures.recommendationIDs(text)
        #expect(ids.contains("refer-csc"), "\(text)")
        #expect(!ids.contains("emergency-services"), "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// The baby left with someone while the carer nips out: nobody alone.
    @Test(arguments: [
        "she leaves the baby with her sister and pops to the shop",
        "dad leaves her with her nan while he nips to the bookies",
        "she has left the baby with her sister and popped to the shop",
    ])
    func leftWithSomeoneIsNoNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// A birth told with an article for the one unit.
    @Test func bornAWeekAFortnightOrAMonthAgo() {
        MatcherFixture.expectAge("he was born a fortnight ago", is: 2)
        MatcherFixture.expectAge("she was born a week ago by section", is: 1)
        MatcherFixture.expectAge("baby born a month ago", is: 4.3)
        MatcherFixture.expectAge("we saw her a fortnight ago", is: nil)
    }

    /// A relative who rings names the parents by kinship to themselves: the parents' finding,
    /// and (eval README: a relative's allegation is second-hand) a possible one for the soft
    /// factors. (Was `.present` for the first three; changed with probe AH's status class.)
    @Test func aRelativeNamesTheParentsByKinship() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "I'm the baby's nan, my son and his partner are using cocaine at the weekends") == .possible)
        #expect(MatcherFixture.status(.domesticAbuse, in: "I'm his grandma and my daughter's boyfriend punches her") == .possible)
        #expect(MatcherFixture.status(.substanceMisuse, in: "I'm the baby's aunt and my sister is taking heroin again") == .possible)
        #expect(MatcherFixture.status(.domesticAbuse, in: "I'm the uncle, my brother hits his partner when he's drunk") == .present)
    }

    /// ...but the relative's own drinking, marriage or childhood stays theirs.
    @Test func theRelativesOwnLifeIsNoParentFinding() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "I'm the baby's nan and I drink too much myself") == nil)
        #expect(MatcherFixture.status(.substanceMisuse, in: "I'm the nan, my own mum was an alcoholic") == nil)
        #expect(MatcherFixture.status(.domesticAbuse, in: "I'm the baby's aunt and my husband hits me") == nil)
    }

    /// An adult's injury she says her partner caused: domestic abuse, not the baby's bruise; the
    /// baby's own black eye stays the baby's.
    @Test func herBlackEyeAndWhoDidIt() {
        let pregnant = "she arrived at antenatal clinic with a black eye and said her partner did it"
        #expect(MatcherFixture.status(.domesticAbuse, in: pregnant) == .present)
        #expect(MatcherFixture.status(.bruising, in: pregnant) == nil)
        #expect(MatcherFixture.status(.domesticAbuse, in: "mum came to the door with a split lip, told me her boyfriend hit her") == .present)
        #expect(MatcherFixture.status(.bruising, in: "the baby has a black eye, mum says her boyfriend did it") == .present)
    }
}
