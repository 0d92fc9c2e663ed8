import Testing

@testable import CurioCore

/// Classes from the fifth round of long-note probes: possible domestic abuse told by her manner
/// or her fear of him; antenatal care missed, which is a pregnancy; another person's condition
/// kept off the parent (a partner's parent, an ex, an older child's plan, old flashbacks, a
/// parent seen alone, "not coping"); untreated mental ill health in its everyday wordings; the
/// parent's childhood adversity told as a cause, a death or a carer; a relative's concern told
/// as an action; the father unknown as a heading or named by first name. Each with look-alikes
/// that must not fire. Sentences written for the classes.
@Suite("Manner, missed antenatal care, other people, untreated, childhood, family, father")
struct MannerAntenatalOthersUntreatedAndFatherTests {
    /// Possible domestic abuse told by her manner when asked (quiet, a glance at him before she answers) or by her fear of the man named by what he is to her.
    @Test func domesticAbuseToldByHerMannerOrFear() {
        #expect(MatcherFixture.status(.domesticAbuse, in: "When we asked about domestic violence she went very quiet and looked at the floor.") == .possible)
        #expect(MatcherFixture.status(.domesticAbuse, in: "She kept glancing at her boyfriend before answering anything I asked.") == .possible)
        #expect(MatcherFixture.status(.domesticAbuse, in: "Her sister says mum is terrified of her husband.") == .possible)
        #expect(MatcherFixture.status(.domesticAbuse, in: "Mum is frightened of her partner.") == .present)
    }

    /// A baby's glance, her own father feared in her childhood, a plain denial: no abuse between the adults.
    @Test func lookAlikesOfAbuseByManner() {
        #expect(MatcherFixture.status(.domesticAbuse, in: "She is not scared of her boyfriend at all.") == .absent)
        #expect(MatcherFixture.status(.domesticAbuse, in: "Mum looked at the baby before answering.") == nil)
        #expect(MatcherFixture.status(.domesticAbuse, in: "She was scared of her dad when she was little.") == nil)
        #expect(MatcherFixture.status(.domesticAbuse, in: "Routine enquiry: asked about DA, denies.") == nil)
    }

    /// Antenatal care missed is a pregnancy (and missed care), not a denied one.
    @Test func antenatalCareMissedIsAPregnancy() {
        #expect(MatcherFixture.status(.unborn, in: "Mum didn't go to her dating scan.") == .present)
        #expect(MatcherFixture.status(.unborn, in: "She has not attended any of her antenatal appointments so far.") == .present)
        #expect(MatcherFixture.status(.neglect, in: "She has not attended any of her antenatal appointments so far.") == .present)
        #expect(MatcherFixture.status(.unborn, in: "She never went to antenatal classes.") == .present)
    }

    /// A baby's own scan missed, and a pregnancy denied outright.
    @Test func aBabysScanOrAPlainDenialIsNoPregnancy() {
        #expect(MatcherFixture.status(.unborn, in: "He did not attend his hip scan.") == nil)
        #expect(MatcherFixture.status(.unborn, in: "She is not pregnant.") == .absent)
    }

    /// Another person's condition stays theirs: the partner's parent, an ex with a parenthesis; a relative's worry about the parent keeps the parent's; a family heading names no relative.
    @Test func anotherPersonsConditionStaysTheirs() {
        #expect(MatcherFixture.status(.mentalHealth, in: "His girlfriend's mother has bipolar disorder.") == nil)
        #expect(MatcherFixture.status(.mentalHealth, in: "Her ex-boyfriend, though, has schizophrenia.") == nil)
        #expect(MatcherFixture.status(.mentalHealth, in: "Her boyfriend's dad is worried about him, he has been really depressed.") == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: "Family background: her partner's mum was a heavy drinker.") == nil)
        #expect(MatcherFixture.status(.substanceMisuse, in: "Family circumstances: dad drinks every night.") == .present)
    }

    /// A plan for the parent's older child is not her own care history; her own plan is.
    @Test func aPlanForAnOlderChildIsNoCareHistory() {
        #expect(MatcherFixture.status(.childhoodInCare, in: "There was a CP plan on her eldest son in 2020.") == nil)
        #expect(MatcherFixture.status(.childhoodInCare, in: "She was on a child protection plan herself as a teenager.") == .present)
    }

    /// Flashbacks of an old trauma are mental ill health; flashbacks of the birth are birth trauma.
    @Test func flashbacksOfAnOldTraumaAreNotBirthTrauma() {
        #expect(MatcherFixture.status(.mentalHealth, in: "He gets flashbacks to the stabbing.") == .present)
        #expect(MatcherFixture.status(.traumaticBirth, in: "He gets flashbacks to the stabbing.") == nil)
        #expect(MatcherFixture.status(.traumaticBirth, in: "She keeps having flashbacks of the delivery.") == .present)
    }

    /// A parent seen alone by the practitioner is not isolated; a parent who feels alone is.
    @Test func aParentSeenAloneIsNotIsolated() {
        #expect(MatcherFixture.status(.isolation, in: "I spoke to mum alone in the kitchen.") == nil)
        #expect(MatcherFixture.status(.isolation, in: "Mum feels completely alone since the move.") == .present)
    }

    /// Not coping is a strain to ask about: possible mental ill health.
    @Test func notCopingIsPossibleMentalIllHealth() {
        #expect(MatcherFixture.status(.mentalHealth, in: "Dad isn't coping since the birth.") == .possible)
    }

