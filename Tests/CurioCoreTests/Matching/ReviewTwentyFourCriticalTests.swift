import Testing

@testable import CurioCore

/// Classes a review of the day's look-alike rules found swallowing real urgent findings, and the
/// rules narrowed so each keeps what it was added for. An injury "denied before it, then no
/// doctor" only after a nominal denial straight before it ("no bruises", "without any
/// swelling"), not after "can't explain" or "never mentioned"; a self-correction to a bare
/// "patch" or "spot" (how a bruise or a burn is described) keeps the injury, only a named
/// non-injury or a patch the baby was born with takes it back; an owner "it's X who has ..."
/// only with the injury straight after (a determiner or an adjective, never a verb of finding:
/// "who had seen the bruise"); "the bruise was X" is X's only at the clause's end, before "not"
/// or "too", or before the baby's age (a person then told doing something is the cause); an
/// older child's list of injuries only when they are told together (no time between: "last
/// year and now a bruise"); a temper-drop look-alike "dropped him to/from <number>" only for
/// fewer days or sessions; "not seen him myself yet" doubts only an injury told by another, not
/// a neglect the practitioner records; a conditional harm is a worry only with a worry word
/// before "if/unless" (a threat said or reported stays danger). Sentences written for the classes.
@Suite("Review 24: critical findings kept from look-alike rules")
struct ReviewTwentyFourCriticalTests {
    /// An injury nobody explains, or never mentioned, then no doctor: still the baby's injury.
    @Test func unexplainedInjuryThenNoDoctorIsAnInjury() {
        let bruise = "Dad can't account for the bruise on her forehead, she hasn't been seen by the GP, she is 8 weeks"
        #expect(MatcherFixture.status(.bruising, in: bruise) == .present)
        #expect(DialogueFixtures.recommendationIDs(bruise).contains("bruising-protocol"))
        let swelling = "Nobody could explain the swelling on her wrist, not been checked by a doctor"
        #expect(MatcherFixture.status(.otherInjury, in: swelling) == .present)
        #expect(DialogueFixtures.recommendationIDs(swelling).contains("refer-csc"))
    }

    /// ...while an injury denied by name, then no doctor, stays denied.
    @Test func injuryDeniedByNameThenNoDoctor() {
        #expect(MatcherFixture.status(.bruising, in: "No visible bruising, hasn't been seen by the GP") == .absent)
        #expect(MatcherFixture.status(.otherInjury, in: "without any swelling, not taken to A&E") == .absent)
    }

    /// A self-correction to a patch or a spot describes the injury; it takes nothing back.
    @Test(arguments: [
        "a bruise on his shin, I mean a patch that is going yellow, he is 7 weeks",
        "a scratch on her face, I mean a patch where the skin is broken",
    ])
    func correctionToAPatchKeepsTheInjury(text: String) {
        let bruising = MatcherFixture.status(.bruising, in: text)
        let other = MatcherFixture.status(.otherInjury, in: text)
        #expect(bruising == .present || other == .present, "\(text)")
    }

    /// ...while a correction to a named non-injury still takes the word back.
    @Test func correctionToANamedNonInjury() {
        #expect(MatcherFixture.status(.bruising, in: "a bruise on his back, sorry I mean a birthmark, he is 6 weeks") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "a cut on his lip - sorry, I meant milk spots") == nil)
    }

    /// A relative who found or saw the injury is not its owner.
    @Test(arguments: [
        "It was his nan who had spotted the bruise on his back, he is 9 weeks",
        "It's his cousin who has noticed the burn on her hand",
    ])
    func relativeWhoFoundTheInjuryIsNoOwner(text: String) {
        let bruising = MatcherFixture.status(.bruising, in: text)
        let other = MatcherFixture.status(.otherInjury, in: text)
        #expect(bruising == .present || bruising == .possible || other == .present || other == .possible, "\(text)")
    }

    /// ...while a relative who has the injury owns it.
    @Test func relativeWhoHasTheInjuryOwnsIt() {
        #expect(MatcherFixture.status(.bruising, in: "it's her sister who has a big bruise on her knee, the baby is 8 weeks") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "it's her cousin who has the burn") == nil)
    }

    /// "The marks were dad, he grabbed him": the person named is the cause, the injury the baby's.
    @Test func personNamedAsTheCauseLeavesTheInjury() {
        let text = "The marks were his dad, he grabbed him, he is 7 weeks"
        #expect(MatcherFixture.status(.bruising, in: text) == .present)
        #expect(DialogueFixtures.recommendationIDs(text).contains("bruising-protocol"))
    }

    /// ...while an injury said to be someone's own is theirs.
    @Test func injurySaidToBeSomeoneElses() {
        #expect(MatcherFixture.status(.bruising, in: "the bruises are her sister's, not the baby's, she is 9 weeks") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "the scald is dad's too") == nil)
        #expect(MatcherFixture.status(.bruising, in: "the bruise is dad's, he's 6 weeks old") == nil)
    }

    /// An older child's old injury, then a new one at another time: the new one is the baby's.
    @Test func olderChildsOldInjuryThenANewOne() {
        let text = "Her sister had a cut lip at Easter and today a bruise on her cheek, baby 8 weeks"
        #expect(MatcherFixture.status(.bruising, in: text) == .present)
        #expect(DialogueFixtures.recommendationIDs(text).contains("bruising-protocol"))
    }

    /// ...while an older child's injuries told together stay that child's.
    @Test func olderChildsInjuriesToldTogether() {
        let text = "his brother has a burn on his arm and a bruise on his leg, the baby is 6 weeks"
        #expect(MatcherFixture.status(.bruising, in: text) == nil)
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil)
    }

    /// A drop from a height after shouting is an injury; fewer nursery days after a temper is not.
    @Test func dropFromAHeightAfterShouting() {
        let text = "She was yelling at dad and dropped the baby from 4 feet onto the floor"
        #expect(MatcherFixture.status(.otherInjury, in: text) != nil)
        #expect(DialogueFixtures.recommendationIDs(text).contains("refer-csc"))
        #expect(MatcherFixture.status(.otherInjury, in: "angry about the bill and dropped her down to two days at nursery") == nil)
    }

    /// A neglect the practitioner records is no hearsay for not having seen the baby yet; an
    /// injury reported by a nursery still is.
    @Test func notSeenTheBabyYetDoubtsOnlyAReportedInjury() {
        let weight = "Baby is 12 weeks and has lost weight again, I haven't seen her myself yet"
        #expect(MatcherFixture.status(.neglect, in: weight) == .present)
        #expect(DialogueFixtures.recommendationIDs(weight).contains("refer-csc"))
        let reported = "nursery reported a bruise on his cheek, not seen him myself yet, 10 weeks"
        #expect(MatcherFixture.status(.bruising, in: reported) == .possible)
    }

    /// A conditional threat said or reported is danger; only a worry makes it a fear for some day.
    @Test func conditionalThreatSaidIsDanger() {
        let threat = "She said unless he gets help for his drugs she'll kill the baby tonight"
        #expect(MatcherFixture.status(.immediateDanger, in: threat) == .present)
        #expect(DialogueFixtures.recommendationIDs(threat).contains("emergency-services"))
        let thinks = "He thinks if she doesn't stop using she will hurt the baby"
        #expect(MatcherFixture.status(.immediateDanger, in: thinks) != nil)
        let worry = "I'm scared that if she doesn't stop drinking she will hurt him one day"
        #expect(MatcherFixture.status(.immediateDanger, in: worry) == nil)
        #expect(MatcherFixture.status(.substanceMisuse, in: worry) == .present)
    }
}
