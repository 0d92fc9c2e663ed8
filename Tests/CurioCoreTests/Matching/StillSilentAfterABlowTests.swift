import Testing

@testable import CurioCore

/// A class from the round-3 review (review25c): a baby limp, still, silent, not moving or hard
/// to wake after a shake, a blow, a fall or a drop, said in either order, is danger now and an
/// injury (injury.other); "not moving" there is no pre-mobility. A fall followed by a mobile,
/// well baby is neither. Also: a baby not moving and not crying is collapse now; a carer out cold
/// while a baby given by its age lies crying is neglect and danger; nobody in the home feeding
/// the baby is neglect; a parent gone from a psychiatric ward or a place of safety who says they
/// are coming for the baby is danger now and mental health (the foster carers named are the
/// baby's); detention under a section of the Act is mental health. Sentences written for the
/// classes. And: a "bit" or patch in two bruise colours on the baby is a bruise, one colour a
/// possible bruise (placed past the baby's age); on an adult or on a wall, nothing; what looked
/// like a bruise and came off or turned out to be ink is no bruise; an adult's own cut lip is no
/// injury of the baby's.
@Suite("Still or silent after a blow, a carer out cold, nobody feeding")
struct StillSilentAfterABlowTests {
    /// The blow first, then the stillness.
    @Test(arguments: [
        "he dropped the baby and she went completely still",
        "dad hit her and she's gone silent, not crying at all",
    ])
    func blowThenStill(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present)
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present)
        #expect(MatcherFixture.status(.preMobile, in: text) != .present)
    }

    /// The stillness first, then the fall.
    @Test(arguments: [
        "she's been really hard to wake since she fell off the sofa",
        "he has been very quiet since he fell off the changing table",
    ])
    func stillSinceAFall(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present)
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present)
    }

    /// A fall and a well, mobile baby; a baby still crying after mum was hit.
    @Test func lookAlikes() {
        let fine = "she fell off the bed last week and is crawling about fine now"
        #expect(MatcherFixture.status(.immediateDanger, in: fine) == nil)
        #expect(MatcherFixture.status(.preMobile, in: fine) == .absent)
        let crying = "dad hit mum and the baby is still crying"
        #expect(MatcherFixture.status(.immediateDanger, in: crying) == nil)
    }

    /// Not moving and not crying: collapse now.
    @Test func notMovingOrCrying() {
        #expect(MatcherFixture.status(.immediateDanger, in: "the baby is in the cot not moving or making a sound") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "dad is on the floor not moving or responding") == nil)
    }

    /// A carer out cold while the baby, named by its age, lies crying; nobody in the home feeding.
    @Test func carerOutColdNobodyFeeding() {
        let cold = "mum was out cold and the 3 month old was lying in a wet cot crying"
        #expect(MatcherFixture.status(.neglect, in: cold) == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: cold) == .present)
        #expect(MatcherFixture.status(.neglect, in: "nobody in the flat is looking after him properly") == .present)
        #expect(MatcherFixture.status(.neglect, in: "nobody in the family has any worries about her feeding") == nil)
    }

    /// Gone from a psychiatric ward or a 136 suite and coming for the baby.
    @Test(arguments: [
        "she absconded from the mental health ward last night and texted that she is coming to take her son back",
        "dad's done a runner from the psychiatric unit, says he's going to snatch the baby from the foster placement",
    ])
    func abscondedAndComingForTheBaby(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present)
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .present)
        #expect(MatcherFixture.status(.childhoodInCare, in: text) == nil)
    }

    /// Leaving a ward by arrangement; a section of a form; detention under a section.
    @Test func wardLookAlikesAndSections() {
        #expect(MatcherFixture.status(.immediateDanger, in: "mum left the ward at 2pm and is coming to get the baby from nursery at 3") == nil)
        #expect(MatcherFixture.status(.mentalHealth, in: "see section 3 of the assessment") == nil)
        #expect(MatcherFixture.status(.mentalHealth, in: "mum was detained under section 3 last year") == .present)
    }

    /// Coloured bits and patches: on the baby, on an adult, on a thing.
    @Test func colouredBitsAndPatches() {
        #expect(MatcherFixture.status(.bruising, in: "there's a yellow-green patch on his cheek") == .present)
        #expect(MatcherFixture.status(.bruising, in: "a purple-blue bit behind the 6 week old's ear") == .present)
        #expect(MatcherFixture.status(.bruising, in: "a bluey bit under the 5 week old's eye") == .possible)
        #expect(MatcherFixture.status(.bruising, in: "Nan's got a purple bit on her hand from the door") == nil)
        #expect(MatcherFixture.status(.bruising, in: "dad has a greeny-yellow patch on his arm from football") == nil)
        #expect(MatcherFixture.status(.bruising, in: "a dark green patch on the ceiling from the damp") == nil)
    }

    /// What looked like a bruise and was not.
    @Test func lookedLikeABruiseButWasNot() {
        #expect(MatcherFixture.status(.bruising, in: "what seemed like a bruise on his cheek washed off in the bath") == .absent)
        #expect(MatcherFixture.status(.bruising, in: "what looked like a bruise on her leg was actually biro") == .absent)
    }

    /// An adult's own cut lip; the baby's still found.
    @Test func adultsOwnCutLip() {
        #expect(MatcherFixture.status(.otherInjury, in: "his girlfriend has got a fat lip") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "nan had a black eye and a split eyebrow after the fall") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "mum has brought him in with a cut lip") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "dad had a split lip and the baby had a cut on his head") == .present)
    }

    /// A thud heard and the baby silent after it; a baby quiet after crying itself to sleep.
    @Test func thudThenSilent() {
        let thud = "there was a loud thud upstairs and since then the baby has gone completely quiet"
        #expect(MatcherFixture.status(.immediateDanger, in: thud) == .present)
        #expect(MatcherFixture.status(.otherInjury, in: thud) == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "the baby screamed for an hour then went quiet and fell asleep") == nil)
    }
}