    /// Untreated mental ill health: a referral turned down, cancelled or refused, a team refused, not followed up, therapy not gone to, a medicine stopped on her own, a dark place told to no one.
    @Test func untreatedMentalIllHealthInItsWordings() {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "She has PND but turned down the referral to the perinatal service.") == .present)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "She was referred to talking therapies but cancelled both appointments.") == .present)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "She was given a referral to IAPT but said no.") == .present)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "Anxiety is bad again and she has refused the crisis team.") == .present)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "She saw the psychiatrist once after the overdose and never followed it up.") == .present)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "Dad never went to any of his counselling sessions.") == .present)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "She was prescribed citalopram, which she stopped herself after a week.") == .present)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "He has been in such a dark place and has not told anybody.") == .present)
        #expect(MatcherFixture.status(.mentalHealth, in: "She says she's in a really dark place at the moment.") == .present)
    }

    /// Look-alikes: a referral taken up, a dark place denied, a cot in a bad place.
    @Test func treatedOrNotMentalHealthAtAll() {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "She was referred to the perinatal team and is seeing them weekly.") == .absent)
        #expect(MatcherFixture.status(.mentalHealth, in: "She is not in a dark place now.") == .absent)
        #expect(MatcherFixture.status(.mentalHealth, in: "The cot is in a bad place next to the radiator.") == nil)
    }

    /// The parent's childhood adversity as a cause of services, a parent's death in childhood, a carer who raised and hit them, a plan in childhood with its category.
    @Test func adverseChildhoodToldAsCauseDeathOrCarer() {
        #expect(MatcherFixture.status(.adverseChildhood, in: "He was fostered at 9 because of his mum's drug use.") == .present)
        #expect(MatcherFixture.status(.adverseChildhood, in: "Dad's mother died of cancer when he was 8.") == .present)
        #expect(MatcherFixture.status(.adverseChildhood, in: "His stepdad, who raised him, was strict and belted him.") == .present)
        #expect(MatcherFixture.status(.adverseChildhood, in: "Mum was on a CP plan at 13 under the category of emotional abuse.") == .present)
        #expect(MatcherFixture.status(.neglect, in: "Mum was on a CP plan at 13 under the category of emotional abuse.") == nil)
    }

    /// Bare, these may be the baby or the present: no adverse childhood.
    @Test func adverseChildhoodLookAlikes() {
        #expect(MatcherFixture.status(.adverseChildhood, in: "Her nan hit her.") == nil)
        #expect(MatcherFixture.status(.adverseChildhood, in: "Her dad died last year.") == nil)
    }

    /// No contact with the family since leaving care: isolated and a care leaver.
    @Test func leavingCareToldAsATime() {
        #expect(MatcherFixture.status(.isolation, in: "He has had no contact with his parents since he left care at 18.") == .present)
        #expect(MatcherFixture.status(.childhoodInCare, in: "He has had no contact with his parents since he left care at 18.") == .present)
    }

    /// The baby in foster care now is no parent's care history.
    @Test func theBabysFosterCareIsNoCareHistory() {
        #expect(MatcherFixture.status(.childhoodInCare, in: "The baby went into foster care overnight.") == nil)
    }

    /// A relative who acted because worried or having found a mark raised a concern; the worry's object keeps its own cue.
    @Test func aRelativeActingOnAWorryIsAFamilyConcern() {
        #expect(MatcherFixture.status(.familyConcern, in: "The baby's aunt brought him to clinic because she noticed marks on his back.") == .present)
        #expect(MatcherFixture.status(.familyConcern, in: "Grandad has asked the HV to visit because he is concerned.") == .present)
        #expect(MatcherFixture.status(.neglect, in: "His nan rang because she is worried about the baby's weight.") == .possible)
    }

    /// The baby's mother worried, or a relative's promise to ring if ever worried: no family concern.
    @Test func familyConcernLookAlikes() {
        #expect(MatcherFixture.status(.familyConcern, in: "Her mum brought her to clinic because she was worried about a rash.") == nil)
        #expect(MatcherFixture.status(.familyConcern, in: "The baby's grandma says she would phone us if anything changed.") == nil)
    }

    /// The father unknown told as a heading, or as a man no one has met.
    @Test func fatherUnknownAsAHeadingOrNeverMet() {
        #expect(MatcherFixture.status(.fatherUnknown, in: "Father of the baby - not known.") == .present)
        #expect(MatcherFixture.status(.fatherUnknown, in: "Dad: works away, never met by us.") == .present)
        #expect(MatcherFixture.status(.fatherUnknown, in: "No one has ever met the baby's father.") == .present)
    }

    /// A father named by his first name is known; a heading about something else is no unknown father.
    @Test func aFatherNamedByFirstNameIsKnown() {
        #expect(MatcherFixture.status(.fatherUnknown, in: "Her husband is Jordan and he's at home with them.") == nil)
        #expect(MatcherFixture.status(.fatherUnknown, in: "The baby's dad is Reece, he does the night feeds.") == .absent)
        #expect(MatcherFixture.status(.fatherUnknown, in: "Dad: at the visit, not seen any bruises.") == nil)
    }

    /// An emergency section in notes' letters is a traumatic birth.
    @Test func emergencySectionInLetters() {
        #expect(MatcherFixture.status(.traumaticBirth, in: "She had an em LSCS after a failed induction.") == .present)
    }

    /// A mark said to be dirt that would not wash off is a possible bruise.
    @Test func aMarkThatWouldNotWashOffIsAPossibleBruise() {
        #expect(MatcherFixture.status(.bruising, in: "Nursery saw a grey smudge on her cheek that would not wash off.") == .possible)
    }

    /// A mark that wiped off is ruled out.
    @Test func aMarkThatWipedOffIsRuledOut() {
        #expect(MatcherFixture.status(.bruising, in: "The mark wiped off, it was biro.") == .absent)
    }
}
