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
}
