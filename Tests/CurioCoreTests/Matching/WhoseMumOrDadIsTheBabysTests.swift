import Testing

@testable import CurioCore

/// "His mum" or "her dad" whose owner is the baby: callers name the parents through the baby
/// ("baby is 9 weeks, his mum has anxiety", "the baby is fine but her mum is always drunk",
/// "her dad keeps hitting mum"). The baby, told by its age or its own word just before (or just
/// after, in shorthand), owns the "his"/"her", so these are the parents' own factors, not the
/// parent's parents. Look-alikes keep their reading: the parent named first and then her own mum
/// or dad in her childhood (adverse childhood, care), a grandparent's own condition now (nothing),
/// denials (absent), and the baby's own injury or danger beside the new words.
@Suite("Whose mum or dad is the baby's")
struct WhoseMumOrDadIsTheBabysTests {
    @Test(arguments: [
        "she's 5 months old and her mum has severe depression",
        "he's 6 weeks and his mum hears voices",
        "the twins are 3 weeks and their mum has bipolar",
        "his mum has schizophrenia, baby is 10 weeks",
        "baby 5/52, his mum has bipolar",
        "baby born 2 weeks ago and her mum has bipolar",
        "baby is 6 weeks old and lives with his mum who has bipolar",
    ])
    func mentalHealthIsTheParents(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["baby is 9 weeks, his mum has anxiety and has stopped her sertraline"])
    func untreatedIsTheParents(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "baby's 7 wks, her dad drinks every night",
        "he is 11 weeks old and his dad uses crack",
        "the baby is fine but her mum is always drunk",
        "baby girl 4 weeks, her parents both smoke heroin",
        "her dad was off his face when I visited",
        "a 6 week old, his mum drinks heavily",
        "he's a lovely baby but his mum drinks a lot",
        "baby is 8 weeks, concerns re his dad's drug use",
    ])
    func substanceMisuseIsTheParents(text: String) {
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        "his dad is violent to mum",
        "her dad keeps hitting mum",
        "her mum is frightened of her dad",
        "baby 3 months, his mum has PND and his dad hits her",
    ])
    func domesticAbuseIsBetweenTheParents(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.fatherUnknown, in: text) != .present, "\(text)")
    }

    @Test(arguments: ["she's 8 weeks, her mum has depression and her dad uses cocaine"])
    func bothParentsNamedThroughTheBaby(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["baby is 12 weeks, her mum has a learning disability"])
    func learningDifficultyIsTheParents(text: String) {
        #expect(MatcherFixture.status(.learningDifficulty, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["Mum is 20, her dad drank when she was a child", "Dad says his father was violent"])
    func theParentsOwnParentsStayHerChildhood(text: String) {
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.substanceMisuse, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["she was put in foster care because her dad beat her"])
    func careBecauseOfHerOwnDadStays(text: String) {
        #expect(MatcherFixture.status(.childhoodInCare, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == nil, "\(text)")
    }

    @Test(arguments: ["mum lives with her dad, who has cancer"])
    func aGrandparentsOwnConditionGivesNothing(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.fatherUnknown, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        ("baby is 6 weeks, his mum is possibly depressed", RiskFactorID.mentalHealth),
        ("baby is 6 weeks, his dad might be using again", RiskFactorID.substanceMisuse),
    ])
    func aHedgeStaysAHedge(text: String, id: RiskFactorID) {
        #expect(MatcherFixture.status(id, in: text) == .possible, "\(text)")
    }

    @Test(arguments: [
        ("baby is 6 weeks, his mum does not drink or use drugs", RiskFactorID.substanceMisuse),
        ("baby is 5 weeks, her dad has never hit mum", RiskFactorID.domesticAbuse),
    ])
    func denialsThroughTheBabyStayAbsent(text: String, id: RiskFactorID) {
        #expect(MatcherFixture.status(id, in: text) == .absent, "\(text)")
    }

    @Test(arguments: [
        ("baby is 7 weeks, his dad drinks and there is a bruise on his ear", RiskFactorID.bruising),
        ("baby is 8 weeks and his mum has left him alone in the house", RiskFactorID.immediateDanger),
    ])
    func theBabysInjuryOrDangerStays(text: String, id: RiskFactorID) {
        #expect(MatcherFixture.status(id, in: text) == .present, "\(text)")
    }
}
