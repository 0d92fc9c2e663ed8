import Testing

@testable import CurioCore

/// Classes a probe of scenes, case terms and hedges found. Missed: a baby told as a scene,
/// alone, its age between the baby and "alone" or no carer to be seen; "never known to
/// services as a child" and a denied neglect revived by clutter; a father named but never
/// seen, or with no address; birth trauma told as the mother's feelings or PTSD since the
/// birth; care history in legal terms (s20, accommodated); a mother's own missed referral
/// appointments read as the baby's neglect; literacy, psychology, standing at the furniture.
/// False or too strong: "on his own" of the baby as isolation, a query of the cause ("?NAI")
/// hedging the injuries seen, a denial or doubt of a parent running on into the baby's neglect
/// or danger, a smell of drink as misuse said plainly, the caller's own worry about a family.
/// Sentences written for the classes.
@Suite("A baby alone in a scene, care history, queried causes")
struct BabyAloneSceneCareHistoryAndQueriedCausesTests {
    /// A baby alone in a scene, its age between or no carer to be seen: danger and neglect.
    @Test(arguments: [
        "outside the chemist there's a little boy of maybe 5 months on his own in a parked van",
        "a girl, about 10 weeks old, alone in the house and nobody answering",
        "a toddler aged around 18 months wandering by himself outside the shop",
        "the baby was by herself, no sign of the mother",
        "the twins were left unattended with no sight of an adult",
    ])
    func aBabyAloneInAScene(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.isolation, in: text) == nil, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// A baby's milestone by himself, a mother alone with the baby: no baby left alone.
    @Test func milestonesAndAMotherAloneAreNoBabyAlone() {
        for text in ["the baby sits on his own at the coffee table now", "she plays by herself on the floor while mum cooks",
            "mum is alone with the baby most days since dad left"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        }
        #expect(MatcherFixture.status(.isolation, in: "she plays by herself on the floor while mum cooks") == nil)
        #expect(MatcherFixture.status(.isolation, in: "mum is alone with the baby most days since dad left") == .present)
    }

    /// A guessed age hedges nothing seen.
    @Test func aGuessedAgeHedgesNothing() {
        #expect(MatcherFixture.status(.bruising, in: "a baby maybe 3 months old with bruising to both ears") == .present)
    }

    /// Never known to services as a child: denied; clutter alone revives no denied neglect.
    @Test func negationsThatHold() {
        #expect(MatcherFixture.status(.childhoodInCare, in: "she was not known to children's services as a teenager") == .absent)
        #expect(MatcherFixture.status(.childhoodInCare, in: "dad was never known to social services growing up") == .absent)
        #expect(MatcherFixture.status(.childhoodInCare, in: "dad was known to social services as a child") == .present)
        #expect(MatcherFixture.status(.neglect, in: "no evidence of neglect though the lounge was cluttered") == .absent)
        #expect(MatcherFixture.status(.neglect, in: "nil neglect but the baby was grubby and starving") == .present)
    }

    /// A father named but never seen, or with no way to reach him: unknown; seen at a visit with
    /// his name or age between: known.
    @Test func fathersNamedButNeverSeen() {
        for text in ["the baby's father is listed on the birth certificate but nobody has ever met him",
            "we haven't got an address for the father since the split", "no contact details for dad"] {
            #expect(MatcherFixture.status(.fatherUnknown, in: text) == .present, "\(text)")
        }
        for text in ["Dad (Ryan, 30) attended the appointment", "dad, Connor, at the visit today"] {
            #expect(MatcherFixture.status(.fatherUnknown, in: text) == .absent, "\(text)")
        }
    }

