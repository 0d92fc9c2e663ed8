import Testing

@testable import CurioCore

/// A jab, vitamin K or BCG site bruised or marked is the procedure's mark (as a cannula's or a
/// tape's); the mother's wound or nipples bleeding, a grown-up's fall and its fracture, an older
/// sibling's past faltering growth or neglect are theirs; a parent neglected by her own mother is
/// her adverse childhood. None is this baby's injury or neglect. (A bruise near a jab site, or a
/// bruise placed elsewhere, is still a bruise.)
@Suite("Procedure marks and others' injuries in notes")
struct ProcedureMarksAndOthersInjuriesInNotesTests {
    /// A procedure's site, bruised or marked.
    @Test(arguments: [
        "BCG site a bit bruised",
        "imms today, small red mark at the injection site",
    ])
    func procedureMarks(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }

    /// A bruise placed on the body stays a bruise.
    @Test(arguments: [
        "bruise on R thigh, not at the jab site",
    ])
    func aBruiseNearTheSiteIsStillABruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    /// The mother's wounds and a grown-up's fall are theirs.
    @Test(arguments: [
        "mum's episiotomy stitches bleeding",
        "grandad slipped on ice - # wrist",
    ])
    func othersInjuries(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }

    /// A parent neglected by her own mother: her adverse childhood.
    @Test(arguments: [
        "mum's own mum neglected her",
    ])
    func aParentsOwnNeglect(text: String) {
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == .present, "\(text)")
    }

    /// ...and no neglect of this baby.
    @Test(arguments: [
        "mum's own mum neglected her",
    ])
    func aParentsOwnNeglectIsNoNeglectOfTheBaby(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// An older sibling's past faltering growth or neglect.
    @Test(arguments: [
        "older sib FTT as a toddler, now thriving",
        "her sister was neglected by a previous partner, now adopted",
    ])
    func aSiblingsPastNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }
}
