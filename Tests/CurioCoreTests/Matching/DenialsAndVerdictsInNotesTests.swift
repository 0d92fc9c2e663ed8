import Testing

@testable import CurioCore

/// "No concerns of X" denies X as "no concerns about X" does (it was a finding). "NAD" is a
/// verdict on what came before it, "no DNAs," ends where it stands, and a fracture placed on a
/// bone ("L femur") or found on a scan ("on CT") after another item's denial is a new item: a
/// finding written after them is found (they were critical misses). "Nil food" is no food.
@Suite("Denials and verdicts in notes")
struct DenialsAndVerdictsInNotesTests {
    /// No concerns of the factor.
    @Test(arguments: [
        "no concerns of neglect noted at visit",
        "nil concerns of neglect",
    ])
    func deniedWithConcernsOf(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .absent, "\(text)")
    }

    /// No concerns of bruising.
    @Test(arguments: [
        "no concerns of bruising on skin check",
    ])
    func bruisingDeniedWithConcernsOf(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .absent, "\(text)")
    }

    /// A bruise after NAD or no DNAs.
    @Test(arguments: [
        "chest NAD, brse R ear",
        "no DNAs, small bruise L cheek",
    ])
    func aBruiseAfterAVerdict(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    /// A fracture on a bone or a scan after another item's denial.
    @Test(arguments: [
        "no neglect, # R humerus",
        "nil DV, fracture L tibia",
        "no DA, subdural on CT",
        "nil MH, rib #s on skeletal survey",
    ])
    func aFractureAfterAnotherDenial(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    /// A finding after a history denied, in a run-on note.
    @Test(arguments: [
        "no previous injuries scald L foot",
        "nil prior injuries bite mark R forearm",
    ])
    func aFindingAfterAHistoryDenied(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    /// A list of history denied stays denied.
    @Test(arguments: [
        "no previous injuries or bruises",
    ])
    func aHistoryListStillDenied(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .absent, "\(text)")
    }

    /// A verdict still denies what came before it.
    @Test(arguments: [
        "skin NAD",
        "marks: NAD",
    ])
    func verdictsStillDeny(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .absent, "\(text)")
    }

    /// Nil food or formula in the home.
    @Test(arguments: [
        "nil food in flat",
        "nil formula left for bb",
    ])
    func nilFoodIsNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// A reassurance after a slash between a note's items is not turned into its opposite.
    @Test(arguments: [
        "no DV / wt good",
        "nil MH / bb feeding well",
    ])
    func reassuranceAfterASlash(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .absent, "\(text)")
    }

    /// A heading of two with its slash keeps its answer.
    @Test(arguments: [
        "Neglect/home conditions: none",
    ])
    func headingOfTwoStillDenied(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .absent, "\(text)")
    }
}
