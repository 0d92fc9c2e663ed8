import Testing

@testable import CurioCore

/// A patch placed and documented or recorded as a birthmark, or a Mongolian blue spot named and
/// placed, is no bruise. A mark the speaker only believes to be a birthmark, a patch said not
/// documented as one, and a bruise beside a birthmark all keep the bruising finding.
@Suite("Documented birthmark and a belief of one")
struct DocumentedBirthmarkAndBeliefOfOneTests {
    @Test(arguments: [
        "A bluish patch over her lower back, noted in the red book as a Mongolian blue spot.",
        "Grey patches on both buttocks which were recorded at the NIPE as Mongolian blue spots.",
        "There's a Mongolian blue spot across his sacrum.",
        "Blue-grey patch on the sacrum, known Mongolian blue spot, documented at birth.",
    ])
    func isNoBruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "a mark we think is a birthmark on his back",
        "a grey patch on her bottom that I believe is a Mongolian blue spot",
        "blue patch over the sacrum, not documented as a birthmark",
    ])
    func staysAPossibleBruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .possible, "\(text)")
    }
    @Test(arguments: [
        "bruise on his arm next to his birthmark",
        "Mongolian blue spots on the buttocks and a bruise on his cheek",
        "a bruise on her cheek and a blue patch on her back documented as a birthmark",
    ])
    func aBruiseBesideItStays(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }
}
