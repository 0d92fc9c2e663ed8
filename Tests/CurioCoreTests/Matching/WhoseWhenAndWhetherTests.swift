import Testing

@testable import CurioCore

/// Classes from the whose-condition, which-time and whether-a-finding probes, all false urgent
/// advice: another child's or an adult's injury, bruise or danger put on the baby; the speaker's
/// own health, care history or safety read as the family's; a habit or a past event read as
/// danger now; an anonymous caller read as an unknown father; a question or a worry to come
/// read as a finding; a routine DA enquiry read as a disclosure; a past age read as the age now;
/// abuse next door, the parent's own childhood neglect and a sibling's plan read as this
/// baby's; one row set against no violence read as abuse; a relative's report read as seen.
/// With the mirrors that must stay urgent. Sentences written for the classes.
@Suite("Whose, when and whether: false urgent advice")
struct WhoseWhenAndWhetherTests {
    /// Another child's bruise, injury or danger (a sibling or cousin with their age or a clause
    /// between, a cleft, another family's child, the baby's older sister bitten, another family's
    /// children out alone) and the mother's two face injuries are not the baby's; the baby's
    /// mother hit is abuse. The baby's own injury beside another child, and children left alone
    /// with the baby, stay.
    @Test func anotherChildsOrAnAdultsInjuryIsNotTheBabys() {
        #expect(MatcherFixture.status(.bruising, in: "her eldest is 4 and has a bruise on his cheek from the playground, the baby is 7 weeks") == nil, "her eldest is 4 and has a bruise on his cheek from the playground, the baby is 7 weeks")
        // A clause between the sibling and the injury is not read as the sibling's: the same shape
        // carried "her cousin, who was babysitting, has reported a bruise on the baby's leg", the
        // baby's bruise. Read as the baby's, it errs on the safe side.
        #expect(MatcherFixture.status(.otherInjury, in: "the baby's big brother, who goes to reception, has a burn on his hand") == .present, "the baby's big brother, who goes to reception, has a burn on his hand")
        #expect(MatcherFixture.status(.bruising, in: "Her cousin, who was babysitting, has reported a bruise on the baby's leg") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "it was her sister's little girl who had the broken arm, not the baby") == nil, "it was her sister's little girl who had the broken arm, not the baby")
        #expect(MatcherFixture.status(.bruising, in: "mum's friend's toddler has bruises all over his legs") == nil, "mum's friend's toddler has bruises all over his legs")
        #expect(MatcherFixture.status(.otherInjury, in: "the dog bit the baby's older sister on the hand") == nil, "the dog bit the baby's older sister on the hand")
        #expect(MatcherFixture.status(.domesticAbuse, in: "mother had a swollen eye and a cut lip when I called round") == .possible, "mother had a swollen eye and a cut lip when I called round")
        #expect(MatcherFixture.status(.otherInjury, in: "mother had a swollen eye and a cut lip when I called round") == nil, "mother had a swollen eye and a cut lip when I called round")
        #expect(MatcherFixture.status(.immediateDanger, in: "the neighbour's kids were found playing in the road on their own last night") == nil, "the neighbour's kids were found playing in the road on their own last night")
        #expect(MatcherFixture.status(.neglect, in: "the neighbour's kids were found playing in the road on their own last night") == nil, "the neighbour's kids were found playing in the road on their own last night")
        #expect(MatcherFixture.status(.domesticAbuse, in: "he punched the baby's mum last night") == .present, "he punched the baby's mum last night")
        #expect(MatcherFixture.status(.otherInjury, in: "he punched the baby's mum last night") == nil, "he punched the baby's mum last night")
        #expect(MatcherFixture.status(.bruising, in: "her brother, who is 3, hit the baby and she has a bruise on her cheek") == .present, "her brother, who is 3, hit the baby and she has a bruise on her cheek")
        #expect(MatcherFixture.status(.otherInjury, in: "his sister is 5 and the baby has a burn on his hand") == .present, "his sister is 5 and the baby has a burn on his hand")
        #expect(MatcherFixture.status(.immediateDanger, in: "the neighbour's kids were left on their own with the baby") == .present, "the neighbour's kids were left on their own with the baby")
        #expect(!DialogueFixtures.recommendationIDs("her older son is 6 and has a bruise on his arm, the baby is 5 weeks").contains("bruising-protocol"), "her older son is 6 and has a bruise on his arm, the baby is 5 weeks")
        #expect(DialogueFixtures.recommendationIDs("her older son is 6 and the baby has a bruise on his arm, the baby is 5 weeks").contains("bruising-protocol"), "her older son is 6 and the baby has a bruise on his arm, the baby is 5 weeks")
    }

