import Testing

@testable import CurioCore

/// Classes probe AH found on the critical factors. Missed: an overdose or self-harm now by the
/// carer with the baby ("all her tablets" read as treatment); a veiled threat about the baby
/// ("won't be a problem much longer"); duress during a call under a reassurance ("he's fine,
/// but she sounded terrified", someone feeding her the words, the line dead after a scream);
/// neglect told hedged or indirectly (growth in doubt, no weights, clothes a bit grubby, mother
/// and baby not seen for days). False: other people's injuries read as the baby's (mum's
/// bruised wrists, a sibling's bruise with an age between, bruised nipples, an adult's
/// fracture at netball); a mark denied outright as a bruise still a bruise; another child's or
/// a parent's own neglect read as the baby's; a snatch told with the baby now safe read as
/// danger now; a bleeding nappy rash read as an injury, and "something's hurting her" as abuse.
/// Sentences written for the classes.
@Suite("Overdose, veiled threats, duress, hedged neglect, others' injuries")
struct OverdoseThreatsDuressHedgedNeglectAndOthersInjuriesTests {
    /// All her medicines taken, with "has" or "had", or with the baby with her: danger and
    /// mental ill health, not treatment.
    @Test(arguments: [
        "dad has swallowed all of his sleeping tablets",
        "mum had just taken every one of her antidepressants",
        "she's taken all her pills and the twins are with her",
        "he took all his meds, nobody else is in the flat",
        "she's slit her wrists and the baby is asleep upstairs",
    ])
    func overdoseOrSelfHarmNowIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == nil, "\(text)")
    }

    /// Her medicines taken as she should, or a dose: no danger.
    @Test func treatmentKeptToIsNoOverdose() {
        for text in ["she takes all her meds every morning", "he has taken all his tablets as prescribed"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
            #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == .absent, "\(text)")
        }
        #expect(MatcherFixture.status(.immediateDanger, in: "she took paracetamol for a headache") == nil)
    }

    /// A veiled threat about the baby: possible danger.
    @Test(arguments: [
        "the twins won't be a problem for much longer",
        "he texted that she won't be a problem for long",
        "mum says she won't need to listen to him screaming much longer",
        "she said they'd all be better off without the baby",
        "he said he would shut her up for good",
    ])
    func veiledThreatIsPossibleDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .possible, "\(text)")
    }

    /// A phase, someone moving out, another person or a settling plan: no threat.
    @Test(arguments: [
        "the baby won't be a problem once he's weaned",
        "she won't have to put up with him for long, he's moving out on Friday",
        "they'd be better off without the baby's father",
        "she wants to make sure he doesn't wake again before six",
    ])
    func veiledThreatLookAlikes(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// Duress during a call: possible danger and possible abuse; a plain reassurance stays a
    /// denial, and tiredness or a feed is no duress.
    @Test func duressDuringACall() {
        for text in [
            "she said he's fine, all fine, but she sounded petrified",
            "I could hear a man telling her what to say",
            "she whispered that she couldn't talk",
            "she can't speak freely, he's always there",
            "there was shouting and then the line went dead",
        ] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .possible, "\(text)")
            #expect(MatcherFixture.status(.domesticAbuse, in: text) == .possible, "\(text)")
        }
        #expect(MatcherFixture.status(.immediateDanger, in: "mum said he's safe and well") == .absent)
        for text in ["the baby's fine but mum sounded tired", "she can't talk right now, she's feeding him"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
            #expect(MatcherFixture.status(.domesticAbuse, in: text) == nil, "\(text)")
        }
    }

    /// Neglect told hedged or indirectly: possible.
    @Test(arguments: [
        "not sure she's gaining weight",
        "no weights recorded since 6 weeks",
        "she hasn't been weighed for three months",
        "his vest was a bit grubby today",
        "neighbours haven't seen mum or the baby since the weekend",
    ])
    func hedgedNeglectIsPossible(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
    }

    /// Growth said good, an older child's clothes, play's dirt, a visit's gap: no neglect.
    @Test(arguments: [
        "his older brother's coat was filthy",
        "clothes muddy from the park",
        "I haven't seen mum since the last visit",
    ])
    func hedgedNeglectLookAlikes(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// Mum's, a sibling's or a feeding mother's injuries are not the baby's; the baby's own
    /// bruise beside them stays, and the baby's "no marks" stays a denial.
    @Test func othersInjuriesAreNotTheBabys() {
        #expect(MatcherFixture.status(.bruising, in: "mum had fading bruises on her arms") == nil)
        #expect(MatcherFixture.status(.domesticAbuse, in: "mum had fading bruises on her arms") == .possible)
        #expect(MatcherFixture.status(.bruising, in: "mum has bruised wrists and the baby has a bruise on his ear") == .present)
        #expect(MatcherFixture.status(.bruising, in: "big brother (5) came to school with a bruise on his face; the baby had no marks") == .absent)
        #expect(MatcherFixture.status(.bruising, in: "sore bruised nipples, feeding is painful") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "she broke her ankle at work before the baby came") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "she broke her leg on the trampoline") == .present)
    }

    /// A mark denied outright as a bruise: absent; the denial in a carer's mouth, or a carer's
    /// birthmark against what the speaker saw: possible.
    @Test func markDeniedAsABruise() {
        #expect(MatcherFixture.status(.bruising, in: "grey patch on his lower back - not a bruise, noted at birth") == .absent)
        #expect(MatcherFixture.status(.bruising, in: "blue mark on her bottom that dad says isn't a bruise") == .possible)
        #expect(MatcherFixture.status(.bruising, in: "mum says it's a birthmark but it looks like a bruise to me") == .possible)
    }

    /// Another child's neglect, a parent's self-neglect or her own childhood plan: no neglect
    /// of the baby; the baby's own plan stays.
    @Test func neglectOfSomeoneElse() {
        #expect(MatcherFixture.status(.neglect, in: "older two were removed for neglect in 2018") == nil)
        #expect(MatcherFixture.status(.neglect, in: "mum is neglecting herself but the baby is spotless and thriving") == .absent)
        let childhood = "she was on a CP plan under the category of neglect as a child"
        #expect(MatcherFixture.status(.neglect, in: childhood) == nil)
        #expect(MatcherFixture.status(.adverseChildhood, in: childhood) == .present)
        #expect(MatcherFixture.status(.childhoodInCare, in: childhood) == .present)
        #expect(MatcherFixture.status(.neglect, in: "the baby is on a CP plan for neglect") == .present)
    }

    /// A snatch told with the baby now safe somewhere: no danger now; a doubt or the baby still
    /// with him keeps it.
    @Test func pastHarmNowSafe() {
        #expect(MatcherFixture.status(.immediateDanger, in: "dad snatched the baby from mum's arms last night; she's now safe with her nan") == .absent)
        #expect(MatcherFixture.status(.immediateDanger, in: "he snatched the baby from mum and nobody knows if she's safe now") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "dad grabbed the baby off mum and the baby is with him now") == .present)
    }

    /// A bleeding nappy rash is a neglect sign, not an injury; a pain wondered about is a
    /// possible injury, not abuse; someone hurting him stays danger.
    @Test func rashAndPainWonderedAbout() {
        for text in ["her nappy rash is bleeding", "nappy rash, red raw and bleeding in places"] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.otherInjury, in: "bleeding from his ear") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "something's hurting him") == .possible)
        #expect(MatcherFixture.status(.domesticAbuse, in: "something's hurting him") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "something's hurting him") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "dad is hurting him") == .present)
    }

    /// The urgent advice follows: an overdose with the baby calls 999, a possible duress too.
    @Test func urgentAdvice() {
        #expect(DialogueFixtures.recommendationIDs("she's taken all her pills and the twins are with her").contains("emergency-services"))
        #expect(DialogueFixtures.recommendationIDs("she whispered that she couldn't talk").contains("emergency-services"))
        #expect(!DialogueFixtures.recommendationIDs("she takes all her meds every morning").contains("emergency-services"))
    }
}
