import Testing

@testable import CurioCore

/// Classes from the critical misses of probe BM (written at this session's start and scored
/// before these were fixed): a beating told in slang ("laying into the baby", "knocking him
/// about"), danger when it is going on; feeds watered down told with the verb, and a baby's
/// weight lost in grams (a fall, as "weight down 150g" is; a newborn's usual loss said to be
/// so is none); round marks the size of a cigarette's end (a burn); a baby left with a child
/// minder of stated young years (a doubt of neglect). Sentences written for the classes, both
/// ways.
@Suite("Slang beatings, watered feeds, cigarette marks, child minders")
struct SlangBeatingsWateredFeedsCigaretteMarksAndChildMindersTests {
    @Test(arguments: ["he's laying into the baby right now", "I could hear him laying into the baby through the wall"])
    func aBeatingNowIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.otherInjury, in: text) == .present, "\(text)")
    }

    @Test func aBeatingToldIsAnInjury() {
        #expect(MatcherFixture.status(.otherInjury, in: "he laid into the baby last week") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "he laid into the baby last week") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "he's been knocking him about") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "mum was laying into dad about money") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "she laid into me about the referral") == nil)
    }

    @Test func feedsAndWeight() {
        #expect(MatcherFixture.status(.neglect, in: "mum has been watering the feeds down") == .present)
        #expect(MatcherFixture.status(.neglect, in: "she's been watering down his bottles") == .present)
        #expect(MatcherFixture.status(.neglect, in: "she's lost 200g since last week") == .present)
        #expect(MatcherFixture.status(.neglect, in: "she lost 200g in the first week, normal, regained by day 10") == nil)
        #expect(MatcherFixture.status(.neglect, in: "mum has lost 2kg since the birth") == nil)
    }

    @Test func cigaretteSizedMarksAreBurns() {
        #expect(MatcherFixture.status(.otherInjury, in: "Two round marks on his palm about the size of a cigarette end.") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "round marks on the table from her cigarette") == nil)
    }

    @Test func aChildMinderOfYoungYears() {
        #expect(MatcherFixture.status(.neglect, in: "Left with a 13 yr old babysitter every evening while mum works.") == .possible)
        #expect(MatcherFixture.status(.neglect, in: "left with a 19 year old babysitter on Saturdays") == nil)
    }
}
