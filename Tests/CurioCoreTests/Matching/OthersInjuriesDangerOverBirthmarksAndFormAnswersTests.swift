import Testing

@testable import CurioCore

/// Classes of false urgent advice from probes AS, AT, AU and AV, each both ways, with sentences
/// written for the classes: (1) another child's injury taken as the baby's (a brother who came
/// home with bruises, the neighbour's baby with a scald, bruises on the older boy with the baby
/// cleared); (2) the mother's own injury ("it's mum who's hurt, she's fractured her ankle", "Mum
/// # wrist"); (3) danger that is over (an outcome after "but", a crew's verdict, a 999 call made
/// earlier, a fit with its scan); (4) a birthmark recorded (after a stop, "MBS"), and a mark that
/// may be a birthmark kept as a possible bruise; (5) neglect words not about the baby (the
/// father's GP registration, an adult's missed probation appointments, the parent's care from an
/// age with its cause, "nobody has ever seen him"); (6) a form's heading answered "no" or "N/A";
/// (7) rough handling with no injury named stays a possible injury (a worry of physical harm:
/// a missed referral is the worse mistake; the injury question asks the rest). Every narrowing keeps the
/// baby's own injury beside another's and danger now beside danger over.
@Suite("Others' injuries, danger over, birthmarks, adults' neglect words, form answers")
struct OthersInjuriesDangerOverBirthmarksAndFormAnswersTests {
    private func positive(_ status: FindingStatus?) -> Bool { status == .present || status == .possible }

    /// Another child's injury: a brother or sister who came home or was sent with it, another family's child with it, the injury placed on an older child with the baby cleared.
    @Test func anotherChildsInjury() {
        #expect(!positive(MatcherFixture.status(.bruising, in: "her 4yo sister who came back from nursery with bruises on her legs")), "her 4yo sister who came back from nursery with bruises on her legs")
        #expect(!positive(MatcherFixture.status(.otherInjury, in: "his big brother who was sent home from school with a cut on his head")), "his big brother who was sent home from school with a cut on his head")
        #expect(!positive(MatcherFixture.status(.otherInjury, in: "it was her cousin's little boy who was rushed to A&E with a burn")), "it was her cousin's little boy who was rushed to A&E with a burn")
        #expect(!positive(MatcherFixture.status(.otherInjury, in: "his friend's toddler has a broken arm")), "his friend's toddler has a broken arm")
        #expect(!positive(MatcherFixture.status(.bruising, in: "the bruises were on the older girl, the baby's skin is clear")), "the bruises were on the older girl, the baby's skin is clear")
        #expect(!positive(MatcherFixture.status(.otherInjury, in: "It's the sister with the burnt hand, the baby is fine")), "It's the sister with the burnt hand, the baby is fine")
    }

    /// The baby's own injury told beside a sibling's, or after a visiting child: kept.
    @Test func theBabysOwnInjuryBesideASiblings() {
        #expect(MatcherFixture.status(.bruising, in: "her brother came home from nursery with bruises and the baby has a bruise on his cheek") == .present, "her brother came home from nursery with bruises and the baby has a bruise on his cheek")
        #expect(MatcherFixture.status(.bruising, in: "bruises on the older boy and on the baby") == .present, "bruises on the older boy and on the baby")
        #expect(MatcherFixture.status(.otherInjury, in: "the neighbour's son came round and the baby had a burn on his hand") == .present, "the neighbour's son came round and the baby had a burn on his hand")
        #expect(MatcherFixture.status(.bruising, in: "her sister came to visit and the baby had a bruise on her ear") == .present, "her sister came to visit and the baby had a bruise on her ear")
    }

    /// The mother's own injury: mum named as the one hurt, her fall and what she broke, shorthand.
    @Test func mumsOwnInjury() {
        #expect(!positive(MatcherFixture.status(.otherInjury, in: "it's mum who's injured, she's fractured her ankle")), "it's mum who's injured, she's fractured her ankle")
        #expect(!positive(MatcherFixture.status(.otherInjury, in: "mum tripped on the stairs yesterday and broke her wrist")), "mum tripped on the stairs yesterday and broke her wrist")
        #expect(!positive(MatcherFixture.status(.otherInjury, in: "nil on baby. M # R wrist")), "nil on baby. M # R wrist")
    }

    /// A fall with the baby, or "she" and "her" after a word of saying: the baby's, kept.
    @Test func anInjuryNotPlainlyHers() {
        #expect(MatcherFixture.status(.otherInjury, in: "mum fell down the stairs holding the baby and broke her arm") == .present, "mum fell down the stairs holding the baby and broke her arm")
        #expect(MatcherFixture.status(.otherInjury, in: "mum says she's broken her arm") == .present, "mum says she's broken her arm")
        #expect(MatcherFixture.status(.otherInjury, in: "mum says dad broke her arm") == .possible, "mum says dad broke her arm")
    }

