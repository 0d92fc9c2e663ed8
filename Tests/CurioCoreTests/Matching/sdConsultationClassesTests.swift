import Testing

@testable import CurioCore

/// Classes found by the sd consultation grid (facts told at the wrong question and facts
/// completed late): an older child's bruise told with the child's own age and mobility between
/// commas, or said to be on the older child and not the baby; an adult's own injury told at the
/// domestic-abuse question as what his blow to her did; "no family around" told at the support
/// question; the caller's earlier word that the baby was mobile taken back; another family's
/// baby found alone last week. Sentences written for the classes, with look-alikes both ways
/// (an ambiguous "her" after "grabbed" or "hit" may be the baby girl and keeps the injury).
@Suite("sd consultation classes")
struct SdConsultationClassesTests {
    /// An older brother or sister named with their own age (and mobility) set off by commas,
    /// then "who has a bruise": the older child's, no bruise of the baby's.
    @Test(arguments: [
        "it's his brother, 20 months and walking, who has a bruise on his shin",
        "her sister, 3, who's got marks on her knees",
        "the bruise is on her 3 year old sister, not the baby",
        "the marks were on the toddler, not on him",
    ])
    func anOlderChildsBruiseToldWithItsAgeIsNotTheBabys(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }

    /// ...but the baby named between, or said to have one too, keeps the baby's bruise.
    @Test(arguments: [
        "his brother, 2, and the baby, who has a bruise on his cheek",
        "the bruise is on her sister and on the baby too",
        "the marks are on his brother and on him as well",
    ])
    func theBabysOwnBruiseBesideAnOlderChildsStays(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    /// His blow to her told with what it did to her face, or told as domestic abuse: the
    /// woman's injury, domestic abuse, no bruise or injury of the baby's.
    @Test(arguments: [
        "domestic abuse - he split her lip and bruised her cheek on Sunday",
        "yes, he punched her in the face and bruised her cheek",
        "DV - he grabbed her and bruised her arm",
        "yes, he hit her and broke her nose",
        "he punched her and fractured her cheekbone",
        "yes, he strangled mum and she had marks on her neck",
        "yes, mum's lip was split and she had bruising round her eye",
        "yes, he threw mum against the wall, she's got bruises down her back",
        "yes, he punched mum in the face, her eye is black and swollen",
    ])
    func anAdultsOwnInjuryFromHisBlowIsDomesticAbuse(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }

    /// ...but "grabbed her" or "hit her" with a bruise or a limb broken may be the baby girl:
    /// the injury stays, as does the baby named.
    @Test func anAmbiguousHerOrTheBabyNamedKeepsTheInjury() {
        #expect(MatcherFixture.status(.bruising, in: "dad grabbed her and bruised her arm") == .present)
        #expect(MatcherFixture.status(.bruising, in: "he grabbed the baby and bruised her arm") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "he hit her and broke her arm") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "dad hit the baby and broke her nose") == .present)
        #expect(MatcherFixture.status(.bruising, in: "mum said the baby fell and she has a bruise on her cheek") == .present)
        #expect(MatcherFixture.status(.bruising, in: "he hit mum and the baby has marks on her face") == .present)
        #expect(MatcherFixture.status(.bruising, in: "he hit mum about and the baby has a bruise on her arm") == .present)
    }

    /// "No family around" (or friends) is isolation, not the support of family around.
    @Test func noFamilyAroundIsIsolation() {
        #expect(MatcherFixture.status(.isolation, in: "no family around, the baby's been left in his cot all day") == .present)
        #expect(MatcherFixture.status(.neglect, in: "no family around, the baby's been left in his cot all day") == .present)
        #expect(MatcherFixture.status(.isolation, in: "no friends about to help") == .present)
        #expect(MatcherFixture.status(.isolation, in: "no, family around all the time") == .absent)
    }

    /// The caller's own earlier word that the baby was mobile, taken back with the mobility
    /// denied, is pre-mobile; a later milestone denied after a mobility stays mobile.
    @Test func anEarlierMobileTakenBackIsPreMobile() {
        #expect(MatcherFixture.status(.preMobile, in: "when I said she was mobile I meant she rolls, she can't crawl") == .present)
        #expect(MatcherFixture.status(.preMobile, in: "I told you he was crawling but he can't crawl yet, he just rolls") == .present)
        #expect(MatcherFixture.status(.preMobile, in: "I said he was crawling, he's not walking yet") == .absent)
    }

    /// Another family's baby found alone, with when it happened: no neglect of this baby; this
    /// baby so found is.
    @Test func anotherFamilysBabyFoundAloneLastWeekIsNoNeglect() {
        #expect(MatcherFixture.status(.neglect, in: "her neighbour's baby was found alone in the flat last week") == nil)
        #expect(MatcherFixture.status(.neglect, in: "her friend's kids were left on their own last night") == nil)
        #expect(MatcherFixture.status(.neglect, in: "the baby was found alone in the flat last week") == .present)
    }

    /// Fingertip bruising in a note's letters ("FTB"): a bruise, hedged by "?" and denied by "no".
    @Test func fingertipBruisingInShorthandIsABruise() {
        #expect(MatcherFixture.status(.bruising, in: "FTBs to both thighs") == .present)
        #expect(MatcherFixture.status(.bruising, in: "y, ?FTB L arm") == .possible)
        #expect(MatcherFixture.status(.bruising, in: "no FTB seen") == .absent)
    }

    /// The parent's self-harm, then the wounds it left told with "there were": hers, mental ill
    /// health, no baby's injury; the baby named after it keeps the baby's bruise.
    @Test func selfHarmThenItsWoundsAreTheParents() {
        let text = "yes, she self-harms - there were fresh cuts and bruising on her arms"
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .present)
        #expect(MatcherFixture.status(.bruising, in: text) == nil)
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil)
        #expect(MatcherFixture.status(.bruising, in: "mum self-harms; the baby has bruising on her arms") == .present)
    }
}
