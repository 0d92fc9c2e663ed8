import Testing

@testable import CurioCore

/// Classes a probe of critical findings told by sign, scene or threat found (fixer fa).
/// Missed: neglect told only by the state of the home (milk gone off in the bottles, a cot with
/// no mattress, glass or sharps on the floor, hazards in the baby's reach, used nappies piled
/// up, flies); a parent's own childhood plan or care for neglect read as the baby's neglect;
/// "never been treated for her depression" read as no depression; a bruise told as a coloured
/// line; a carer's doubt of where a mark came from read as a doubt of the mark; danger with no
/// injury (a baby in the water, a carer who put the baby down and walked out, a baby alone
/// after the carer left); "not going anywhere yet"; newborns in a belief read as the baby; a
/// relapse of a mental illness read as drugs; a threat at the baby read as abuse between the
/// adults; a support question answered "no one". False: a baby left with nan "on her own", and
/// a sleepy baby who won't wake for feeds, read as danger. Sentences written for the classes.
@Suite("Home state, parents' care plans, untreated illness, bruise lines, danger without injury")
struct HomeStateCarePlansUntreatedLinesAndDangerWithoutInjuryTests {
    /// The state of the home and the baby's things, with no word of neglect, is neglect.
    @Test(arguments: [
        "the twins' bottles were sitting on the side full of sour milk",
        "formula in his bottles had gone lumpy and off",
        "her moses basket has no mattress in it, just a blanket",
        "there was no mattress for the cot so he sleeps on the carpet",
        "shards of glass all over the lounge floor where she plays",
        "smashed glass on the kitchen floor",
        "his mum's tablets were left on the bed right next to the baby",
        "dad's knives were lying within the baby's reach",
        "soiled nappies piled up by the changing mat",
        "bin bags of dirty nappies in the bedroom",
        "the kitchen is crawling with flies",
    ])
    func theHomesStateIsNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// A posset, a cot with its mattress, things kept safe, a home messy but safe: no neglect.
    @Test func homeLookAlikes() {
        for text in ["she was sick and brought up curdled milk after the bottle",
            "he sleeps in his cot on a new firm mattress",
            "mum keeps her tablets out of the baby's reach in a locked tin",
            "used nappies go straight in the outside bin",
            "she dropped her pills on the floor and picked them all up"] {
            #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
        }
        for text in ["the flat is a bit messy but it's safe", "the house was cluttered though clean and warm"] {
            #expect(MatcherFixture.status(.neglect, in: text) == .absent, "\(text)")
        }
        let scene = "there were razor blades on the bathroom floor and the cot had no mattress"
        #expect(DialogueFixtures.recommendationIDs(scene).contains("refer-csc"))
    }

    /// The parent's own plan or care for neglect is her childhood and her care, not the baby's
    /// neglect; the baby's own plan is still the baby's.
    @Test(arguments: [
        "she was on a child protection plan herself for a while, under neglect",
        "dad left care at 17 and was on a CP plan before that because of neglect",
        "mum was placed in foster care for neglect",
        "he was LAC from 9 following a CIN plan for neglect",
    ])
    func theParentsOwnPlanForNeglect(text: String) {
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.childhoodInCare, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    @Test func theBabysOwnPlan() {
        for text in ["the baby was made subject to a child protection plan for neglect",
            "mum left care at 19 and the baby is now on a CP plan for neglect"] {
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.childhoodInCare, in: "the baby is subject to a child protection plan") == nil)
    }

    /// Never treated denies the treatment, not the illness.
    @Test func neverTreated() {
        for text in ["dad's never been treated for his anxiety", "she has had low mood for years and has never been treated",
            "her PTSD has never been treated"] {
            #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
            #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == .present, "\(text)")
        }
        let treated = "she's been treated for her postnatal depression before"
        #expect(MatcherFixture.status(.mentalHealth, in: treated) == .present)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: treated) == .absent)
        #expect(MatcherFixture.status(.mentalHealth, in: "she has never been depressed") == .absent)
        #expect(MatcherFixture.status(.mentalHealth, in: "she's never been treated for any mental illness because she's never had one") == .absent)
    }

