import Testing

@testable import CurioCore

/// The hesitant-speech rules merged in round 33 (retractions, "as far as I know", another
/// family's, "I said ... but", fillers after a denial, a belief before a denial, smells of
/// burning) took urgent findings that stood beside their words: a judgement ("that's wrong"),
/// one more bruise ("that's another one"), a detail corrected ("sorry, my mistake, his right
/// arm"), a time that goes on to now ("since last night"), a cause set apart ("it's not the
/// family"). Each such finding, and a pregnancy, must still be read present or possible; the
/// retractions and denials the rules were written for must stay as they are. Sentences written
/// for the classes, as practitioners and callers type or say them.
@Suite("Urgent findings kept beside hesitant words")
struct UrgentFindingsKeptBesideHesitantWordsTests {
    private static func isTold(_ id: RiskFactorID, in text: String) -> Bool {
        let status = MatcherFixture.status(id, in: text)
        return status == .present || status == .possible
    }

    /// A retraction's words said as a judgement of what was told ("that's wrong, surely"), or
    /// as one more of it ("that's another one since Monday", "that's a different one from the
    /// one the HV saw", "that's another baby on the way"), or of a parent ("that's a different
    /// dad"): what was told stands. Only a family, a baby or a case is "another".
    @Test(arguments: [
        ("there's a fresh bruise on his cheek, that's another one since monday", RiskFactorID.bruising),
        ("bruise on L ear - thats another one, third this month", .bruising),
        ("new bruise on his thigh, that's a different one from the one the HV saw", .bruising),
        ("bruises on both arms, that's wrong for a 3 month old", .bruising),
        ("burn on her palm, that's another one, she had one last week", .otherInjury),
        ("he's put the baby out on the balcony in the cold - that's wrong, surely", .immediateDanger),
        ("mum left him in the flat alone all night, that's wrong", .neglect),
        ("she's pregnant again, that's another baby on the way", .unborn),
        ("pregnant again, that's a different dad, he's violent", .unborn),
    ])
    func aJudgementOrOneMoreIsNoRetraction(text: String, id: RiskFactorID) {
        #expect(Self.isTold(id, in: text), "\(text)")
    }

    /// A detail corrected after "sorry, my mistake", "I misspoke" or "scratch that date": the
    /// finding is still told, only a side, a place or a number changes. Taken back with who was
    /// there, or "wrong baby", it is still taken back.
    @Test(arguments: [
        ("bruise on his left arm - sorry, my mistake, it's his right arm", RiskFactorID.bruising),
        ("skull fracture on the CT - sorry, I misspoke earlier, it's his left side", .otherInjury),
        ("she's pregnant - oops sorry, my mistake, she's 24 weeks not 20", .unborn),
        ("she's pregnant - scratch that date, she's 22 weeks not 20", .unborn),
    ])
    func aDetailCorrectedKeepsTheFinding(text: String, id: RiskFactorID) {
        #expect(Self.isTold(id, in: text), "\(text)")
    }

    /// An injury whose cause is "ruled out as accidental" is still there.
    @Test func aCauseRuledOutKeepsTheInjury() {
        let text = "he's got a fracture, sorry, they ruled it out as accidental, it's non-accidental"
        #expect(Self.isTold(.otherInjury, in: text), "\(text)")
        #expect(!Self.isTold(.otherInjury, in: "he's got a fracture, sorry, no, they ruled it out"))
    }

    /// Retractions the rules were written for stay taken back.
    @Test func aRealRetractionStaysTakenBack() {
        #expect(!Self.isTold(.bruising, in: "he's got a bruise on his arm - sorry, scratch that, wrong baby"))
        #expect(MatcherFixture.status(.immediateDanger, in: "she left him alone - no sorry, I misspoke, her mum was there") != .present)
        #expect(!Self.isTold(.neglect, in: "I said he was left alone but actually his nan was in the next room"))
    }

    /// "As far as I know" with no denial confirms what was told ("mum: pregnant - as far as I
    /// know.", "burn on his hand: as far as I know, from the iron"); with its "no" or "not" it
    /// still answers a heading as absent.
    @Test(arguments: [
        ("mum: pregnant - as far as I know.", RiskFactorID.unborn),
        ("mum's left him on his own - as far as I'm aware.", .neglect),
        ("burn on his hand: as far as I know, from the iron", .otherInjury),
    ])
    func asFarAsIKnowAloneConfirms(text: String, id: RiskFactorID) {
        #expect(Self.isTold(id, in: text), "\(text)")
    }

    @Test(arguments: ["bruising: not that I saw.", "any marks? not as far as I know.", "marks - as far as I know, no."])
    func asFarAsIKnowWithItsDenialStaysAbsent(text: String) {
        #expect(!Self.isTold(.bruising, in: text), "\(text)")
    }

    /// A carer's state "since last night", "since the other day" goes on to now, and "like
    /// yesterday" says it is the same now: the baby in an impaired carer's hands now is danger,
    /// not a history.
    @Test(arguments: [
        "he's been off his face since last night and he's got the baby",
        "dad's been drinking since yesterday and he's got the baby on his own",
        "she's on her own with him and she's had six cans, like yesterday",
    ])
    func sinceATimeGoneByIsNow(text: String) {
        #expect(Self.isTold(.immediateDanger, in: text), "\(text)")
    }

