import Testing

@testable import CurioCore

/// What the merge of lb, lc, ld and le lost (reviewer ma): urgent findings the starting rules
/// found and the merged rules' new look-alikes, cues or triggers took. Each class keeps the
/// baby's injury, danger or neglect beside the new rule's words; the helpers' own look-alikes
/// beside each stay as they were. Sentences written for the classes.
@Suite("ma merge review: urgent findings the merge lost")
struct maMergeReviewTests {
    /// The baby told at, back to or handed to a relative's or parent's place "with" a bruise ("at
    /// her nan's with bruises on her face", "back to mum with bruises on his back"): the baby's
    /// bruise, present. The grown-up's own bruise look-alike ("nan's got bruises on her arms") had
    /// taken these words.
    @Test(arguments: [
        "He's been at his nan's with a bruise on his forehead since Sunday.",
        "She went back to her dad's with fingermarks on her upper arm.",
        "The baby was handed back to mum with bruises on his back after contact.",
        "She's staying at her aunt's with a bruise, nobody has had it looked at.",
    ])
    func atARelativesPlaceWithABruiseIsTheBabys(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    /// The same with a burn or scald: the baby's other injury, present.
    @Test(arguments: [
        "He was dropped at his grandad's with a burn on his wrist.",
        "She came back from her mum's with a scald on her foot.",
    ])
    func atARelativesPlaceWithAnInjuryIsTheBabys(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    /// Look-alikes: a grown-up's own bruise, on their own body, stays theirs.
    @Test(arguments: [
        "Nan's got bruises on her arms from her blood thinners.",
        "Grandad has a bruise on his shin from the garden.",
        "She's got a black eye - says the baby headbutted her.",
        "She had bruises on her arms when she was pregnant, he used to grab her.",
    ])
    func aGrownUpsOwnBruiseStaysSilent(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }

    /// The rule told as advice and then this baby's bruises counted after it ("any bruise on a baby
    /// this age must be seen, and he's got two on his cheek"): the baby's, present (the advice's
    /// look-alike had taken the only bruise word). The advice alone stays silent.
    @Test func bruisesCountedAfterTheAdviceAreTheBabys() {
        #expect(MatcherFixture.status(.bruising, in: "Any bruise on a baby this young has to be checked, and he's got two on his cheek.") == .present)
        #expect(MatcherFixture.status(.bruising, in: "Told mum any bruise on a baby who can't crawl must be seen the same day.") == nil)
    }

    /// The baby's bruise told beside the mother's pregnancy or her word about a scratch ("a
    /// bruise on his cheek while mum was pregnant with his brother", "marks on his cheek, mum says
    /// the baby scratched her"): the look-alikes of the mother's own injury had taken it.
    @Test(arguments: [
        "He had a bruise on his cheek while mum was pregnant with his brother.",
        "There are marks on his cheek, mum says the baby scratched her.",
    ])
    func theBabysBruiseBesideTheMothersWordsIsKept(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    /// "Not this one" correcting a place ("not this one, the other ear") and "another family
    /// member", "different family support worker", "different household to" are no other family's
    /// baby: the injury or danger told before them is kept (the other-family trigger had dropped it).
    @Test(arguments: [
        ("There's a bruise behind his right ear, not this one, the other ear.", RiskFactorID.bruising),
        ("A burn on her left palm - not this one, the other hand.", RiskFactorID.otherInjury),
        ("Mum's gone out and left him on his own in the flat, another family member is driving over now.", RiskFactorID.immediateDanger),
        ("Three bruises on her tummy, different family support worker to last year.", RiskFactorID.bruising),
        ("Fingertip bruising on his chest, different household to his half-sister.", RiskFactorID.bruising),
    ])
    func notAnotherFamilysBabyKeepsTheFinding(text: String, id: RiskFactorID) {
        #expect(MatcherFixture.status(id, in: text) == .present, "\(text): \(id)")
    }

    /// Look-alike: another family's baby named as such still gives nothing for this baby.
    @Test(arguments: [
        "that was my friend's baby who was left in the flat, not this one, a different family",
    ])
    func anotherFamilysBabyStaysSilent(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// A leaving-alone after a bare "fine" or a keeper who does not hold the baby ("dad says she's
    /// fine, but he left her", "I called her nan, but mum left the baby alone"), after the teller's
    /// own finding ("I found him when I got there just now"), or on a named day with the carer not
    /// back yet: danger now. The safe-now and found-since triggers had made these history.
    @Test(arguments: [
        "Dad says she's fine, but he left her on her own in the bath and went downstairs.",
        "I called her nan, but mum left the baby alone in the flat and isn't picking up.",
        "She's gone out and left the baby, I found him when I got there just now and I'm still with him.",
        "Left the baby on his own on Friday night and she still hasn't come back.",
        "Left her by herself last Sunday and isn't back yet.",
    ])
    func aLeavingWithNoSafeNowIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// Look-alikes: a past leaving with the baby safe with a keeper now, found by nan since, or on
    /// a day gone by stays history (no danger now).
    @Test(arguments: [
        "he's at his grandad's now, but his mum left him by himself in the flat last night",
        "mum left him on his own in the flat overnight, his nan found him when she came round this morning",
        "dad left her on her own at the weekend",
    ])
    func aPastLeavingWithSafeNowIsNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// The baby small "due to neglect" is the baby's neglect; only the parent's childhood ("when
    /// she was little - for neglect") is not.
    @Test func theBabysNeglectBesideLittleIsKept() {
        #expect(MatcherFixture.status(.neglect, in: "Baby is very small, due to neglect I think, she isn't feeding him.") == .present)
        #expect(MatcherFixture.status(.neglect, in: "She was on a CP plan when she was little - for neglect.") == nil)
    }
}
