import Testing

@testable import CurioCore

/// Classes a round of consultation probes found about the father, answers to single questions
/// and expectations in reported speech. Missed: a father named in passing beside her partner
/// ("her partner, the baby's dad, ..." in commas, dashes or brackets), the baby at home with
/// "dad" bare, a name or the notes' initial said to be the dad ("P is the dad"), a father away
/// but involved, the notes' "F" not known to services; a "no" of a first clause ("no family,
/// and nobody knows who the father is") read as denying the not-knowing after it; the father's
/// option said in full and then qualified ("known and involved at weekends"); the father
/// reporting the baby's mother; a father who "comes and goes"; babies believed only to sleep,
/// told in the past ("she thought newborns just slept"). False: "a bit"/"a little" taken as yes
/// to the crying question when the answer goes on to say it is no more than any baby's.
/// Sentences written for the classes.
@Suite("Fathers in passing, answers with a tail, naive beliefs reported")
struct FathersInPassingAnswerTailsAndReportedNaiveTests {
    /// The answers that take the consultation to the crying question (the baby 6 weeks old).
    static let toCrying = ["no", "health visitor", "routine visit, mum is tired", "6 weeks", "no", "no", "no", "no", "no"]
    /// ...and on past it to the expectations question.
    static let toExpectations = toCrying + ["no", "no", "straightforward", "good support", "no", "no"]
    /// ...and to the father question.
    static let toFather = toExpectations + ["realistic"]

    // MARK: The father named in passing

