import Testing

@testable import CurioCore

/// "Nil else" or "nothing else" said as a verdict that ends at its comma ("nil else, bruise L
/// ear") denies nothing after it: the bruise told next is a new item, present. A denial said
/// after it stays a denial.
@Suite("Nil else as a verdict")
struct NilElseAsAVerdictTests {
    @Test(arguments: ["nil else, bruise L ear", "Nothing else; mark on his cheek noted."])
    func theNextItemIsFound(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }
    @Test func aDenialAfterStays() {
        #expect(MatcherFixture.status(.bruising, in: "nil else, no bruises") == .absent)
    }
}
