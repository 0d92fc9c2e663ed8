import Testing

@testable import CurioCore

/// Classes a probe of whose condition it is found (sentences written for the classes, not the
/// probe's): an older child named by its age in years or as the parent's eldest, another household
/// named by where it lives, another woman's pregnancy or birth, the baby's own disability, care
/// status or plan, a parent's tears, the parent's own parents and own father read as parent factors
/// of this case; relatives who care for the baby (an SGO, the main carer, the baby overnight or
/// every day) missed as carers; family concern given to relatives who raised none or missed for the
/// other parent; second-hand content missed; mum's everyday burn read as abuse; someone's "naive"
/// kept over the practitioner's "realistic".
@Suite("Whose condition, carers, who raised it, second-hand content")
struct OthersConditionsCarersAndReportersTests {
    /// An older child named by an age in years or as the parent's eldest is not a parent; the
    /// parent's own condition still counts.
    @Test func anOlderChildsConditionIsNoParents() {
        #expect(MatcherFixture.status(.learningDifficulty, in: "Her 5 year old has ADHD and autism, mum is worn out") == nil)
        #expect(MatcherFixture.status(.learningDifficulty, in: "the 3-year-old is autistic") == nil)
        #expect(MatcherFixture.status(.learningDifficulty, in: "Her eldest has a learning disability") == nil)
        #expect(MatcherFixture.status(.learningDifficulty, in: "mum has autism and her 4 year old has ADHD") == .present)
    }

    /// The baby's own learning disability is no parent's.
    @Test func theBabysOwnConditionIsNoParents() {
        #expect(MatcherFixture.status(.learningDifficulty, in: "it's the baby who has the learning difficulties, not mum") == nil)
        #expect(MatcherFixture.status(.learningDifficulty, in: "the baby has additional needs") == nil)
        #expect(MatcherFixture.status(.learningDifficulty, in: "mum, who has a learning disability, is struggling") == .present)
    }

    /// Abuse and police placed in another home are the neighbours'; at home they are the family's.
    @Test func anotherHouseholdsAbuseIsNotThisOnes() {
        #expect(MatcherFixture.status(.domesticAbuse, in: "There's a lot of DV next door") == nil)
        #expect(MatcherFixture.status(.domesticAbuse, in: "the family upstairs fight every weekend") == nil)
        #expect(MatcherFixture.status(.domesticAbuse, in: "police were called to the flat above last night") == nil)
        #expect(MatcherFixture.status(.domesticAbuse, in: "DV at home, the police were called last night") == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: "DV incident, mum fled next door with the baby") == .present)
    }

    /// Another woman's pregnancy or birth is not this case's.
    @Test func anotherWomansPregnancyOrBirth() {
        #expect(MatcherFixture.status(.traumaticBirth, in: "Her best friend had a stillbirth last year") == nil)
        #expect(MatcherFixture.status(.unborn, in: "Her cousin, who is staying with them, is expecting") == nil)
        #expect(MatcherFixture.status(.traumaticBirth, in: "Mum had a stillbirth last year") == .present)
        #expect(MatcherFixture.status(.unborn, in: "she is pregnant again") == .present)
    }

    /// A parent's tears are no crying baby; the baby's crying told by a parent still is.
    @Test func aParentsTearsAreNoCryingBaby() {
        #expect(MatcherFixture.status(.inconsolableCrying, in: "It's dad who cries all the time, the baby is content") != .present)
        #expect(MatcherFixture.status(.inconsolableCrying, in: "mum says he cries all the time") == .present)
    }

    /// The parent's own parents splitting up, or own father unknown, are her family's, not this
    /// case's.
    @Test func theParentsOwnParentsAndFather() {
        #expect(MatcherFixture.status(.isolation, in: "Mum's parents have just separated") == nil)
        #expect(MatcherFixture.status(.isolation, in: "mum and dad have split up") == .present)
        #expect(MatcherFixture.status(.fatherUnknown, in: "Nobody knows where her own father is") == nil)
        #expect(MatcherFixture.status(.fatherUnknown, in: "Her own dad left when she was little and nobody knows where he is") == nil)
        #expect(MatcherFixture.status(.fatherUnknown, in: "We don't know who the baby's father is") == .present)
    }

    /// The baby's own care status or plan, and social care's process now, are not the parent's
    /// childhood in care.
    @Test func theBabysCareAndTheCasesProcess() {
        #expect(MatcherFixture.status(.childhoodInCare, in: "The baby was placed in foster care yesterday") == nil)
        #expect(MatcherFixture.status(.childhoodInCare, in: "Baby was put on a child protection plan last week") == nil)
        #expect(MatcherFixture.status(.childhoodInCare, in: "Case stepped down to CIN last month") == nil)
        #expect(MatcherFixture.status(.childhoodInCare, in: "Mum was on a CP plan herself as a child") == .present)
        #expect(MatcherFixture.status(.childhoodInCare, in: "Mum was in foster care as a teenager") == .present)
    }

    /// Parents who deny or tell, and a father telling his own record, are a father known.
    @Test func parentsWhoTellAreKnown() {
        #expect(MatcherFixture.status(.fatherUnknown, in: "Both parents say the bruise happened at nursery") == .absent)
        #expect(MatcherFixture.status(.fatherUnknown, in: "Dad told me he was never known to social services") == .absent)
    }

