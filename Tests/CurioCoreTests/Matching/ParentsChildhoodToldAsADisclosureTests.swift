import Testing

@testable import CurioCore

/// A pre-birth case told in one breath: "left care last year" with its time is a care leaver;
/// "talks about her stepdad hurting her when she was a kid" is a disclosure, not a topic of advice
/// ("talks about" was a hypothetical); "her own mother's drinking" given as the reason for her
/// childhood plan is an adverse childhood; "a lot of shouting" growing up is a possible one; "never had
/// social services involved" denies care. Advice talked about ("we talked about PND") stays silent.
@Suite("Parent's childhood told as a disclosure")
struct ParentsChildhoodToldAsADisclosureTests {
    @Test(arguments: ["Pre-birth - 22/40, mum 19, left care last year, says she's got no one", "dad left care at 18"])
    func isCareLeaver(text: String) {
        #expect(MatcherFixture.status(.childhoodInCare, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["talks about her stepdad hurting her when she was a kid", "he talks about his dad beating him as a kid", "Mum was on a CIN plan as a teenager because of her own mother's drinking.", "Dad was in care as a child due to his own father's violence"])
    func isAdverseChildhood(text: String) {
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["Mum doesn't like talking about growing up, says there was 'a lot of shouting', might be more to it.", "there was a lot of arguing at home when he was a kid"])
    func isPossibleAdverseChildhood(text: String) {
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == .possible, "\(text)")
    }

    @Test(arguments: ["Dad says he had a normal upbringing, never had social services involved."])
    func careDenied(text: String) {
        #expect(MatcherFixture.status(.childhoodInCare, in: text) == .absent, "\(text)")
    }

    @Test(arguments: ["we talked about PND", "she won't talk about her mental health"])
    func adviceStaysSilent(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["mum is stressed because of her own mum's drinking"])
    func aParentsStressNow(text: String) {
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == nil, "\(text)")
    }
}
