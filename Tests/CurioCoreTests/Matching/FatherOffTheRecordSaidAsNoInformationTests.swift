import Testing

@testable import CurioCore

/// A case summary says the father is off the record as "no information / details / mention on
/// the record about the father", or who he is kept back by mum, or nothing known of him by
/// anyone: father.unknown, so the father gets recorded (record-father).
/// Any other thing missing from the record, or a concern denied about dad, stays silent.
@Suite("Father off the record said as no information")
struct FatherOffTheRecordSaidAsNoInformationTests {
    @Test(arguments: [
        "We have no details on our system about the father.",
        "There's no information in the baby's record regarding dad.",
        "No mention in the notes of the father.",
        "Nil information on file about the dad.",
        "She hasn't said who dad is.",
        "Mum won't disclose who the father was.",
        "Nobody knows anything about the baby's father.",
    ])
    func isFatherUnknown(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "There is no information on the record about her weight.",
        "No details on the system about the referral.",
        "No concerns on the record about dad.",
        "She hasn't said who the health visitor is.",
        "Mum has told us who the father is.",
    ])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == nil, "\(text)")
    }
}
