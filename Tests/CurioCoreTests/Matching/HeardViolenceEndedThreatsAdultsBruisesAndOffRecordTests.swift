import Testing

@testable import CurioCore

/// Classes a probe of whole consultations found. Missed: violence going on now heard by the one
/// telling, with the baby heard too ("I can hear him hitting her and the twins screaming"); a
/// partner's threat to hurt or kill "them both" (mother and baby) or her, her partner named,
/// as domestic abuse; untreated mental ill health said as "was under a service but stopped
/// going"; the baby expected to fit round a parent's social life under "should" or "expects";
/// the father off the record said of "he" or his details; a mother on her own with the baby
/// most of the time; a relative named as the one who found the marks. False: a threat or a baby
/// left alone told with what ended it (custody, remand, arrest, "dealt with") or a time long gone
/// read as danger now; an adult's bruise said to be theirs read as the baby's. Sentences written
/// for the classes, both ways.
@Suite("Heard violence, ended threats, adults' bruises, off the record")
struct HeardViolenceEndedThreatsAdultsBruisesAndOffRecordTests {
    /// Violence heard going on now, with the baby heard or not: danger and the abuse.
    @Test(arguments: [
        "I'm on the landing and can hear him punching her, the little one is crying",
        "on the phone to mum now, I can still hear dad beating mum",
        "I can hear the kids crying and dad punching mum",
        "currently hearing her partner hitting her through the door",
    ])
    func violenceHeardNowIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// A situation going on now heard with the baby's cries: the baby is there, danger inferred.
    @Test func situationHeardWithTheBabyCrying() {
        let text = "I can hear plates being smashed and the baby wailing"
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present)
    }

    /// The baby heard crying alone, or violence heard long ago: no danger.
    @Test(arguments: [
        "I can hear the newborn crying upstairs, mum's just warming a bottle",
        "you can hear the baby crying on the call, she says he's teething",
        "years ago the neighbours could hear him hitting her",
        "she heard him hitting her last summer and the kids crying",
    ])
    func noDangerHeardNow(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// A threat to "them both", or to her with her partner named: danger and the abuse.
    @Test(arguments: [
        "her ex is threatening to stab them both",
        "dad has threatened to hurt both of them, he's outside",
        "her boyfriend has been threatening to kill her",
    ])
    func threatToThemBothIsAbuseAndDanger(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// A threat told with what ended it: the abuse, no danger now.
    @Test(arguments: [
        "not now - her partner threatened to stab them both on Friday but he's on remand",
        "he threatened to hurt her last week and was arrested",
        "he's in custody for threatening to kill them",
        "her ex threatened to kill her at the weekend, he was arrested",
        "the boyfriend threatened to kill them all, police came and it was dealt with",
    ])
    func endedThreatIsAbuseNotDanger(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        let ids = DialogueFixtures.recommendationIDs(text)
        #expect(ids.contains("refer-csc") && !ids.contains("emergency-services"), "\(text): \(ids)")
    }

    /// The threat going on after it, or an end that is no end ("police on the way to arrest
    /// him", "if she goes for custody"): danger stays.
    @Test func threatThatGoesOnStaysDanger() {
        for text in ["he threatened to kill them both, he was arrested but he's been bailed and is heading to the flat",
            "he's threatening to hurt them both, police are on the way to arrest him",
            "he threatened to kill them both if she goes for custody"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) != nil, "\(text)")
            #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
        }
        for text in ["grandad was released from prison in May and is coming round to see the baby",
            "dad's been released from hospital and is heading home"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        }
    }

    /// A baby left alone told with a time long gone or its end: neglect, no danger now; still
    /// alone now, danger.
    @Test func leftAloneLongAgo() {
        for text in ["the baby was left alone in the house a few months ago, it was dealt with",
            "last month he was left alone in the car outside the bookies"] {
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        }
        for text in ["the baby's been left alone in the car and mum still isn't back",
            "she's left the baby alone in the flat for the last two hours"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        }
    }

    /// An adult's bruise said to be theirs: no baby's bruise; the mother's stays a possible
    /// sign of abuse, unless from her care in hospital.
    @Test func adultsOwnBruise() {
        for text in ["the bruising is on grandad's hands", "it's her stepdad who has the bruises",
            "dad's the one with the mark on his cheek", "it was nan's bruise, not his"] {
            #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
        }
        let denied = "the marks are on dad, not on the baby"
        #expect(MatcherFixture.status(.bruising, in: denied) == .absent)
        let hers = "it's mum who has a big bruise on her arm"
        #expect(MatcherFixture.status(.bruising, in: hers) == nil)
        #expect(MatcherFixture.status(.domesticAbuse, in: hers) == .possible)
        let drip = "mum has bruising on the back of her hand from the drip"
        #expect(MatcherFixture.status(.bruising, in: drip) == nil)
        #expect(MatcherFixture.status(.domesticAbuse, in: drip) == nil)
        #expect(!DialogueFixtures.recommendationIDs("6 week old, " + drip).contains("bruising-protocol"))
    }

    /// The baby's own bruise beside an adult's, or noticed by an adult: still the baby's.
    @Test(arguments: [
        "the bruise is on dad's arm and there's one on the baby's leg",
        "it's grandad who has the bruise, and the baby has one on her cheek too",
        "dad's the one who spotted the bruise",
        "it's the twins who have the bruises",
    ])
    func babysOwnBruiseStays(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
    }

    /// ...told second-hand by the adult who noticed it: still a bruise to look at.
    @Test func noticedByAnAdultStaysABruise() {
        #expect(MatcherFixture.status(.bruising, in: "it's nan who noticed the mark on his back") != nil)
    }

    /// Under a mental health service and then stopped going: untreated, and mental ill health.
    @Test func stoppedGoingToTheService() {
        for text in ["she was seeing a psychologist but stopped attending in the summer",
            "mum was under the CMHT, quit going after the birth"] {
            #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == .present, "\(text)")
            #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
        }
        for text in ["she was under the perinatal team and still goes every fortnight",
            "she was with her sister but stopped going out"] {
            #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) != .present, "\(text)")
        }
    }

    /// The baby expected to fit round a parent's life: naive expectations; advice about a
    /// routine is not.
    @Test func babyToFitRoundTheParentsLife() {
        for text in ["mum thinks the baby should just fit in with her friends",
            "dad expects her to fit round his gaming", "she reckons he'll slot into her work"] {
            #expect(MatcherFixture.status(.naiveExpectations, in: text) == .present, "\(text)")
            #expect(MatcherFixture.status(.unborn, in: text) == nil, "\(text)")
        }
        for text in ["the pram should fit in her car", "the cot will fit in her room"] {
            #expect(MatcherFixture.status(.naiveExpectations, in: text) == nil, "\(text)")
        }
    }

    /// The father off the record said of "he" or his details: unknown; on the record, known;
    /// not in a room, nothing.
    @Test func fatherOffTheRecord() {
        for text in ["he isn't on the system", "he's not recorded on anything", "his name isn't recorded"] {
            #expect(MatcherFixture.status(.fatherUnknown, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.fatherUnknown, in: "he's on our system") == .absent)
        for text in ["he's not in the kitchen", "he's not on shift today"] {
            #expect(MatcherFixture.status(.fatherUnknown, in: text) == nil, "\(text)")
        }
    }

    /// On her own with the baby most of the time: isolation; at this moment, not.
    @Test func onHerOwnMostOfTheTime() {
        #expect(MatcherFixture.status(.isolation, in: "she's on her own with the twins most of the time") == .present)
        #expect(MatcherFixture.status(.isolation, in: "she is on her own with him at the moment") == nil)
    }

    /// A relative named and then as the one who found the marks: a family concern; a mother
    /// who pointed them out, none.
    @Test func relativeWhoFoundTheMarks() {
        let text = "his nan was at the clinic, she's the one who spotted the marks on his back"
        #expect(MatcherFixture.status(.familyConcern, in: text) == .present)
        #expect(MatcherFixture.status(.bruising, in: text) != nil)
        for other in ["mum is the one who spotted the marks on his back",
            "her auntie was there, she's the one who does the night feeds"] {
            #expect(MatcherFixture.status(.familyConcern, in: other) == nil, "\(other)")
        }
    }
}
