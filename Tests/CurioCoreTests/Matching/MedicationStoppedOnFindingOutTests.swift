import Testing

@testable import CurioCore

/// A medicine for the mood come off by the parent herself, or stopped on finding out she was
/// pregnant ("was on antidepressants, came off them herself when she found out", "on sertraline but
/// stopped when she found out"), is untreated mental ill health, and the illness with it. Stopping
/// something else ("she smoked but stopped") or stopping and restarting stays as it was.
@Suite("Medication stopped on finding out")
struct MedicationStoppedOnFindingOutTests {
    @Test(arguments: ["Was on antidepressants before she got pregnant, came off them herself when she found out.", "says she was on sertraline before the pregnancy but stopped when she found out", "on citalopram, came off it when she got pregnant", "had PND last time, was on meds, came off them herself after a few months", "on fluoxetine since her teens, stopped as soon as she knew she was pregnant", "bipolar, on lithium but came off it herself", "she's got depression, came off her meds when she fell pregnant"])
    func isUntreated(text: String) {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["Was on antidepressants before she got pregnant, came off them herself when she found out.", "on fluoxetine since her teens, stopped as soon as she knew she was pregnant"])
    func isMentalHealth(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["she smoked but stopped when she found out she was pregnant", "she was drinking but stopped when she found out"])
    func otherStopsStaySilent(text: String) {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["stopped her sertraline in pregnancy but restarted after the birth", "on sertraline for depression and still taking it"])
    func restartedIsTreated(text: String) {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == .absent, "\(text)")
    }
}