    /// Birth trauma told as her feelings or PTSD since the birth; unsure what happened: possible.
    @Test func birthTraumaAsFeelings() {
        for text in ["she says the labour was a nightmare, she won't talk about it", "she's had PTSD since the emergency delivery",
            "mum still has flashbacks of the birth", "traumatised by the delivery, she says",
            "she doesn't want to talk about the delivery, just says it was terrifying"] {
            #expect(MatcherFixture.status(.traumaticBirth, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.mentalHealth, in: "she's had PTSD since the emergency delivery") == .present)
        #expect(MatcherFixture.status(.traumaticBirth, in: "unsure what happened during the labour, something about the placenta") == .possible)
        #expect(MatcherFixture.status(.traumaticBirth, in: "she found the birth easy") == .absent)
    }

    /// Care history in legal terms: the parent's childhood in care; the baby's s20 is not.
    @Test func careHistoryInLegalTerms() {
        for text in ["dad was accommodated under section 20 at 15", "mum was s20 from 12 until 16"] {
            #expect(MatcherFixture.status(.childhoodInCare, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.childhoodInCare, in: "neither of them were ever looked after") == .absent)
        #expect(MatcherFixture.status(.childhoodInCare, in: "the baby was accommodated under s20 last week") == nil)
    }

    /// A query of the cause keeps the injuries seen; a query of the injury stays a doubt.
    @Test func aQueriedCauseKeepsTheInjuries() {
        #expect(MatcherFixture.status(.otherInjury, in: "?NAI, torn frenulum and bruising to the gums") == .present)
        #expect(MatcherFixture.status(.bruising, in: "?NAI, torn frenulum and bruising to the gums") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "query NAI - metaphyseal fracture on skeletal survey") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "suspected NAI, burns to both feet") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "?fracture of the left humerus") == .possible)
        #expect(MatcherFixture.status(.otherInjury, in: "suspected NAI") == .possible)
    }

    /// A queried diagnosis, a smell, a relative's word, a doubt: possible.
    @Test func hedgesThatStayHedges() {
        #expect(MatcherFixture.status(.mentalHealth, in: "?PND, tearful and not sleeping") == .possible)
        #expect(MatcherFixture.status(.domesticAbuse, in: "?DV") == .possible)
        #expect(MatcherFixture.status(.domesticAbuse, in: "the police were called to the flat on Friday, ?DV") == .possible)
        #expect(MatcherFixture.status(.substanceMisuse, in: "her brother says she's been smoking crack again") == .possible)
        #expect(MatcherFixture.status(.substanceMisuse, in: "grandad phoned the police - says dad's been using heroin") == .possible)
        #expect(MatcherFixture.status(.substanceMisuse, in: "dad stank of beer at the morning visit") == .possible)
        #expect(MatcherFixture.status(.substanceMisuse, in: "she denies alcohol but reeked of vodka") == .possible)
        #expect(MatcherFixture.status(.isolation, in: "not sure he has anybody to help") == .possible)
    }

    /// A doubt or denial of a parent never takes the baby's neglect or danger told after it.
    @Test func aParentsDoubtDoesNotReachTheBaby() {
        #expect(MatcherFixture.status(.neglect, in: "?DV, baby underweight and not feeding") == .present)
        #expect(MatcherFixture.status(.neglect, in: "possibly low in mood, baby grubby and smelly") == .present)
        #expect(MatcherFixture.status(.neglect, in: "no DV, baby thin and pale") != .absent)
        #expect(MatcherFixture.status(.immediateDanger, in: "dad maybe drunk, baby crying alone in the car") == .present)
    }

    /// Her own referral's appointments missed: untreated, not the baby's neglect; the baby's
    /// missed checks stay neglect.
    @Test func aParentsOwnMissedAppointments() {
        for text in ["referred to the perinatal team in January after the birth but missed all appointments since",
            "referred to counselling but didn't attend any sessions"] {
            #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == .present, "\(text)")
            #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
        }
        #expect(MatcherFixture.status(.neglect, in: "referred to IAPT, the baby DNA'd his 12 week jabs") == .present)
    }

    /// Literacy, psychology, standing at the furniture; the caller's own worry, hostels and a
    /// partner gone from the scene.
    @Test func smallerClasses() {
        #expect(MatcherFixture.status(.learningDifficulty, in: "mum has reading and writing difficulties") == .present)
        #expect(MatcherFixture.status(.learningDifficulty, in: "poss literacy problems") == .possible)
        #expect(MatcherFixture.status(.learningDifficulty, in: "she reads and writes well") == .absent)
        #expect(MatcherFixture.status(.learningDifficulty, in: "no worries about dad's understanding") == .absent)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "mum is under the psychologist") == .absent)
        #expect(MatcherFixture.status(.preMobile, in: "standing holding on to furniture at 9 months") == .absent)
        #expect(MatcherFixture.status(.familyConcern, in: "this is a family we're concerned about") == nil)
        #expect(MatcherFixture.status(.familyConcern, in: "her family are worried about her") == .present)
        #expect(MatcherFixture.status(.isolation, in: "he's been in and out of hostels for years") == nil)
        #expect(MatcherFixture.status(.isolation, in: "the partner had left the address before police arrived") == nil)
        #expect(MatcherFixture.status(.isolation, in: "her partner has left her and she has no one") == .present)
    }
}
