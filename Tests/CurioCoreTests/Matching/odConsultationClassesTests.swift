import Testing

@testable import CurioCore

/// Danger now told by a caller as a scene (the od grid): a baby left with a young child or with
/// no grown-up, a quoted threat long past or its maker locked up, violence or a drunk carer with
/// the baby elsewhere, and someone heard shouting to get off the baby. Sentences written for the
/// classes, with look-alikes that must stay silent (or keep only the neglect or the abuse).
@Suite("od consultation classes")
struct OdConsultationClassesTests {
    /// A young child in charge of the baby now (the child's years said, "is" or "left" before the
    /// minding, or the only one with the baby): danger now as well as neglect.
    @Test(arguments: [
        "her 7 year old is looking after the baby while mum's at work",
        "she's gone to the pub and left the 9 year old in charge of the twins",
        "it's only the 6 year old with the baby, mum's at work",
        "mum went out, it's just her and she's nine",
    ])
    func youngChildInChargeNowIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// A brother or sister minding the baby and told to be young, in one sentence (the two
    /// situations now.child_minding and now.minder_young): danger and neglect, inferred.
    @Test(arguments: [
        "his sister's minding the baby, she's only eight",
        "the brother is babysitting while mum works nights, he's just seven",
    ])
    func siblingMindingAndYoungIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// The young minder told with the age set apart, or the baby left with a young child and
    /// still so, or only the children there now: danger and neglect.
    @Test(arguments: [
        "mum's at work so the eldest, he's 9, is minding the baby",
        "the baby's been left with the 6 year old all day",
        "mum's gone out, there's only the kids there, the eldest is 8",
    ])
    func youngMinderOrOnlyTheChildrenIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// A quoted threat, then after a comma its maker on the way or alone with the baby: the
    /// "would" of the threat does not reach the clause of now, so the threat and the presence
    /// together are danger. Only the children "there and mum" is an adult there.
    @Test func threatThenAClauseOfNowIsDanger() {
        #expect(MatcherFixture.status(.immediateDanger, in: "he said he'd shut her up for good, he's on his way back now") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "mum said she'd shut him up for good, she's on her own with him") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "at the visit there's only the kids there and mum, no dad") == nil)
    }

    /// A threat's words said as a joke: no danger. The line going quiet after a crash and the
    /// baby screaming: possible danger (enough for the 999 step).
    @Test func aJokeIsNoThreatAndTheLineGoingQuietIsPossible() {
        #expect(MatcherFixture.status(.immediateDanger, in: "he joked he'd shut her up for good, everyone laughed") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "he joked he'd sort her out") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "the line's gone quiet after a crash and the baby screaming") == .possible)
    }

    /// A sister babysitting the baby: young, danger and neglect; 17, nothing; drunk, danger (the
    /// minding keeps the carer alone with the baby). A threat "told mum" is the teller's, not
    /// mum's: with him alone with the baby after, danger.
    @Test func sisterBabysittingAndAThreatToldToMum() {
        let young = "her sister is babysitting the baby, she's only 9"
        #expect(MatcherFixture.status(.immediateDanger, in: young) == .present)
        #expect(MatcherFixture.status(.neglect, in: young) == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "her sister is babysitting the baby, she's 17") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "her sister is babysitting the baby and she's steaming drunk") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "the boyfriend told mum he'd shut the baby up, and he's got the baby on his own now") == .present)
    }

