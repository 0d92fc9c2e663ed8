import Testing

@testable import CurioCore

/// Classes a third probe found: a home cold or without the basics, dirt told in other words
/// (grubby, minging, the same dirty clothes visit after visit, bottles not sterilised or mouldy),
/// weight lost past a tenth of birth weight or a centile far below the one at birth, and the
/// second-hand worry (a thin baby, a carer asleep all day); danger now from violence heard by a
/// neighbour, a carer drunk at the door or within the hour, a baby alone on a balcony, needles on
/// the floor the baby is on; and false 999s, a baby left alone told in the active voice with a
/// past time, or as a habit "before". Sentences written for the classes.
@Suite("Neglect and danger from the third probe")
struct NeglectAndDangerThirdProbeTests {
    @Test(arguments: [
        "the gas has been off for days and the flat is freezing",
        "there's no electric and no hot water",
        "the kitchen was absolutely minging",
        "the place is grotty",
        "she was in the same grubby babygrow",
        "he's wearing the same outfit every time we visit",
        "the teats are never sterilised",
        "his bottles were crusty",
        "the twins had lost 12 percent of their birth weight by day 5",
        "weight on the 2nd centile, was 75th at birth",
    ])
    func neglectInOtherWords(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "aunt rang to say the newborn is looking very skinny",
        "her brother told school that dad stays in bed all day",
    ])
    func aWorryPassedOnIsPossibleNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
    }

    @Test(arguments: [
        "baby lost 7% of birth weight, regained by day 10",
        "the baby is thin on top, mum worried about his hair",
        "no heat rash",
        "mum sleeps when the baby sleeps",
        "dad sleeps all day because he works nights",
        "the bottles are always sterilised",
        "the twins were in the same clothes to match",
    ])
    func lookAlikesAreNoNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        "Neighbours can hear them fighting upstairs. The twins are in the flat.",
        "phone call from the neighbours, plates being thrown right now, baby is there",
        "they are shouting and throwing things right now and the baby is in the lounge",
        "Mum opened the door blind drunk. She has the baby on her own.",
        "Dad was clearly hammered when the HV called half an hour ago. He is looking after the baby.",
        "the toddler is on the roof on his own",
        "Syringes on the bedroom carpet. The baby is crawling on the carpet.",
    ])
    func dangerNow(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    @Test(arguments: [
        "Dad was steaming the bottles when I called an hour ago. He has the baby on his own.",
        "Her temperature was high an hour ago. Mum is alone with the baby.",
        "Neighbours can hear the baby screaming. Mum is with the baby.",
        "The baby is on the balcony with dad.",
        "No needles on the floor. The baby is playing on the floor.",
    ])
    func lookAlikesAreNoDanger(text: String) {
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    @Test(arguments: [
        "last year dad left the twins alone in the house while he went to the pub",
        "she left him on his own in the car three weeks ago",
        "months ago she was left alone in the van",
        "the baby's been left on her own several times when mum went out",
    ])
    func leftAloneInThePastIsNeglectNotDanger(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) != nil, "\(text)")
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    @Test(arguments: [
        "she left the baby alone five minutes ago",
        "dad has left the baby alone and gone to the pub",
    ])
    func leftAloneNowIsStillDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }
}
