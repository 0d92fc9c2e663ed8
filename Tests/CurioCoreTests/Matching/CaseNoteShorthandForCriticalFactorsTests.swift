import Testing

@testable import CurioCore

/// Duty desks and health records write "bb" for the baby, "sib" and "boyf" for the family,
/// "intox" and "OD'd" for a carer impaired, "w" for with, and drop the "is" ("partner kicking
/// off"): read as the words, so a danger or injury in a clipped note is found, and another
/// person's injury stays theirs. Look-alikes: a relative's own fracture, a row told with its
/// past time, "bore the brunt".
@Suite("Case-note shorthand for the critical factors")
struct CaseNoteShorthandForCriticalFactorsTests {
    /// A carer impaired and in charge, a threat or violence with the baby there, in a note's words.
    @Test(arguments: [
        "dad threatening to hurt bb",
        "mum intox, only adult with bb",
        "dad wasted, on his own w bb tonight",
        "boyfriend kicking off, bb in the room",
        "mum OD'd, sole carer for bb",
    ])
    func dangerInShorthand(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// An injury in a note's spelling or run-together words.
    @Test(arguments: [
        "brun to R forearm",
        "bitemark on L shoulder",
        "bitemarks x2 on thigh",
        "1cm lac to R eyebrow",
        "epistaxis in a 5 week old",
        "haemorrhage in L eye",
    ])
    func injuryInShorthand(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    /// "LAC" alone is a looked-after child, no laceration; an adult's nosebleed is theirs.
    @Test(arguments: [
        "mum was LAC from age 12",
        "dad has epistaxis sometimes",
    ])
    func lacAloneIsLookedAfter(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }

    /// A relative's own injury.
    @Test(arguments: [
        "older sib had a # ankle from trampolining",
        "mum's boyf fractured his hand at work",
    ])
    func othersInjuriesStayTheirs(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }

    /// A row told with its past time and place is no violence now.
    @Test(arguments: [
        "ex kicking off at contact last year, bb present",
        "she bore the brunt of it as a child",
    ])
    func noDangerFromAPastRow(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }
}
