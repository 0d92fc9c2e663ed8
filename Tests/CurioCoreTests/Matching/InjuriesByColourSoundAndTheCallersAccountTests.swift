import Testing

@testable import CurioCore

/// Injuries told by colour, sound and "when": a place on the body gone a bruise's colour ("her
/// cheek's gone all bluey", "his shoulder's turned purple") is a possible bruise, as "his arm's
/// gone purple" was, not danger, while lips or a face going purple stay danger; the speaker's
/// own arm gone purple is hers; a crack, crunch or pop felt with pain after is another injury; a
/// caller's account opened by "when I ..." is told, not asked, even with "can someone come?" at
/// its end. The speaker's own black eye is no bruise of the baby's; a face or neck covered in
/// tiny red dots is a possible bruise, as red dots on the face are.
@Suite("Injuries by colour, sound, and the caller's account")
struct InjuriesByColourSoundAndTheCallersAccountTests {
    @Test(arguments: ["her cheek's gone all bluey since yesterday", "his shoulder's turned purple"])
    func aPlaceGoneABruisesColourIsABruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .possible, "\(text)")
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["his lips are going purple"])
    func lipsGoingPurpleStayDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "I felt a crunch when I lifted her and she screamed", "I heard a pop in his arm and he's been crying in pain since",
        "When I got him out the bath his leg was all swollen",
    ])
    func isAnotherInjury(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["When I went in to get her there was blood on her sheet, can someone come?"])
    func theAccountWithAPleaIsTold(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) != nil, "\(text)")
    }

    @Test(arguments: ["her neck is covered in tiny red dots"])
    func dotsCoveringIsPossibleBruising(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .possible, "\(text)")
    }

    @Test(arguments: ["I've got a black eye from where he hit me", "when should I refer a bruise?", "my arm's gone purple where he grabbed me"])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }
}
