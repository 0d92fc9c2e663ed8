import Testing

@testable import CurioCore

/// Classes a probe of whole consultations and a review's battery left: critical misses and
/// false urgent advice. Missed: a threat on a condition by a third party ("unless she pays him
/// he'll hurt the baby", the condition's own "doesn't"), a baby dropped in temper, a baby
/// abducted or grabbed off her wherever, not understanding the dangers of leaving the baby
/// read as a denial of the leaving. False: a safety plan's fear read as a threat, an emergency
/// told as over read as danger now, a threat and its maker held in the next sentence, a
/// brother's or sister's injury told by pronoun read as the baby's, an adult's accidental bruise
/// read as abuse, "police called" read as abuse, "fit" as size or fitness read as a seizure, a
/// baby left alone last night while mum went out read as danger now, the baby handed to nan
/// read as a veiled threat, and "advice about mum, she's ..." read as advice only. Sentences
/// written for the classes.
@Suite("Past emergencies, others' injuries, word senses")
struct PastEmergenciesOthersInjuriesAndWordSensesTests {
    /// A threat on a condition is a threat: "unless" as "if", the condition's "not" its own.
    @Test(arguments: [
        "her partner is saying that unless she gives him the money he'll hurt the baby",
        "dad said if she doesn't shut the baby up he will smother him",
        "unless she drops the case he'll harm the baby",
        "he's told her that if she goes to the police then he will hurt the kids",
    ])
    func aConditionalThreatIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// A safety plan's belief or fear, or harm in the condition, is advice: no danger.
    @Test(arguments: [
        "if she thinks he'll hurt the baby she must ring 999",
        "if she fears he will hurt the baby she can go to the refuge",
        "if you don't think he'll hurt the baby, there's no need to call",
        "if she gets low she should ring the GP",
        "if he hurts the baby she should call 999",
    ])
    func aSafetyPlanIsNoThreat(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// A baby dropped in temper or after shouting is an injury present; a drop told plainly
    /// stays possible; a drop off, a near drop and the baby's bottle are nothing.
    @Test func dropsInTemper() {
        for text in ["dad lost his temper and dropped the baby on the floor",
            "she was screaming at him and dropped him on the kitchen floor", "he dropped the baby on purpose"] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
            #expect(DialogueFixtures.recommendationIDs(text).contains("refer-csc"), "\(text)")
        }
        #expect(MatcherFixture.status(.otherInjury, in: "mum dropped him on the floor yesterday") == .possible)
        for text in ["she was shouting at the staff and dropped him off at nursery", "she nearly dropped him on the stairs",
            "he dropped the baby's bottle on the floor", "mum was angry and dropped her keys"] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
        }
    }

    /// A snatch is danger; the baby taken off her for a task is not.
    @Test func snatches() {
        for text in ["her ex has kidnapped the baby", "the baby was snatched from her pram outside the shop",
            "he grabbed the baby off her at the bus stop and ran"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        }
        for text in ["he took the baby off her to give her a break", "she took the baby off me to change her nappy",
            "grandad took her upstairs to wind her"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        }
    }

    /// Left alone last night while mum went out: neglect, no danger now; not back yet: danger.
    @Test func leftAloneLastNight() {
        let told = "the neighbour says the baby was left alone last night while mum was out drinking"
        #expect(MatcherFixture.status(.immediateDanger, in: told) == nil)
        #expect(MatcherFixture.status(.neglect, in: told) == .possible)
        #expect(!DialogueFixtures.recommendationIDs(told).contains("emergency-services"))
        let popped = "mum left her on her own last night when she popped to the shop"
        #expect(MatcherFixture.status(.immediateDanger, in: popped) == nil)
        #expect(MatcherFixture.status(.neglect, in: popped) == .present)
        let notBack = "the baby was left alone last night while mum went out and she still hasn't come back"
        #expect(MatcherFixture.status(.immediateDanger, in: notBack) == .present)
    }

    /// The baby handed on to another carer is no veiled threat; the threat alone still is.
    @Test func handedOnIsNoThreat() {
        #expect(MatcherFixture.status(.immediateDanger, in: "the baby won't be a problem much longer, she'll palm him off on his dad") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "the baby won't be a problem much longer, he'll make sure of it") == .possible)
    }

    /// Not understanding the dangers of leaving the baby does not deny the leaving told.
    @Test func theDangersNotUnderstood() {
        for text in ["he doesn't see the risk of leaving her on her own, he left her for an hour to go to the pub",
            "she doesn't see the danger in leaving the baby on his own, she did it again yesterday"] {
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
            #expect(MatcherFixture.status(.immediateDanger, in: text) != .absent, "\(text)")
        }
        let topic = "she understands the dangers of leaving him alone and never does"
        #expect(MatcherFixture.status(.immediateDanger, in: topic) == nil)
        #expect(MatcherFixture.status(.neglect, in: topic) == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "she doesn't see any danger, the baby is alone in the flat right now") == .present)
    }

    /// A threat and its maker held, in one sentence or the next: abuse, no danger now; released
    /// again: danger.
    @Test func aThreatAndCustody() {
        for text in ["Dad threatened to stab the baby. He is in custody now.",
            "he threatened to kill the baby, police took him away and he's in a cell"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
            #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.immediateDanger, in: "He threatened to hurt the kids. He was arrested but released this morning.") == .present)
    }

    /// An emergency told as over, its outcome after it: no danger now.
    @Test(arguments: [
        "last month she went blue in the bath and they rang 999, she was kept in overnight and has been fine ever since",
        "on Saturday the baby choked and went blue, paramedics came and he was fine",
        "a few days ago she stopped breathing and went floppy, an ambulance took her in and she was discharged the next day",
    ])
    func anEmergencyOver(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// An emergency now stays danger, whatever was before it.
    @Test(arguments: [
        "he's not breathing, he was fine this morning",
        "he's floppy and not breathing, he was discharged from NICU yesterday",
        "she choked two weeks ago and now she's choking again and going blue",
        "he had a seizure this morning, mum called 999 and the paramedics said he needs to go in",
    ])
    func anEmergencyNow(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// A brother's or sister's injury told by a pronoun that cannot be the baby's is theirs; a
    /// pronoun that may be the baby's keeps the injury.
    @Test func othersInjuries() {
        for text in ["her older brother is at school now, last week he broke his arm falling off his bike",
            "his sister is 4 and she burnt her hand on the oven last week"] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
        }
        #expect(MatcherFixture.status(.bruising, in: "her big brother is 5, he has a bruise on his shin from football") == nil)
        for text in ["her brother pushed her off the sofa and she broke her arm", "his brother pushed him and he broke his arm"] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.bruising, in: "her brother is 4 and she has a bruise on her cheek") == .present)
    }

    /// An adult's bruise on a limb with an accident told as the cause is no sign of abuse; the
    /// excuses read as signs, a bruise on the face, or one from someone keep it.
    @Test func adultsAccidentalBruises() {
        for text in ["dad has a bruise on his shin from tripping over the dog", "mum has bruises on her arms where she fell over in the garden"] {
            #expect(MatcherFixture.status(.domesticAbuse, in: text) == nil, "\(text)")
            #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
        }
        #expect(MatcherFixture.status(.domesticAbuse, in: "mum has a bruise on her arm, she says she fell down the stairs") == .possible)
        #expect(MatcherFixture.status(.domesticAbuse, in: "mum has a bruise on her jaw, she says she banged it on a door") == .possible)
        #expect(MatcherFixture.status(.domesticAbuse, in: "mum has a bruise on her arm where he pushed her and she fell") == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: "mum has a bruise on her arm where he knocked her over") == .present)
    }

    /// The police called, alone or about something else, is no abuse; called to the home is.
    @Test func policeCalled() {
        for text in ["yep, police have been called now", "police called about the dog barking"] {
            #expect(MatcherFixture.status(.domesticAbuse, in: text) == nil, "\(text)")
        }
        for text in ["police were called to the flat twice last month", "police were often called to the house"] {
            #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
        }
    }

    /// "Fit" as size or fitness is no seizure; a fit now is danger.
    @Test func fitAsSizeOrFitness() {
        for text in ["the travel cot won't fit in the boot", "the buggy doesn't fit through her front door", "dad is fit and healthy",
            "she's fit to go back to work"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        }
        for text in ["the baby is fitting right now", "he's having a fit and his lips are blue", "she's fitting and it won't stop"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        }
    }

    /// "Advice about" a person, then a clause of its own: what follows is told; a topic or a
    /// list of topics stays advice.
    @Test func adviceAboutAPerson() {
        let dad = "I'd like some advice about dad, he drinks every night and gets aggressive"
        #expect(MatcherFixture.status(.substanceMisuse, in: dad) == .present)
        #expect(MatcherFixture.status(.mentalHealth, in: "advice re mum who has been self-harming since the birth") == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: "advice about mum, drinking and safe sleep given") == nil)
        #expect(MatcherFixture.status(.mentalHealth, in: "I wanted advice about postnatal depression") == nil)
    }
}