    /// A line, streak or stripe of a bruise's colour on the body is a bruise, past a denial's
    /// "but"; a carer's doubt of the cause leaves the mark seen.
    @Test func bruiseLinesAndDoubtedCauses() {
        for text in ["no marks on his face but a purplish streak across his thigh",
            "skin otherwise clear apart from faint bluish lines on her upper arm", "a greenish stripe down his back",
            "a small bluish mark on her jaw, dad is unsure where it came from",
            "purplish mark on his ear, mum doesn't know what caused it"] {
            #expect(MatcherFixture.status(.bruising, in: text) == .present, "\(text)")
        }
        for text in ["there's a blue line down the side of the cot", "a dark line on her tummy"] {
            #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
        }
    }

    /// A baby in the water, put down and left, or alone after the carer went: danger and 999.
    @Test(arguments: [
        "the baby's face down in the bath and I can't lift him",
        "she's under the water in the bath",
        "the baby's drowning",
        "dad put her in her cot and walked out",
        "she put the baby down and left the flat",
        "he's stormed out and left the twins",
        "mum's left the flat, he's on his own now",
        "she's gone to the pub and the baby is on his own",
    ])
    func dangerWithoutInjury(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// Over, figurative, out of the room as advised, left with someone, long ago, the mother
    /// alone since: no danger now.
    @Test func dangerLookAlikes() {
        for text in ["he went face down in the bath last month but mum lifted him straight out",
            "she's drowning in paperwork",
            "mum put him in his cot and walked out of the room to calm down, as advised",
            "dad walked out and left the baby with me",
            "last month he put the baby in her cot and walked out",
            "dad left last year, she's been on her own since"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        }
        #expect(MatcherFixture.status(.neglect, in: "last month he put the baby in her cot and walked out") == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: "dad's using heroin again") == .present)
    }

    /// A baby left with an adult on their own with it, or sleepy for feeds: no danger, no 999;
    /// a baby who cannot be roused, or alone, still is.
    @Test(arguments: [
        "the baby was left with his grandad on his own for the afternoon",
        "she left the twins with her aunt on her own overnight",
        "he won't wake up for his night feeds, mum has to wake him",
        "she doesn't wake for feeds, she's a sleepy baby",
    ])
    func noDangerWithACarerOrForFeeds(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    @Test func unrousableOrAloneStaysDanger() {
        for text in ["I can't wake her", "he won't wake up for anything and he's floppy", "the baby was left on his own in the flat"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.isolation, in: "the baby is with her nan on her own tonight") == nil)
    }

    /// Not going anywhere yet, newborns in a belief, a relapse of an illness, a threat at the
    /// baby, support answered "no one".
    @Test func smallerClasses() {
        #expect(MatcherFixture.status(.preMobile, in: "she rolls onto her tummy but isn't going anywhere yet") == .present)
        #expect(MatcherFixture.status(.preMobile, in: "dad says he's not going anywhere, he's staying") == nil)
        let belief = "she expects newborns to sleep through the night"
        #expect(MatcherFixture.status(.preMobile, in: belief) == nil)
        #expect(MatcherFixture.status(.naiveExpectations, in: belief) == .present)
        for text in ["she might be relapsing into depression", "his bipolar has relapsed"] {
            #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
            #expect(MatcherFixture.status(.substanceMisuse, in: text) == nil, "\(text)")
        }
        #expect(MatcherFixture.status(.substanceMisuse, in: "she has relapsed on heroin") == .present)
        let threat = "he has the twins and is threatening to hurt them if she leaves"
        #expect(MatcherFixture.status(.immediateDanger, in: threat) == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: threat) == nil)
        for text in ["Q: who helps her with the baby? A: nobody really", "Who supports her? No-one really."] {
            #expect(MatcherFixture.status(.isolation, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.isolation, in: "Q: does she need help with bathing him? A: not really, she's confident") == nil)
    }
}
