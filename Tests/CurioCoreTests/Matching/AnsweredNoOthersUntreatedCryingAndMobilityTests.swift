import Testing

@testable import CurioCore

/// Classes probes AS and AT found in the soft factors. Negation: a question answered "no"
/// denies what was asked (a no to an offer does not); nobody raising a concern denies it; a
/// label set aside ("rather than being isolated", "naive but actually") is denied; a denial
/// given evasively is doubted, and violence said to have stopped happened. Experiencer: another
/// child's parent, a partner's own child, a relative named after the fact, a brother or sister
/// in a clause of their own, a note's CIN/CP plan heading, a history only a relative's word;
/// family she has no contact with leaves the parent the subject. The father reporting the
/// mother is a family concern. A low mood supposed with its past episode beside it is told.
/// A fact after a denial stands: self-harm by its act or scars, a drink-drive limit failed.
/// Drinking alone is drinking, not isolation. Pregnancy: a scan by its week; learning of a
/// pregnancy that has ended in the birth. Untreated mental ill health: "without any
/// treatment", medicine stopped in shorthand, an assessment refused; drug treatment left is not.
/// A wish to be dead; raising the alarm down the phone is no illness. Crying said otherwise;
/// pre-mobility said idiomatically, a cot mobile and a task's steps no mobility. Sentences
/// written for the classes, checked with the frozen binary against these dialogues.
@Suite("Answered no, someone else's, untreated, crying and mobility")
struct AnsweredNoOthersUntreatedCryingAndMobilityTests {
    private static func positive(_ status: FindingStatus?) -> Bool {
        status == .present || status == .possible
    }

    /// A question put to the parent, answered no after it, denies what was asked.
    @Test func questionAnsweredNoDeniesIt() {
        #expect(MatcherFixture.status(.domesticAbuse, in: "Asked mum whether he had ever pushed or slapped her, and she said no.") == .absent, "Asked mum whether he had ever pushed or slapped her, and she said no. [parent.domestic_abuse=absent]")
        #expect(MatcherFixture.status(.substanceMisuse, in: "I asked dad whether he takes cannabis, he said no.") == .absent, "I asked dad whether he takes cannabis, he said no. [parent.substance_misuse=absent]")
        #expect(MatcherFixture.status(.substanceMisuse, in: "We asked whether anyone drinks heavily at home and they said nobody.") == .absent, "We asked whether anyone drinks heavily at home and they said nobody. [parent.substance_misuse=absent]")
    }

    /// A no to an offer is a refusal, not a denial; a yes keeps the finding.
    @Test func aNoToAnOfferIsNoDenial() {
        #expect(MatcherFixture.status(.mentalHealth, in: "Offered a perinatal mental health referral and she said no.") == .present, "Offered a perinatal mental health referral and she said no. [parent.mental_health=present]")
        #expect(MatcherFixture.status(.domesticAbuse, in: "Asked whether he'd ever hit her - she said yes, twice last year.") == .present, "Asked whether he'd ever hit her - she said yes, twice last year. [parent.domestic_abuse=present]")
    }

