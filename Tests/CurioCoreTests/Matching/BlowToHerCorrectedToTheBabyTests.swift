import Testing

@testable import CurioCore

/// A bite or a blow told with "her" and then corrected to the baby ("he'd bitten her - the baby I
/// mean") is the baby's injury, not the mother's abuse: the correction was read as domestic abuse
/// and the referral was missed. "'d" before an irregular participle ("he'd bitten", "she'd beaten")
/// is "had", not "would", so the act is not dropped as a hypothetical. Look-alikes: "he hit her,
/// the baby was screaming" stays domestic abuse; "she'd bite him if..." stays a hypothetical.
@Suite("A blow to 'her' corrected to the baby")
struct BlowToHerCorrectedToTheBabyTests {
    @Test(arguments: ["Her boyfriend said he'd bitten her - the baby I mean - on the arm", "dad hit her, sorry, I mean the baby, across the legs", "he kicked her - the baby, not mum", "partner bit her, no, the baby, on the hand while playing", "he'd bitten him on the shoulder, there's a mark", "he'd beaten him with a belt"])
    func isInjury(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["he hit her, the baby was screaming in the cot", "he'd shoved her into the wall, she told me"])
    func blowToTheMotherStaysAbuse(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["he'd bite her if she said that", "There was a damp patch on the carpet where he'd spilt his drink."])
    func hypotheticalStaysSilent(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["There was a damp patch on the carpet where he'd spilt his drink.", "she knocked her drink over on the sofa"])
    func spiltDrinkIsNoDrinking(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == nil, "\(text)")
    }
}