    /// A relative who has the baby overnight or every day, is the main carer or holds an SGO is a
    /// carer: their drinking, drugs or illness count.
    @Test func relativesWhoCareAreCarers() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "Nan has the baby every weekend and she drinks heavily") == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: "the baby lives with his aunt under a special guardianship order and she uses cannabis") == .present)
        #expect(MatcherFixture.status(.childhoodInCare, in: "the baby lives with his aunt under a special guardianship order and she uses cannabis") == nil)
        #expect(MatcherFixture.status(.mentalHealth, in: "Grandma is the main carer and has bipolar") == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: "Grandad, who minds him every day, has been drinking again") == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: "Mum's boyfriend does coke at weekends") == .present)
        // A carer who forgets the baby is there: the baby's care lapses (neglect, as told).
        #expect(MatcherFixture.status(.neglect, in: "grandma forgets the baby is upstairs") == .present)
    }

    /// A relative who is not said to care for the baby is another person.
    @Test func relativesWhoDoNotCareAreNotCarers() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "Nan drinks a lot but she never has the baby") == nil)
        #expect(MatcherFixture.status(.mentalHealth, in: "Grandad has depression") == nil)
        #expect(MatcherFixture.status(.substanceMisuse, in: "Her sister uses cocaine") == nil)
    }

    /// A relative who calls only to ask, promises help, tells of her own habit, or brought the
    /// parent up raises no concern; the other parent telling a worry does.
    @Test func relativesWhoRaiseNoConcern() {
        #expect(MatcherFixture.status(.familyConcern, in: "Nan rang only to ask about the clinic times") == .absent)
        #expect(MatcherFixture.status(.familyConcern, in: "Her mum said she'd come and help with the nights, but she never did") == nil)
        #expect(MatcherFixture.status(.familyConcern, in: "Grandad says he's stopped drinking") == nil)
        #expect(MatcherFixture.status(.familyConcern, in: "She was raised by her nan after her dad died, and says she was strict") == nil)
        #expect(MatcherFixture.status(.familyConcern, in: "Dad came in on his own to tell me he's worried she isn't coping") == .present)
        #expect(MatcherFixture.status(.familyConcern, in: "Mum phoned about the baby's dad, she says he's using again") == .present)
        #expect(MatcherFixture.status(.familyConcern, in: "concerns were raised by her nan") == .possible)
    }

    /// What a professional suspects, a former partner claims, a relative notices, or someone
    /// unnamed reports is possible.
    @Test func secondHandContent() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "The midwife suspects dad is using.") == .possible)
        #expect(MatcherFixture.status(.substanceMisuse, in: "her ex rang, claiming mum is drinking every day") == .possible)
        #expect(MatcherFixture.status(.mentalHealth, in: "Her sister says she hasn't been herself since the birth") == .possible)
        #expect(MatcherFixture.status(.neglect, in: "someone who wouldn't leave their name rang to say the baby is left in the cot all day") == .possible)
        #expect(MatcherFixture.status(.fatherUnknown, in: "someone who wouldn't leave their name rang to say the baby is left in the cot all day") == nil)
        #expect(MatcherFixture.status(.substanceMisuse, in: "she's using the steriliser") == nil)
        #expect(MatcherFixture.status(.substanceMisuse, in: "She's drinking again, according to her sister") == .possible)
    }

    /// Crying a neighbour hears every night is possible crying and no danger now; heard with
    /// shouting now, it stays a possible danger.
    @Test func cryingHeardAsAHabit() {
        #expect(MatcherFixture.status(.inconsolableCrying, in: "a neighbour hears the baby crying for hours most nights") == .possible)
        #expect(MatcherFixture.status(.immediateDanger, in: "a neighbour hears the baby crying for hours most nights") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "the neighbour can hear the baby screaming and a man shouting") == .possible)
    }

    /// A mother's burn from the oven is no sign of abuse; one she will not explain still is.
    @Test func mumsEverydayInjury() {
        #expect(MatcherFixture.status(.domesticAbuse, in: "Mum has a burn on her arm from the oven") == nil)
        #expect(MatcherFixture.status(.domesticAbuse, in: "mum has a cut on her finger from cooking") == nil)
        #expect(MatcherFixture.status(.domesticAbuse, in: "mum has a burn on her arm and won't say how") == .possible)
    }

    /// Someone's view that she is naive, set against the practitioner's own, is no naivety.
    @Test func thePractitionersObservationStands() {
        #expect(MatcherFixture.status(.naiveExpectations, in: "Her sister thinks she's naive, but she's been very realistic with me") == .absent)
    }

    /// Recommendations follow: no referral for the neighbours' abuse or the baby's own disability,
    /// no crying support for mum's tears, no father to record for mum's own father; a carer
    /// grandparent's drinking is referred.
    @Test func recommendationsFollowWhoseItIs() {
        #expect(!DialogueFixtures.recommendationIDs("There's a lot of DV next door, none in mum's flat").contains("refer-csc"))
        #expect(!DialogueFixtures.recommendationIDs("It's the baby who has a learning disability, not the parents").contains("professional-curiosity"))
        #expect(!DialogueFixtures.recommendationIDs("It's mum who cries all the time, the baby is settled and content").contains("icon-crying-support"))
        #expect(!DialogueFixtures.recommendationIDs("Her own dad left when she was little and nobody knows where he is").contains("record-father"))
        #expect(DialogueFixtures.recommendationIDs("Grandad, who looks after the baby every day, drinks from the morning").contains("refer-csc"))
    }
}