    /// Danger over: the outcome after "but", a crew's verdict, a past 999 call, a fit with its scan.
    @Test func dangerOver() {
        #expect(!positive(MatcherFixture.status(.immediateDanger, in: "she choked on her milk at lunchtime but the paramedics checked her over and she's fine")), "she choked on her milk at lunchtime but the paramedics checked her over and she's fine")
        #expect(!positive(MatcherFixture.status(.immediateDanger, in: "he went blue in the bath, crew happy")), "he went blue in the bath, crew happy")
        #expect(!positive(MatcherFixture.status(.immediateDanger, in: "999 was called earlier when she fell off the sofa")), "999 was called earlier when she fell off the sofa")
        #expect(!positive(MatcherFixture.status(.immediateDanger, in: "had a 5-minute fit at nursery, MRI showed an old bleed")), "had a 5-minute fit at nursery, MRI showed an old bleed")
    }

    /// Danger now beside an outcome or a crew's verdict: kept.
    @Test func dangerNow() {
        #expect(MatcherFixture.status(.immediateDanger, in: "he is choking right now but he's fine now") == .present, "he is choking right now but he's fine now")
        #expect(MatcherFixture.status(.immediateDanger, in: "999 was called earlier when he stopped breathing and he still isn't breathing") == .present, "999 was called earlier when he stopped breathing and he still isn't breathing")
        #expect(MatcherFixture.status(.immediateDanger, in: "dad is hitting mum, paramedics happy with the baby") == .present, "dad is hitting mum, paramedics happy with the baby")
        #expect(MatcherFixture.status(.immediateDanger, in: "he's having a seizure now") == .present, "he's having a seizure now")
    }

    /// A patch recorded as a birthmark after a stop, or named MBS: no bruise.
    @Test func birthmarkRecorded() {
        #expect(!positive(MatcherFixture.status(.bruising, in: "a blue patch over his bottom; it's recorded in the red book as a Mongolian blue spot")), "a blue patch over his bottom; it's recorded in the red book as a Mongolian blue spot")
        #expect(!positive(MatcherFixture.status(.bruising, in: "the grey patch on her back is an MBS")), "the grey patch on her back is an MBS")
    }

    /// A mark that may only be a birthmark: possible, not cleared; an undocumented or new patch, and a bruise beside a birthmark, kept.
    @Test func aMarkThatMayBeABirthmark() {
        #expect(MatcherFixture.status(.bruising, in: "red mark on the back of her neck, might be a stork mark") == .possible, "red mark on the back of her neck, might be a stork mark")
        #expect(MatcherFixture.status(.bruising, in: "purple mark on his cheek, could be a birthmark") == .possible, "purple mark on his cheek, could be a birthmark")
        #expect(MatcherFixture.status(.bruising, in: "a bruise on his arm and a mark on his back that may be a birthmark") == .present, "a bruise on his arm and a mark on his back that may be a birthmark")
        #expect(MatcherFixture.status(.bruising, in: "blue patch on his arm; it's new and wasn't noted at birth") == .possible, "blue patch on his arm; it's new and wasn't noted at birth")
    }

    /// Neglect words of an adult: the father's GP registration, an adult's missed appointments with probation, the parent's care from an age with its cause, a man nobody has seen.
    @Test func adultsNeglectWords() {
        #expect(!positive(MatcherFixture.status(.neglect, in: "F not registered with a GP")), "F not registered with a GP")
        #expect(!positive(MatcherFixture.status(.neglect, in: "we've never met him and he isn't registered with any GP")), "we've never met him and he isn't registered with any GP")
        #expect(!positive(MatcherFixture.status(.neglect, in: "not engaging with probation, missed 3 appointments")), "not engaging with probation, missed 3 appointments")
        #expect(!positive(MatcherFixture.status(.neglect, in: "she was in care from 6, because of neglect at home")), "she was in care from 6, because of neglect at home")
        #expect(MatcherFixture.status(.adverseChildhood, in: "she was in care from 6, because of neglect at home") == .present, "she was in care from 6, because of neglect at home")
        #expect(!positive(MatcherFixture.status(.neglect, in: "nobody has ever seen him, no name on file")), "nobody has ever seen him, no name on file")
    }

    /// The baby's own registration, comfort, missed health visits and care: kept.
    @Test func theBabysNeglectKept() {
        #expect(MatcherFixture.status(.neglect, in: "the baby isn't registered with a GP") == .present, "the baby isn't registered with a GP")
        #expect(MatcherFixture.status(.neglect, in: "nobody ever sees to him when he cries") == .present, "nobody ever sees to him when he cries")
        #expect(MatcherFixture.status(.neglect, in: "no one comforts the baby") == .present, "no one comforts the baby")
        #expect(MatcherFixture.status(.neglect, in: "dad missed his probation appointments and the baby has DNA'd 3 health visitor appts") == .present, "dad missed his probation appointments and the baby has DNA'd 3 health visitor appts")
        #expect(MatcherFixture.status(.neglect, in: "the baby was in care from 3 weeks, after neglect at home") == .present, "the baby was in care from 3 weeks, after neglect at home")
    }

