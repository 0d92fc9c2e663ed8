import Testing

@testable import CurioCore

/// Drug use in lay words: a bong or burnt foil seen in the home is misuse suspected (possible); a
/// parent "clean a year" had a past misuse (past counts, present); a parent's own mother or father
/// ringing to say he is using again is a second-hand report (possible), not the grandparent's
/// own use. Look-alikes stay silent: weeds in a garden, the baby's script for reflux medicine, a
/// DASH that "came out high risk", the baby's jabs ("needles"), foil round a thing.
@Suite("Drug signs and their look-alikes")
struct DrugSignsAndTheirLookAlikesTests {
    @Test(arguments: [
        "there was a bong on the windowsill",
        "I saw burnt foil on the kitchen side",
        "his mum phoned saying he's using again",
    ])
    func isPossibleMisuse(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .possible, "\(text)")
    }

    @Test(arguments: [
        "dad's been clean a year now off heroin",
        "mum denies any drug use but tested positive at booking",
        "he turned up coked up to the contact session",
        // Weed smoked or kept in a garden is the drug: only a gardening verb makes it weeds.
        "partner smokes weed in the back garden every night",
        "she keeps the weed in the garden shed",
    ])
    func pastMisuseIsPresent(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "dad was pulling weeds out of the patio",
        "she's got a script for gaviscon for the baby",
        "the DASH came out high risk",
        "he had his needles at 8 weeks",
        "she wrapped his dummy in foil",
        "the house has been clean a year since the refurb",
        "mum and dad had a couple of drinks at the wedding",
    ])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == nil, "\(text)")
    }
}
