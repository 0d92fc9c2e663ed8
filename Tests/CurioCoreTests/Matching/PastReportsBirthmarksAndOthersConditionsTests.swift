import Testing

@testable import CurioCore

/// Classes from the s18 probe M: a past act reported read as danger now (a slap the carer said
/// he had done, a baby who had been left alone, a carer's own drinking read as the baby
/// swallowing something, years of being hit in a parent's childhood); a birthmark named or
/// documented read as a bruise, and an older child's historic bruise; violence about other
/// people or times read as abuse at home (a pub fight, a black eye in her childhood, her head hit
/// when he pushed her); another person's crying, father, mobility, pregnancy or views credited to
/// this family. And the look-alikes both ways: a threat said with "'d", a baby still alone, a
/// bruise near a birthmark, an undocumented spot, the baby's own head. Sentences written for
/// the classes.
@Suite("Past reports, birthmarks and others' conditions")
struct PastReportsBirthmarksAndOthersConditionsTests {
    /// A past act of violence to the baby, reported: an injury told, not danger now.
    @Test(arguments: [
        "dad told us he'd kicked him when he wouldn't settle",
        "her partner admitted he had punched the baby last week",
    ])
    func aPastActReportedIsAnInjuryNotDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("refer-csc"), "\(text)")
    }

    /// A threat said with "'d", "'ll" or a lethal act told: still danger now.
    @Test(arguments: [
        "mum texted saying she'd hurt the baby",
        "he keeps saying he'll shake the baby",
        "dad said he'd smothered him with a pillow",
    ])
    func aThreatOrALethalActIsStillDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// A baby who had been left alone, with the time said: neglect, not danger now.
    @Test(arguments: [
        "her sister found mum had left him unattended on Saturday",
        "the baby was left alone in the house last week",
    ])
    func leftAloneBeforeIsNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) != nil, "\(text)")
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// ...and without its time, or with the baby still alone, or the carer not back: danger now
    /// (the past perfect alone does not say the baby is safe now).
    @Test(arguments: [
        "mum had left the baby alone and gone out, nobody is answering the door",
        "she had left him alone and she isn't back",
        "she had left the baby alone and he is still by himself now",
        "he'd left her on her own and he hasn't come back",
        "mum has left the baby on her own in the flat",
    ])
    func stillAloneIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// A carer's own drink or medicine is no baby swallowing something; the baby's is danger.
    @Test func whoSwallowedIt() {
        let carer = "dad drinks cider all day, he drink beer in the morning too"
        #expect(MatcherFixture.status(.immediateDanger, in: carer) == nil)
        #expect(MatcherFixture.status(.substanceMisuse, in: carer) == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "she takes her tablets every morning") == nil)
        for text in ["he's swallowed one of the washing tablets", "the toddler has drunk some of the bleach",
                     "she has drunk some of dad's methadone", "he's drunk some of the bleach from under the sink"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        }
    }

    /// Years of being hit as a child, an age in years: the parent's childhood, not danger now.
    @Test func aParentsOwnChildhoodIsNoDangerNow() {
        let text = "Mum was thrown out at 14 after years of being hit by her stepdad."
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil)
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "Dad left home at 16 after years of being beaten.") == nil)
        let blackEye = "she had a black eye when she was 9, from her stepdad"
        #expect(MatcherFixture.status(.domesticAbuse, in: blackEye) == nil)
        #expect(MatcherFixture.status(.adverseChildhood, in: blackEye) == .present)
        // A baby's age is no childhood, nor a number said alone.
        #expect(MatcherFixture.status(.bruising, in: "when she was 6 weeks she had a bruise on her ear") == .present)
        #expect(MatcherFixture.status(.bruising, in: "when he was 3 he had a bruise on his cheek") == .present)
    }

    /// A birthmark named by a professional or documented: no bruise.
    @Test(arguments: [
        "Mongolian blue spots on her back and bottom, noted at the newborn check",
        "greyish patches over his lower back, the paediatrician said they're Mongolian blue spots",
        "red mark on her eyelid, the HV said it's a stork mark",
        "blue patch on his buttock recorded in the red book as a Mongolian spot",
    ])
    func aDocumentedBirthmarkIsNoBruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }

    /// A bruise near a birthmark, an undocumented spot, or a bruise beside a named one: a mark.
    @Test(arguments: [
        ("a bruise just above his strawberry mark", FindingStatus.present),
        ("mongolian blue spot on her back, not recorded anywhere", .present),
        ("mark on her chest and a bruise on her arm, the GP said the chest one is a salmon patch", .present),
        // The professional's word only when said whole: denied, doubted or doubted by the caller,
        // the mark stays.
        ("blue marks on his back, which the GP said were not birthmarks", .present),
        ("marks on his back, which the GP said could be a birthmark but she wants them checked", .present),
        ("marks on his cheek, the midwife called it a birthmark but it looks like fingertips", .present),
    ])
    func aBruiseNearABirthmarkStays(text: String, status: FindingStatus) {
        #expect(MatcherFixture.status(.bruising, in: text) == status, "\(text)")
    }

    /// An older child's bruise years ago is not this baby's.
    @Test func anOlderChildsHistoricBruise() {
        #expect(MatcherFixture.status(.bruising, in: "her older son had bruises on his legs in 2020, no marks on this baby") == .absent)
        #expect(!DialogueFixtures.recommendationIDs("Mongolian blue spots on her back and bottom, noted at the newborn check, she's 6 weeks").contains("bruising-protocol"))
    }

    /// A fight out in a pub or club is no abuse at home; her head hit when pushed is the abuse.
    @Test func violenceAboutOthers() {
        let pub = "her boyfriend was in a fight outside a nightclub and got a caution"
        #expect(MatcherFixture.status(.domesticAbuse, in: pub) == nil)
        #expect(MatcherFixture.status(.domesticAbuse, in: "he got into a fight with her at home") == .present)
        let pushed = "he shoved her against the wall, she banged her head"
        #expect(MatcherFixture.status(.domesticAbuse, in: pushed) == .present)
        #expect(MatcherFixture.status(.otherInjury, in: pushed) == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "she rolled off the sofa and banged her head") == .present)
    }

    /// Another family's child, another woman's pregnancy, someone else's view: not this family's.
    @Test func anotherPersonsCondition() {
        #expect(MatcherFixture.status(.inconsolableCrying, in: "his niece screamed for hours every night as a baby") == nil)
        #expect(MatcherFixture.status(.inconsolableCrying, in: "the baby screams for hours every night") == .present)
        #expect(MatcherFixture.status(.fatherUnknown, in: "her sister's baby's dad is unknown") == nil)
        #expect(MatcherFixture.status(.fatherUnknown, in: "the baby's father is unknown") == .present)
        #expect(MatcherFixture.status(.preMobile, in: "her friend's son was crawling at 5 months") == nil)
        #expect(MatcherFixture.status(.unborn, in: "it's her friend who's expecting, not her") == .absent)
        // "Not her first" is her pregnancy still.
        #expect(MatcherFixture.status(.unborn, in: "she is pregnant, not her first baby") == .present)
        #expect(MatcherFixture.status(.unborn, in: "mum is pregnant again") == .present)
        #expect(MatcherFixture.status(.naiveExpectations, in: "her nan reckons babies are easy") == nil)
        #expect(MatcherFixture.status(.naiveExpectations, in: "mum reckons babies are easy") == .present)
    }
}
