import Testing

@testable import CurioCore

/// Danger now told by a caller as a scene (the od grid): a baby left with a young child or with
/// no grown-up, a quoted threat long past or its maker locked up, violence or a drunk carer with
/// the baby elsewhere, and someone heard shouting to get off the baby. Sentences written for the
/// classes, with look-alikes that must stay silent (or keep only the neglect or the abuse).
@Suite("od consultation classes")
struct OdConsultationClassesTests {
    /// A young child in charge of the baby now (the child's years said, "is" or "left" before the
    /// minding, or the only one with the baby): danger now as well as neglect.
    @Test(arguments: [
        "her 7 year old is looking after the baby while mum's at work",
        "she's gone to the pub and left the 9 year old in charge of the twins",
        "it's only the 6 year old with the baby, mum's at work",
        "mum went out, it's just her and she's nine",
    ])
    func youngChildInChargeNowIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// A brother or sister minding the baby and told to be young, in one sentence (the two
    /// situations now.child_minding and now.minder_young): danger and neglect, inferred.
    @Test(arguments: [
        "his sister's minding the baby, she's only eight",
        "the brother is babysitting while mum works nights, he's just seven",
    ])
    func siblingMindingAndYoungIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// Look-alikes: a young child minding as a habit (neglect only), an older teenager babysitting
    /// (nothing).
    @Test func youngMinderAsAHabitOrAnOlderTeenIsNoDanger() {
        let habit = "her 12 year old is minding the baby every weekend"
        #expect(MatcherFixture.status(.immediateDanger, in: habit) == nil)
        #expect(MatcherFixture.status(.neglect, in: habit) == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "his sister's babysitting, she's 17") == nil)
    }

    /// No grown-up there with the children, said with the singular "grown-up", and two children
    /// together on their own in the home: danger now and neglect.
    @Test(arguments: [
        "there's no grown-up in there with them",
        "the toddler and the baby are home alone in the flat",
        "the kids have been on their own in the house since this morning",
    ])
    func noGrownUpWithTheChildrenIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// Heard on the line, someone screaming or shouting at another to get off the baby or put
    /// it down: danger now. ("Get off me" is the mother's own: no danger from it.)
    @Test func shoutingToGetOffTheBabyIsDanger() {
        #expect(MatcherFixture.status(.immediateDanger, in: "I can hear a crash and she's screaming put her down") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "something's smashed and she's shouting get off him") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "she was shouting get off me") == nil)
    }

    /// Look-alikes: a threat to the baby quoted with its time long gone, or its maker locked up
    /// since; violence or a carer too drunk with the baby at nursery or with another adult.
    @Test(arguments: [
        "he said years ago he'd shut her up for good",
        "once he said he'd kill the baby but he's been in prison since",
        "he's smashing the place up but the baby's at nursery till three",
        "she was too drunk to stand but her mum had the baby",
    ])
    func pastThreatOrBabyElsewhereIsNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }
}
