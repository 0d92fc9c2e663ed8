import Testing

@testable import CurioCore

/// Classes a dev-style probe (Z) found among the urgent findings. Missed: neglect told as the
/// conditions found, with no word of neglect (a freezing home, nothing in the cupboards, a
/// sodden babygro, a baby left crying in the pram for hours, care given too seldom, a doubt the
/// baby gets enough, a carer vague about the formula); danger heard happening as the caller
/// speaks, and a fear of what a carer will do tonight or to the baby (possible); injuries in lay
/// words (pinpoint spots are petechiae, a cut on one side of a lip, one limb used less than the
/// other). Wrong: both parents' denial reached only the first item of the list after it. False:
/// "shaken up" of a parent's nerves read as a shaking, while "dad was shaking the baby" was read
/// as the nerves; the baby's cuts told after a parent's self-harm read as the parent's own.
/// Sentences written for the classes.
@Suite("Neglect as conditions, danger now, lay injuries, the parents' denial")
struct NeglectAsConditionsDangerNowLayInjuryAndParentsDenialTests {
    /// What was found in the home or on the baby, said plainly: neglect.
    @Test(arguments: [
        "the flat was freezing and there was nothing in the fridge",
        "home visit: cupboards bare, baby in a soaked babygro",
        "she isn't being changed often enough",
        "he's left screaming in his cot for hours",
    ])
    func neglectToldAsConditions(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("refer-csc"), "\(text)")
    }

    /// The same under a doubt, softened or second-hand: possible.
    @Test(arguments: [
        "the twins looked a little grubby at clinic",
        "not sure she's getting enough, mum couldn't say",
        "I wonder if he's being fed enough",
        "dad was evasive about how many bottles she has",
        "grandma says the baby's left crying outside in the pram for hours",
    ])
    func neglectUnderADoubt(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
    }

    /// Look-alikes: the weather, a parent's own state, sleep, a moment's wait, a mother's own
    /// worry about her milk.
    @Test(arguments: [
        "the room was freezing so we closed the window",
        "it was freezing outside so the visit was short",
        "not sure he's getting enough sleep",
        "mum was a bit grubby but the baby was clean",
        "she was worried he isn't getting enough, so she's topping up with formula",
        "the baby was left asleep in the pram for a minute while she answered the door",
    ])
    func noNeglectInLookAlikes(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// A baby heard or said to be hurt as the caller speaks: danger now, and an injury.
    @Test(arguments: [
        "I can hear dad hitting the baby",
        "her boyfriend punching the baby, it's going on right now",
    ])
    func hurtAsTheCallerSpeaks(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// A fear of what a carer will do to the baby or tonight: a possible danger, enough to call;
    /// denied, absent; with no baby and no time named, nothing.
    @Test func fearOfWhatACarerWillDo() {
        for text in ["I'm scared what he'll do to the baby", "frightened what mum might do tonight"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .possible, "\(text)")
            #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
        }
        let denied = "not worried about what she might do tonight, she has her mum with her"
        #expect(MatcherFixture.status(.immediateDanger, in: denied) == .absent)
        #expect(MatcherFixture.status(.immediateDanger, in: "I'm worried what she might do next") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "he shook the baby last week, she's fine now") == nil)
    }

    /// Injuries in lay words: pinpoint spots are petechiae; a cut on one side of a part; one
    /// limb used less than the other, a possible fracture.
    @Test func injuriesInLayWords() {
        for text in ["pinpoint dark red spots on his face", "pinpoint red dots across her chest"] {
            #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
        }
        #expect(DialogueFixtures.recommendationIDs("pinpoint red dots across her chest, she's 6 weeks old").contains("bruising-protocol"))
        #expect(MatcherFixture.status(.bruising, in: "red dots on her face") == .possible)
        for text in ["a little cut on her bottom lip", "cut to his right hand"] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.otherInjury, in: "no cuts on his top lip") == .absent)
        for text in ["he isn't moving his left arm as much as the right", "she doesn't lift her left leg the same"] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == .possible, "\(text)")
        }
        #expect(MatcherFixture.status(.otherInjury, in: "he doesn't kick her, mum says") == nil)
    }

    /// Both parents' denial reaches every item of the list after it; a new clause or "but"
    /// ends it.
    @Test func parentsDenialReachesTheList() {
        let both = "both parents denied alcohol, cannabis or DV"
        #expect(MatcherFixture.status(.substanceMisuse, in: both) == .absent)
        #expect(MatcherFixture.status(.domesticAbuse, in: both) == .absent)
        #expect(MatcherFixture.status(.fatherUnknown, in: both) == .absent)
        let parents = "parents deny DA, drink or drugs"
        #expect(MatcherFixture.status(.substanceMisuse, in: parents) == .absent)
        #expect(MatcherFixture.status(.domesticAbuse, in: parents) == .absent)
        #expect(MatcherFixture.status(.bruising, in: "both parents deny drugs, bruise on his cheek") == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: "both parents deny DA but dad drinks heavily") == .present)
    }

    /// The baby's cuts told after a parent's self-harm are the baby's; the parent's own are not.
    @Test func babysCutsAfterAParentsSelfHarm() {
        let baby = "she self-harmed, the baby has cuts on his arms"
        #expect(MatcherFixture.status(.otherInjury, in: baby) == .present)
        #expect(MatcherFixture.status(.mentalHealth, in: baby) == .present)
        for text in ["mum self-harms, baby fine, cuts on her arms are healing", "dad self-harms and has fresh cuts on his arms"] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
        }
    }

    /// "Shaken up" of a parent's nerves is no shaking; a carer who was shaking the baby is.
    @Test func shakenUpAndShaking() {
        for text in ["dad a bit shaken up after the delivery", "mum very shaken up after the section"] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
        }
        for text in ["dad was shaking the baby", "her partner had been shaking him"] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
        }
    }
}
