import Testing

@testable import CurioCore

/// Classes from the s16 probes (probes-I classes 3, 5, 6, 12; probes-J A2 and B1, B2): whose
/// injury it is and which words are an injury. The baby named as someone's brother, sister,
/// nephew or niece by a baby's age is the baby; injuries told without an injury word (healing
/// colours, a torn frenulum, blood in the white of the eye) are injuries. Another child's or an
/// adult's bruise, a mark judged no bruise, pen that washed off, a documented birthmark, "a
/// bruising day", "the 8 week mark", "burning the candle", "burnt out", a lump where the jab
/// went in, and relatives' own births and conditions give nothing of the baby's; the baby's own
/// injury said beside them still counts. Sentences written for the classes.
@Suite("Whose injury and injury words")
struct WhoseInjuryAndInjuryWordsTests {
    /// The baby named as a sibling, nephew or niece with a baby's age: the bruise is the baby's.
    @Test(arguments: [
        "my 5 week old nephew has a bruise on his forehead",
        "her 9 day old sister has bruises on her arms",
        "his 3 month old brother had a mark on his cheek when he got back from dad's",
        "a pupil told me her 4-week-old sister has a bruise",
        "We saw bruising on our 10 week old niece's back",
        "the year 9 girl says her 6 week old brother has a black eye",
        "her baby brother who has bruises on his legs",
    ])
    func aBabySiblingByAgeHasTheBruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    /// Reported by a relative, it is still there to act on.
    @Test func aReportedBabySiblingsBruiseIsAtLeastPossible() {
        let text = "my sister says her 2 month old brother has got a bruise on his ear"
        #expect(MatcherFixture.status(.bruising, in: text) == .possible)
    }

    /// An older brother's or sister's bruise, by age in months or years, is theirs.
    @Test(arguments: [
        "her 18 month old sister has a bruise on her shin",
        "his 4 year old brother has a bruise on his knee",
        "it's her 3 year old brother who has the bruises, the baby is fine",
        "her eldest daughter was removed in 2019 because of bruising",
        "there was a bruise, on dad's forearm, from work",
        "the red mark on his leg was marker pen and it washed straight off",
        "the grey-blue patch on her lower back is a Mongolian blue spot, noted at the newborn check",
        "yellow crusty patches on his scalp",
    ])
    func someoneElsesOrNoBruiseIsNotTheBabys(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }

    /// A mark judged to be no bruise, or taken for one and found to be pen: no bruise.
    @Test(arguments: [
        "the mark isn't a bruise, it fades when pressed",
        "the mark is not thought to be a bruise",
        "what we thought was a bruise on her shin was felt tip",
    ])
    func aMarkJudgedNoBruiseIsAbsent(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .absent, "\(text)")
    }

    /// A carer's word that it is no bruise stays a mark to look at.
    @Test func aCarersDenialStaysPossible() {
        #expect(MatcherFixture.status(.bruising, in: "mum says it isn't a bruise") == .possible)
    }

    /// Injuries told without an injury word.
    @Test func injuriesWithoutAnInjuryWord() {
        #expect(MatcherFixture.status(.bruising, in: "faint greenish-yellow patches on his upper arm") == .present)
        #expect(MatcherFixture.status(.bruising, in: "yellow and green patches on her back") == .present)
        #expect(MatcherFixture.status(.bruising, in: "a yellowish patch on her thigh") == .possible)
        #expect(MatcherFixture.status(.bruising, in: "a red patch in the white of her right eye") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "the skin under her tongue is torn") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "a tear inside his upper lip") == .present)
    }

    /// Another child's injury by the care it led to: not the baby's.
    @Test func anotherChildTakenIntoCareIsNotTheBabysInjury() {
        let text = "Mum's cousin's little boy was taken into care after a broken leg"
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil)
        #expect(MatcherFixture.status(.bruising, in: text) == nil)
    }

    /// Word look-alikes: no injury.
    @Test(arguments: [
        "she passed the 8 week mark yesterday and is gaining weight",
        "the court hearing was a bruising day for mum",
        "dad's pride was a bit bruised by the HV's comments",
        "both parents are burning the candle at both ends",
        "mum is completely burnt out",
        "they burn through formula so fast",
        "a small hard lump on her thigh where she had her injection",
        "his leg is a bit swollen where the jab went in",
    ])
    func wordLookAlikesAreNoInjury(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }

    /// The baby's own injury said in or beside the look-alike's words still counts.
    @Test func theBabysOwnInjuryBesideALookAlikeStays() {
        #expect(MatcherFixture.status(.bruising, in: "she hit the 6 week mark and there's a bruise on her cheek") == .present)
        #expect(MatcherFixture.status(.bruising, in: "it's his older sister who has the bruises, and the baby has one on his cheek too") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "a lump on his head where he hit the cot") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "dad burnt her hand on the kettle") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "dad may have shaken him") == .possible)
    }

    /// "I could have shaken him" is a feeling looking back: the crying's strain, not an injury.
    @Test func aParentsFeelingIsNoInjury() {
        let text = "I could have shaken him, I was so tired"
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil)
        #expect(MatcherFixture.status(.inconsolableCrying, in: text) == .possible)
    }

    /// Relatives' own births and conditions are not this baby's; the baby's own stays.
    @Test func relativesConditionsDoNotLeak() {
        #expect(MatcherFixture.status(.traumaticBirth, in: "mum's sister had a really traumatic birth last year") == nil)
        #expect(MatcherFixture.status(.traumaticBirth, in: "dad was in special care himself as a prem baby") == nil)
        #expect(MatcherFixture.status(.traumaticBirth, in: "dad was in special care himself as a baby, and this baby was in NICU for a week") == .present)
        #expect(MatcherFixture.status(.preMobile, in: "grandad has arthritis and can't walk far") == nil)
        #expect(MatcherFixture.status(.preMobile, in: "The baby's aunt, who lives with them, has MS and can't walk") == nil)
    }
}
