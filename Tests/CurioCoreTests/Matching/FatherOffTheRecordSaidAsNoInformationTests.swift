import Testing

@testable import CurioCore

/// A case summary says the father is off the record as "no information / details / mention on
/// the record about the father": father.unknown, so the father gets recorded (record-father).
/// Any other thing missing from the record, or a concern denied about dad, stays silent.
@Suite("Father off the record said as no information")
struct FatherOffTheRecordSaidAsNoInformationTests {
    @Test(arguments: [
        "We have no details on our system about the father.",
        "There's no information in the baby's record regarding dad.",
        "No mention in the notes of the father.",
        "Nil information on file about the dad.",
    ])
    func isFatherUnknown(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "There is no information on the record about her weight.",
        "No details on the system about the referral.",
        "No concerns on the record about dad.",
    ])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == nil, "\(text)")
    }
}