    /// The speaker's own illness ("myself", "too"), the strain of the caseload, worry about
    /// handling the case, their own care history and their own safety on a visit: no parent
    /// factor and no 999. What the speaker saw of the parent, and the baby's safety, stay.
    @Test func theSpeakersOwnHealthCareAndSafetyAreNoFinding() {
        #expect(MatcherFixture.status(.mentalHealth, in: "I've had depression myself, so I understand how she feels") == nil, "I've had depression myself, so I understand how she feels")
        #expect(MatcherFixture.status(.mentalHealth, in: "I suffered from anxiety too after my son was born") == nil, "I suffered from anxiety too after my son was born")
        #expect(MatcherFixture.status(.mentalHealth, in: "we're all drowning with the workload at the moment") == nil, "we're all drowning with the workload at the moment")
        #expect(MatcherFixture.status(.mentalHealth, in: "I'm nervous about getting this referral wrong") == nil, "I'm nervous about getting this referral wrong")
        #expect(MatcherFixture.status(.immediateDanger, in: "I don't feel safe going to the flat alone, he shouted at me last time") == nil, "I don't feel safe going to the flat alone, he shouted at me last time")
        #expect(!DialogueFixtures.recommendationIDs("I don't feel safe going to the flat alone, he shouted at me last time").contains("emergency-services"), "I don't feel safe going to the flat alone, he shouted at me last time")
        #expect(MatcherFixture.status(.childhoodInCare, in: "I was in care too, so I know how the system works") == nil, "I was in care too, so I know how the system works")
        #expect(MatcherFixture.status(.substanceMisuse, in: "I have seen her drunk myself") == .present, "I have seen her drunk myself")
        #expect(MatcherFixture.status(.immediateDanger, in: "I don't feel safe leaving the baby with him tonight") == .present, "I don't feel safe leaving the baby with him tonight")
        #expect(MatcherFixture.status(.mentalHealth, in: "I'm worried, mum has bipolar and has stopped her meds") == .present, "I'm worried, mum has bipolar and has stopped her meds")
    }