    /// Named beside her partner in commas, dashes or brackets, at home with "dad", by name or
    /// initial as the dad, or away but involved: a man known.
    @Test(arguments: [
        "Her fiance, the baby's father, drove them to the clinic",
        "mum's boyfriend (baby's dad) was asleep upstairs when I called",
        "her husband - the baby's father - answered the door",
        "the twins are at home with daddy tonight",
        "She's asleep upstairs with dad.",
        "mum says Callum is the baby's father, they split up in the summer",
        "P is the baby's dad",
        "he works away on the rigs but is still very involved",
        "dad's in the army and posted abroad, though involved by phone every day",
    ])
    func aFatherNamedInPassingIsKnown(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .absent, "\(text)")
    }

    /// What is said of him after the apposition still counts, a comma splice names two men, and
    /// the look-alikes of not knowing stay unknown.
    @Test(arguments: [
        "F unknown to services, no checks done",
        "she lives with her partner, the baby's dad is not known",
        "her partner, the baby's father, has never been seen by anyone",
        "nobody knows who the father is",
        "dad not known",
        "no one has met him",
    ])
    func notKnowingStaysUnknown(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .present, "\(text)")
    }

    /// A father who comes and goes is a father whose part is unclear, whatever is on record of
    /// him; one who comes to do something is a man known.
    @Test func aFatherWhoComesAndGoesIsUnclear() {
        for text in ["his name's on file but mum says he just comes and goes", "her partner comes and goes as he pleases"] {
            #expect(MatcherFixture.status(.fatherUnknown, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.fatherUnknown, in: "dad comes and picks him up on Fridays") == .absent)
    }

    /// The apposition leaves the words after it to the other factors: the violence, the danger
    /// and the father's call keep theirs.
    @Test func theOtherFactorsKeepTheirWords() {
        #expect(MatcherFixture.status(.domesticAbuse, in: "her boyfriend, the baby's father, punched her in the face") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "I don't think she's safe with dad tonight") == .present)
        let call = "her ex, the baby's dad, phoned us worried she's drinking again"
        #expect(MatcherFixture.status(.familyConcern, in: call) == .present)
    }

    /// A father told in passing in the first answer is not asked about again, and no advice to
    /// record him follows.
    @Test func aFatherToldInPassingIsNotAskedAbout() throws {
        var answers = Self.toExpectations
        answers[2] = "mum is exhausted; her boyfriend (the baby's father) works nights"
        var (consultation, reply) = try DialogueFixtures.consultation("consultation", after: answers)
        #expect(reply.state == "expectations")
        reply = consultation.answer("realistic")
        #expect(reply.state != "father")
        #expect(reply.findings.first { $0.id == .fatherUnknown }?.status == .absent)
        #expect(!reply.recommendations.map(\.id).contains("record-father"))
    }

    // MARK: A first clause's "no" before the not-knowing

    /// "No family, and nobody knows who the father is": the "no" denies the family, not the
    /// not-knowing; a record's "no" before "who dad is" still says unknown.
    @Test(arguments: [
        "no friends nearby, and nobody knows who the baby's dad is",
        "no support from family and no one knows where dad is living now",
        "we have no record of who the father is",
    ])
    func aNoBeforeTheNotKnowingLeavesItUnknown(text: String) {
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == .present, "\(text)")
    }

    @Test func theIsolationBeforeItStands() {
        #expect(MatcherFixture.status(.isolation, in: "no friends nearby, and nobody knows who the baby's dad is") == .present)
    }

    // MARK: The father's option said in full, then qualified

    @Test func theFathersOptionSaidInFullLeadsALongerAnswer() {
        let options = ["known and involved", "not known", "not sure"]
        let vocabulary = DialogueFixtures.knowledge.answers
        #expect(vocabulary.choose("known and involved at weekends", among: options) == "known and involved")
        #expect(vocabulary.choose("known and involved most weekends, lives nearby", among: options) == "known and involved")
    }

    @Test func knownAndInvolvedAtWeekendsRecordsHimKnown() throws {
        let status = try DialogueFixtures.status(
            of: .fatherUnknown, in: "consultation", after: Self.toFather, asked: "father", answer: "known and involved at weekends")
        #expect(status == .absent)
    }

    /// What follows the option is still read: never met, he is unknown.
    @Test func whatFollowsTheOptionIsStillRead() throws {
        var (consultation, reply) = try DialogueFixtures.consultation("consultation", after: Self.toFather)
        #expect(reply.state == "father")
        reply = consultation.answer("known and involved, though I've not met him myself")
        #expect(reply.findings.first { $0.id == .fatherUnknown }?.status == .present)
        #expect(reply.recommendations.map(\.id).contains("record-father"))
    }

    // MARK: The father reporting the mother

    @Test(arguments: [
        "the father reported the baby's mum to police for leaving the baby in the car",
        "dad went to the station to report his ex-partner, the baby's mother, for driving after drinking",
    ])
    func theFatherReportingTheMotherIsAFamilyConcern(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == .present, "\(text)")
    }

    // MARK: "A bit", then no more than any baby's

    /// "A little, like any baby" to the crying question is a no: no crying recorded, no ICON.
    @Test(arguments: ["a little, like any baby", "a bit, the normal amount for a newborn", "a little bit, the usual amount"])
    func aBitNoMoreThanAnyBabyIsNoCrying(answer: String) throws {
        var (consultation, reply) = try DialogueFixtures.consultation("consultation", after: Self.toCrying)
        #expect(reply.state == "crying")
        reply = consultation.answer(answer)
        #expect(reply.findings.first { $0.id == .inconsolableCrying }?.status == .absent, "\(answer)")
        #expect(!reply.recommendations.map(\.id).contains("icon-crying-support"), "\(answer)")
    }

    /// "A bit" alone, or with when it happens, is still a yes.
    @Test(arguments: ["a bit", "a little, mostly in the evenings when he's overtired"])
    func aBitOnItsOwnIsStillAYes(answer: String) throws {
        let status = try DialogueFixtures.status(
            of: .inconsolableCrying, in: "consultation", after: Self.toCrying, asked: "crying", answer: answer)
        #expect(status == .present, "\(answer)")
    }

    // MARK: Babies believed only to sleep, reported

    @Test(arguments: [
        "mum told me she'd assumed newborns mostly slept",
        "she thought he would just sleep and she'd get her evenings back",
        "she says she thought babies just slept.",
    ])
    func babiesBelievedOnlyToSleepAreNaive(text: String) {
        #expect(MatcherFixture.status(.naiveExpectations, in: text) == .present, "\(text)")
    }

    /// This baby taken to be sleeping is no belief about babies.
    @Test(arguments: ["she thought the baby was just sleeping", "mum thought he was just sleeping but he was floppy"])
    func thisBabyTakenToBeSleepingIsNotNaive(text: String) {
        #expect(MatcherFixture.status(.naiveExpectations, in: text) == nil, "\(text)")
    }

    /// Said to the expectations question, the belief gives the professional-curiosity advice.
    @Test func theBeliefToldAtTheExpectationsQuestionAdvisesCuriosity() throws {
        var (consultation, reply) = try DialogueFixtures.consultation("consultation", after: Self.toExpectations)
        #expect(reply.state == "expectations")
        reply = consultation.answer("mum told me she thought newborns just slept")
        #expect(reply.findings.first { $0.id == .naiveExpectations }?.status == .present)
        #expect(reply.recommendations.map(\.id).contains("professional-curiosity"))
    }
}
