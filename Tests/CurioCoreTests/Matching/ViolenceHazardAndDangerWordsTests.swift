import Foundation
import Testing

@testable import CurioCore

/// Violence, fire, gas and weapons now with the baby there, and danger to the baby itself, in
/// words the lexicon did not know; and the look-alikes of those words (the past, a habit, an
/// object kept, another person) that must not give 999. Sentences written for each class.
@Suite struct ViolenceHazardAndDangerWordsTests {
    func situation(_ id: RiskFactorID, in text: String) -> FindingStatus? {
        MatcherFixture.matcher.match(text).situations.first { $0.id == id }?.status
    }

    /// Class A5 (and A7): violence going on now told in other words (laying into,
    /// scrapping, going at each other, dragging her, "they are fighting", a note's
    /// shorthand, a police log, things thrown, a fight a minute ago), with the baby where
    /// it is put down: 999.
    @Test(arguments: [
        "Her partner is laying into her in the hallway and the twins are in the lounge.",
        "The parents are scrapping on the landing, the newborn is in the cot.",
        "Mum and dad are going at each other, baby is on the settee.",
        "He is dragging mum across the floor and the baby is in the bouncer.",
        "Caller: they are fighting, baby is downstairs.",
        "Her ex is hurting her right now and the baby is in the pram.",
        "bf hitting mum atm, 5 wk old on the floor",
        "Officers report man assaulting woman at the address, baby present.",
        "Plates being smashed and shouting, the baby is in the kitchen.",
        "Dad is trashing the flat, the baby is asleep upstairs.",
        "He kicked her about two minutes ago and the baby is in the room.",
        "The argument is still kicking off, the baby's in the house... the row is still going on.",
        "6 week old in flat, ongoing domestic incident.",
    ])
    func violenceNowInOtherWordsWithTheBabyThere(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// Class A6: a fire named by what burns, gas said another way, an alarm that keeps
    /// sounding, petrol poured, a kitchen knife held, with the baby there: 999.
    @Test(arguments: [
        "The frying pan is on fire and the baby is in the highchair.",
        "The house reeks of gas and the 4 week old is in the cot.",
        "Her ex is pouring petrol over the front door, baby inside.",
        "He has a carving knife and the baby is in the room.",
        "The gas alarm keeps sounding, the baby is home.",
    ])
    func fireGasAndWeaponsInOtherWords(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// Class A8: danger to the baby itself in other words (collapse, shaking or squeezing
    /// now, thrown a moment ago, a threat to its neck, left alone, no adults, a fall then
    /// drowsy and sick): 999.
    @Test(arguments: [
        "The newborn is barely breathing.",
        "Her breathing has stopped, she is 5 weeks.",
        "The baby is not moving and is stone cold.",
        "He has gone all blue, he is 3 weeks.",
        "Mum's boyfriend is shaking him hard, he is 7 weeks old.",
        "She is squeezing the baby too hard and will not let go.",
        "He slammed the baby into the cot a minute ago.",
        "Her partner said he would snap the baby's neck.",
        "Mum went to the club and left the 6 week old alone.",
        "The twins have been in the house on their own since lunchtime.",
        "Toddler is watching the baby, no adults at home.",
        "Rolled off the bed and is now very drowsy and being sick, he's 4 months.",
    ])
    func dangerToTheBabyInOtherWords(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// Class C3: violence that "happened" is over ("happened" is the same word as
    /// "happening" to the matcher): no 999.
    @Test(arguments: [
        "The domestic incident happened last year; the baby is at home.",
        "The assault happened when she was pregnant; baby in the cot now.",
    ])
    func violenceThatHappenedIsOver(text: String) {
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// Class C4: a weapon kept or a job, and a row online, are no danger in the home: no 999.
    @Test(arguments: [
        "Grandad keeps a sword collection in the loft; the baby is home.",
        "Dad has a knife set in the kitchen and the baby is in the highchair.",
        "Dad works as an armed response officer; he's holding the baby.",
        "Her ex is kicking off on WhatsApp again; baby is upstairs.",
    ])
    func harmlessSensesOfDangerWords(text: String) {
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// Class C6: danger words for the past, a habit or another person (choking on a fast
    /// flow, blue once last month, a carer's controlled epilepsy, a fit in pregnancy, a
    /// worry, a joke, an alarm fitted): no 999.
    @Test(arguments: [
        "She splutters sometimes on her bottle when the teat is too fast.",
        "Baby turned blue around the lips once in the bath last month, seen by GP, normal.",
        "Dad has a seizure occasionally, well controlled; mum is with the baby.",
        "She had a fit during her pregnancy from eclampsia; baby well at home.",
        "Mum is anxious about leaving the baby alone while she showers.",
        "Dad joked he would throttle him after the 4am wake-up; lovely interaction.",
        "We fitted a new smoke alarm last week; baby at home.",
    ])
    func dangerWordsForThePastAHabitOrAnotherPerson(text: String) {
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// Look-alikes of the new cues: a fight in court, denied violence, no gas, breathing
    /// that has not stopped: no 999.
    @Test(arguments: [
        "They are fighting over the house in court; baby at home.",
        "They are not fighting any more; the baby is upstairs.",
        "Mum denies he is laying into her; baby at home.",
        "No smell of gas, baby in the cot.",
        "His breathing has not stopped at all; he is pink and feeding.",
    ])
    func lookAlikesAndDenials(text: String) {
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// Look-alikes of the new cues told as a habit or of something else (fighting all the time,
    /// things thrown out, a cuddle, a safe-sleep answer, a heater on): no 999.
    @Test(arguments: [
        "Mum says they are fighting all the time; the baby is at home.",
        "Old things are being thrown out to make room for the cot; baby at home.",
        "The toddler is trashing the lounge, baby in the bouncer.",
        "Mum is squeezing him tight, lovely cuddles; baby at home.",
        "Mum is squeezing the baby for a cuddle.",
        "No adult in the house smokes; baby sleeps in the cot.",
        "The heater is burning all night in the bedroom, baby in the cot.",
        "He's hurting her a lot emotionally; baby at home.",
        "Dad is dragging her off to the GP later; baby is at home.",
    ])
    func habitsAndOtherThingsAreNoDangerNow(text: String) {
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// Hedged, the new words give a possible situation (and a possible danger), never nothing.
    @Test func hedgedViolenceIsPossible() {
        #expect(situation("now.violence", in: "I think they are fighting") == .possible)
        #expect(situation("now.violence", in: "they are not fighting") != .present)
        #expect(situation("now.violence", in: "the incident happened in 2021") == nil)
        #expect(situation("now.hazard", in: "dad has a knife block in the kitchen") == nil)
    }
}
