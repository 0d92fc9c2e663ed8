import Testing

@testable import CurioCore

/// "Caller: dad's kicked the door in" names dad as the one acting, not as the one who rang: no
/// family concern (the danger and the abuse stay). "Caller: nan, says..." is a relative ringing.
@Suite("Caller telling what a relative does")
struct CallerTellingWhatARelativeDoesTests {
    @Test(arguments: ["Caller: boyfriend's smashing the place up and the baby is in the lounge", "Caller: dad is kicking the door in, baby is upstairs"])
    func noFamilyConcern(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["Caller: paternal grandmother, worried the baby is losing weight"])
    func aRelativeRinging(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == .present, "\(text)")
    }
}
