import Testing

@testable import CurioCore

/// Abuse or neglect named with "childhood" ("a history of childhood abuse", "abused in childhood")
/// and child sexual abuse in shorthand ("hx of CSA") are the parent's adverse childhood; denied,
/// absent. Bare "CSA" (the Child Support Agency) gives nothing.
@Suite("Abuse named with \"childhood\", and CSA")
struct ChildhoodAbuseNamedWithChildhoodTests {
    @Test(arguments: [
        "She has a history of childhood abuse.",
        "He was abused in childhood.",
        "Childhood trauma and neglect.",
        "Hx of CSA.",
        "Mum disclosed CSA at booking.",
    ])
    func childhoodAbuse(text: String) {
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "No history of childhood abuse.",
        "Denies childhood abuse.",
    ])
    func childhoodAbuseDenied(text: String) {
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == .absent, "\(text)")
    }
    @Test(arguments: [
        "Possible childhood abuse.",
    ])
    func childhoodAbuseDoubted(text: String) {
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == .possible, "\(text)")
    }
    @Test(arguments: [
        "Dad pays CSA for his older son.",
    ])
    func childSupportAgencyGivesNothing(text: String) {
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == nil, "\(text)")
    }
}
