import Testing

@testable import CurioCore

/// Classes a probe of the briefing's own themes found in the non-critical factors. Missed:
/// untreated mental ill health told as treatment sought or started and never had (a referral
/// never heard back, a medicine never taken, discharged for missing appointments), a doctor's
/// offer or appointment refused, help for a named condition not wanted, "no tx", kept from
/// everyone; isolation told as not out since a change, unable to get anywhere on her own, far
/// from anyone she knows, nobody to ask, help promised and withdrawn, out of touch with her
/// family; crying told through the carer's soothing, as too long, or with the carer's "if he
/// doesn't stop"; the father not asked about, never contacted, where he is unclear or kept
/// back, "might be the father", no surname; a relative's account set aside, the other parent
/// raising concerns, "GM"; mental ill health in everyday words and a mental health worker;
/// a birth with the baby not breathing or bagged, a rough time in labour; newborns believed to
/// sleep most of the day. False: "nil concerns re support" read as support denied, family in
/// the same place or "fine on her own" read as isolation, a friend's isolation or a man never
/// there read as hers, shouting at a crying baby read as domestic abuse, advice about "a crying
/// baby" read as crying, walking the floor or moving the limbs read as mobility, a parent's own
/// report of the baby read as a relative's concern, the grandmother's own birth read as this
/// baby's. Sentences written for the classes.
@Suite("Briefing themes in practitioners' words")
struct BriefingThemesInPractitionersWordsTests {
    /// Treatment sought or started and never had: untreated, and the ill health said.
    @Test(arguments: [
        "She was referred to IAPT in the spring but never heard back.",
        "The GP gave her sertraline but she never actually took it.",
        "Known to the CMHT for anxiety until she was discharged for missing her appointments.",
        "The doctor offered her a referral, which she turned down.",
        "Dad has had anxiety for years and won't accept any help.",
        "She's been really low but has never mentioned it to anyone.",
        "Hx depression, no tx.",
    ])
    func treatmentNeverHadIsUntreated(text: String) {
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
    }

    /// A service that is no mental health care, the baby's appointment, treatment kept to: no
    /// untreated mental ill health.
    @Test func notUntreatedMentalHealth() {
        for text in ["Referred to physio for her back but never heard back.",
            "She refused a GP appointment for the baby."] {
            #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == nil, "\(text)")
            #expect(MatcherFixture.status(.mentalHealth, in: text) == nil, "\(text)")
        }
        let kept = "She's taking her sertraline and sees her counsellor every week."
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: kept) == .absent)
        let worker = "She's got a perinatal nurse allocated."
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: worker) == .absent)
        #expect(MatcherFixture.status(.mentalHealth, in: worker) == .present)
    }

    /// Mental ill health in everyday words; a denial ends at "but".
    @Test func mentalHealthInEverydayWords() {
        #expect(MatcherFixture.status(.mentalHealth, in: "She's too low to look after herself, let alone the baby.") == .present)
        #expect(MatcherFixture.status(.mentalHealth, in: "Not anxious, but she seems completely flat.") == .possible)
    }

    /// Isolation said by circumstance.
    @Test(arguments: [
        "She hasn't left the flat since the baby was born.",
        "She has nobody to ask for help.",
        "Her sister said she would stay for a fortnight, but went home after two days.",
        "She can't get to the clinic on her own because of the buses.",
        "She's in a hostel miles away from anyone she knows.",
        "She hasn't seen her mum since she was 16.",
    ])
    func isolationByCircumstance(text: String) {
        #expect(MatcherFixture.status(.isolation, in: text) == .present, "\(text)")
    }

    /// Support there, or someone else alone: no isolation of hers.
    @Test func supportOrSomeoneElse() {
        for text in ["Nil concerns re support.", "Her mum and dad live on the same estate."] {
            #expect(MatcherFixture.status(.isolation, in: text) == .absent, "\(text)")
        }
        for text in ["It's her cousin who is really isolated, not mum.",
            "She says she's happy on her own.",
            "He's never there when I visit, mum says he's working.",
            "She's fourteen weeks today and can't get anywhere on her own yet."] {
            #expect(MatcherFixture.status(.isolation, in: text) == nil, "\(text)")
        }
    }

    /// Crying told through the soothing, its length or the carer's threat to make it stop.
    @Test(arguments: [
        "Mum says she rocks him for hours and he's still crying.",
        "He cries for so long that she has to put him down and walk away.",
        "He was screaming again and she said she'd put him outside if he doesn't stop.",
        "He yelled at her because she wouldn't stop crying.",
    ])
    func cryingThatGoesOn(text: String) {
        #expect(MatcherFixture.status(.inconsolableCrying, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == nil, "\(text)")
    }

    /// Advice about crying babies, walking the floor, moving the limbs: no crying, no mobility.
    @Test func adviceAndTheCarersWalking() {
        #expect(MatcherFixture.status(.inconsolableCrying, in: "Any crying baby is stressful, so we went through coping strategies.") == nil)
        for text in ["Mum walks the floor with him most nights.", "On examination: no obvious injury, moving all limbs equally."] {
            #expect(MatcherFixture.status(.preMobile, in: text) == nil, "\(text)")
        }
        #expect(MatcherFixture.status(.otherInjury, in: "On examination: no obvious injury, moving all limbs equally.") == .absent)
    }

    /// The father unknown, told indirectly; known when he lives there or is involved.
    @Test func fatherToldIndirectly() {
        for text in ["I haven't asked about the father yet.", "The father has not been traced.",
            "Mum is vague about where he is living.", "Her ex might be the father.", "She hasn't got his surname."] {
            #expect(MatcherFixture.status(.fatherUnknown, in: text) == .present, "\(text)")
        }
        for text in ["Dad was at the visit and is really involved.", "Dad lives there with them."] {
            #expect(MatcherFixture.status(.fatherUnknown, in: text) == .absent, "\(text)")
        }
    }

    /// A relative's concern set aside, the other parent raising it, "GM"; a parent's own report
    /// of the baby is none.
    @Test func familyConcern() {
        for text in ["The aunt's concerns were dismissed at the strategy meeting.",
            "Baby's mum has raised concerns with police about dad's drinking.",
            "GM worried about the state of the flat."] {
            #expect(MatcherFixture.status(.familyConcern, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.familyConcern, in: "Feeding difficulties reported by mum.") == nil)
    }

    /// A hard birth in other words; the grandmother's own birth is not this baby's.
    @Test func birthAndExpectations() {
        for text in ["She needed bagging at birth.", "Mum had a terrible time during the delivery."] {
            #expect(MatcherFixture.status(.traumaticBirth, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.traumaticBirth, in: "Her own mother had a traumatic birth with her.") == nil)
        #expect(MatcherFixture.status(.naiveExpectations, in: "He thinks babies sleep most of the day.") == .present)
    }
}
