import Testing

@testable import CurioCore

/// Neglect is most often told as what was seen, not named: a bottle propped for the baby to feed
/// alone, too few scoops for the water, feeds missed or made up hours before, nappies reused or
/// run out, a baby out in the cold with no coat, a bouncer up on a table or a baby left in a car
/// seat all day, a carer asleep with the baby after drink, medicine not given, a check never gone
/// back to, nothing in for the baby, nobody talking to him. Each is `child.neglect` (a missed one
/// is a critical miss); doubted it is possible, denied absent. Look-alikes stay silent: a feed
/// made up properly, a warm outfit, a seat on the floor, cloth nappies on the line, advice
/// against a practice, mum's own prescription.
@Suite("Neglect told as scenes")
struct NeglectToldAsScenesTests {
    @Test(arguments: [
        "the bottle was propped up on a folded blanket and dad went for a smoke",
        "he was being fed on his own in his pram, bottle wedged in",
        "mum puts one scoop in a 7oz bottle",
        "she does 2 scoops to 9 oz so the tin lasts",
        "one scoop split between two bottles",
        "she keeps skipping his night feeds",
        "mum forgot her 3am feed again",
        "says she can't be bothered getting up to feed her",
        "only having 3 bottles a day at 4 weeks",
        "baby was frantic with hunger when we arrived",
        "the formula was made up hours ago and left on the side",
        "they reuse the disposable nappies",
        "ran out of nappies so she's using a tea towel",
        "skin on his bottom excoriated",
        "she was left in a soaked cot all night",
        "no bath for a fortnight",
        "out at midnight in the buggy with no blanket",
        "it was snowing and he had no coat on",
        "not dressed for the cold at all",
        "thin cotton vest in january and nothing else",
        "the car seat was up on the kitchen counter with him in it",
        "she's kept in the bouncer all day",
        "he spends most of the day in his car seat",
        "dad passed out on the settee with the baby after drinking",
        "he was stoned and took the baby into bed with him",
        "she never gave him the antibiotics",
        "mum didn't get the cream from the chemist",
        "was told to come back for the weigh in and never did",
        "hasn't taken her back for the hip scan",
        "left the baby in the flat while he went to the bookies",
        "there's no cot for the baby",
        "nobody in that house talks to her",
        "mum only picks him up for feeds",
        "she only gets her out of the cot to change her",
        "crying in the dark bedroom on her own",
        "his babygro was black with dirt",
        "the baby sleeps on a pile of blankets",
        "she says she'll book his imms but never does",
        "her ear has been weeping for a week and nobody has seen to it",
        "she only feeds her when she screams",
        "nobody goes to him when he cries",
        "all day in the bumbo in front of the telly",
    ])
    func isNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// A vague count ("three? four?") doubts how many, not whether: the missed checks are told.
    @Test(arguments: [
        "she's missed appointments, two? three? not sure",
        "missed his checks, 3 or 4?",
    ])
    func vagueCountIsStillTold(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// Doubted or heard from someone else, a suspicion.
    @Test(arguments: [
        "I think she might be skipping his feeds",
        "neighbour reckons they reuse the nappies",
        "not sure he's had his jabs",
    ])
    func doubtedIsPossible(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
    }

    /// Denied, absent.
    @Test(arguments: [
        "she never misses a feed",
        "she isn't reusing the nappies",
        "he's had all his jabs",
        "she's registered with the GP",
    ])
    func deniedIsAbsent(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .absent, "\(text)")
    }

    /// Asleep with the baby after drink is the parent's drinking as well.
    @Test(arguments: ["mum passed out on the sofa with the baby after drinking all afternoon"])
    func drinkStaysSubstanceMisuse(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "bottle made up fresh for the night feed and put in the fridge",
        "three scoops in 3oz, done properly",
        "he's off his feeds with a cold, GP has seen him",
        "she washes the cloth nappies and dries the nappies on the line",
        "the bouncer was on the floor by mum's feet",
        "he naps in the pram in the garden after lunch",
        "advised against propping the bottle",
        "mum hasn't collected her own prescription",
        "dad doesn't talk to me about the baby",
        "she wrapped him up warm in a snowsuit",
        "mum goes to him as soon as he cries",
        "she booked the 12 week check and went",
    ])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// "Burning up" is a fever, not a burn; a real burn stays.
    @Test func burningUpIsAFever() {
        #expect(MatcherFixture.status(.otherInjury, in: "she was burning up all night") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "burn on his hand from the iron") == .present)
    }
}