    /// "It's not the family", "nothing to do with them" after an injury tells who did not cause
    /// it: the injury is still this baby's. Only "that's a different family" said of an event
    /// sets it apart.
    @Test(arguments: [
        ("he's got bruises on his back, but it's not the family, we think it's the childminder", RiskFactorID.bruising),
        ("baby has a bruise on his cheek, but that's not the family's doing, it was the childminder", .bruising),
        ("bruises on his arms but they're nothing to do with our family, he was at his dad's", .bruising),
        ("the baby's got a burn on his hand, but it's nothing to do with them, it happened at nursery", .otherInjury),
    ])
    func aCauseSetApartKeepsTheInjury(text: String, id: RiskFactorID) {
        #expect(Self.isTold(id, in: text), "\(text)")
    }

    @Test func anEventOfAnotherFamilyStaysSetApart() {
        let text = "there's a man shouting and throwing things upstairs, but that's a different family"
        #expect(!Self.isTold(.immediateDanger, in: text), "\(text)")
    }

    /// "I said he was left alone" taken back only by an adult who was there; "no one was home",
    /// "no adult was there" confirm it. A baby taken along is not left; one left while mum went
    /// out "with her boyfriend" is.
    @Test(arguments: [
        "I told you she was left alone, no one was home all night",
        "I said he was left on his own - no adult was there with him",
        "she's not left him, well, only to go to the shop with her mates",
    ])
    func leftAloneConfirmedIsNeglect(text: String) {
        #expect(Self.isTold(.neglect, in: text), "\(text)")
    }

    @Test func aBabyTakenAlongIsNotLeft() {
        #expect(!Self.isTold(.neglect, in: "she never leaves him, only when she goes to the shop with him"))
    }

    /// A word struck only for something that is no injury: hot milk, paint stripper burn a baby,
    /// and "the spot where he grabbed her" is the bruise itself. A birthmark or Mongolian spot
    /// is still no injury.
    @Test(arguments: [
        ("I mentioned the bruise - it's the spot where he grabbed her", RiskFactorID.bruising),
        ("burn on his foot, sorry, it was paint stripper he got into", .otherInjury),
        ("I said a burn but it's the milk, it was boiling and went on his arm", .otherInjury),
    ])
    func whatBurnsOrBruisesIsNoCorrection(text: String, id: RiskFactorID) {
        #expect(Self.isTold(id, in: text), "\(text)")
    }

    @Test func aBirthmarkNamedInsteadStaysNoInjury() {
        #expect(!Self.isTold(.otherInjury, in: "there's a burn, oh no, sorry, it's a birthmark"))
        #expect(!Self.isTold(.bruising, in: "I said bruise but it's actually his Mongolian blue spot"))
    }

    /// A filler after a denial: disbelief at what was done ("I can't, like, believe he's left
    /// the baby", and without the filler, "I can't believe she's left him") and a denial broken off for a new clause ("she isn't, erm, she's pregnant
    /// actually") are no denials of what follows. A filler inside a denial still denies.
    @Test(arguments: [
        ("I can't, like, believe he's left the baby on his own in the flat", RiskFactorID.immediateDanger),
        ("she isn't, erm, she's pregnant actually, 20 weeks", .unborn),
        ("I can't believe she's left him on his own again", .immediateDanger),
        ("can't believe he's hit the baby", .otherInjury),
    ])
    func aFillerAfterADenialDoesNotDenyANewClause(text: String, id: RiskFactorID) {
        #expect(Self.isTold(id, in: text), "\(text)")
    }

    @Test func aFillerInsideADenialStillDenies() {
        #expect(MatcherFixture.status(.bruising, in: "he doesn't, like, have any bruises") == .absent)
        #expect(MatcherFixture.status(.immediateDanger, in: "he's never, erm, he's never been left alone") != .present)
    }

    /// A belief before "no way", "no idea" is no denial of what follows ("I reckon no way that
    /// bruise came from the cot"); before "no bruises" it is a denial said softly.
    @Test(arguments: [
        ("I reckon no way that bruise on his cheek came from the cot", RiskFactorID.bruising),
        ("I think she's no idea she's pregnant, but she is, 20 weeks", .unborn),
    ])
    func aBeliefBeforeNoWayIsNoDenial(text: String, id: RiskFactorID) {
        #expect(Self.isTold(id, in: text), "\(text)")
    }

    @Test func aBeliefBeforeNoBruisesIsAbsent() {
        #expect(MatcherFixture.status(.bruising, in: "I reckon no bruises, he's fine") == .absent)
    }

    /// A smell of burning is no burn, but a burn told by how it looks beside it is one ("his arm
    /// is red raw and blistered"); mum's own sore hands are hers.
    @Test func aBurnToldBesideASmellOfBurning() {
        #expect(Self.isTold(.otherInjury, in: "something's burning, the baby's screaming and his arm is red raw and blistered"))
        #expect(MatcherFixture.status(.otherInjury, in: "mum's hands are sore and peeling from the cold") == nil)
    }

    /// An injury played down and then denied whole ("not a big mark or anything") stays denied;
    /// played down alone ("not a big bruise but it's on his ear") it is told.
    @Test func anInjuryPlayedDownThenDeniedStaysDenied() {
        #expect(!Self.isTold(.bruising, in: "no bruise, not a big mark or anything, nothing at all"))
        #expect(Self.isTold(.bruising, in: "not a big bruise but it's on his ear"))
    }
}
