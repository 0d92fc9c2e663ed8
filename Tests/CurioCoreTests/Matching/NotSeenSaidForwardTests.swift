import Testing

@testable import CurioCore

/// A denial said with "did not" before the verb of looking ("I did not see any injuries", "I do
/// not see any marks"): what follows is denied. "Seen" is read as "see", so the backward verdict
/// "not seen" ("Bruising - not seen") took the "not" and the injury after it came out present,
/// a false referral. The verdict after its heading, and a mark said not seen by someone else,
/// read as before.
@Suite("Not seen, said forward")
struct NotSeenSaidForwardTests {
    @Test(arguments: ["I did not see any injuries on him.", "Did not see any injuries.", "We did not notice any injuries on the baby"])
    func injuriesNotSeenAreAbsent(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .absent, "\(text)")
    }

    @Test(arguments: ["I do not see any marks on her", "I did not see a bruise", "Bruising - not seen"])
    func marksNotSeenAreAbsent(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .absent, "\(text)")
    }

    @Test func aMarkSeenAfterTheDenialStays() {
        #expect(MatcherFixture.status(.bruising, in: "I did not see any injuries but there is a bruise on his ear") == .present)
        #expect(MatcherFixture.status(.bruising, in: "the bruise has not been seen by a doctor") == .present)
    }
}
