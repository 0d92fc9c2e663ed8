import Testing

@testable import CurioCore

/// After a parent's denial another voice says it saw the bruise, naming it only as "one" or
/// "it" or "I did" ("mum says no bruise, grandma's photos show one on his cheek", "she said she
/// didn't see any bruises, I did, on both his shins"): the bruise is there, never lost to the
/// parent's denial. The teller's own "I saw" after a comma is a clause of its own. A denial the
/// teller shares stays absent.
@Suite("Another voice saw the bruise")
struct AnotherVoiceSawTheBruiseTests {
    @Test(arguments: [
        "dad says no bruising, the nursery photos show one on her arm",
        "he said he hadn't seen any bruises, we did, on her thighs",
        "mum insists there's no bruise but her sister saw it, on his back",
        "mum denies any marks, I saw a bruise on her cheek",
        "dad says mum's lying, there's no bruise, but I saw it myself on his thigh",
    ])
    func bruiseIsFound(text: String) {
        let status = MatcherFixture.status(.bruising, in: text)
        #expect(status == .present || status == .possible, "\(text)")
    }
    @Test(arguments: [
        "mum said she didnt see any bruises and neither did I",
        "mum says no marks, I checked his skin and there were none",
    ])
    func sharedDenialStaysAbsent(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .absent, "\(text)")
    }
    @Test(arguments: ["no rash now but I saw it on his arm last week"])
    func somethingElseSeenStaysSilent(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }
}
