@testable import CurioCore
import Testing

/// Wordings a generated probe of fact orders found unread (a loose colour hyphenated, "no, only
/// rolls" answered to another question, "pg", "laying into her") or misread (a bruise said to be
/// on mum, an adult who can hardly stand). Sentences written for the classes, with look-alikes.
@Suite("Wordings from the fact-order probe")
struct OrderProbeWordingsTests {
    /// A colour said loosely with a hyphen is a mark, as the word written whole is.
    @Test(arguments: ["there's a blue-ish patch on his bum", "a purple ish mark on her thigh", "grey-ish spots on his back"])
    func aLooseColourHyphenatedIsAPossibleMark(text: String) {
        let status = MatcherFixture.status(.bruising, in: text)
        #expect(status == .possible || status == .present, "\(text)")
    }

    /// "No, only rolls" answers another question with the "no" and tells the mobility after it:
    /// rolling only is not mobile.
    @Test(arguments: ["no, only rolls", "nope, she just rolls", "no he only rolls over"])
    func noOnlyRollsIsPreMobile(text: String) {
        #expect(MatcherFixture.status(.preMobile, in: text) == .present, "\(text)")
    }

    /// An adult who can hardly stand says nothing of the baby's mobility; the baby still can.
    @Test func anAdultWhoCanHardlyStand() {
        #expect(MatcherFixture.status(.preMobile, in: "mum can hardly stand up, she's that drunk") == nil)
        #expect(MatcherFixture.status(.preMobile, in: "he can hardly stand up yet, he's 11 months") == .present)
    }

    /// A bruise the speaker places on an adult, not the baby, is no bruise of the baby's: the
    /// baby's skin explicitly denied, so absent (the conventions' "explicitly negated"; it was
    /// nil before, which scores the same but leaves the bruising question unanswered).
    @Test func aBruiseOnMumNotTheBaby() {
        #expect(MatcherFixture.status(.bruising, in: "the bruise is on mum, not the baby") == .absent)
        #expect(MatcherFixture.status(.bruising, in: "the bruise is on the baby, not mum") == .present)
    }

    /// "PG" for pregnant, and "laying into her" for abuse.
    @Test func shorthandAndSlang() {
        #expect(MatcherFixture.status(.unborn, in: "she's pg with her second") == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: "dad's laying into her as we speak") == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: "he laid into the food") == nil)
    }
}
