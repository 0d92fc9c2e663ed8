import Testing

@testable import CurioCore

/// The mother's haemorrhage told by the birth, and a section she "ended up" with, are a traumatic
/// birth; "the birth might have been traumatic" is possible. A baby's bleed is no traumatic birth.
@Suite("The mother's bleed after the birth, a section she ended up with, a birth doubted")
struct MothersBleedAndBirthsDoubtedTests {
    @Test(arguments: [
        "Mum haemorrhaged badly after her son was born.",
        "She bled heavily after the delivery.",
        "She ended up having a section after the baby got stuck.",
        "The birth must have been terrifying.",
    ])
    func traumaticBirth(text: String) {
        #expect(MatcherFixture.status(.traumaticBirth, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "The birth might have been traumatic.",
        "The labour could have been difficult.",
    ])
    func birthDoubted(text: String) {
        #expect(MatcherFixture.status(.traumaticBirth, in: text) == .possible, "\(text)")
    }
}
