import Testing

@testable import CurioCore

/// Second round of the danger and neglect classes told without a word of danger or neglect,
/// written as general rules (wider word sets), not for any probe's sentences. Danger told by a
/// scene: a carer gone (walked out, drove off, cleared off, went out drinking) and the baby
/// still in its cot or at home; the baby with nobody, the clause ending there; the baby out in
/// the cold with the time or nobody said; nobody in the home since a time (possible). A threat
/// to drown the baby or throw it from a height, or to take it to the water. A carer's wish to
/// die that takes the baby in, in other words (the baby going with him, not leaving the baby
/// behind, tablets for the baby too, going together); a relative told it ("texted her sister
/// that...") is still the parent's own mental ill health. Neglect told by feeds watered down or
/// counted too few, by the baby's immunisations not done, an ailment untreated, an illness with
/// no help sought, and by a routine of leaving told with how often. Look-alikes kept out: a carer
/// still with the baby, an outing in the snow or to the river, a carer beside the pram, an
/// accident feared in the bath, an adult's tablets, a move while the heating is mended,
/// squash diluted, jabs up to date, an adult's own untreated illness, help not needed, a
/// bedtime routine, a carer named, shouting at the telly.
@Suite("Danger and neglect, round two")
struct DangerAndNeglectRoundTwoTests {
    /// A carer gone and the baby still where it was, or with nobody: danger and neglect now.
    @Test(arguments: [
        "He rang me from the pub, he says he cleared off at teatime and the twins are still in their cots.",
        "Dad drove off an hour ago and the baby is still on the sofa.",
        "She went out drinking at six and the baby is in his cot.",
        "The twins are in the flat with nobody.",
    ])
    func carerGoneBabyStillThere(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// A carer gone while another stays with the baby: no danger.
    @Test(arguments: [
        "Dad went out to work at seven and the baby is still in his cot with mum.",
        "He stormed off in a huff and the baby is still with mum in the flat.",
    ])
    func carerGoneBabyWithTheOther(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// The baby out in the cold for long or with nobody coming: danger and neglect.
    @Test(arguments: [
        "The baby was on the balcony in the snow for over an hour.",
        "He's put the baby outside on the doorstep in the rain and nobody's come to get her.",
    ])
    func babyOutInTheCold(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// Outside in the cold with a carer by the baby or wrapped up: nothing.
    @Test(arguments: [
        "We took the baby outside for an hour to see the snow, wrapped in his snowsuit.",
        "The baby naps in the garden in his pram for an hour while mum sits with him, even when it's cold.",
    ])
    func outsideWithACarer(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// Nobody in the home since a time: a possible danger; since it was left for good: nothing.
    @Test func nobodyInTheHomeSince() {
        let text = "Nobody's been near the house since Friday and the baby's buggy is in the hall."
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .possible)
        let evicted = "No one has been in the house since they were evicted in May."
        #expect(MatcherFixture.status(.immediateDanger, in: evicted) == nil)
        #expect(MatcherFixture.status(.neglect, in: evicted) == nil)
    }

    /// A threat to drown the baby, throw it from a height or take it to the water: danger.
    @Test(arguments: [
        "He's threatening to chuck her in the canal if mum doesn't come back.",
        "She texted that she'll drop him off the balcony tonight.",
        "He said he's going to take the baby down to the river and drown her.",
    ])
    func threatToDrownOrThrow(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// An outing to the river, a ball thrown, a fear of an accident: no danger.
    @Test(arguments: [
        "Dad takes the baby down to the river to feed the ducks most weekends.",
        "She threw the ball into the river for the dog while the baby watched from the pram.",
        "she worries she will drop him in the bath",
    ])
    func riverAndDropLookAlikes(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// A carer's wish to die that takes the baby in, in other words: danger and mental ill health.
    @Test(arguments: [
        "Me and the baby will end up under a train, she wrote.",
        "She says she's had enough, she wants to die, and the baby is coming with her.",
        "He wants to end it and he won't leave the kids behind.",
        "She's got tablets and says they'll both die together, her and the baby.",
        "Mum says she's going to crush her pills into the baby's bottle too.",
        "She told her mum that she's going to jump in the river with the baby tonight.",
    ])
    func suicideTakingTheBaby(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
    }

    /// A move with the baby, an adult's tablets with a bottle given: no danger.
    @Test(arguments: [
        "She's sorting her life out and the baby is going with her to her mum's.",
        "He's on tablets for his back and gives the baby a bottle too.",
    ])
    func suicideLookAlikes(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// Feeds watered down or counted too few; the baby's jabs not done, an ailment untreated, an
    /// illness with no help sought; a routine of leaving told with how often: neglect.
    @Test(arguments: [
        "She's been diluting his formula to make the tin last longer.",
        "The bottles are made up weak because money is tight.",
        "Mum puts extra water in the formula so it goes further.",
        "He's only fed twice a day.",
        "She gets a bottle first thing and another at bedtime, nothing in between.",
        "None of the twins' jabs have been given and she won't answer the HV's calls.",
        "Her vaccinations have never been done.",
        "He's had diarrhoea for three days and nobody has called the GP.",
        "The baby's eczema has gone untreated for months and is bleeding.",
        "Most nights she goes out and leaves the baby on his own.",
        "Every evening he's left asleep in his cot while she goes to the pub until midnight.",
        "The twins are alone most afternoons while mum's at her boyfriend's.",
        "She nips to the offy and leaves him asleep in the pram, most evenings.",
    ])
    func neglectByFeedsCareAndRoutine(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// Squash diluted, night feeds, jabs up to date, an adult's own untreated illness, help not
    /// needed, a bedtime routine, a carer named, a mother on her own, heating mended elsewhere:
    /// no neglect.
    @Test(arguments: [
        "Mum dilutes the squash for the toddler.",
        "He feeds twice a night and sleeps well.",
        "The HV showed her how to make up the formula with the right number of scoops.",
        "His jabs have all been done and he's up to date.",
        "Mum's own depression has gone untreated for years.",
        "He had a cough last week and mum took him straight to the GP.",
        "His cough is better so mum didn't need to get medical help.",
        "Every night she puts the baby in his cot at seven and he sleeps till morning.",
        "Every morning she goes to work and leaves the baby with her mum.",
        "Most days mum is on her own with the baby and finds it hard.",
        "The heating broke on Tuesday and the family are staying at nan's until it's repaired.",
    ])
    func neglectLookAlikes(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// Shouting at the television heard on the phone: no domestic abuse.
    @Test func shoutingAtTheTelly() {
        let text = "I could hear dad yelling at the telly when I rang, the baby was fine."
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == nil)
    }
}
