import Testing

@testable import CurioCore

/// Classes a round of probes by speaker and register found in danger now and its look-alikes.
/// Missed: a baby that may be on its own said as a hedge or report (nobody in with the baby,
/// not anyone with it, may have been left in a car, out on the town leaving the kids); danger
/// said as a situation under a doubt (at risk right now, all right in there, a man yelling over
/// the baby's crying); a baby minded by a young child; neglect under a doubt (appointments,
/// borderline growth, the state of the home); a swelling whose birth cause is in doubt. False:
/// the birth's history read as danger now, a device "fitted" read as a seizure, "bump" as a
/// verb read as a pregnancy, "off the drink" read as drinking, negated safety and a checklist's
/// "No" read as the danger itself. Sentences written for the classes.
@Suite("Hedged danger, the birth's history, negated safety")
struct HedgedDangerBirthHistoryAndNegatedSafetyTests {
    /// Nobody, or not anyone, in with the baby: danger and neglect; under a hedge, possible.
    @Test func nobodyInWithTheBaby() {
        for text in ["there's no one in with the twins", "there isn't an adult in the flat with the baby"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        }
        for text in ["there may be no one in with the little one tonight, her mum's out",
            "could be nobody in with him, dad's not picking up",
            "there may not be anybody with the baby, she's gone to the pub",
            "the neighbours think the newborn might have been left in the van"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .possible, "\(text)")
            #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
        }
        let out = "they're out on the town and leaving the kids alone"
        #expect(MatcherFixture.status(.immediateDanger, in: out) == .present)
        #expect(MatcherFixture.status(.neglect, in: out) == .present)
    }

    /// A possible danger now is enough to call.
    @Test(arguments: [
        "there may be no one in with the little one tonight, her mum's out",
        "the neighbours think the newborn might have been left in the van",
        "I can't tell whether she's at risk right now, mum's not answering",
        "the caller could hear the baby crying and a man yelling at it",
        "I'm not sure the baby's alright in there, the curtains are shut and no one answers",
    ])
    func aPossibleDangerNowCallsNineNineNine(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// A carer alone with the baby, a mother without help, a mother who trusts nobody with the
    /// baby: no baby alone.
    @Test(arguments: [
        "nobody else is in with the baby, just her and me",
        "she doesn't trust anyone with the baby",
        "there isn't anyone to help her with the baby, her family are in Poland",
        "she's at risk of losing her tenancy right now",
        "dad shouts at the baby when she won't settle",
    ])
    func noBabyAloneNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// Danger said as a situation: hedged possible, denied absent.
    @Test func dangerAsASituation() {
        #expect(MatcherFixture.status(.immediateDanger, in: "I can't tell whether she's at risk right now, mum's not answering") == .possible)
        #expect(MatcherFixture.status(.immediateDanger, in: "the baby isn't at risk right now, dad's gone") == .absent)
        #expect(MatcherFixture.status(.immediateDanger, in: "the caller could hear the baby crying and a man yelling at it") == .possible)
    }

    /// A baby minded by a young child is neglect; a mother left with her young children is not.
    @Test func aBabyMindedByAYoungChild() {
        for text in ["minded by his 11 year old brother until mum gets in from work", "left with her 8 yr old sister most nights"] {
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.neglect, in: "she was left with a 2 year old and the baby when he went to prison") == nil)
    }

    /// Neglect under a doubt is possible; said well, or the worry denied, absent.
    @Test func hedgedNeglect() {
        for text in ["not sure he's been taken to any of his jabs", "weight gain a bit slow, weigh again in a fortnight",
            "the HV is concerned about the state of the home"] {
            #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
        }
        for text in ["she has been brought to all her checks", "no concerns re the living conditions"] {
            #expect(MatcherFixture.status(.neglect, in: text) == .absent, "\(text)")
        }
    }

    /// A swelling whose birth cause is in doubt is a possible injury; the cause said, nothing.
    @Test func aSwellingFromTheBirthInDoubt() {
        #expect(MatcherFixture.status(.otherInjury, in: "unsure whether the bump on his head is from the forceps") == .possible)
        #expect(MatcherFixture.status(.otherInjury, in: "the lump on her head is from the ventouse") == nil)
    }

    /// The birth's history is no danger now; the parent's childhood in a non-native present
    /// tense is her childhood.
    @Test func theBirthsHistoryAndTheParentsChildhood() {
        for text in ["she stopped breathing briefly at delivery and was in special care for 3 days",
            "she was in labour two days and he wasn't breathing at first"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
            #expect(MatcherFixture.status(.traumaticBirth, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.immediateDanger, in: "he had a couple of seizures in scbu, none since") == nil)
        let childhood = "when he is boy his mother is hitting him with a belt"
        #expect(MatcherFixture.status(.immediateDanger, in: childhood) == nil)
        #expect(MatcherFixture.status(.adverseChildhood, in: childhood) == .present)
    }

    /// A baby in real danger now is still danger.
    @Test(arguments: [
        "she's not breathing, she's blue",
        "he's having a fit right now",
        "the baby fitted for three minutes and is floppy",
        "Risk of imminent harm? Yes",
    ])
    func dangerNowStaysDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// Everyday words and denied safety: no 999.
    @Test(arguments: [
        "she stopped breathing briefly at delivery and was in special care for 3 days",
        "he had a couple of seizures in scbu, none since",
        "she had her implant fitted at the GP",
        "he's had grommets fitted",
        "there are no concerns for the twins' safety tonight",
        "no risk to him tonight, he's at his nan's",
        "Immediate risk: N",
    ])
    func noNineNineNine(text: String) {
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// Denied safety and a checklist's no are absent; a device fitted is no seizure.
    @Test func deniedSafetyAndChecklists() {
        for text in ["there are no concerns for the twins' safety tonight", "no risk to him tonight, he's at his nan's", "Immediate risk: N"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .absent, "\(text)")
        }
        #expect(MatcherFixture.status(.neglect, in: "Home alone? No") == .absent)
        #expect(MatcherFixture.status(.immediateDanger, in: "she had her implant fitted at the GP") == nil)
    }

    /// "Bump" as a verb is no pregnancy; a pregnancy bump still is. "Off the booze" is not
    /// drinking; months off it is recovery, a history.
    @Test func bumpAndOffTheDrink() {
        #expect(MatcherFixture.status(.unborn, in: "watched him bump into the coffee table") == nil)
        #expect(MatcherFixture.status(.unborn, in: "her bump is measuring big for dates") == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: "he's off the booze since she got pregnant") == nil)
        #expect(MatcherFixture.status(.substanceMisuse, in: "he's been off alcohol for 18 months") == .present)
    }

    /// Look-alikes of the forms above, found reading them: another form's risk item, the case's
    /// risk "now that" something happened, and a baby fine "at the moment" while violence goes on.
    @Test func riskItemsAndTheBabyFineNowAreNotDangerDenied() {
        for text in ["Falls risk: yes", "Risk: Y", "Risk of significant harm: yes", "the baby is at risk now that dad has moved back in"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        }
        #expect(MatcherFixture.status(.immediateDanger, in: "Danger: yes") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "he's hitting mum, the baby is fine right now") == .present)
        #expect(MatcherFixture.status(.neglect, in: "the state of the flat was spotless") == .absent)
    }
}
