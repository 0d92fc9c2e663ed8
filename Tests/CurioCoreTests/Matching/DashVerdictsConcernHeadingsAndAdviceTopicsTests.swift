import Testing

@testable import CurioCore

/// A form's heading answered across a dash ("Low mood - not an issue") is denied: the dash ends
/// every scope, so without its own trigger the heading read as present, a negation error. Only the
/// parent's factors and the birth: an injury keeps its own heading cues, so that "bruise on cheek
/// - none elsewhere" stays a bruise.
@Suite("Dash verdicts on a heading")
struct DashVerdictsOnAHeadingTests {
    @Test(arguments: ["Self harm thoughts - none reported", "Mental health difficulties - none",
                      "Depression - not an issue", "History of anxiety - none known", "Low mood - no."])
    func mentalHealthDenied(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .absent, "\(text)")
    }
    @Test(arguments: ["Alcohol - not a concern", "Drink - not an issue for either parent"])
    func drinkDenied(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .absent, "\(text)")
    }
    @Test(arguments: ["Complications with the birth - none noted"])
    func birthDenied(text: String) {
        #expect(MatcherFixture.status(.traumaticBirth, in: text) == .absent, "\(text)")
    }
    @Test(arguments: ["Bruise on left cheek - none elsewhere", "Bruise on his arm - none of the family could explain it"])
    func injuryBeforeADashStays(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }
}

/// A heading of concerns answered "none" ("Concerns re drugs: nil") is the form's verdict, not a
/// doubt: the hedge "concerns" made the denial possible.
@Suite("Concern headings answered none")
struct ConcernHeadingsAnsweredNoneTests {
    @Test(arguments: ["Concerns re drug use: none", "worries about alcohol - nil noted"])
    func drugsDenied(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .absent, "\(text)")
    }
    @Test(arguments: ["Concerns around home conditions - none", "worries about the living conditions: none seen"])
    func neglectDenied(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .absent, "\(text)")
    }
    @Test(arguments: ["concerns about the home conditions", "some worry about living conditions"])
    func concernStaysADoubt(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
    }
}

/// A habit denied as "not known to" ("she isn't known to drink") or "no worries re" is absent,
/// never present; the father so spoken of is no unknown father.
@Suite("Habits not known and worries denied")
struct HabitsNotKnownAndWorriesDeniedTests {
    @Test(arguments: ["mum isn't known to drink", "he is not known to use drugs", "no worries regarding drinking"])
    func drinkingDenied(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .absent, "\(text)")
    }
    @Test(arguments: ["dad is not known to be violent", "father isn't known to take drugs"])
    func fatherNotUnknown(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["no issues about DA"])
    func abuseDenied(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .absent, "\(text)")
    }
    @Test(arguments: ["family not known to us bruise on his left cheek"])
    func injuryAfterStays(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }
}

/// Advice, screening and a colleague's own life are no findings ("advised re drinking and
/// co-sleeping", "DV screening questions completed", "my colleague has depression"); but advice
/// or a talk about a definite injury ("advised about the bruise on his cheek", "didn't talk about
/// the marks on his legs") tells the injury: dropping it was a missed referral.
@Suite("Advice topics, screening and colleagues")
struct AdviceTopicsScreeningAndColleaguesTests {
    @Test(arguments: ["advised re drinking and co-sleeping", "advice regarding alcohol given",
                      "advice given about drinking and safe sleep"])
    func adviceIsNoDrinking(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["DV screening questions completed", "domestic abuse enquiry done"])
    func screeningIsNoAbuse(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["she told me he hits her, DA screening completed"])
    func disclosureBeforeScreeningStays(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["my colleague has been signed off with depression", "my manager has anxiety"])
    func colleagueIsNoParent(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["advised about the bruise on his cheek", "spoke to mum about the marks on his back",
                      "advice given re the bruise on her arm",
                      "didn't talk about the marks on his legs", "we haven't discussed the bruise yet"])
    func definiteInjuryStays(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["I advised re the burn on his hand", "mum hasn't mentioned the burn"])
    func definiteBurnStays(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["discussed the burns and scalds leaflet", "advised re bruising in non-mobile babies"])
    func safetyTopicsStaySilent(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }
}
