import Testing

@testable import CurioCore

/// A denial of a list of topics framed as "concerns re" or "issues with" ("no concerns re
/// feeding, weight or bruising", "nil worries about sleep, DA or drugs"): every item is denied,
/// the cues at the end too. The items before them are topics that are no cues, so the list of
/// cues that goes on at a comma did not reach them, and the comma ended the denial: a denied
/// bruise read as a bruise (a negation error), the drugs as drug use.
///
/// The comma still ends the denial where no such list goes on: a finding told after a topic
/// ("no concerns re feeding, bruise to left ear"), a parent named ("dad drinks"), an item too
/// long to be a topic ("bruise or mark on his ear").
@Suite("A denied list of topics")
struct DeniedListOfTopicsTests {
    @Test(arguments: [
        ("no concerns re feeding, weight or bruising", RiskFactorID.bruising),
        ("nil concerns regarding sleep, weight gain or bruises", .bruising),
        ("No issues with feeding, sleep, or any bruising noted", .bruising),
        ("no worries about feeding, sleep, DA or drugs", .domesticAbuse),
        ("no worries about feeding, sleep, DA or drugs", .substanceMisuse),
        ("no concerns around hygiene, home conditions and low mood", .mentalHealth),
    ])
    func everyItemIsDenied(text: String, id: RiskFactorID) {
        #expect(MatcherFixture.status(id, in: text) == .absent, "\(text)")
    }

    @Test(arguments: [
        ("no concerns re feeding, bruise to left ear", RiskFactorID.bruising),
        ("no concerns re feeding, bruise or mark on his left ear", .bruising),
        ("no concerns re feeding, dad drinks or smokes weed", .substanceMisuse),
        ("no concerns about feeding, mum low and tearful", .mentalHealth),
        ("no concerns re feeding bruise noted", .bruising),
        // A finding after the topic that starts with a list word ("new", "visible") is no last
        // item of a list: no "or" or "and" joins it.
        ("no concerns re feeding, new bruise noted", .bruising),
        ("no concerns re feeding, visible bruise", .bruising),
    ])
    func whatIsToldAfterATopicStands(text: String, id: RiskFactorID) {
        #expect(MatcherFixture.status(id, in: text) == .present, "\(text)")
    }

    /// An item that says all is well ("settling", a cue of crying absent) is no topic to deny:
    /// denied, it would read as crying. Such a list is left to the comma as before.
    @Test func anItemThatSaysAllIsWellIsNotDenied() {
        let text = "No issues with feeding, settling, or any bruising noted"
        #expect(MatcherFixture.status(.inconsolableCrying, in: text) != .present, "\(text)")
    }
}
