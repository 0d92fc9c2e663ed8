import CurioCore
import Testing

@Suite("Negation")
struct NegationTests {
    @Test(arguments: [
        ("No marks anywhere on his body.", RiskFactorID.bruising),
        ("She denies any drug use.", .substanceMisuse),
        ("Fracture ruled out on x-ray.", .otherInjury),
        ("Never been in care.", .childhoodInCare),
        ("DA: nil", .domesticAbuse),
        ("Not isolated, her sister lives round the corner.", .isolation),
        ("Bruising not seen today.", .bruising),
    ])
    func negatedCueIsAbsent(text: String, id: RiskFactorID) {
        #expect(MatcherFixture.status(id, in: text) == .absent)
    }

    @Test func negatedOppositeIsPresent() {
        #expect(MatcherFixture.status(.preMobile, in: "He isn't crawling yet.") == .present)
        #expect(MatcherFixture.status(.inconsolableCrying, in: "She just won't settle for anybody.") == .present)
        #expect(MatcherFixture.status(.fatherUnknown, in: "Nobody from our team has met dad.") == .present)
    }

    @Test func stoppedTreatmentIsUntreated() {
        let result = MatcherFixture.matcher.match("She came off her citalopram last month.")
        #expect(result.status(of: .mentalHealthUntreated) == .present)
        #expect(result.status(of: .mentalHealth) == .present)
    }

    @Test func negationInsideACueDoesNotNegateIt() {
        #expect(MatcherFixture.status(.immediateDanger, in: "The baby is not breathing.") == .present)
    }

    /// A heading and its verdict across a dash or colon: the dash ends every scope, so each
    /// factor's headings carry the verdict. A finding with something after the dash is still a
    /// finding ("bruise to ear - none seen elsewhere" is a bruise).
    @Test(arguments: [
        ("Depression - nil", RiskFactorID.mentalHealth, FindingStatus?.some(.absent)),
        ("self-harm: none reported", .mentalHealth, .absent),
        ("Missed appointments - none", .neglect, .absent),
        ("settling - no concerns", .inconsolableCrying, .absent),
        ("learning needs - none", .learningDifficulty, .absent),
        ("complications - nil", .traumaticBirth, .absent),
        ("drinking: nil", .substanceMisuse, .absent),
        ("Swelling - not present", .otherInjury, .absent),
        ("no signs of PND at the review", .mentalHealth, .absent),
        ("bruise to ear - none seen elsewhere", .bruising, .present),
        ("bruise on cheek - nil explanation", .bruising, .present),
    ])
    func aHeadingAndItsVerdict(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text): \(id)")
    }

    /// "Never seen a bruise like it" says the bruise is unlike any other, not that there is
    /// none; "never seen any bruising on him" and "she has never had a bruise" deny it.
    @Test(arguments: [
        ("never seen a bruise like it, 9 week old", RiskFactorID.bruising, FindingStatus.present),
        ("I have never seen such bruising on a baby", .bruising, .present),
        ("never seen bruises like these before", .bruising, .present),
        ("I've never seen a burn like this on a baby", .otherInjury, .present),
        ("never seen any bruising on him", .bruising, .absent),
        ("she has never had a bruise", .bruising, .absent),
    ])
    func neverSeenOneLikeIt(text: String, id: RiskFactorID, status: FindingStatus) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text)")
    }

    /// Emphasis that reads like a denial: "no denying", "no way that was an accident", "I
    /// wouldn't call it a small bruise". "I wouldn't call it a bruise" still denies.
    @Test(arguments: [
        ("there's no denying the bruise", FindingStatus.present),
        ("no way that bruise was accidental", .present),
        ("I wouldn't call it a small bruise", .present),
        ("I wouldn't call it a bruise", .absent),
    ])
    func emphasisIsNoDenial(text: String, status: FindingStatus) {
        #expect(MatcherFixture.status(.bruising, in: text) == status, "\(text)")
    }
}

/// Denials that are not denials, and one that is: "could not find any bruise" denies (the
/// hedge "could" is part of the negation); "can't say it's not a bruise" and "it's not that
/// there isn't a bruise" keep the bruise (a doubt; two denials); a mark "not present at the
/// NIPE" or "wasn't there yesterday" is there now. Each was read the other way before.
/// Sentences written for the classes.
extension NegationTests {
    @Test(arguments: [
        "I could not see any bruising on his legs",
        "we could not find a mark anywhere on her",
    ])
    func couldNotIsADenial(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .absent, "\(text)")
    }

    @Test(arguments: [
        "I can't say that it isn't a bruise",
        "couldn't be sure it's not a bruise on his arm",
    ])
    func aDenialNobodyVouchesForIsADoubt(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .possible, "\(text)")
    }

    @Test(arguments: [
        "it's not that she hasn't got bruises, she has two on her back",
        "bruise on the ear not present at the newborn check",
        "the mark on her thigh wasn't there this morning",
        "small bruise on his temple, not seen at the last visit",
    ])
    func aMarkNotThereBeforeIsThereNow(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    /// ...but a verdict for today stays a denial.
    @Test(arguments: ["bruising not present", "bruise not seen at today's visit", "marks: not present at the check today"])
    func aVerdictForTodayStillDenies(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .absent, "\(text)")
    }
}

/// A cause given after an everyday thing not done is said, not denied: "not working due to
/// depression" is depression, "no job because of her learning disability" a learning
/// disability, "unable to look after him due to her drinking" drinking. Each was read as
/// denied. A cause itself denied, and a finding denied before its cause, stay denied; another
/// person's cause stays theirs. Sentences written for the class.
extension NegationTests {
    @Test(arguments: [
        ("off sick and not working because of her anxiety", RiskFactorID.mentalHealth),
        ("she can't sleep due to the PTSD", RiskFactorID.mentalHealth),
        ("left college with no qualifications owing to his learning difficulties", RiskFactorID.learningDifficulty),
        ("dad unable to care for the baby because of his cocaine use", RiskFactorID.substanceMisuse),
        ("mum struggling to bond due to postnatal depression", RiskFactorID.mentalHealth),
    ])
    func aCauseAfterAThingNotDoneIsSaid(text: String, id: RiskFactorID) {
        #expect(MatcherFixture.status(id, in: text) == .present, "\(text)")
    }

    @Test func aCauseDeniedOrAFindingDeniedStaysDenied() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "the low mood is not due to drink") == .absent)
        #expect(MatcherFixture.status(.substanceMisuse, in: "she isn't drinking because of the pregnancy") == .absent)
        #expect(MatcherFixture.status(.bruising, in: "no bruising because of the car seat") == .absent)
        #expect(MatcherFixture.status(.substanceMisuse, in: "her brother is in prison because of drugs") == nil)
    }
}

extension NegationTests {
    /// "No" said as the answer, then a clause with its own subject ("no she's safe"), denies
    /// nothing after it: "safe" negated had read as danger, the 999 advice given for a baby
    /// said to be safe. A "not" inside the clause still denies ("no she is not safe").
    @Test(arguments: [
        ("no she's safe", FindingStatus?.some(.absent)),
        ("nope he is safe, asleep in his cot", FindingStatus?.some(.absent)),
        ("no she is not safe", FindingStatus?.some(.present)),
    ])
    func aNoAnsweredThenANewClause(text: String, status: FindingStatus?) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == status, "\(text)")
    }

    @Test func aNoBeforeAPronounStillLetsTheClauseDeny() {
        #expect(MatcherFixture.status(.bruising, in: "no he hasn't got a mark on him") == .absent)
        #expect(MatcherFixture.status(.bruising, in: "no he has no bruises") == .absent)
    }
}
