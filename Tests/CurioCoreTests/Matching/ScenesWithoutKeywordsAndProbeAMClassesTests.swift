import Testing

@testable import CurioCore

/// Classes a probe round found told without their keywords. Missed: danger told as a scene (a
/// baby seen on the floor while nobody answers, a door kicked in where mother and baby are, a
/// "help" message and then no answer); an injury told by how it looks (a split lip, blood on a
/// bib); petechiae in plain words (pinpricks, tiny dots round the eyes); a baby propped with a
/// bottle or put down while the carer nips to the shop; a weight that dipped, hedged or put down
/// to an illness; still under the birth weight weeks after birth. False: a night-feed joke read
/// as a threat, a friend's baby's injury, burnt food, guilt about the older children, mum
/// checking her own phone, a threat to the baby read as adult abuse. Negation: "no calls from
/// the family", worry that is "nothing clinical", colic that settles. And the smaller classes:
/// a wish not to wake, her own dark thoughts, birth injuries and special care, name-calling and
/// calls since she left, naive plans and comparisons, a childhood "not easy", a man nobody can
/// name, "never stops grizzling", "wondering about", "by the sound of it", a relative "been on
/// to" the service, put into care. Sentences written for the classes.
@Suite("Scenes without keywords, probe AM classes")
struct ScenesWithoutKeywordsAndProbeAMClassesTests {
    /// A baby seen on the floor while nobody comes to the door: danger now.
    @Test(arguments: [
        "Through the patio doors I can see the baby lying on the lounge floor and nobody's answering.",
        "The little one is lying on the carpet by the window, mum isn't answering the door.",
    ])
    func aBabyOnTheFloorAndNoAnswerIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// A door kicked in where mother and baby are: violence now with the baby there.
    @Test func aDoorKickedInWithTheBabyThere() {
        let text = "Caller reports a man booting down the door of the flat where her and the 2 week old live."
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present)
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"))
        // Told as the past by its subject, with no one there: no danger now.
        #expect(MatcherFixture.status(.immediateDanger, in: "Dad kicked in the door last year and they moved.") == nil)
    }

    /// A cry for help and then silence: a possible danger, enough to call.
    @Test(arguments: [
        "Mum messaged 'help me' and now she isn't picking up.",
        "She rang me saying 'help' then the line went silent.",
    ])
    func aHelpMessageThenNoAnswer(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .possible, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// Look-alikes of the scenes: no danger.
    @Test(arguments: [
        "The baby was on the floor on his playmat, no response to the referral letter yet.",
        "She texted asking for help with her universal credit claim and hasn't replied since.",
        "Mum and the baby are at home today, no concerns.",
    ])
    func sceneLookAlikesAreNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// A lip or gum split or cut, blood on what the baby wears: another injury.
    @Test func injuriesToldByHowTheyLook() {
        for text in ["Her bottom lip's split and there are spots of blood on her muslin.",
            "His gum was cut and there was blood on his dummy."] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.otherInjury, in: "We split the feeds into smaller bottles.") == nil)
    }

    /// Petechiae in plain words; white milk spots are none.
    @Test func petechiaeInPlainWords() {
        for text in ["Little purple dots around both eyes after a coughing fit.", "Pinpricks all over her chest."] {
            #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.bruising, in: "Tiny white spots on his nose, milk spots.") == nil)
        #expect(MatcherFixture.status(.bruising, in: "No pinpricks on his face.") == .absent)
    }

    /// Propped with a bottle, or put down while the carer nips out: neglect; taken along in the
    /// pram, or propped for reflux, none.
    @Test func proppedOrLeftWhileSheNipsOut() {
        for text in ["She plonks him in the bouncer and pops out to the garage most mornings.",
            "Dad props the baby with a bottle on a cushion and goes to bed."] {
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        }
        for text in ["She puts him in the pram and nips to the shop.", "Dad props him up on a pillow for his reflux."] {
            #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
        }
    }

    /// A weight fall: plain, present; doubted or put down to an illness, possible.
    @Test func aWeightThatDipped() {
        #expect(MatcherFixture.status(.neglect, in: "Her weight has dipped since the last weigh-in.") == .present)
        for text in ["His weight has dipped, though he's had a virus.", "Weight slipped a bit, hard to tell whether it matters."] {
            #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
        }
    }

    /// Still under the birth weight past the first fortnight: faltering growth, a referral;
    /// said alone or at days old, a suspicion.
    @Test func stillUnderTheBirthWeight() {
        for text in ["Still below her birth weight at 5 weeks.", "He's 3 months old and still under his birthweight."] {
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
            #expect(DialogueFixtures.recommendationIDs(text).contains("refer-csc"), "\(text)")
        }
        for text in ["Still under birthweight at 10 days.", "She's still below her birthweight."] {
            #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
        }
    }

    /// Look-alikes of urgent findings: no finding; the real thing beside each still found.
    @Test func falseUrgentLookAlikes() {
        let joke = "Dad joked the twins are out to finish him off with these night feeds."
        #expect(MatcherFixture.status(.immediateDanger, in: joke) == nil)
        #expect(!DialogueFixtures.recommendationIDs(joke).contains("emergency-services"))
        #expect(MatcherFixture.status(.immediateDanger, in: "He's trying to kill the baby.") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "Her neighbour's son was hurt when his stepdad threw him.") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "She burnt the pizza while the baby slept.") == nil)
        #expect(MatcherFixture.status(.neglect, in: "She worries she's neglecting her eldest since the twins arrived.") == nil)
        #expect(MatcherFixture.status(.neglect, in: "She is neglecting the baby and the older two.") == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: "Mum kept checking her phone while we talked.") == nil)
        #expect(MatcherFixture.status(.domesticAbuse, in: "He checks her phone every evening.") == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: "Her partner threatened the baby last week.") == nil)
    }

    /// A denial before the report's noun, worry called ordinary, colic that settles: absent.
    @Test func denialsOfFamilyConcernWorryAndCrying() {
        #expect(MatcherFixture.status(.familyConcern, in: "No calls from the family about the baby.") == .absent)
        #expect(MatcherFixture.status(.mentalHealth, in: "Anxious at times, but nothing clinical.") == .absent)
        #expect(MatcherFixture.status(.inconsolableCrying, in: "Fussy in the evenings with colic but settles with a feed.") == .absent)
    }

    /// Mental ill health said the lay way; a talk of advice about thoughts is none.
    @Test func mentalHealthWithoutADiagnosis() {
        for text in ["She said she wishes she wouldn't wake up some mornings.", "Mum speaks about dark thoughts late at night."] {
            #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.mentalHealth, in: "We talked about intrusive thoughts and what to do if they came.") == nil)
    }

    /// A birth told by its injury or the unit's stay; "not going smoothly", possible.
    @Test func traumaticBirthWithoutAKeyword() {
        for text in ["She went into special care for ten days after the birth.", "Broke her collarbone during the delivery."] {
            #expect(MatcherFixture.status(.traumaticBirth, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.traumaticBirth, in: "She mentioned the labour not going smoothly.") == .possible)
    }

    /// Name-calling and his calls since she left: abuse; a grandmother's calls, none.
    @Test func domesticAbuseWithoutAnAbuseWord() {
        for text in ["He calls her a stupid cow in front of the kids.", "He has been texting her nonstop since she moved out."] {
            #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.domesticAbuse, in: "Nan rings her loads of times since she left hospital.") == nil)
    }

    /// Work to go on with the baby at her side, a baby compared to a puppy: naive; a plan with
    /// childcare, none.
    @Test func naiveExpectationsAsAPlanOrAComparison() {
        for text in ["She reckons she'll keep working nights at the chippy with the baby asleep under the counter.",
            "Thinks a baby is no more work than a puppy."] {
            #expect(MatcherFixture.status(.naiveExpectations, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.naiveExpectations, in: "She's going back to work part-time and the baby is going to nursery.") == nil)
    }

    /// The smaller classes: a childhood hinted at, a man nobody can name, grizzling that never
    /// stops, a relative "been on to" the service, put into care.
    @Test func smallerClasses() {
        #expect(MatcherFixture.status(.adverseChildhood, in: "It wasn't easy for her growing up.") == .possible)
        #expect(MatcherFixture.status(.fatherUnknown, in: "There's a bloke staying at the flat but nobody knows his name.") == .present)
        #expect(MatcherFixture.status(.inconsolableCrying, in: "Mum says he never stops grizzling.") == .present)
        #expect(MatcherFixture.status(.familyConcern, in: "Her own dad has been on to the duty desk about the baby's weight.") == .present)
        #expect(MatcherFixture.status(.familyConcern, in: "Mum's been in touch with us about housing.") == nil)
        #expect(MatcherFixture.status(.childhoodInCare, in: "Dad was put into care when he was six.") == .present)
        #expect(MatcherFixture.status(.childhoodInCare, in: "Her daughter was put into care last year.") == nil)
    }

    /// Hedges: "wondering about", and a background "by the sound of it" (not a denial doubted).
    @Test func statusHedges() {
        #expect(MatcherFixture.status(.domesticAbuse, in: "I'm wondering about domestic abuse, she wouldn't look at me.") == .possible)
        #expect(MatcherFixture.status(.adverseChildhood, in: "She had a really rough childhood by the sounds of it.") == .possible)
        #expect(MatcherFixture.status(.substanceMisuse, in: "No drugs by the sound of it.") == .absent)
    }
}
