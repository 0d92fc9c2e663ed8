import Testing

@testable import CurioCore

/// Classes from the s15b consultation probes: a carer unable to care, alone with the baby, told
/// with a relative's words for the baby ("my granddaughter ... with her dad"), a name the typo
/// reader took for a word ("Rosie", "Nancy"), the baby with a pronoun where it is ("she has her
/// in the buggy"), the baby at home with the carer, note shorthand ("ETOH +++", "alone w"),
/// drugs used in a room of the home now, and the only one at home; damage to the home going on
/// with the baby there. And the look-alikes: things that fit, "stone cold sober", a broken window
/// as the state of the home, the baby grabbed to save it, a threat to oneself, a day past, and
/// another person's injury or a mark that was food or pen. Sentences written for the classes.
@Suite("Carer alone, kin words and others' injuries")
struct CarerAloneKinAndOthersInjuriesTests {
    /// A carer drunk, high or collapsed, in charge of the baby in these words: danger now.
    @Test(arguments: [
        "Lily's dad is paralytic and he has Rosie on his own tonight",
        "my granddaughter is at home alone with her dad and he's collapsed on the floor",
        "the baby's at home with him and he's unconscious on the sofa",
        "she has her in the buggy and she's completely wasted",
        "dad ETOH +++, alone w the twins",
        "my son's smoking crack in the kitchen and he's the only one there with the baby",
        "her partner is totally steaming and is by himself with Nancy",
        "my daughter has got the baby at the flat on her own and she's out of it",
        "mum is high as a kite and she's the only one at home with her baby boy",
    ])
    func anImpairedCarerWithTheBabyIsDanger(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// The home damaged now, with the baby there: violence now.
    @Test(arguments: [
        "he's kicking holes in the doors and the baby is in the next room",
        "dad is hurling the chairs across the kitchen, the baby is in her highchair",
        "her boyfriend is smashing the telly right now and she's holding the baby",
    ])
    func damageToTheHomeWithTheBabyThereIsDanger(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// The look-alikes: no danger now.
    @Test(arguments: [
        "the explanation fits, bruise on his knee from the coffee table, he's 11 months and walking",
        "the new highchair fits nicely in the kitchen, she's 5 months",
        "the cot fits in the corner of their room, she's 3 weeks",
        "she'll fit in, she says, baby is 4 weeks",
        "dad is stone cold sober tonight and he's looking after the baby",
        "there's a broken window in the hallway, the baby was asleep in the lounge",
        "last week dad left her alone for half an hour to go to the shop, he's with her now",
        "dad left him alone in the house for ten minutes yesterday to get milk, all fine now",
        "years ago her ex said he would hurt the kids, he has moved abroad",
    ])
    func lookAlikesAreNoDangerNow(text: String) {
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// A child left alone on a day past is still neglect.
    @Test(arguments: [
        "last week dad left her alone for half an hour to go to the shop, he's with her now",
        "dad left him alone in the house for ten minutes yesterday to get milk, all fine now",
    ])
    func leftAloneOnADayPastIsNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// Grabbing the baby to save it, or a threat to oneself, is no domestic abuse; a bruise on
    /// the mother's own arm is a sign of it, and not the baby's.
    @Test func whoIsGrabbedOrThreatened() {
        #expect(MatcherFixture.status(.domesticAbuse, in: "dad grabbed her to stop her sliding off the changing mat") == nil)
        #expect(MatcherFixture.status(.domesticAbuse, in: "she has been threatening suicide since the birth") == nil)
        let own = "she came in with bruising to her own arm, the baby had no marks"
        #expect(MatcherFixture.status(.domesticAbuse, in: own) == .possible)
        #expect(MatcherFixture.status(.bruising, in: own) == .absent)
    }

    /// Another person's injury, a mark that was food and a "-free" skin: no injury of the baby.
    @Test(arguments: [
        "Alfie, who's 5, fractured his wrist on the trampoline; the baby is 7 weeks and well",
        "Tyler, who's 3, has a bruise on his knee from the park; the baby is 6 weeks",
        "grandma, who helps out, has bruising on her arms from her warfarin",
        "mum's hand is bruised from the cannula after her caesarean",
        "the dark mark on his cheek was chocolate, it wiped off",
        "skin is scratch-free and bruise-free",
    ])
    func someoneElsesInjuryIsNotTheBabys(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }

    /// A mark found to be food is a mark ruled out (absent): said after a bruise, it hides nothing.
    @Test func aMarkFoundToBeFoodIsRuledOut() {
        #expect(MatcherFixture.status(.bruising, in: "the marks on her leg turned out to be beetroot from lunch") == .absent)
    }

    /// The mirror: a baby brother's or sister's injury is the baby's, and so is a bruise mum
    /// noticed on the baby; an injury told without an injury word is one.
    @Test func theBabysOwnInjuryStays() {
        #expect(MatcherFixture.status(.otherInjury, in: "his baby sister has a scald on her arm") == .present)
        #expect(MatcherFixture.status(.bruising, in: "her infant brother has a bruise on his cheek") == .present)
        #expect(MatcherFixture.status(.bruising, in: "mum noticed a bruise on her arm when she changed her") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "there is a tear around his anus") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "Blood in the baby's nappy, no explanation.") == .present)
    }

    /// A threat in text-speak: danger possible, no injury done.
    @Test func aThreatInTextSpeakIsPossibleDanger() {
        let text = "mum says she mite hurt him if he doesnt stop"
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .possible)
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil)
    }
}