    /// Nobody raising a concern about a thing denies it (not a doubt of it).
    @Test func nobodyRaisingAWorryDeniesIt() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "No one has raised any concerns about cannabis or violence in the home.") == .absent, "No one has raised any concerns about cannabis or violence in the home. [parent.substance_misuse=absent]")
        #expect(MatcherFixture.status(.domesticAbuse, in: "No one has raised any concerns about cannabis or violence in the home.") == .absent, "No one has raised any concerns about cannabis or violence in the home. [parent.domestic_abuse=absent]")
        #expect(MatcherFixture.status(.domesticAbuse, in: "Nobody has ever reported concerns re DA.") == .absent, "Nobody has ever reported concerns re DA. [parent.domestic_abuse=absent]")
        #expect(MatcherFixture.status(.substanceMisuse, in: "There have been no worries raised about his drinking.") == .absent, "There have been no worries raised about his drinking. [parent.substance_misuse=absent]")
        #expect(MatcherFixture.status(.bruising, in: "No concerns raised about feeding bruise on left ear noted.") == .present, "No concerns raised about feeding bruise on left ear noted. [injury.bruising=present]")
    }

    /// A fact after the contrast, or a worry somebody did raise, stands.
    @Test func aWorryRaisedStandsAfterIt() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "Nobody has raised concerns, but she drinks every night.") == .present, "Nobody has raised concerns, but she drinks every night. [parent.substance_misuse=present]")
        #expect(MatcherFixture.status(.substanceMisuse, in: "Her sister has raised concerns about his drinking.") == .possible, "Her sister has raised concerns about his drinking. [parent.substance_misuse=possible]")
    }

    /// A label set aside (rather than, far from, instead of, but in fact) is denied.
    @Test func aLabelSetAsideIsDenied() {
        #expect(MatcherFixture.status(.isolation, in: "Far from being isolated, she has loads of friends nearby.") == .absent, "Far from being isolated, she has loads of friends nearby. [parent.isolation=absent]")
        #expect(MatcherFixture.status(.isolation, in: "The GP called her isolated, but in fact her mum lives next door.") == .absent, "The GP called her isolated, but in fact her mum lives next door. [parent.isolation=absent]")
        #expect(MatcherFixture.status(.isolation, in: "Instead of being isolated she goes to two baby groups a week.") == .absent, "Instead of being isolated she goes to two baby groups a week. [parent.isolation=absent]")
        #expect(MatcherFixture.status(.naiveExpectations, in: "The referral calls her naive, but actually she has a sensible plan for the nights.") == .absent, "The referral calls her naive, but actually she has a sensible plan for the nights. [parent.naive_expectations=absent]")
    }

    /// A label kept, or a contrast that does not reject it, stands.
    @Test func aLabelKeptStands() {
        #expect(MatcherFixture.status(.isolation, in: "She's quite isolated, but her sister visits weekly.") == .present, "She's quite isolated, but her sister visits weekly. [parent.isolation=present]")
        #expect(MatcherFixture.status(.isolation, in: "She is very isolated rather than just shy.") == .present, "She is very isolated rather than just shy. [parent.isolation=present]")
    }

    /// A brother or sister described in a clause of their own has their own crying.
    @Test func anotherChildsCryingOrMobilityIsNotThisBabys() {
        #expect(!Self.positive(MatcherFixture.status(.inconsolableCrying, in: "She settles well, unlike her older sister, who screamed all night for months.")), "She settles well, unlike her older sister, who screamed all night for months. [child.inconsolable_crying=notpos]")
    }

    /// Violence said to have stopped happened: present, or possible when second-hand.
    @Test func stoppedViolenceHappened() {
        #expect(MatcherFixture.status(.domesticAbuse, in: "He stopped hitting her last year.") == .present, "He stopped hitting her last year. [parent.domestic_abuse=present]")
        #expect(Self.positive(MatcherFixture.status(.domesticAbuse, in: "He doesn't hit her anymore, mum says.")), "He doesn't hit her anymore, mum says. [parent.domestic_abuse=pos]")
        #expect(MatcherFixture.status(.domesticAbuse, in: "Her mum says he's stopped slapping her since the baby.") == .possible, "Her mum says he's stopped slapping her since the baby. [parent.domestic_abuse=possible]")
    }

    /// Violence that never happened stays denied.
    @Test func neverViolentStaysDenied() {
        #expect(MatcherFixture.status(.domesticAbuse, in: "He has never hit her.") == .absent, "He has never hit her. [parent.domestic_abuse=absent]")
        #expect(MatcherFixture.status(.domesticAbuse, in: "He doesn't hit her.") == .absent, "He doesn't hit her. [parent.domestic_abuse=absent]")
    }

    /// A parent's denial given evasively is doubted: possible; a denied injury is not.
    @Test func aDenialGivenEvasivelyIsDoubted() {
        #expect(MatcherFixture.status(.domesticAbuse, in: "Denies DA, but couldn't meet my eye.") == .possible, "Denies DA, but couldn't meet my eye. [parent.domestic_abuse=possible]")
        #expect(MatcherFixture.status(.domesticAbuse, in: "She says he's never laid a finger on her, but she wouldn't look at me while she said it.") == .possible, "She says he's never laid a finger on her, but she wouldn't look at me while she said it. [parent.domestic_abuse=possible]")
        #expect(MatcherFixture.status(.bruising, in: "No bruising, but she wouldn't look at me.") == .absent, "No bruising, but she wouldn't look at me. [injury.bruising=absent]")
    }

    /// Police called to rows at the home: domestic abuse to ask about.
    @Test func policeCalledToRowsIsPossibleAbuse() {
        #expect(MatcherFixture.status(.domesticAbuse, in: "Police were called to shouting at the address last night.") == .possible, "Police were called to shouting at the address last night. [parent.domestic_abuse=possible]")
    }

    /// Another child's parent, a partner's child, or a relative named after the fact is someone else.
    @Test func anotherChildsParentOrAPartnersChildIsAnotherPerson() {
        // (Another child's father is most often the mother's former partner: his violence is
        // still read as abuse, "the toddler's dad punched her last night" above all.)
        #expect(MatcherFixture.status(.domesticAbuse, in: "the toddler's dad punched her last night") == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: "Her older daughter's father drinks heavily and isn't around.") == nil, "Her older daughter's father drinks heavily and isn't around. [parent.substance_misuse=None]")
        #expect(MatcherFixture.status(.childhoodInCare, in: "His girlfriend's daughter has a CP plan.") == nil, "His girlfriend's daughter has a CP plan. [parent.childhood_in_care=None]")
        #expect(MatcherFixture.status(.mentalHealth, in: "She has bipolar and drinks, but she is dad's sister, not the baby's mum.") == nil, "She has bipolar and drinks, but she is dad's sister, not the baby's mum. [parent.mental_health=None]")
    }

    /// The parent's own condition, beside another person's, stays the parent's.
    @Test func theParentsOwnStaysTheirs() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "Her partner's son is on a CP plan and her partner drinks every night.") == .present, "Her partner's son is on a CP plan and her partner drinks every night. [parent.substance_misuse=present]")
        #expect(MatcherFixture.status(.childhoodInCare, in: "Her partner was on a CP plan as a child.") == .present, "Her partner was on a CP plan as a child. [parent.childhood_in_care=present]")
        #expect(MatcherFixture.status(.substanceMisuse, in: "He uses heroin, he's the baby's dad.") == .present, "He uses heroin, he's the baby's dad. [parent.substance_misuse=present]")
    }

    /// A CP or CIN plan heading a note is the family's plan now; one in a childhood stays care history.
    @Test func aPlanAsANotesHeadingIsTheFamilysNow() {
        #expect(MatcherFixture.status(.childhoodInCare, in: "CP plan: review next week.") == nil, "CP plan: review next week. [parent.childhood_in_care=None]")
        #expect(MatcherFixture.status(.childhoodInCare, in: "Mum: CP plan aged 12, then foster care.") == .present, "Mum: CP plan aged 12, then foster care. [parent.childhood_in_care=present]")
    }

    /// A history that is only a relative's word, or 'supposedly' so, is possible, and no family concern.
    @Test func aHistoryOnlyARelativesWordIsPossible() {
        #expect(MatcherFixture.status(.childhoodInCare, in: "Mum was in foster care, but that's just what her nan says.") == .possible, "Mum was in foster care, but that's just what her nan says. [parent.childhood_in_care=possible]")
        #expect(!Self.positive(MatcherFixture.status(.familyConcern, in: "Mum was in foster care, but that's just what her nan says.")), "Mum was in foster care, but that's just what her nan says. [referral.family_concern=notpos]")
        #expect(MatcherFixture.status(.substanceMisuse, in: "Supposedly he drinks.") == .possible, "Supposedly he drinks. [parent.substance_misuse=possible]")
    }

    /// A bottle a night, drinking alone: substance misuse, and 'on her own' after it no isolation.
    @Test func drinkingAloneIsDrinkingNotIsolation() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "He sinks a bottle of vodka a day.") == .present, "He sinks a bottle of vodka a day. [parent.substance_misuse=present]")
        #expect(MatcherFixture.status(.substanceMisuse, in: "Dad drinks alone every night after work.") == .present, "Dad drinks alone every night after work. [parent.substance_misuse=present]")
        #expect(MatcherFixture.status(.substanceMisuse, in: "Mum gets through a bottle of wine every evening on her own.") == .present, "Mum gets through a bottle of wine every evening on her own. [parent.substance_misuse=present]")
        #expect(!Self.positive(MatcherFixture.status(.isolation, in: "Mum gets through a bottle of wine every evening on her own.")), "Mum gets through a bottle of wine every evening on her own. [parent.isolation=notpos]")
    }

    /// Alone with no drink to go with it is still isolation.
    @Test func aloneWithoutDrinkIsStillIsolation() {
        #expect(MatcherFixture.status(.isolation, in: "She is on her own most of the time, no family nearby.") == .present, "She is on her own most of the time, no family nearby. [parent.isolation=present]")
    }

    /// A scan named by its week, in words or joined, is a pregnancy.
    @Test func aScanByItsWeekIsAPregnancy() {
        #expect(MatcherFixture.status(.unborn, in: "Missed her 20-week scan.") == .present, "Missed her 20-week scan. [child.unborn=present]")
        #expect(MatcherFixture.status(.unborn, in: "Her twenty-week scan is on Friday.") == .present, "Her twenty-week scan is on Friday. [child.unborn=present]")
    }

    /// Learning of a pregnancy that has since ended in the birth is no pregnancy now; without the birth it may be.
    @Test func aPregnancyOverIsNoPregnancyNow() {
        #expect(!Self.positive(MatcherFixture.status(.unborn, in: "Came off her citalopram when she found out she was pregnant and hasn't gone back on it since the baby came.")), "Came off her citalopram when she found out she was pregnant and hasn't gone back on it since the baby came. [child.unborn=notpos]")
        #expect(MatcherFixture.status(.unborn, in: "she came off her antidepressants when she found out she was pregnant") == .present, "she came off her antidepressants when she found out she was pregnant [child.unborn=present]")
    }

    /// Mental ill health with no treatment, medicine stopped in shorthand, an assessment refused: untreated.
    @Test func illnessWithoutTreatmentIsUntreated() {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "Had PND with her first and got through it with no help.") == .present, "Had PND with her first and got through it with no help. [parent.mental_health_untreated=present]")
        #expect(MatcherFixture.status(.mentalHealth, in: "Had PND with her first and got through it with no help.") == .present, "Had PND with her first and got through it with no help. [parent.mental_health=present]")
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "Bad depression as a student, never had any treatment for it.") == .present, "Bad depression as a student, never had any treatment for it. [parent.mental_health_untreated=present]")
        #expect(MatcherFixture.status(.mentalHealth, in: "dad - hx anx/dep, stopped meds last year") == .present, "dad - hx anx/dep, stopped meds last year [parent.mental_health=present]")
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "Mum came off her sertraline when pregnant.") == .present, "Mum came off her sertraline when pregnant. [parent.mental_health_untreated=present]")
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "CMHT letter: she refused the assessment twice.") == .present, "CMHT letter: she refused the assessment twice. [parent.mental_health_untreated=present]")
    }

    /// A rash's treatment, treatment going on, and drug treatment left are not untreated mental ill health.
    @Test func treatmentOrAnotherTreatmentIsNotUntreated() {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "The rash cleared without any treatment.") == nil, "The rash cleared without any treatment. [parent.mental_health_untreated=None]")
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "Depression, on sertraline, well managed.") == .absent, "Depression, on sertraline, well managed. [parent.mental_health_untreated=absent]")
        #expect(MatcherFixture.status(.substanceMisuse, in: "Alcohol team say he has disengaged from his detox.") == .present, "Alcohol team say he has disengaged from his detox. [parent.substance_misuse=present]")
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "Alcohol team say he has disengaged from his detox.") == nil, "Alcohol team say he has disengaged from his detox. [parent.mental_health_untreated=None]")
    }

    /// A wish to be dead said as a preference is mental ill health; despair outright is a doubt of it.
    @Test func aWishToBeDeadIsMentalIllHealth() {
        #expect(MatcherFixture.status(.mentalHealth, in: "Dad said he would rather be dead.") == .present, "Dad said he would rather be dead. [parent.mental_health=present]")
        #expect(MatcherFixture.status(.mentalHealth, in: "She said she'd rather die than face another day like this.") == .present, "She said she'd rather die than face another day like this. [parent.mental_health=present]")
        #expect(MatcherFixture.status(.mentalHealth, in: "she says she can't carry on like this") == .possible, "she says she can't carry on like this [parent.mental_health=possible]")
    }

    /// Screaming or shouting down the phone to raise the alarm is no mental ill health.
    @Test func raisingTheAlarmIsNoIllness() {
        #expect(MatcherFixture.status(.mentalHealth, in: "Dad shouting down the phone that she has taken the baby.") == nil, "Dad shouting down the phone that she has taken the baby. [parent.mental_health=None]")
        #expect(MatcherFixture.status(.mentalHealth, in: "Mum is crying on the phone every day to her sister.") == .possible, "Mum is crying on the phone every day to her sister. [parent.mental_health=possible]")
    }

    /// Crying that will not stop with its span, crying whenever put down, walking the crying baby for hours.
    @Test func persistentCryingSaidOtherwise() {
        #expect(MatcherFixture.status(.inconsolableCrying, in: "He doesn't stop crying all night, every night.") == .present, "He doesn't stop crying all night, every night. [child.inconsolable_crying=present]")
        #expect(MatcherFixture.status(.inconsolableCrying, in: "She cries whenever she's put down.") == .present, "She cries whenever she's put down. [child.inconsolable_crying=present]")
        #expect(MatcherFixture.status(.inconsolableCrying, in: "He was screaming again so she walked him up and down for hours.") == .present, "He was screaming again so she walked him up and down for hours. [child.inconsolable_crying=present]")
    }

    /// Rocking to sleep or a walk is not crying.
    @Test func ordinaryCryingIsNot() {
        #expect(MatcherFixture.status(.inconsolableCrying, in: "Dad rocks her for hours every night to get her off.") == nil, "Dad rocks her for hours every night to get her off. [child.inconsolable_crying=None]")
        #expect(MatcherFixture.status(.inconsolableCrying, in: "She walked him round the park for an hour.") == nil, "She walked him round the park for an hour. [child.inconsolable_crying=None]")
    }

    /// Not yet getting anywhere, however said, is pre-mobile.
    @Test func notGettingAnywhereIsPreMobile() {
        #expect(MatcherFixture.status(.preMobile, in: "Sits well but isn't yet getting anywhere.") == .present, "Sits well but isn't yet getting anywhere. [child.pre_mobile=present]")
        #expect(MatcherFixture.status(.preMobile, in: "He isn't really going anywhere by himself yet.") == .present, "He isn't really going anywhere by himself yet. [child.pre_mobile=present]")
    }

    /// A cot mobile and a task's steps are no mobility; a baby's own steps or being mobile are.
    @Test func aCotMobileOrATasksStepsIsNoMobility() {
        #expect(MatcherFixture.status(.preMobile, in: "Not rolling yet, just lies there staring at her cot mobile.") == .present, "Not rolling yet, just lies there staring at her cot mobile. [child.pre_mobile=present]")
        #expect(MatcherFixture.status(.preMobile, in: "Mum couldn't follow the feed-making steps I wrote down.") == nil, "Mum couldn't follow the feed-making steps I wrote down. [child.pre_mobile=None]")
        #expect(MatcherFixture.status(.preMobile, in: "He's making his first steps.") == .absent, "He's making his first steps. [child.pre_mobile=absent]")
        #expect(MatcherFixture.status(.preMobile, in: "He's mobile, crawling everywhere.") == .absent, "He's mobile, crawling everywhere. [child.pre_mobile=absent]")
    }

    /// A relative's child named to date the baby is no comparison: what follows is this baby's.
    @Test func aRelativesChildNamedToDateTheBaby() {
        #expect(MatcherFixture.status(.preMobile, in: "Born the same week as her niece, she's not crawling yet.") == .present, "Born the same week as her niece, she's not crawling yet. [child.pre_mobile=present]")
    }

    /// Family the parent has no contact with is no one: care left after it stays hers; a brother's stays his.
    @Test func noContactWithFamilyLeavesTheParentTheSubject() {
        #expect(MatcherFixture.status(.childhoodInCare, in: "Lives alone, lost touch with her family since leaving care at 17.") == .present, "Lives alone, lost touch with her family since leaving care at 17. [parent.childhood_in_care=present]")
        #expect(MatcherFixture.status(.childhoodInCare, in: "Her brother has been homeless since leaving care.") == nil, "Her brother has been homeless since leaving care. [parent.childhood_in_care=None]")
    }

    /// A low mood supposed with its past episode beside it is told; a bare "if" is not.
    @Test func aSupposedLowWithItsPastEpisodeIsTold() {
        #expect(MatcherFixture.status(.mentalHealth, in: "In case he gets depressed again, as he did after the last one, we've given him the crisis number.") == .present, "In case he gets depressed again, as he did after the last one, we've given him the crisis number. [parent.mental_health=present]")
        #expect(MatcherFixture.status(.mentalHealth, in: "If she gets low after the birth, she should call us.") == nil, "If she gets low after the birth, she should call us. [parent.mental_health=None]")
    }

    /// The father reporting the mother raises a family concern; his own account of the baby does not.
    @Test func theFatherReportingTheMotherIsAFamilyConcern() {
        #expect(MatcherFixture.status(.familyConcern, in: "The baby's father rang 101 to report his ex for leaving the baby with strangers.") == .present, "The baby's father rang 101 to report his ex for leaving the baby with strangers. [referral.family_concern=present]")
        #expect(MatcherFixture.status(.familyConcern, in: "Dad reports the baby cries for hours.") == nil, "Dad reports the baby cries for hours. [referral.family_concern=None]")
    }

    /// Self-harm by its act or scars, and drink over the limit, told after a denial, stand.
    @Test func aFactAfterTheDenialStands() {
        #expect(MatcherFixture.status(.mentalHealth, in: "Denies self-harm at present, but her wrists are scarred.") == .present, "Denies self-harm at present, but her wrists are scarred. [parent.mental_health=present]")
        #expect(MatcherFixture.status(.mentalHealth, in: "He disclosed cutting himself at school.") == .present, "He disclosed cutting himself at school. [parent.mental_health=present]")
        #expect(MatcherFixture.status(.substanceMisuse, in: "Says he never drinks, but he failed a breathalyser last month.") == .present, "Says he never drinks, but he failed a breathalyser last month. [parent.substance_misuse=present]")
        #expect(MatcherFixture.status(.substanceMisuse, in: "Mum was tested at the roadside and was well over the limit.") == .present, "Mum was tested at the roadside and was well over the limit. [parent.substance_misuse=present]")
    }

    /// Cutting a baby's nails, a baby's scars, over the moon: none.
    @Test func aFactOfSomethingElseIsNot() {
        #expect(MatcherFixture.status(.mentalHealth, in: "Mum admits cutting his nails too short.") == nil, "Mum admits cutting his nails too short. [parent.mental_health=None]")
        #expect(MatcherFixture.status(.mentalHealth, in: "The baby's arms are scarred from eczema.") == nil, "The baby's arms are scarred from eczema. [parent.mental_health=None]")
        #expect(MatcherFixture.status(.substanceMisuse, in: "Dad was over the moon about the baby.") == nil, "Dad was over the moon about the baby. [parent.substance_misuse=None]")
    }
}
