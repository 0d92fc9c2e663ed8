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

    /// A closed item is still denied itself: only what comes after it is freed.
    @Test func theClosedItemStaysDenied() {
        #expect(MatcherFixture.status(.otherInjury, in: "no other injuries bruise on cheek") == .absent)
        #expect(MatcherFixture.status(.bruising, in: "no other injuries bruise on cheek") == .present)
    }
}
