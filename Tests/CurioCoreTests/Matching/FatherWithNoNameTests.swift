import Testing

@testable import CurioCore

/// A man whose name is not known is a father or male carer not known: an unnamed man, his
/// surname not known, which of two men is the father in doubt, a man living there with no
/// details, his involvement not known "or not". A caller or relative keeping back their own
/// name says nothing of the father; a surname known is no finding.
@Suite("Father or male carer with no name")
struct FatherWithNoNameTests {
    @Test(arguments: [
        "an unnamed bloke answers the door",
        "mum has a mystery boyfriend",
        "nobody knows the partner's surname",
        "mum's new fella, no idea of his surname",
        "a man called Dean is living there, no details",
        "not sure which of two men is the dad",
        "we dont know if dad is involved or not",
        "not sure whether the father is around or not",
    ])
    func isFatherUnknown(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "family member called worried about the baby, wouldnt give their name",
        "the caller, her aunt, refused to leave her details",
        "we know his surname",
    ])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == nil, "\(text)")
    }
}
