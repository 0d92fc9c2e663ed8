import CurioCore
import Testing

/// Rule classes about what a home visit or a clinic sees, found by probing with health
/// visitors' and GPs' notes: a screening score given as a number, a parent who has stopped
/// looking after themselves, a parent who never goes out, a man who keeps out of sight, a fall
/// with signs after it, and a scratch from the baby's own nails. Cases are written for the class.
@Suite struct VisitObservationClassTests {
    /// A mood screening score of 10 or more is a possible mental ill health; a low score says
    /// nothing (so "denies low mood ... EPDS 2" stays denied).
    @Test(arguments: [
        ("EPDS 17 at the 6 week review", FindingStatus?.some(.possible)),
        ("she scored 14 on the Edinburgh", FindingStatus?.some(.possible)),
        ("PHQ-9 of 12 at the GP", FindingStatus?.some(.possible)),
        ("EPDS 3", FindingStatus?.none),
        ("denies low mood, EPDS 1", FindingStatus?.some(.absent)),
    ])
    func screeningScores(text: String, status: FindingStatus?) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == status, "\(text)")
    }

    /// A parent not eating, not dressing or not washing themselves is a low mood to ask about,
    /// not the baby's neglect; the baby not washed still is neglect, and a parent's poor sleep
    /// is no crying baby.
    @Test func aParentsOwnSelfCareIsTheirs() {
        let stopped = MatcherFixture.matcher.match("dad has stopped eating and isn't washing")
        #expect(stopped.status(of: .mentalHealth) == .possible)
        #expect(stopped.status(of: .neglect) == nil)
        #expect(MatcherFixture.status(.neglect, in: "mum is not washing the baby") == .present)
        #expect(MatcherFixture.status(.inconsolableCrying, in: "mum not sleeping well as baby feeds 3 hourly") == nil)
        #expect(MatcherFixture.status(.mentalHealth, in: "mum not sleeping well as baby feeds 3 hourly") == nil)
    }

    /// Never out of the house for weeks is isolation.
    @Test(arguments: ["mum hasn't left the flat in weeks", "she has not been out for a month"])
    func neverOutIsIsolation(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .present, "\(text)")
    }

    /// A man who keeps out of sight, only the mother seen, or his details refused: the male
    /// carer is unknown.
    @Test(arguments: [
        "only mum was seen, partner stayed upstairs and would not come down",
        "the boyfriend refused to give his date of birth",
        "only mother and baby present at the visit",
    ])
    func aManOutOfSightIsUnknown(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .present, "\(text)")
    }

    /// A fall with signs after it is an injury; a scratch from the baby's own nails is not.
    @Test func fallsAndScratches() {
        #expect(MatcherFixture.status(.otherInjury, in: "rolled off the sofa yesterday and has been floppy since") == .present)
        // Floppy after a fall is a danger now as well: the fall's cue must not take "floppy" from it.
        #expect(MatcherFixture.status(.immediateDanger, in: "rolled off the sofa yesterday and has been floppy since") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "brought in floppy after a fall from the changing table") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "dropped from dad's arms onto the floor, now vomiting") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "a little scratch on her cheek from her own fingernails") == nil)
    }

    /// A drug screen that found something is substance misuse; a negative one is not.
    @Test func drugScreens() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "mum had a positive drug screen at delivery") == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: "urine drug screen came back positive for opiates") == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: "tox screen negative") == nil)
    }

    /// The baby's weight falling is neglect; a parent's own weight loss is not.
    @Test func whoseWeight() {
        #expect(MatcherFixture.status(.neglect, in: "baby's weight has dropped since the last weigh") == .present)
        #expect(MatcherFixture.status(.neglect, in: "dad has lost a lot of weight recently") == nil)
        #expect(MatcherFixture.status(.neglect, in: "mum's weight loss is being looked at by her GP") == nil)
        #expect(MatcherFixture.status(.neglect, in: "the moses basket is full of dirty washing") == .present)
    }

    /// No GP or health visitor since birth is the baby's health needs unmet.
    @Test(arguments: ["baby still not registered with GP", "no health visitor contact since discharge"])
    func healthNeedsUnmet(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// Rough handling of a limb, or the baby held upside down, is a possible injury to look into.
    @Test(arguments: ["saw him jerking the baby's arm to get her out of the car seat", "dad dangling the baby by the feet"])
    func roughHandling(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .possible, "\(text)")
    }

    /// Alcohol, or medicine to knock the baby out, given to the baby is harm; medicine for a
    /// temperature is not.
    @Test func somethingGivenToTheBaby() {
        #expect(MatcherFixture.status(.otherInjury, in: "mum admits putting vodka in his milk") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "dad gives her piriton to knock her out at night") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "gave him calpol for his temperature") == nil)
    }

    /// Crying that never stops or fills the evening is the crying; a fractious baby is a
    /// possible crying to ask about; screaming every time he is put down is the crying too (three
    /// probe writers and a review labelled it so: it is how a parent says the baby cannot be
    /// settled).
    @Test(arguments: [
        ("she is always screaming", FindingStatus?.some(.present)),
        ("cries from 7pm until 1 every night", FindingStatus?.some(.present)),
        ("screams every time he is put down", FindingStatus?.some(.present)),
        ("a fractious baby at the weigh-in", FindingStatus?.some(.possible)),
    ])
    func cryingSaidOtherwise(text: String, status: FindingStatus?) {
        #expect(MatcherFixture.status(.inconsolableCrying, in: text) == status, "\(text)")
    }

    /// A grandparent by the family's name for them ("grandma", "nan") worried about the baby is
    /// a family concern, and still another person when it is their own condition.
    @Test func grandparentsByTheirNames() {
        #expect(MatcherFixture.status(.familyConcern, in: "grandma is really worried about the baby") == .present)
        #expect(MatcherFixture.status(.familyConcern, in: "the paternal grandparents have made allegations") == .present)
        #expect(MatcherFixture.status(.mentalHealth, in: "nan has bipolar") == nil)
        #expect(MatcherFixture.status(.fatherUnknown, in: "stepdad is the main carer and is not known to services") == .present)
    }

    /// A mark placed behind, under or above a body part is placed all the same (a lump behind
    /// the ear had given nothing); a blemish is a possible bruise; an adult's own is theirs.
    @Test func marksPlacedAnyWay() {
        #expect(MatcherFixture.status(.otherInjury, in: "6 week old with a lump behind her ear") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "small graze under his eye") == .present)
        #expect(MatcherFixture.status(.bruising, in: "red patch behind the left ear") == .present)
        #expect(MatcherFixture.status(.bruising, in: "a blemish on her forehead") == .possible)
        #expect(MatcherFixture.status(.otherInjury, in: "dad has a scratch under his eye") == nil)
    }
}
