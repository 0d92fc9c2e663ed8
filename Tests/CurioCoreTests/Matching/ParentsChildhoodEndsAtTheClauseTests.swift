import Testing

@testable import CurioCore

/// A parent's own childhood ("as a child", "when she was little", "growing up") reaches the
/// clause it is told in and a list of cues going on, not the next clause of a long answer: the
/// baby's injury, neglect or danger told after a comma, "and" or "plus" stays the baby's, and a
/// new clause about the parent ("plus she...") ends its reach back. The parent's childhood goes
/// on after "and" with no new subject ("grew up with ... and was often hungry").
@Suite("Parent's childhood ends at the clause")
struct ParentsChildhoodEndsAtTheClauseTests {
    @Test(arguments: [
        "She was beaten as a child plus she struggles to read, the neighbour says he had a burn on his foot",
        "Grew up with a violent dad, and the baby has a swollen wrist",
        "Swelling over his left eye plus she was hit a lot as a child",
    ])
    func babysInjuryAfterAChildhoodStays(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) != nil, "\(text)")
    }
    @Test(arguments: [
        "She was in care as a teenager, also there's a bruise on his arm",
        "Small bruise on his chin, she was neglected herself when she was little",
    ])
    func babysBruiseAfterAChildhoodStays(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "Her dad drank when she was little and he's been left on his own in the flat",
    ])
    func babysDangerAfterAChildhoodStays(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "Mum grew up in care and was often left alone",
        "Mum grew up with an alcoholic father and was often left alone with no food",
        "her dad drank and hit her mum when she was little",
        "When she was small, her dad drank and left her alone with no food",
        "Growing up, her mum used drugs and left her alone",
    ])
    func theChildhoodGoingOnStaysHers(text: String) {
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "Dad was raised by his nan because his mum was on heroin",
        "Dad was brought up by his grandparents as his mum was on heroin",
    ])
    func theCauseOfTheUpbringingIsTheChildhood(text: String) {
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["She was abused as a child, he has a burn on his hand"])
    func aBabysInjuryAfterAChildhoodAndACommaStays(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }
}
