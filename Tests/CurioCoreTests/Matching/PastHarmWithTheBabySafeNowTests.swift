import Testing

@testable import CurioCore

/// Harm told as over ("police came out last night, he kicked the door in", a baby "left on her
/// own last night ... the baby is with nan now"), or a look-alike of a baby kept ("she wouldn't
/// hand over her phone"): the abuse or the neglect told, but no danger now, so a consultation
/// asked about something else is not taken to the 999 step. A door being kicked in now, or a
/// baby left alone with no one said to have it now, stays danger.
@Suite("Past harm with the baby safe now")
struct PastHarmWithTheBabySafeNowTests {
    @Test(arguments: [
        "on Saturday night he booted the front door in and dragged her out by her hair",
        "he kicked the door down last week while she had the baby in her arms",
    ])
    func doorKickedInThenIsAbuseNotDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["he's kicking the front door in right now", "dad kicked the door in and he's still in the flat"])
    func doorKickedInNowIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "she left the baby by herself in the house last night to go out drinking - the baby is with her nan now",
        "dad left him on his own in the car last night, he's with his mum now",
        "mum left her alone yesterday to go to the shops",
        "she went out and left him on his own last night, he is fine and with his nan",
    ])
    func leftAloneThenSafeWithACarerIsNeglect(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "she left the baby alone and she's with her boyfriend now", "mum left him alone last night for three hours",
        "left her alone yesterday and mum still hasn't come back",
    ])
    func leftAloneWithNoOneSaidToHaveItIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["he punched her because she refused to hand over her bank card", "she won't hand over his keys"])
    func somethingOfHersNotHandedOverIsNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["it's his older sister who walks, he only rolls so far", "her twin who is crawling everywhere, but she can't move yet"])
    func babysOwnMobilityAfterASiblingsClause(text: String) {
        #expect(MatcherFixture.status(.preMobile, in: text) == .present, "\(text)")
    }
}
