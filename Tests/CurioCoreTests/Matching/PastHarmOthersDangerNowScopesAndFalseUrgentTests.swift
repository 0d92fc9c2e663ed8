import Testing

@testable import CurioCore

/// Classes an adversarial review left wrong. Missed: a past harm to the baby told after an
/// advice clause, with an adverb between ("has already hurt him") or in the simple past after a
/// carer ("dad hurt him last week"); what is done to the baby, or danger now, dropped as someone
/// else's (an ex-partner's violence at the home, a blow placed on the baby by where it lay, a
/// relative who minded the baby and then "he banged his head"); danger now behind an earlier
/// clause ("still drunk" after "was drunk yesterday", a carer on the floor "not moving about",
/// a dangers-of topic then "and she is drunk in bed with him now", left "tonight and still isn't
/// back", a stabbing just now); a "would" or a doubt reaching a clause it does not govern ("it'd
/// be easier, she has been leaving him...", "weight is down, unsure how much he takes"). False:
/// an agreed handover read as a snatching; a drop-off, fewer days or a baby food "dropped"
/// after a temper; a worry that drinking will one day harm the baby; a MARAC referral only
/// wondered about. Sentences written for the classes.
@Suite("Past harm, others' acts, danger now, scopes, false urgent")
struct PastHarmOthersDangerNowScopesAndFalseUrgentTests {
    /// A past harm to the baby after a conditional advice clause, or with an adverb between.
    @Test(arguments: [
        "If he turns up again she's to phone the police - dad has already hurt him once",
        "Should dad come back she must dial 999; he hurt the baby last month",
        "Her partner has previously harmed the baby",
        "mum says he's already hit him twice",
    ])
    func pastHarmToTheBabyIsAnInjury(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("refer-csc"), "\(text)")
    }

    /// ...but a harm only supposed, feared or denied is none.
    @Test func harmSupposedFearedOrDenied() {
        #expect(MatcherFixture.status(.otherInjury, in: "she worries dad hurt him") == .possible)
        #expect(MatcherFixture.status(.otherInjury, in: "If he ever hurts the baby she must ring 999") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "she is scared he'll hurt him") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "he has never hurt him") == .absent)
    }

    /// An ex-partner's violence at the home with the baby there is danger now.
    @Test(arguments: [
        "Her ex-partner is smashing the windows and the baby is in the flat",
        "Her ex is punching the walls, the twins are asleep upstairs",
    ])
    func exPartnersViolenceAtTheHomeIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// ...while an ex's own conditions stay his, and a row at another home is not where the baby is.
    @Test func exPartnersOwnConditionsAndRowsElsewhere() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "Her ex drinks heavily") == nil)
        #expect(MatcherFixture.status(.mentalHealth, in: "His ex has bipolar") == nil)
        let elsewhere = "Her ex is kicking off at his new girlfriend's house, the baby is here with mum"
        #expect(MatcherFixture.status(.immediateDanger, in: elsewhere) == nil)
        #expect(!DialogueFixtures.recommendationIDs(elsewhere).contains("emergency-services"))
    }

    /// A blow whoever gives it, placed on the baby by where it lay; a minder's account of the
    /// baby's knock: the baby's injury.
    @Test(arguments: [
        "Her uncle slapped her when she was in the high chair",
        "A friend of dad's hit him while he was on the changing mat",
        "Her sister was babysitting her and she says she hit her head on the table",
        "Nan had him for the day and says he bumped his head on the cot",
    ])
    func othersActsOnTheBabyAreInjuries(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("refer-csc"), "\(text)")
    }

    /// ...not a blow where no baby lies, nor a head-banging habit.
    @Test(arguments: ["Her brother kicked him while he was in the pub", "mum says he bangs his head on the cot"])
    func noBabyHurt(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }

    /// An agreed handover is no snatching; a taking that goes wrong, or a carer drunk with the
    /// baby taken, stays danger.
    @Test func agreedHandovers() {
        for text in ["Dad picked the baby up for contact as planned", "He took the twins for his contact weekend"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
            #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
        }
        for text in ["Her ex has taken the baby for contact and won't bring him back",
            "Dad has taken the baby to his mum's as agreed and now he's drunk",
            "Her ex has taken the baby and nobody knows where they are"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        }
    }

    /// Danger now told after an earlier clause.
    @Test(arguments: [
        "Mum got drunk last night and is still intoxicated, she has the baby",
        "Dad has the baby and he is on the bathroom floor not moving around",
        "He doesn't understand the risk of bed sharing after a drink but he is asleep in bed with her now, off his face",
        "She doesn't understand the danger of leaving her alone, she went out tonight and still isn't back",
        "He's just stabbed her and the baby is in the room",
    ])
    func dangerNowAfterAnEarlierClause(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// ...and its look-alikes: a night over, a high risk, temper, a baby's mobility, a past leaving.
    @Test(arguments: [
        "Dad was drunk yesterday, he's alone with the baby",
        "the risk is still high now, mum has the baby",
        "She is still pissed off with him, she has the baby",
        "she just lies on her playmat not moving about",
        "She doesn't understand the dangers of leaving him alone, she left him last night",
        "He stabbed her last year",
    ])
    func noDangerNow(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// A stabbing is domestic abuse; a stabbing pain or a stab at something is not.
    @Test func stabbing() {
        #expect(MatcherFixture.status(.domesticAbuse, in: "He stabbed her last year") == .present)
        #expect(MatcherFixture.status(.neglect, in: "She doesn't understand the dangers of leaving him alone, she left him last night") == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: "mum has a stabbing pain in her tummy") == nil)
        #expect(MatcherFixture.status(.domesticAbuse, in: "she had a stab at breastfeeding") == nil)
        #expect(MatcherFixture.status(.substanceMisuse, in: "she doesn't see the risks of drinking and smoking") == nil)
    }

    /// An opinion of ease, then what was done; a doubt with its own object after a stated fall.
    @Test(arguments: [
        "She said it would be quicker so she props his bottle every feed",
        "He thought it'd be fine, he has been leaving her in the car seat all day",
        "Weight has dropped, not sure how often she feeds him",
    ])
    func neglectToldAfterAnOpinionOrADoubt(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("refer-csc"), "\(text)")
    }

    /// ...while a supposed leaving, a doubted fall and a dip stay what they were.
    @Test func hypotheticalAndDoubtedStay() {
        #expect(MatcherFixture.status(.neglect, in: "It would be easier if she left him in his cot all day") == nil)
        #expect(MatcherFixture.status(.neglect, in: "Weight has dropped, mum unsure") == .possible)
        #expect(MatcherFixture.status(.neglect, in: "Weight has dipped, unsure how much he is taking") == .possible)
        #expect(MatcherFixture.status(.bruising, in: "Bruise on his ear, not sure how much it has faded") == .present)
    }

    /// A drop-off, fewer days or a baby food "dropped" after a temper is no baby dropped.
    @Test(arguments: [
        "He was angry with the staff and dropped him off at nursery",
        "Mum was stressed about money and dropped him to two days at the childminder's",
        "She got fed up with the mess and dropped the baby porridge",
    ])
    func noBabyDropped(text: String) {
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
        #expect(!DialogueFixtures.recommendationIDs(text).contains("refer-csc"), "\(text)")
    }

    /// ...while a drop in temper onto the floor stays an injury.
    @Test func aDropInTemper() {
        #expect(MatcherFixture.status(.otherInjury, in: "She lost her temper and dropped the baby on the floor") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "dad lost his temper and dropped him to the floor") == .possible)
    }

    /// A worry that a parent's use will one day harm the baby is the use, not a threat now;
    /// a threat on a condition stays one.
    @Test func worryOnAHabitAndConditionalThreats() {
        let worry = "I'm scared that if dad doesn't stop using he could harm her"
        #expect(MatcherFixture.status(.immediateDanger, in: worry) == nil)
        #expect(MatcherFixture.status(.substanceMisuse, in: worry) == .present)
        #expect(!DialogueFixtures.recommendationIDs(worry).contains("emergency-services"))
        for text in ["He said if she doesn't stop drinking he'll kill the baby", "if he doesn't stop crying she will throw him"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        }
    }

    /// A MARAC referral only wondered about is no finding; one made or a case heard is abuse.
    @Test func maracWonderedAbout() {
        let wondered = "Not sure if we should refer to MARAC, nothing has been disclosed"
        #expect(MatcherFixture.status(.domesticAbuse, in: wondered) == nil)
        #expect(!DialogueFixtures.recommendationIDs(wondered).contains("refer-csc"))
        for text in ["Case discussed at MARAC last month", "She was referred to MARAC in the spring"] {
            #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
        }
    }
}
