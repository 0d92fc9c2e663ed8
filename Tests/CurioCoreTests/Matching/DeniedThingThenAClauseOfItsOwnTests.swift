import Testing

@testable import CurioCore

/// A denial, then "and", "plus" or a comma and what was done, a verb with no subject ("no marks
/// and missed her last two appointments", "no DA and has lost weight"): a clause of its own, not
/// an item of the list denied. "As" giving a reason ends a denial as "because" does ("not
/// isolated as her family live round the corner"). A list of nouns stays one list ("a baby with
/// faltering growth and missed appointments" stays a discussion case; "no missed appointments").
@Suite("A denied thing then a clause of its own")
struct DeniedThingThenAClauseOfItsOwnTests {
    @Test(arguments: ["no marks and missed her last two appointments", "denies drugs plus has lost weight since the last weigh"])
    func neglectAfterTheDenialIsTold(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["not isolated as her family live round the corner", "she isn't isolated as her mum visits daily"])
    func theReasonIsNotDenied(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .absent, "\(text)")
    }
    @Test(arguments: ["no missed appointments and no weight loss"])
    func aListOfDenialsStaysDenied(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .absent, "\(text)")
    }
}
