import Testing

@testable import CurioCore

/// A carer seen still or not answering beside a crying baby ("the baby is screaming on the floor
/// and dad isn't responding"), and a carer gone out with the baby asleep or crying alone ("mum has
/// gone out partying and the baby is asleep on her own upstairs"), are danger now. A baby asleep
/// alone in the cot while a parent works is a baby settled, and a parent "not moving house" is no
/// collapse. Feeds made unsafe (formula left out overnight and given, unsterilised bottles) are
/// neglect; advice about sterilising is not. A baby "still in the womb" is a pregnancy, its weeks
/// the gestation; wind "still in her tummy" is not.
@Suite("Carer still beside a crying baby, and unsafe feeds")
struct CarerStillBesideACryingBabyAndUnsafeFeedsTests {
    @Test(arguments: [
        "the neighbour has just rung, the baby is screaming on the floor and dad isn't responding",
        "mum is slumped on the sofa not responding and the baby is crying",
        "mum has gone out partying and the baby is asleep on her own upstairs",
        "they've gone out drinking and the baby is crying alone in the flat",
    ])
    func isDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "dad went to work and the baby is asleep alone in his cot, mum is downstairs",
        "the baby is playing and mum's not moving house after all",
    ])
    func dangerLookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["formula is left out overnight and given to him", "unsterilised bottles",
                      "the bottles are made up with dirty water"])
    func isNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["advised on sterilising bottles"])
    func neglectLookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    @Test func stillInTheWombIsAPregnancy() {
        let text = "still in the womb, about 23 weeks"
        #expect(MatcherFixture.status(.unborn, in: text) == .present, "\(text)")
        #expect(MatcherFixture.matcher.match(text).facts[FactName.gestationWeeks]?.number == 23, "\(text)")
        #expect(MatcherFixture.status(.unborn, in: "she's got wind still in her tummy") == nil)
    }
}
