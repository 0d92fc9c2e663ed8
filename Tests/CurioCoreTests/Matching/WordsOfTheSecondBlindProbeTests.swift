import Testing

@testable import CurioCore

/// Smaller classes of the BQ probe: worry about how low she is (possible mental ill health);
/// rolling but not going anywhere else (pre-mobile); special care for a bit (traumatic birth);
/// a partner mentioned whom nobody has met (father unknown); use denied only around the baby (use
/// stays); a sibling seen at A&E (no family concern); an allegation posted online (second-hand);
/// hit or frightened her (denied: absent); no substances (absent); dad lovely with her (father
/// known); talks sensibly about broken nights (realistic); taking the baby and jumping off a bridge
/// (suicidal: mental health); police called out by what neighbours heard (no hearsay); antenatal
/// care told as past with the baby born after it (no unborn baby).
@Suite("Words of the second blind probe")
struct WordsOfTheSecondBlindProbeTests {
    @Test(arguments: ["Mum's own mum has rung twice this week worried about how low she is.", "nan's concerned about how down mum's been", "I'm worried about how anxious she is"])
    func lowMoodWorry(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .possible, "\(text)")
    }

    @Test(arguments: ["He's 5 months and rolling both ways but not going anywhere else.", "rolls over but isn't getting anywhere else"])
    func rollingOnly(text: String) {
        #expect(MatcherFixture.status(.preMobile, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["dad's not going anywhere else"])
    func notGoingAnywhereElseAlone(text: String) {
        #expect(MatcherFixture.status(.preMobile, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["I think he might have gone to special care for a bit after he was born but I'd have to check.", "she was in special care for a short time"])
    func specialCareForABit(text: String) {
        #expect([.present, .possible].contains(MatcherFixture.status(.traumaticBirth, in: text)), "\(text)")
    }

    @Test(arguments: ["she mentioned a partner but I've never met him", "she talks about a boyfriend but nobody has ever seen him"])
    func partnerNeverMet(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["Mum's partner uses ketamine at weekends, she says never around the baby.", "dad smokes weed, he says never in front of the baby"])
    func useStays(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["His brother, 4, was seen at A&E with a broken arm last month; the baby himself is fine.", "her sister was seen at hospital for asthma"])
    func siblingSeenAtHospital(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["Baby's aunt put something on Facebook about mum neglecting him, she hasn't reported it to us."])
    func allegationOnline(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
    }

    @Test(arguments: ["They argue like any couple but she was clear nobody's ever hit or frightened her."])
    func abuseDenied(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .absent, "\(text)")
    }

    @Test(arguments: ["he's hit and threatened her"])
    func twoActsAgainstHer(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["No DA, no substances, no MH history, birth straightforward.", "denies substances"])
    func substancesDenied(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .absent, "\(text)")
    }

    @Test(arguments: ["cleaning substances were left out"])
    func cleaningSubstances(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["the baby's dad is lovely with her", "dad's brilliant with him"])
    func fatherGoodWithHer(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .absent, "\(text)")
    }

    @Test(arguments: ["Both did the antenatal classes and talk sensibly about broken nights and who'll do what."])
    func realistic(text: String) {
        #expect(MatcherFixture.status(.naiveExpectations, in: text) == .absent, "\(text)")
    }

    @Test(arguments: ["she's going to take the baby and jump off the bridge", "he says he'll take her and throw himself in the river"])
    func suicidalThreat(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["Police came out last night after neighbours heard him smashing the place up and screaming at her; he's been arrested."])
    func policeCalledOut(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["neighbours heard him screaming at her last night"])
    func neighboursAloneStayHearsay(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .possible, "\(text)")
    }

    @Test(arguments: ["Baby's dad is Liam, 22, came to all the antenatal appts and is on the birth certificate.", "he went to the antenatal classes and was at the birth"])
    func antenatalPastWithTheBabyBorn(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["dad came to all the antenatal appointments, she's 30 weeks", "she's been to all her antenatal appointments"])
    func antenatalNowStaysUnborn(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == .present, "\(text)")
    }
}
