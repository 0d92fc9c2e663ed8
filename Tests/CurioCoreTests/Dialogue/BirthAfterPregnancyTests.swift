@testable import CurioCore
import Testing

/// A pregnancy told, then the birth in a later answer: the baby is born, and a bruise on the
/// born baby gets the bruising protocol. Only a factor marked `later_absent_stands` (the unborn
/// baby) lets a later absent stand over an earlier present; for every other factor the stronger
/// status still wins.
@Suite("A birth told after the pregnancy")
struct BirthAfterPregnancyTests {
    static let pregnancy = Finding(id: .unborn, status: .present, evidence: "36 weeks pregnant")
    static let birth = Finding(id: .unborn, status: .absent, evidence: "delivered on Monday")

    @Test func aLaterAbsentStandsOnlyWhereTheFactorSaysSo() {
        var picture = CasePicture()
        picture.add(Self.pregnancy, laterAbsentStands: true)
        let born = picture.add(Self.birth, laterAbsentStands: true)
        #expect(born)
        #expect(picture.status(of: .unborn) == .absent)
        // A later possible is no birth: the present stays.
        var doubted = CasePicture()
        doubted.add(Self.pregnancy, laterAbsentStands: true)
        let doubt = doubted.add(Finding(id: .unborn, status: .possible, evidence: "might be"), laterAbsentStands: true)
        #expect(!doubt)
        #expect(doubted.status(of: .unborn) == .present)
        // Without the mark, the stronger status wins as everywhere.
        var unmarked = CasePicture()
        unmarked.add(Self.pregnancy)
        let unmarkedBirth = unmarked.add(Self.birth)
        #expect(!unmarkedBirth)
        #expect(unmarked.status(of: .unborn) == .present)
        // A pregnancy told after the birth (another baby on the way) is present again.
        let again = picture.add(Self.pregnancy, laterAbsentStands: true)
        #expect(again)
        #expect(picture.status(of: .unborn) == .present)
    }

    @Test func mergingPassesTheMarkPerFactor() {
        var picture = CasePicture()
        picture.merge(MatchResult(findings: [Self.pregnancy, Finding(id: .bruising, status: .present, evidence: "a bruise")], facts: [:]), turn: 1,
            laterAbsentStands: [.unborn])
        picture.merge(MatchResult(findings: [Self.birth, Finding(id: .bruising, status: .absent, evidence: "no bruise")], facts: [:]), turn: 2,
            laterAbsentStands: [.unborn])
        #expect(picture.status(of: .unborn) == .absent)
        #expect(picture.findings[.unborn]?.turn == 2)
        // "No bruise" said later never hides the bruise.
        #expect(picture.status(of: .bruising) == .present)
    }

    @Test func theShippedTaxonomyMarksOnlyTheUnbornBaby() {
        #expect(DialogueFixtures.knowledge.riskFactors.laterAbsentStands == [.unborn])
    }

    /// The birth told as news, in the words practitioners use; a past birth of another child, a
    /// baby removed before and a pregnancy are not.
    @Test(arguments: [
        "she's had the baby", "mum delivered yesterday", "the baby was born on Monday",
        "she had him 3 days ago", "the baby's here now", "the baby has arrived",
    ])
    func aBirthToldNowIsNoPregnancy(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == .absent, "\(text)")
    }

    @Test(arguments: [
        "she gave birth to her first in 2019", "she delivered the leaflets yesterday",
        "she had her baby removed in 2022", "her brother was born in 2019",
    ])
    func otherBirthsAndDeliveriesSayNothing(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == nil, "\(text)")
    }

    /// Within one answer too, the word said later stands: the birth after the pregnancy is a
    /// baby born; a pregnancy told after the birth keeps its present (another baby on the way).
    @Test(arguments: [
        ("she was 38 weeks pregnant and delivered yesterday", FindingStatus.absent),
        ("mum was pregnant but she has had the baby now", .absent),
        ("32 weeks pregnant at the last visit, the baby was born on Monday", .absent),
        ("she had the baby on Monday and she is pregnant again", .present),
    ])
    func theLaterWordStandsWithinOneAnswer(text: String, status: FindingStatus) {
        #expect(MatcherFixture.status(.unborn, in: text) == status, "\(text)")
    }

    /// Another woman's birth is no news of this case's baby: it neither ends the pregnancy told
    /// nor says a baby is born (a relative's birth would otherwise end the Pre-Birth Protocol).
    @Test(arguments: [
        "mum is 20 weeks pregnant, her sister gave birth yesterday",
        "she is 32 weeks pregnant and her friend has just had her baby",
        "30 weeks pregnant. Her cousin had twins on Monday",
    ])
    func anotherWomansBirthLeavesThePregnancy(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["her sister delivered on Monday", "her friend has now had her baby", "a neighbour had a baby last week"])
    func anotherWomansBirthAloneSaysNothing(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == nil, "\(text)")
    }

    /// How the baby was delivered is the traumatic birth's to read, whenever it was.
    @Test func howTheBabyWasDeliveredStaysTheBirthsStory() {
        #expect(MatcherFixture.status(.traumaticBirth, in: "delivered by EMCS at 35 weeks") == .present)
    }

    /// The whole consultation: the pregnancy at the concern, the birth and the bruise later; the
    /// protocol comes on the turn the born baby's bruise and age are both told.
    @Test func theBornBabysBruiseGetsTheProtocol() throws {
        var (consultation, _) = try DialogueFixtures.consultation(
            "consultation", after: ["no", "health visitor", "mum is 36 weeks pregnant and very low"])
        #expect(consultation.picture.status(of: .unborn) == .present)
        let reply = consultation.answer("she delivered on Monday and the baby is 5 days old with a bruise on his cheek")
        #expect(consultation.picture.status(of: .unborn) == .absent)
        #expect(reply.recommendations.contains { $0.id == "bruising-protocol" }, "\(reply.recommendations.map(\.id))")
    }
}