    /// A carer's state told as a habit of the care ("most evenings while", "whenever") may or
    /// may not be the moment of the call: a possible danger, and a possible danger is enough
    /// for 999 (a drunk carer who has the baby tonight must not wait). Crying heard as a habit
    /// is crying, not danger; the moment's words ("tonight") keep the danger present. A caller
    /// who kept her name back is not the father, and her refusal denies nothing after it.
    @Test func aHabitIsNotTheMomentOfTheCall() {
        for text in ["dad is stoned most evenings while he looks after the baby", "mum is drunk every afternoon while she looks after the baby",
            "He gets drunk whenever he has the baby, and he has her tonight"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .possible, "\(text)")
            #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
        }
        #expect(MatcherFixture.status(.immediateDanger, in: "he's drunk every night and has the baby on his own tonight") == .present)
        #expect(DialogueFixtures.recommendationIDs("he's drunk every night and has the baby on his own tonight").contains("emergency-services"), "he's drunk every night and has the baby on his own tonight")
        #expect(MatcherFixture.status(.substanceMisuse, in: "dad is stoned most evenings while he looks after the baby") == .present, "dad is stoned most evenings while he looks after the baby")
        #expect(MatcherFixture.status(.immediateDanger, in: "a neighbour rang to say she hears the baby screaming every night and a man yelling") == nil, "a neighbour rang to say she hears the baby screaming every night and a man yelling")
        #expect(MatcherFixture.status(.inconsolableCrying, in: "a neighbour rang to say she hears the baby screaming every night and a man yelling") == .possible, "a neighbour rang to say she hears the baby screaming every night and a man yelling")
        #expect(MatcherFixture.status(.fatherUnknown, in: "the caller, who wouldn't leave her name, said the baby is left alone all day") == nil, "the caller, who wouldn't leave her name, said the baby is left alone all day")
        #expect(MatcherFixture.status(.neglect, in: "the caller, who wouldn't leave her name, said the baby is left alone all day") == .present, "the caller, who wouldn't leave her name, said the baby is left alone all day")
        #expect(MatcherFixture.status(.fatherUnknown, in: "dad refused to give his name") == .present, "dad refused to give his name")
    }

    /// Whether to refer if a parent does something asks about this family: the doing is there,
    /// in doubt (possible), and told after the question it is present; a worry about mental ill
    /// health to come is none (a feared return is the illness before); a question of when
    /// something is safe asks advice, no danger.
    @Test func questionsAndWorriesToComeAreNoFinding() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "Should we refer if mum is smoking cannabis?") == .possible, "Should we refer if mum is smoking cannabis?")
        #expect(MatcherFixture.status(.substanceMisuse, in: "Should we refer if mum is smoking cannabis? She is, every day.") == .present, "Should we refer if mum is smoking cannabis? She is, every day.")
        #expect(MatcherFixture.status(.bruising, in: "Should I refer if I see a bruise on a baby?") == nil, "Should I refer if I see a bruise on a baby?")
        #expect(MatcherFixture.status(.mentalHealth, in: "she's frightened she might develop postnatal depression") == nil, "she's frightened she might develop postnatal depression")
        #expect(MatcherFixture.status(.mentalHealth, in: "he's scared he'll slip back into depression") == .present, "he's scared he'll slip back into depression")
        #expect(!DialogueFixtures.recommendationIDs("when is it safe to leave her in the bath?").contains("emergency-services"), "when is it safe to leave her in the bath?")
        #expect(!DialogueFixtures.recommendationIDs("at what age is it safe to let him sleep on his front?").contains("emergency-services"), "at what age is it safe to let him sleep on his front?")
    }

    /// A routine DA enquiry named or done is no disclosure, its "none disclosed" after a comma or
    /// dash is absent; a parent seen alone is how she was seen, not isolation.
    @Test func aRoutineEnquiryIsNoDisclosure() {
        #expect(MatcherFixture.status(.domesticAbuse, in: "DV screening done at booking, nothing disclosed") == .absent, "DV screening done at booking, nothing disclosed")
        #expect(MatcherFixture.status(.domesticAbuse, in: "Routine DV enquiry done today.") == nil, "Routine DV enquiry done today.")
        #expect(MatcherFixture.status(.domesticAbuse, in: "Routine DA enquiry carried out with dad out of the room - none disclosed") == .absent, "Routine DA enquiry carried out with dad out of the room - none disclosed")
        #expect(MatcherFixture.status(.domesticAbuse, in: "spoke to mum alone and she disclosed he controls the money") == .present, "spoke to mum alone and she disclosed he controls the money")
        #expect(MatcherFixture.status(.isolation, in: "spoke to mum alone and she disclosed he controls the money") == nil, "spoke to mum alone and she disclosed he controls the money")
    }

    /// An age told in the past ("when he was 3 months") gives way to the age said after it; a
    /// duration ("been there 2 weeks") is no age.
    @Test func aPastAgeGivesWayToTheAgeNow() {
        MatcherFixture.expectAge("the mark was first noticed when he was 3 months; he's 8 months now and cruising", is: 34.8)
        #expect(!DialogueFixtures.recommendationIDs("the mark was first noticed when he was 3 months; he's 8 months now and cruising").contains("bruising-protocol"), "the mark was first noticed when he was 3 months; he's 8 months now and cruising")
        MatcherFixture.expectAge("she was 6 weeks at the first visit, she's 12 weeks and has a bruise on her arm", is: 12)
        MatcherFixture.expectAge("he was 9 weeks when it appeared and it's been there 2 weeks", is: 9)
        MatcherFixture.expectAge("he's 10 weeks now, the bruise was first seen when he was 8 weeks", is: 10)
    }

    /// Abuse next door is not this household's (reported by the neighbours it is); the parent's
    /// care begun at a bare age with its cause is her childhood; another child's plan under
    /// neglect is not the baby's; a bruise the one who has it won't explain is a grown-up's.
    @Test func othersAbuseParentsChildhoodAndOtherChildrensPlans() {
        #expect(MatcherFixture.status(.domesticAbuse, in: "there's domestic violence in the flat next door, nothing to do with mum") == nil, "there's domestic violence in the flat next door, nothing to do with mum")
        #expect(!DialogueFixtures.recommendationIDs("there's domestic violence in the flat next door, nothing to do with mum").contains("refer-csc"), "there's domestic violence in the flat next door, nothing to do with mum")
        // Reported by the neighbours, it is theirs to tell: second-hand, possible (the README's rule).
        #expect(MatcherFixture.status(.domesticAbuse, in: "domestic abuse was reported by the neighbours") == .possible, "domestic abuse was reported by the neighbours")
        #expect(MatcherFixture.status(.neglect, in: "dad was taken into care at seven because of neglect") == nil, "dad was taken into care at seven because of neglect")
        #expect(MatcherFixture.status(.adverseChildhood, in: "dad was taken into care at seven because of neglect") == .present, "dad was taken into care at seven because of neglect")
        #expect(MatcherFixture.status(.childhoodInCare, in: "dad was taken into care at seven because of neglect") == .present, "dad was taken into care at seven because of neglect")
        #expect(MatcherFixture.status(.otherInjury, in: "she was looked after from age 5 after her stepdad broke her leg") == nil, "she was looked after from age 5 after her stepdad broke her leg")
        #expect(MatcherFixture.status(.adverseChildhood, in: "she was looked after from age 5 after her stepdad broke her leg") == .present, "she was looked after from age 5 after her stepdad broke her leg")
        #expect(MatcherFixture.status(.neglect, in: "the older boy is subject to a child protection plan under neglect") == nil, "the older boy is subject to a child protection plan under neglect")
        #expect(MatcherFixture.status(.neglect, in: "the baby is on a CP plan for neglect") == .present, "the baby is on a CP plan for neglect")
        #expect(MatcherFixture.status(.bruising, in: "mum has bruises she won't talk about") == nil, "mum has bruises she won't talk about")
        #expect(MatcherFixture.status(.bruising, in: "he has a bruise on his arm she won't explain") == .present, "he has a bruise on his arm she won't explain")
    }

    /// A baby left in a car on a day past is neglect, not danger now (still there, it is danger);
    /// her slammed against a door last night is abuse, not danger now; one argument set against
    /// nothing physical is no abuse; a relative set off by commas or dashes reports second-hand.
    @Test func pastEventsAndReportsAreNotDangerNow() {
        #expect(MatcherFixture.status(.immediateDanger, in: "the 9 week old was left in the car outside the chemist last Saturday") == nil, "the 9 week old was left in the car outside the chemist last Saturday")
        #expect(MatcherFixture.status(.neglect, in: "the 9 week old was left in the car outside the chemist last Saturday") == .present, "the 9 week old was left in the car outside the chemist last Saturday")
        #expect(MatcherFixture.status(.immediateDanger, in: "the baby was left in the car outside the shop this morning and is still there") == .present, "the baby was left in the car outside the shop this morning and is still there")
        #expect(MatcherFixture.status(.domesticAbuse, in: "last night he slammed her against the door while she had the baby in her arms") == .present, "last night he slammed her against the door while she had the baby in her arms")
        #expect(MatcherFixture.status(.immediateDanger, in: "last night he slammed her against the door while she had the baby in her arms") == nil, "last night he slammed her against the door while she had the baby in her arms")
        #expect(MatcherFixture.status(.domesticAbuse, in: "they had one argument at the visit, though nothing physical") == .absent, "they had one argument at the visit, though nothing physical")
        // Rows told alone are abuse to ask about, not told (three probe writers labelled them so).
        #expect(MatcherFixture.status(.domesticAbuse, in: "they row all the time") == .possible, "they row all the time")
        #expect(MatcherFixture.status(.neglect, in: "her gran, who visits weekly, says the baby is losing weight") == .possible, "her gran, who visits weekly, says the baby is losing weight")
        #expect(MatcherFixture.status(.familyConcern, in: "her gran, who visits weekly, says the baby is losing weight") == .present, "her gran, who visits weekly, says the baby is losing weight")
        #expect(MatcherFixture.status(.neglect, in: "his nan - dad's mum - has phoned twice about the baby losing weight") == .possible, "his nan - dad's mum - has phoned twice about the baby losing weight")
        #expect(MatcherFixture.status(.familyConcern, in: "his nan - dad's mum - has phoned twice about the baby losing weight") == .present, "his nan - dad's mum - has phoned twice about the baby losing weight")
    }
}
