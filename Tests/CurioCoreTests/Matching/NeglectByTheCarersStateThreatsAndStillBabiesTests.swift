import Testing

@testable import CurioCore

/// Classes a round of probes by callers and note writers found missed. Neglect told by the
/// carer's state and the baby's (a carer passed out or out of it while the baby cries or lies
/// on the floor; a carer out of it who has the baby; the baby never washed or bathed; nobody
/// feeding him; the caller not knowing who feeds him); danger by a said intent to go round and
/// snatch the baby or take him away; a psych ward as mental ill health; a baby still and
/// silent after a fall or a blow (danger, not pre-mobility) and the baby's head hitting
/// something (a head injury). Sentences written for the classes, both ways.
@Suite("Neglect by the carer's state, threats to take the baby, still babies")
struct NeglectByTheCarersStateThreatsAndStillBabiesTests {
    /// A carer out of it while the baby cries or lies on the floor: neglect, and the danger kept.
    @Test(arguments: [
        "he's out of it and the baby's crying in his cot",
        "the baby was screaming on the floor and mum was out cold",
        "she's passed out on the settee and the baby is on the floor howling",
    ])
    func carerOutOfItWhileTheBabyCries(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// A carer who has the baby and is out of it: neglect possible, drink or drugs found.
    @Test func carerWithTheBabyOutOfIt() {
        let text = "she had the twins with her but she's totally out of it"
        #expect(MatcherFixture.status(.neglect, in: text) == .possible)
        #expect(MatcherFixture.status(.substanceMisuse, in: text) != nil)
        // Tired, not out of it: nothing.
        #expect(MatcherFixture.status(.neglect, in: "she's got the baby and she's a bit out of it after no sleep") == nil)
    }

    /// The baby's care never done, and nobody doing it: neglect; the caller not knowing who
    /// feeds him: possible. Sharing the care, or a feed that is not given at one time, is none.
    @Test func careNeverDone() {
        for text in ["the twins are hardly ever bathed", "honestly the baby is never changed", "no one ever feeds her"] {
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        }
        for text in ["no idea who's changing her while mum's at work", "we don't know who is looking after the baby today"] {
            #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
        }
        for text in ["dad's never bathed her, mum does it", "the baby's never had formula, she's breastfed"] {
            #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
        }
    }

    /// A said intent to go round and snatch the baby, or take him away: danger. Going round to
    /// see the baby, or to take him to a grandparent's, is none.
    @Test func saidIntentToTakeTheBaby() {
        for text in ["she's texted that she's coming over tonight to grab the kids",
            "her ex told her he's coming back to take the baby away"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        }
        for text in ["he said he's going round to see the baby",
            "dad says he's coming round later to take the baby to his mum's for tea"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        }
    }

    /// A psych ward or unit is mental ill health.
    @Test func psychWard() {
        #expect(MatcherFixture.status(.mentalHealth, in: "mum was on the psych unit for a month last year") == .present)
    }

    /// Still and silent after a fall or a blow: danger, never pre-mobility; "not moving yet" is.
    @Test func stillAfterAFall() {
        for text in ["he fell off the sofa and isn't moving", "she's not moving after she fell off the bed",
            "he's not crying, he isn't moving"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
            #expect(MatcherFixture.status(.preMobile, in: text) == nil, "\(text)")
        }
        #expect(MatcherFixture.status(.preMobile, in: "he's 5 months, not moving yet, not crawling") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "he's 5 months, not moving yet, not crawling") == nil)
    }

    /// The baby's head hitting something is a head injury; mum's is not the baby's.
    @Test func headHitSomething() {
        #expect(MatcherFixture.status(.otherInjury, in: "her head hit the floor when he slipped") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "the baby's head banged on the doorframe") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "mum's head hit the wall") == nil)
    }
}
