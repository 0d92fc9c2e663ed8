import Testing

@testable import CurioCore

/// The soft factors told as scenes must not take the baby's own harm told beside them. "As a boy"
/// or "as a girl" with a verb of now ("as a boy he has to man up") is a view of the baby, no
/// childhood; children "growing up" now in want, a baby "shut in" all day, and "his dad" or "her
/// mum" leaving the baby alone are the baby's neglect, not a parent's childhood or isolation.
/// A neighbour who heard "his dad hitting his mum" tells of the baby's parents now. "Left with
/// nobody to turn to" is no support, not a baby alone ("left with nobody to feed him" stays
/// danger). A relative's report that kids in this home are left or hurt is a family concern, no
/// general view of babies; a parent who went to a special school "as a child" keeps her learning
/// need. A device thrown that "left a bruise on his forehead" is a blow, not a device's mark; a
/// fall "down" is no low mood; help to breathe with no birth told is no traumatic birth.
/// Look-alikes that stay as the soft-factor rules read them are checked too.
@Suite("Urgent findings kept beside soft-factor scenes")
struct UrgentFindingsKeptBesideSoftFactorScenesTests {
    @Test(arguments: [
        "as a boy he has to man up, so dad leaves him screaming in the cot all day",
        "mum says as a girl she should be quiet, so she's left in her cot all day with no one going to her",
        "the children are growing up in filth and often go without food",
        "the baby is shut in on his own all day",
        "her mum often leaves her alone in the cot while she goes out",
        "his dad always leaves him alone in the flat when he goes to work",
    ])
    func babysNeglectStays(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "he was beaten as a boy by his grandad",
        "as a girl her mum left her on her own for days at a time",
        "her own mum used to leave her on her own for days",
        "she watched her father hit her mother",
        "he remembers his father battering his mother",
        "she was neglected as a child and often went hungry",
    ])
    func parentsOwnChildhoodStays(text: String) {
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "the neighbour says she heard his dad hitting his mum last night",
        "a neighbour called, she heard her dad hitting her mum again",
    ])
    func parentsViolenceHeardIsAbuseNow(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .possible, "\(text)")
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "they were left with nobody to turn to after the fire",
        "dad was left with no one to help him when she went into hospital",
    ])
    func leftWithNobodyToTurnToIsIsolation(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["the baby was left with nobody", "he was left with nobody to feed him all day"])
    func babyLeftWithNobodyStaysDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "her mum says kids are left on their own all day in that flat",
        "her nan says babies are being hit in that house",
    ])
    func relativesReportOfThisHomeIsAConcern(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["her nan says babies should be left to cry", "her mum says kids need a routine"])
    func relativesViewOfBabiesStaysSilent(text: String) {
        #expect(MatcherFixture.status(.familyConcern, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["as a child she went to a special school", "dad is only a lad and went to a special school himself"])
    func parentsOwnSpecialSchoolIsLearningDifficulty(text: String) {
        #expect(MatcherFixture.status(.learningDifficulty, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["her son has autism and goes to a special school", "the older girl goes to a special school"])
    func childsSpecialSchoolStaysSilent(text: String) {
        #expect(MatcherFixture.status(.learningDifficulty, in: text) == nil, "\(text)")
    }
    @Test(arguments: [
        "mum threw the baby monitor which left a bruise on his cheek",
        "dad threw the monitor which left a bruise on his forehead",
    ])
    func deviceThrownLeavesABruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["the splint left a pressure mark on his ankle", "the monitor left a red mark on his chest"])
    func devicesOwnMarkStaysSilent(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["he rolled off the changing mat and fell down, she never went for help"])
    func fallDownIsNoLowMood(text: String) {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["she's been feeling down for months and never went to the GP"])
    func feelingDownNeverTakenToAnyoneIsUntreated(text: String) {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == .present, "\(text)")
    }
    @Test(arguments: ["the paramedics said he needed help to breathe when they got there"])
    func helpToBreatheNowIsNoBirth(text: String) {
        #expect(MatcherFixture.status(.traumaticBirth, in: text) == nil, "\(text)")
    }
    @Test(arguments: ["needed help with her breathing after she was born", "he was born floppy and needed help with his breathing"])
    func helpToBreatheAtTheBirthIsTraumatic(text: String) {
        #expect(MatcherFixture.status(.traumaticBirth, in: text) == .present, "\(text)")
    }
}
