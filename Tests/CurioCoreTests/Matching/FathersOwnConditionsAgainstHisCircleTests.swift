import Testing

@testable import CurioCore

/// The father is a parent: his own attempt on his life is `parent.mental_health`, whoever else
/// is named. His friends ("dad's mate", "his pals") are not carers, so their drinking or drug use
/// is nobody's parent factor, as his brother's already is; the father drinking with them is his.
@Suite("Father's own conditions against his circle")
struct FathersOwnConditionsAgainstHisCircleTests {
    @Test(arguments: [
        "dad tried to take his own life last year",
        "she attempted to end her life when she was 16",
    ])
    func attemptIsMentalHealth(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["dad's brother tried to take his own life"])
    func relativesAttemptIsSilent(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        "father's mate who visits smokes weed",
        "dad's pals are always drinking at the flat",
    ])
    func friendsUseIsSilent(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["dad and his mates drink every night in the flat"])
    func fathersOwnUseStays(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .present, "\(text)")
    }
}
