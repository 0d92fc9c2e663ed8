import CurioCore
import Testing

/// Shorthand closes a denied item with words as well as with cues (`ItemEnds`): a closer
/// ("of note", "concerns", "NAD"), a link and the one word it takes ("re feeding"), or "other"
/// and the item's first cue ("no other injuries"). An injury said straight after is seen, not
/// denied; a list word opens the item again. Sentences written for the class.
@Suite("Shorthand: words that close a denied item")
struct ItemEndsTests {
    @Test(arguments: [
        "nil else of note bruise L ear",
        "nothing of note bruise to R shin",
        "NAD bruise to left ear",
        "no concerns re feeding bruise noted",
        "no problems with feeding faint bruise on forehead",
        "no other injuries bruise on cheek",
        "no other marks bruise on his chest",
        "nothing else to note small bruise behind ear",
        "no issues with sleep bruise on upper arm",
    ])
    func anInjuryAfterAClosedItemIsSeen(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "no concerns about bruising",
        "no concerns re bruising or marks",
        "no concerns regarding feeding or bruising",
        "no other injuries or bruises",
        "no other marks or bruising",
        "nothing else of note, no bruising",
        "never seen with bruises",
        "no bruises burns or fractures",
        // A verb before the object is no closer: these deny the bruising.
        "haven't seen bruising",
        "not noticed any bruising",
    ])
    func aListOrTheItemItselfIsStillDenied(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .absent, "\(text)")
    }

    /// After "no", "nil" or "denies", a word that is no cue or modifier heads the item denied;
    /// an injury placed on the body after it, or after another factor's injury, is seen.
    @Test(arguments: [
        "no rash no fever bruise on ear",
        "no PMH bruise L arm",
        "denies any trauma bruise on scalp",
        "mum reports no falls bruise on shin",
        "no bleeding disorder bruise on face",
        "no fractures bruise on buttock",
        "no burns seen bruise to left thigh",
    ])
    func anInjuryPlacedAfterADeniedHeadIsSeen(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    /// Unplaced, after modifiers only, after the same factor's words, or after a verb, the
    /// injury is still denied: adjectives are an open class no list holds.
    @Test(arguments: [
        ("no nasty bruises", RiskFactorID.bruising),
        ("no rib fractures", RiskFactorID.otherInjury),
        ("no ear bruising", RiskFactorID.bruising),
        ("no obvious recent bruising on his face", RiskFactorID.bruising),
        ("no bruise marks on his face", RiskFactorID.bruising),
        ("no bruises burns fractures on his body", RiskFactorID.otherInjury),
        ("haven't seen a bruise on his arm", RiskFactorID.bruising),
        ("nothing to suggest bruising", RiskFactorID.bruising),
    ])
    func anUnplacedOrModifiedInjuryIsStillDenied(text: String, id: RiskFactorID) {
        #expect(MatcherFixture.status(id, in: text) == .absent, "\(text)")
    }

    /// What a parent witnessed as a child is violence or drink at home, never the baby's injury.
    @Test func witnessesAreNoChildhood() {
        #expect(MatcherFixture.status(.bruising, in: "no witnesses, bruise seen by nursery") == .present)
        #expect(MatcherFixture.status(.adverseChildhood, in: "mum witnessed DV growing up") == .present)
    }

    /// "signs of bruising on ..." marks an observation (it ends advice before it), but "no"
    /// right before it still denies what it names; the same words alone are seen.
    @Test func noSignsOfAnInjuryOnTheBodyIsADenial() {
        #expect(MatcherFixture.status(.bruising, in: "no signs of bruising on his arm") == .absent)
        #expect(MatcherFixture.status(.bruising, in: "there are no signs of bruising to her face") == .absent)
        #expect(MatcherFixture.status(.otherInjury, in: "No sign of injury to the arms") == .absent)
        #expect(MatcherFixture.status(.bruising, in: "gave ICON leaflet, signs of bruising on his back") == .present)
        #expect(MatcherFixture.status(.bruising, in: "no but there is a bruise") == .present)
    }

    /// A closed item is still denied itself: only what comes after it is freed.
    @Test func theClosedItemStaysDenied() {
        #expect(MatcherFixture.status(.otherInjury, in: "no other injuries bruise on cheek") == .absent)
        #expect(MatcherFixture.status(.bruising, in: "no other injuries bruise on cheek") == .present)
    }
}
