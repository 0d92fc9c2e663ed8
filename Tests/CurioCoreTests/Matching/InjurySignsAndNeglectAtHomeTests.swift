import CurioCore
import Testing

/// An injury told by its signs (a limb not used, a tense fontanelle, a cut named by its place)
/// and neglect told by the home or the carers' habits (appointments not kept, soiled floors, a
/// baby left to cry). Each gave no finding before its cues. Sentences written for the classes.
@Suite("Injury signs and neglect at home")
struct InjurySignsAndNeglectAtHomeTests {
    @Test(arguments: [
        "she is not moving her left leg and cries when it is touched",
        "tense fontanelle after he rolled off the bed",
        "the 11 month old came in with a split lip",
        "he rolled off the changing table onto the tiled floor this morning and has been sick three times since",
    ])
    func anInjuryToldByItsSigns(text: String) {
        let status = MatcherFixture.status(.otherInjury, in: text)
        #expect(status == .present || status == .possible, "\(text)")
    }

    @Test(arguments: [
        "they never bring him to his baby clinic appointments",
        "he has not been weighed since birth",
        "cat faeces all over the kitchen floor",
        "the flat is freezing and filthy",
        "he is routinely left crying in a dark room",
        "the baby is being left out in the buggy on the balcony for hours in the cold",
    ])
    func neglectToldByTheHome(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// Mother and baby unseen for days, with no answer, is a possible danger (a welfare check now).
    @Test func motherAndBabyUnseenForDays() {
        #expect(MatcherFixture.status(.immediateDanger, in: "mum and the twins have not been seen for several days and she is not answering") == .possible)
    }

    /// The mother's bleed at the birth is a traumatic birth, not an injury to the baby.
    @Test func theBirthsBleedIsTheMothers() {
        #expect(MatcherFixture.status(.otherInjury, in: "she had an emergency section and then a massive bleed") == nil)
        #expect(MatcherFixture.status(.traumaticBirth, in: "a big bleed after the delivery, two units of blood") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "the baby had a big bleed from his nose") == .present)
    }

    /// The same words said of the mother, of development or of an ordinary day are nothing.
    @Test func lookAlikes() {
        #expect(MatcherFixture.status(.otherInjury, in: "mum had a split lip after he hit her") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "the fontanelle is soft and flat") == nil)
        #expect(MatcherFixture.status(.neglect, in: "the baby is often left with grandma on Tuesdays") == nil)
        // A tidy-up not done is no neglect.
        #expect(MatcherFixture.status(.neglect, in: "a bit of mess on the floor, toys everywhere") == nil)
        // Not seen for weeks by the HV is missed contact, not a welfare check now.
        #expect(MatcherFixture.status(.immediateDanger, in: "the baby has not been seen for three weeks, two visits missed") == nil)
        // The ward keeping her in is care, not control.
        #expect(MatcherFixture.status(.domesticAbuse, in: "the ward wouldn't let her leave until her blood pressure settled") == nil)
        // Moving in with someone is company, not a move away from support.
        #expect(MatcherFixture.status(.isolation, in: "her boyfriend has just moved in with her and the baby") == nil)
    }
}
