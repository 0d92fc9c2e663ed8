import Testing

@testable import CurioCore

/// A bruise that was only reported, then ruled out, is denied, not doubted: "apparently there's
/// no bruise after all" is a reported absence (the hedge does not make it possible), and an
/// alleged bruise checked and found not there ("alleged bruising was checked by the
/// paediatrician and there was no bruise") is absent. A reported bruise that was confirmed, or
/// another voice telling of one after the reported absence, stays a bruise.
@Suite("Reported bruise ruled out")
struct ReportedBruiseRuledOutTests {
    @Test(arguments: [
        "apparently there's no bruise after all, the childminder looked again",
        "reportedly no marks on him when the nursery checked",
        "the alleged bruise was examined by the GP and there was no bruise",
        "suspected bruising was looked at by the paediatrician, no bruising seen",
    ])
    func isAbsent(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .absent, "\(text)")
    }
    @Test(arguments: [
        "the reported bruise was checked by the paediatrician and confirmed, a 2cm bruise on his cheek",
        "reportedly no marks when nursery checked him but dad says there's a bruise on his leg",
    ])
    func confirmedStaysABruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["apparently he's not been fed all day"])
    func reportedNeglectKeepsItsDoubt(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
    }
}
