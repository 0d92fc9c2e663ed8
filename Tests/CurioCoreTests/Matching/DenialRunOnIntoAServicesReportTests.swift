import Testing

@testable import CurioCore

/// A parent's denial run on without a comma into what a service reports ("parents deny any
/// marks nursery report a bruise on her ear", "mum denies any injury GP found a burn on his
/// hand"): the service is a voice of its own, so the injury it reports is never lost to the
/// parent's denial (the nursery's report stays second-hand). After "if" or "when" it is advice.
@Suite("Denial run on into a service's report")
struct DenialRunOnIntoAServicesReportTests {
    @Test(arguments: [
        "parents deny any marks nursery report a bruise on her ear",
        "mum denies any bruising childminder noticed a bruise on his thigh",
    ])
    func bruiseIsPossible(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .possible, "\(text)")
    }
    @Test(arguments: ["mum denies any injury GP found a burn on his hand", "dad denies any falls HV noted a swelling on her head"])
    func injuryIsPresent(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["if nursery report a bruise on a baby, refer straight away", "when the school say there's a mark, ring us"])
    func adviceStaysSilent(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["mum denies any bruising the nursery say there is none"])
    func sharedDenialStaysAbsent(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .absent, "\(text)")
    }
}