    /// A form's heading answered no, N/A or with a state that is fine: absent.
    @Test func formAnswersNo() {
        #expect(MatcherFixture.status(.neglect, in: "Neglect no. Baby well.") == .absent, "Neglect no. Baby well.")
        #expect(MatcherFixture.status(.domesticAbuse, in: "DV no, but dad drinks") == .absent, "DV no, but dad drinks")
        #expect(MatcherFixture.status(.isolation, in: "Isolation: N/A, mum's parents live next door") == .absent, "Isolation: N/A, mum's parents live next door")
        #expect(MatcherFixture.status(.neglect, in: "Home: clean, warm") == .absent, "Home: clean, warm")
        #expect(MatcherFixture.status(.otherInjury, in: "Injuries no.") == .absent, "Injuries no.")
        #expect(MatcherFixture.status(.neglect, in: "Neglect N/A.") == .absent, "Neglect N/A.")
        #expect(MatcherFixture.status(.domesticAbuse, in: "DV N/A, parents close by") == .absent, "DV N/A, parents close by")
    }

    /// A heading answered yes or with a state that is bad, a bruise "no bigger than", and an injury after a "no" answer: kept.
    @Test func formAnswersYesKept() {
        #expect(MatcherFixture.status(.neglect, in: "Neglect: yes, home filthy") == .present, "Neglect: yes, home filthy")
        #expect(MatcherFixture.status(.isolation, in: "Support: none") == .present, "Support: none")
        #expect(MatcherFixture.status(.bruising, in: "bruise no bigger than a 5p on his cheek") == .present, "bruise no bigger than a 5p on his cheek")
        #expect(MatcherFixture.status(.neglect, in: "Home: filthy, no food in the fridge") == .present, "Home: filthy, no food in the fridge")
        #expect(MatcherFixture.status(.otherInjury, in: "Bruising no, but a burn on his hand") == .present, "Bruising no, but a burn on his hand")
    }

    /// Rough handling with no injury named: a possible injury still.
    @Test func roughHandlingIsAPossibleInjury() {
        #expect(MatcherFixture.status(.otherInjury, in: "her partner has been quite rough with him") == .possible, "her partner has been quite rough with him")
        #expect(MatcherFixture.status(.otherInjury, in: "nursery staff worried about rough handling at pick-up") == .possible, "nursery staff worried about rough handling at pick-up")
    }

    /// Rough handling with a mark, a limb pulled, or rough with the mother: kept.
    @Test func roughHandlingWithHarmKept() {
        #expect(MatcherFixture.status(.bruising, in: "dad is rough with the baby and he has a bruise on his arm") == .present, "dad is rough with the baby and he has a bruise on his arm")
        #expect(MatcherFixture.status(.otherInjury, in: "dad was seen yanking the baby's arm") == .possible, "dad was seen yanking the baby's arm")
        #expect(MatcherFixture.status(.domesticAbuse, in: "Dad is rough with mum when he's had a drink.") == .present, "Dad is rough with mum when he's had a drink.")
    }

    /// Whole answers: no urgent advice for another's injury, danger over, a recorded birthmark,
    /// the parent's childhood or a form's "no"; urgent advice for the baby's own injury beside
    /// a sibling's, danger now and a mark that may be a birthmark.
    @Test(arguments: [
        ("8 week old; it's his 3 year old brother who came home from nursery with bruises, not the baby", "bruising-protocol", false),
        ("8 week old; his brother came home from nursery with bruises and the baby has a bruise on his cheek", "bruising-protocol", true),
        ("it's mum who's injured, she's fractured her ankle", "refer-csc", false),
        ("she choked on her milk at lunchtime but the paramedics checked her over and she's fine", "emergency-services", false),
        ("he went blue in the bath, crew happy", "emergency-services", false),
        ("he is choking right now", "emergency-services", true),
        ("7 week old, the grey patch on her back is an MBS", "bruising-protocol", false),
        ("7 week old, purple mark on his cheek, could be a birthmark", "bruising-protocol", true),
        ("in care from 10, after neglect at home", "refer-csc", false),
        ("Neglect no. Bruising: none", "refer-csc", false),
        ("her partner has been quite rough with him", "refer-csc", true),
    ])
    func urgentAdvice(text: String, id: String, expected: Bool) {
        #expect(DialogueFixtures.recommendationIDs(text).contains(id) == expected, "\(text): \(id)")
    }
}
