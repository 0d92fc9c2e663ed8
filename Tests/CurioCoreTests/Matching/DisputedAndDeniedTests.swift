import CurioCore
import Testing

/// What a denial or a dispute leaves standing. A denial denied is an admission ("doesn't deny
/// that he hits her"); a carer's word that a mark is something else leaves the mark there, so
/// it is a possible bruise (the protocol's "any bruise or mark"); a professional's word, or a
/// plain denial, is read as said. Sentences written for the class.
@Suite("Disputed and denied")
struct DisputedAndDeniedTests {
    @Test func aDenialDeniedIsAnAdmission() {
        #expect(MatcherFixture.status(.domesticAbuse, in: "she did not deny that he pushed her") == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: "dad doesn't dispute that he uses cocaine") == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: "she denies that he pushed her") == .absent)
    }

    @Test(arguments: [
        "dad says it's not a bruise, it's from his car seat strap",
        "mum insisted it was just pen",
        "the parents told us it's a birthmark but it was not on the newborn check",
    ])
    func aCarersWordLeavesTheMark(text: String) {
        let status = MatcherFixture.status(.bruising, in: text)
        #expect(status == .possible || status == .present, "\(text)")
    }

    @Test func aProfessionalsWordStands() {
        #expect(MatcherFixture.status(.bruising, in: "the paediatrician says it is not a bruise but a blue spot noted at birth") == .absent)
    }

    /// Nobody answering, said as "can't get anyone to answer", with the baby heard crying on.
    @Test func nobodyAnsweringWithTheBabyCryingOn() {
        let status = MatcherFixture.status(.immediateDanger, in: "we can't get anyone to answer and the baby has been crying for hours")
        #expect(status == .possible || status == .present)
    }

    /// Talk of the protocol, a course that taught CPR, a fit or an urge told as over, and a
    /// fracture from the birth itself are no finding for 999 or referral; the same words now
    /// still are. (Over-escalation is a defect too: it teaches people to ignore the advice.)
    @Test func talkAboutItOrAPastEpisodeIsNoFinding() {
        #expect(MatcherFixture.status(.bruising, in: "we went through the bruising protocol at the team meeting") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "mum has done a course covering baby CPR") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "she had a fit weeks ago with a fever and was fine") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "he had a seizure last month and is fitting again now") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "fractured clavicle during a forceps delivery, noted at birth") == nil)
    }

    /// A concern raised by the parent's "own" mother is a family member's; nothing known of the
    /// father, said as no information, is a father unknown.
    @Test func ownMotherAndNoInformationAboutDad() {
        #expect(MatcherFixture.status(.familyConcern, in: "his own mum rang the surgery about the baby") == .present)
        #expect(MatcherFixture.status(.fatherUnknown, in: "there are no details at all about the father") == .present)
        #expect(MatcherFixture.status(.fatherUnknown, in: "no concerns about the father") == nil)
    }
}
