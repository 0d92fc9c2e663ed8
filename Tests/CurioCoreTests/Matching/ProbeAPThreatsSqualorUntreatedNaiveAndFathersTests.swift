import Testing

@testable import CurioCore

/// Classes from probe AP (duty desk, early help, family callers, police and paramedic referrals).
/// Missed: a threat to slam the baby or its head against a wall reported by police; neglect told
/// as squalor with no keyword and the baby left with adults the carer barely knows; untreated
/// mental ill health in plain words (no help with it, never got treated, referred but never
/// attended); naive expectations in everyday words; a hedged hard birth; family members' reports
/// (a wish not to be here any more, a parent called slow); the father told after a
/// "but" both ways; no one to ring; fleeing a partner; harm in care placements; not able to move
/// himself about; crying soothed after a "but". False: a supportive relationship under a hedge
/// read as isolation, "on his own rattle" read as a parent alone, "antenatally" in the past read
/// as a pregnancy now. Sentences written for the classes, both ways.
@Suite("Probe AP: threats, squalor, plain untreated, naive, fathers after but")
struct ProbeAPThreatsSqualorUntreatedNaiveAndFathersTests {
    /// A threat to smash, bang or slam the baby or its head against a wall, floor or door is danger, whoever reports it; a climber's warning and a threat to a thing are not.
    @Test func threatToSlamTheBabyAgainstAWall() {
        #expect(MatcherFixture.status(.immediateDanger, in: "Paramedics say her boyfriend has threatened to bang the baby's head on the floor.") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "Police report he swore he'd slam her into the door if she kept crying.") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "He's going to slam the baby against the wall, she's screaming down the phone.") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "Officers say dad keeps threatening to smash his head against the radiator.") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "He'll bang his head on the table if he keeps climbing like that.") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "He threatened to smash the telly against the wall.") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "She said the toddler is going to smash his face on the floor running like that.") == nil)
    }

    /// Bedding or clothes soaked or caked in urine or faeces, crusted feeding things and clothes of days ago are neglect; sick after a feed, blood on mum, new clothes are not.
    @Test func squalorWithoutAKeyword() {
        #expect(MatcherFixture.status(.neglect, in: "His babygrow was sodden with wee and the cot sheets stank of pee.") == .present)
        #expect(MatcherFixture.status(.neglect, in: "The teats were caked in dried formula.") == .present)
        #expect(MatcherFixture.status(.neglect, in: "He's been in the same sleepsuit since Friday.") == .present)
        #expect(MatcherFixture.status(.neglect, in: "His vest hasn't been changed for days.") == .present)
        #expect(MatcherFixture.status(.neglect, in: "He was caked in dried poo when the HV visited.") == .present)
        #expect(MatcherFixture.status(.neglect, in: "She was covered in sick after the feed, mum changed her.") == nil)
        #expect(MatcherFixture.status(.neglect, in: "He's in the clothes from the hospital bag, they're a bit big.") == nil)
        #expect(MatcherFixture.status(.neglect, in: "Mum's clothes were soaked in blood.") == nil)
    }

    /// The baby left with adults the carer barely knows is neglect (possible second-hand); friends of years and a known childminder are not.
    @Test func leftWithAdultsTheCarerBarelyKnows() {
        #expect(MatcherFixture.status(.neglect, in: "Mum leaves the baby with random blokes from the pub.") == .present)
        #expect(MatcherFixture.status(.neglect, in: "She leaves the baby with blokes she doesn't even know.") == .present)
        #expect(MatcherFixture.status(.neglect, in: "She's been leaving the twins with people off the internet.") == .present)
        #expect(MatcherFixture.status(.neglect, in: "Nan says mum keeps leaving the baby with different people every weekend.") == .possible)
        #expect(MatcherFixture.status(.neglect, in: "Mum leaves him with her friends who she has known for years.") == nil)
        #expect(MatcherFixture.status(.neglect, in: "She left him with a man she knows from church, he's a registered childminder.") == nil)
    }

