import Testing

@testable import CurioCore

/// "He doesn't seem to be drinking", "she doesn't appear isolated", "there doesn't seem to be any DA"
/// deny the factor (negated and hedged together read as possible, a negation error). The urgent
/// factors, mobility, pregnancy and the situations keep their earlier reading (a denial and a doubt).
@Suite("A denial said with \"seem\" or \"appear\"")
struct DenialsWithSeemOrAppearTests {
    @Test(arguments: [
        "He doesn't seem to be drinking.",
        "Mum doesn't seem drunk.",
    ])
    func deniedSubstance(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .absent, "\(text)")
    }
    @Test(arguments: [
        "She doesn't appear isolated.",
    ])
    func deniedIsolation(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .absent, "\(text)")
    }
    @Test(arguments: [
        "There doesn't seem to be any DA.",
    ])
    func deniedAbuse(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .absent, "\(text)")
    }
    @Test(arguments: [
        "She doesn't seem to have learning difficulties.",
    ])
    func deniedLearning(text: String) {
        #expect(MatcherFixture.status(.learningDifficulty, in: text) == .absent, "\(text)")
    }
    @Test(arguments: [
        "He never seems to cry a lot.",
    ])
    func deniedCrying(text: String) {
        #expect(MatcherFixture.status(.inconsolableCrying, in: text) == .absent, "\(text)")
    }
    @Test(arguments: [
        "He doesn't seem to have any bruises.",
    ])
    func bruiseKeepsItsDoubt(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .possible, "\(text)")
    }
    @Test(arguments: [
        "The baby doesn't seem to be fed properly.",
    ])
    func neglectKeepsItsDoubt(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
    }
    @Test(arguments: [
        "He doesn't seem to be breathing.",
    ])
    func dangerStays(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }
}