    /// More scenes of now: a carer "falling about drunk" with no one else there; a veiled threat
    /// ("one way or another") with its maker upstairs with the baby; violence heard with the baby
    /// crying told after a comma; the baby left with a toddler while mum nips out; a young child
    /// who "has got" the baby; the baby left with a brother "who's 9" (told as "was left", last
    /// week, a history: neglect only).
    @Test func moreScenesOfDangerNow() {
        for text in [
            "mum's falling about drunk and there's no one else there with the baby",
            "he's saying he'll make her stop crying one way or another, he's got her upstairs",
            "I can hear her screaming and glass smashing, the baby's crying",
            "she's nipped to the shop and left the baby with the toddler",
            "mum's at bingo and the 11 year old's got the baby",
            "yes, left with her brother who's 9, mum's at work",
        ] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        }
        let past = "last week she was left with her brother who's 9"
        #expect(MatcherFixture.status(.immediateDanger, in: past) == nil)
        #expect(MatcherFixture.status(.neglect, in: past) == .present)
    }

    /// Look-alikes: an older child with the baby while the parent is in the home; no adult said of
    /// a household's members; a threat the teller says was a habit of the past. (Children alone
    /// with "no adult in the flat" stays danger.)
    @Test func adultInTheHomeOrAHistoryIsNoDanger() {
        for text in [
            "the 8 year old is looking after the baby while mum cooks tea in the kitchen",
            "the 10 year old is minding the baby in the lounge, mum's upstairs in the shower",
            "there's no adult in the household who smokes",
            "no adults in the home have any convictions",
            "he used to say he'd do her in when she cried, that was before the course, he's been great since",
        ] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        }
        #expect(MatcherFixture.status(.immediateDanger, in: "no adult in the flat, just the kids") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "the 9 year old is minding the baby while mum's at work") == .present)
    }

    /// A carer "that drunk" he can't stand, with "nobody else to look after her": danger now. The
    /// same "nobody else to look after the baby" said of appointments is isolation, no danger.
    @Test func thatDrunkWithNobodyElseToLookAfterHer() {
        #expect(MatcherFixture.status(.immediateDanger, in: "dad's that drunk he can't stand and there's nobody else to look after her") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "she has nobody else to look after the baby when she goes to appointments") == nil)
    }

    /// The baby placed in the home as a scene, with violence going on there: danger now.
    @Test func babyInThePramInTheHallwayWithViolenceIsDanger() {
        #expect(MatcherFixture.status(.immediateDanger, in: "she's in the pram in the hallway and he's smashing the windows right now") == .present)
    }

    /// A threat said about something else: another person named with "her" ("kill her mum") or a
    /// thing of the baby's ("the baby monitor"): no danger. With the baby named beside the other
    /// person ("kill her mum and the baby"), danger.
    @Test func aThreatAboutSomethingElseIsNoDanger() {
        #expect(MatcherFixture.status(.immediateDanger, in: "mum says she'll kill her mum if she turns up again") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "she said she'd throw the baby monitor out the window") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "he said he'd kill her mum and the baby if she left") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "he says he'll throw the baby out the window") == .present)
    }

    /// Look-alikes: a young child minding as a habit (neglect only), an older teenager babysitting
    /// (nothing).
    @Test func youngMinderAsAHabitOrAnOlderTeenIsNoDanger() {
        let habit = "her 12 year old is minding the baby every weekend"
        #expect(MatcherFixture.status(.immediateDanger, in: habit) == nil)
        #expect(MatcherFixture.status(.neglect, in: habit) == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "his sister's babysitting, she's 17") == nil)
    }

    /// No grown-up there with the children, said with the singular "grown-up", and two children
    /// together on their own in the home: danger now and neglect.
    @Test(arguments: [
        "there's no grown-up in there with them",
        "the toddler and the baby are home alone in the flat",
        "the kids have been on their own in the house since this morning",
    ])
    func noGrownUpWithTheChildrenIsDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// Heard on the line, someone screaming or shouting at another to get off the baby or put
    /// it down: danger now. ("Get off me" is the mother's own: no danger from it.)
    @Test func shoutingToGetOffTheBabyIsDanger() {
        #expect(MatcherFixture.status(.immediateDanger, in: "I can hear a crash and she's screaming put her down") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "something's smashed and she's shouting get off him") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "she was shouting get off me") == nil)
    }

    /// Look-alikes: a threat to the baby quoted with its time long gone, or its maker locked up
    /// since; violence or a carer too drunk with the baby at nursery or with another adult.
    @Test(arguments: [
        "he said years ago he'd shut her up for good",
        "once he said he'd kill the baby but he's been in prison since",
        "he's smashing the place up but the baby's at nursery till three",
        "she was too drunk to stand but her mum had the baby",
    ])
    func pastThreatOrBabyElsewhereIsNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }
}
