import Testing

@testable import CurioCore

/// What a parent's own parent or step-parent did to them as a child (locking in, starving,
/// cruelty, blows told with the time): adverse childhood. A step-parent's help now is none.
@Suite("A step-parent in a parent's childhood")
struct StepParentInAParentsChildhoodTests {
    @Test(arguments: [
        "Dad told me his stepmum used to lock him in his room as a kid",
        "his stepmum locked him in his room without food as a child",
        "dad says his step-mother was really cruel to him as a kid",
        "her stepdad hit her when she was little",
    ])
    func isAdverseChildhood(text: String) {
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "his stepmum helps out most days",
        "her stepdad is a great support with the baby",
    ])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == nil, "\(text)")
    }
}