    /// No help with a named condition, never got treated, referred but never attended: untreated; a home without help and a referral attended are not.
    @Test func untreatedInPlainWords() {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "Dad's had anxiety for years and has had zero support for it.") == .present)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "She had PND with her first and didn't get any help with it.") == .present)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "Was referred to the CMHT after the birth but has never engaged.") == .present)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "She was referred to IAPT last year but didn't go to a single session.") == .present)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "Her depression never got treated.") == .present)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "The house is a mess and she gets no help with it.") == nil)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "Referred to perinatal mental health in pregnancy and she attended all of the appointments.") == .absent)
    }

    /// Babies that only eat and sleep, a baby no harder than a pet, 'can't be that hard': naive; a content baby and feeding going well are not.
    @Test func naiveInEverydayWords() {
        #expect(MatcherFixture.status(.naiveExpectations, in: "She reckons all newborns do is feed and sleep.") == .present)
        #expect(MatcherFixture.status(.naiveExpectations, in: "He thinks the baby will just sleep and eat so he can carry on working nights.") == .present)
        #expect(MatcherFixture.status(.naiveExpectations, in: "Dad says it can't be that hard, his sister manages with three.") == .present)
        #expect(MatcherFixture.status(.naiveExpectations, in: "He reckons parenting isn't that difficult, his mates all manage.") == .present)
        #expect(MatcherFixture.status(.naiveExpectations, in: "Reckons a newborn can't be harder than a puppy.") == .present)
        #expect(MatcherFixture.status(.naiveExpectations, in: "Baby just feeds and sleeps, no concerns from mum.") == .absent)
        #expect(MatcherFixture.status(.naiveExpectations, in: "Mum says the feeding's not that hard now the latch is better.") == nil)
    }

    /// The birth being, or may have been, hard or scary: a traumatic birth (possible under a hedge); a fear of the birth to come and an easy birth are not.
    @Test func hedgedBirthTrauma() {
        #expect(MatcherFixture.status(.traumaticBirth, in: "The labour must have been rough, she was in for three days.") == .present)
        #expect(MatcherFixture.status(.traumaticBirth, in: "Mum said the birth had been a nightmare.") == .present)
        #expect(MatcherFixture.status(.traumaticBirth, in: "I wonder if the delivery might have been frightening, she won't talk about it.") == .possible)
        #expect(MatcherFixture.status(.traumaticBirth, in: "She worries about the birth being difficult this time.") == nil)
        #expect(MatcherFixture.status(.traumaticBirth, in: "She talked about the birth being easy and quick.") == nil)
    }

    /// A wish not to be here any more, a parent called slow or not taking in what she is told; not wanting to be at an appointment, a baby slow to feed, a tired mum are not.
    @Test func familyReportsContent() {
        #expect(MatcherFixture.status(.mentalHealth, in: "Her brother says she keeps talking about not wanting to be around any more.") == .possible)
        #expect(MatcherFixture.status(.mentalHealth, in: "Dad said he didn't want to be here anymore.") == .present)
        #expect(MatcherFixture.status(.mentalHealth, in: "Mum didn't want to be here today, she's annoyed about the referral.") == nil)
        #expect(MatcherFixture.status(.learningDifficulty, in: "Her partner is slow on the uptake and can't understand anything the midwife says.") == .present)
        #expect(MatcherFixture.status(.learningDifficulty, in: "Gran says dad's a bit slow and never understands what the letters say.") == .possible)
        #expect(MatcherFixture.status(.learningDifficulty, in: "Baby is slow to feed and a bit slow gaining weight.") == nil)
        #expect(MatcherFixture.status(.learningDifficulty, in: "Mum's a bit slow this morning, she was up all night with him.") == nil)
    }

    /// The clause after 'but' decides the father: never seen by a service is unknown, known / paying / seeing the baby is known; known who but not where is unknown; mum's own knowing is not ours.
    @Test func fatherAfterBut() {
        #expect(MatcherFixture.status(.fatherUnknown, in: "Dad's around, but no one at the surgery has ever met him.") == .present)
        #expect(MatcherFixture.status(.fatherUnknown, in: "Father's not around but he sees the baby at weekends.") == .absent)
        #expect(MatcherFixture.status(.fatherUnknown, in: "Dad isn't involved but he pays child support.") == .absent)
        #expect(MatcherFixture.status(.fatherUnknown, in: "We know who he is but not where he is.") == .present)
        #expect(MatcherFixture.status(.fatherUnknown, in: "We know who dad is.") == .absent)
        #expect(MatcherFixture.status(.fatherUnknown, in: "Mum knows who the father is but won't tell us.") == nil)
    }

    /// No one to ring is isolation; a family that seems supportive stays support; 'on his own dummy' is the baby's own thing.
    @Test func isolationLookAlikes() {
        #expect(MatcherFixture.status(.isolation, in: "There's no one she could ring if things went wrong.") == .present)
        #expect(MatcherFixture.status(.isolation, in: "Couldn't think of anyone to phone in the night.") == .present)
        #expect(MatcherFixture.status(.isolation, in: "Her family appear very supportive.") == .absent)
        #expect(MatcherFixture.status(.isolation, in: "She scratched her cheek on her own fingernails.") == nil)
        #expect(MatcherFixture.status(.isolation, in: "He caught his lip on his own dummy.") == nil)
        #expect(MatcherFixture.status(.isolation, in: "Mum is on her own with him most days.") == .present)
    }

    /// Fleeing or escaping a partner or an abusive relationship is domestic abuse; fleeing a country is not.
    @Test func fleeingIsAbuse() {
        #expect(MatcherFixture.status(.domesticAbuse, in: "Mum fled an abusive partner last year and has been rehoused.") == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: "She escaped a violent relationship before the pregnancy.") == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: "The family fled Syria in 2019.") == nil)
    }

    /// 'Antenatally' told in the past is no pregnancy now; told now it is.
    @Test func antenatallyInThePast() {
        #expect(MatcherFixture.status(.unborn, in: "Her low mood was worst antenatally, it lifted after the birth.") == nil)
        #expect(MatcherFixture.status(.unborn, in: "She is being seen antenatally by the specialist midwife.") == .present)
    }

    /// Harm in the parent's care placements is adverse childhood as well as care; care alone is not.
    @Test func adversityInCarePlacements() {
        #expect(MatcherFixture.status(.adverseChildhood, in: "Dad was abused in a children's home as a boy.") == .present)
        #expect(MatcherFixture.status(.childhoodInCare, in: "Dad was abused in a children's home as a boy.") == .present)
        #expect(MatcherFixture.status(.adverseChildhood, in: "She had six foster placements and was beaten in two of them.") == .present)
        #expect(MatcherFixture.status(.adverseChildhood, in: "Mum grew up in care, her placements were stable and she speaks well of them.") == nil)
    }

    /// Not yet able to move or get himself about is pre-mobile; mum unable to get out is not.
    @Test func notAbleToMoveHimselfAbout() {
        #expect(MatcherFixture.status(.preMobile, in: "She's unable to get herself anywhere yet.") == .present)
        #expect(MatcherFixture.status(.preMobile, in: "He isn't able to move himself around.") == .present)
        #expect(MatcherFixture.status(.preMobile, in: "Mum isn't able to get herself out much since the section.") == nil)
    }

    /// Crying soothed after a 'but' with its means said is no inconsolable crying.
    @Test func soothedAfterBut() {
        #expect(MatcherFixture.status(.inconsolableCrying, in: "Grizzly at night but calms down once he's held.") == .absent)
        #expect(MatcherFixture.status(.inconsolableCrying, in: "Fussy after feeds but settles easily with a cuddle.") == .absent)
        #expect(MatcherFixture.status(.inconsolableCrying, in: "Typical colic - screams at teatime but calms with a feed and the white noise.") == .absent)
        #expect(MatcherFixture.status(.inconsolableCrying, in: "Colicky every evening and nothing settles him.") == .present)
    }

    /// The urgent findings give their advice: the threat calls 999, the neglect refers to CSC.
    @Test func urgentAdvice() {
        #expect(DialogueFixtures.recommendationIDs("Police say her boyfriend has threatened to bang the baby's head on the floor.").contains("emergency-services"))
        #expect(DialogueFixtures.recommendationIDs("His babygrow was sodden with wee and the cot sheets stank of pee.").contains("refer-csc"))
        #expect(DialogueFixtures.recommendationIDs("Mum leaves the baby with random blokes from the pub.").contains("refer-csc"))
        #expect(!DialogueFixtures.recommendationIDs("He'll bang his head on the table if he keeps climbing like that.").contains("emergency-services"))
    }
}
