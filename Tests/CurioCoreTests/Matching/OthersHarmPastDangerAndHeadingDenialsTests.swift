import Testing

@testable import CurioCore

/// Classes from the s19 long-note and recommendation probes, all false urgent advice: an adult's
/// or a brother's or sister's injury put on the baby; the parent's own childhood plan for neglect
/// read as the baby's neglect; a heading's colon turning a denial into a finding; a birthmark
/// named in the same sentence still a possible bruise; violence to an ex set against "but no DA
/// in this relationship"; a near miss or an urge not acted on read as harm; a neighbour's habit
/// of hearing shouting read as danger now; another person's or a past danger read as the baby's
/// now; the parent's childhood violence read as a baby hurt; a birth bleed read as the baby's.
/// And the mirrors: the baby's own, present injuries and dangers stay. Sentences written for the
/// classes.
@Suite("Others' harm, past danger and heading denials")
struct OthersHarmPastDangerAndHeadingDenialsTests {
    /// A brother or sister who came or turned up somewhere with a mark: theirs, not the baby's.
    @Test(arguments: [
        "his sister went to nursery with a bruise on her forehead; the baby is 6 weeks",
        "her big brother came back from school with marks on his arm, baby is 9 weeks",
        "the older sister arrived at playgroup with a bruised cheek",
        "her brother came home from nursery with a burn on his hand, the baby is 4 weeks",
    ])
    func aSiblingsInjuryIsNotTheBabys(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
    }

    /// The mirror: the baby who came home with a bruise, a bruise a sibling left, a baby named by
    /// weeks with a burn.
    @Test func theBabysOwnInjuryStays() {
        #expect(MatcherFixture.status(.bruising, in: "the baby came home from nursery with a bruise on his arm") == .present)
        #expect(MatcherFixture.status(.bruising, in: "her brother hit him and left a bruise on his cheek") == .present)
        #expect(MatcherFixture.status(.bruising, in: "she came into A&E with a bruise on her face") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "the 8 week old had a burn on his hand") == .present)
        #expect(MatcherFixture.status(.bruising, in: "her sister came round and found the baby with a bruise on his face") == .present)
        #expect(MatcherFixture.status(.bruising, in: "mum had a black eye and the baby had a bruise on her cheek") == .present)
    }

    /// The mother's injuries, two of them, or a relative's daughter hit with bruises seen on her:
    /// domestic abuse, not the baby's injury.
    @Test func anAdultsInjuriesAreDomesticAbuse() {
        let lip = "mum had a split lip and a bruise on her cheek when I visited, baby 7 weeks"
        #expect(MatcherFixture.status(.domesticAbuse, in: lip) == .possible)
        #expect(MatcherFixture.status(.bruising, in: lip) == nil)
        let eye = "mother had a black eye and scratches across her neck"
        #expect(MatcherFixture.status(.domesticAbuse, in: eye) == .possible)
        #expect(MatcherFixture.status(.otherInjury, in: eye) == nil)
        let sister = "my sister's boyfriend beats her and I have seen bruising on her legs"
        #expect(MatcherFixture.status(.domesticAbuse, in: sister) == .present)
        #expect(MatcherFixture.status(.bruising, in: sister) == nil)
    }

    /// The parent's own plan as a child, with her age then, for neglect: her childhood, not the
    /// baby's neglect. The baby's plan for neglect is neglect.
    @Test func theParentsChildhoodPlanIsNotTheBabysNeglect() {
        let dad = "dad was on a CP plan aged 9 under the category of neglect"
        #expect(MatcherFixture.status(.neglect, in: dad) == nil)
        #expect(MatcherFixture.status(.childhoodInCare, in: dad) == .present)
        #expect(MatcherFixture.status(.adverseChildhood, in: dad) == .present)
        #expect(MatcherFixture.status(.neglect, in: "mum was on a child protection plan from age 7 for neglect") == nil)
        #expect(MatcherFixture.status(.neglect, in: "the baby is on a CP plan under the category of neglect") == .present)
    }

    /// Headings with a colon: two headings denied together, "never" after the colon, and the
    /// evidence after a denied heading's colon said plainly.
    @Test func headingColonDenials() {
        #expect(MatcherFixture.status(.substanceMisuse, in: "Alcohol and drugs: denied.") == .absent)
        #expect(MatcherFixture.status(.substanceMisuse, in: "Smoking and alcohol - nil") == .absent)
        #expect(MatcherFixture.status(.substanceMisuse, in: "Cannabis: never.") == .absent)
        #expect(MatcherFixture.status(.substanceMisuse, in: "Drugs and alcohol: uses cannabis daily.") == .present)
        #expect(MatcherFixture.status(.neglect, in: "No evidence of neglect: the home was warm and tidy.") == .absent)
        #expect(MatcherFixture.status(.bruising, in: "There was no sign of neglect: the baby had a bruise on his ear.") == .present)
    }

    /// A colour patch said in the same sentence to be a birthmark is no bruise; one said not to be
    /// a birthmark is still a possible bruise.
    @Test func aPatchNamedABirthmarkIsNoBruise() {
        #expect(MatcherFixture.status(.bruising, in: "the dark patch on her back is a dermal melanocytosis, documented on the discharge summary") == nil)
        #expect(MatcherFixture.status(.bruising, in: "the grey patch on his back was recorded at the newborn check but it was not a Mongolian spot") == .possible)
    }

    /// Violence to an ex set against none now: the denial stands; violence now is abuse.
    @Test func violenceToAnExAgainstNoneNow() {
        #expect(MatcherFixture.status(.domesticAbuse, in: "dad was aggressive towards his ex years ago but there is no abuse between him and mum") == nil)
        #expect(MatcherFixture.status(.domesticAbuse, in: "dad was violent to his ex-partner and is violent to mum now") == .present)
    }

    /// A near miss or an urge not acted on is no injury or danger; shaking hard, an urge now, and
    /// an urge acted on stay.
    @Test func nearMissesAreNoHarm() {
        #expect(MatcherFixture.status(.otherInjury, in: "he almost shook her when she wouldn't stop crying but gave her to mum") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "dad said he wanted to shake her but he walked out to calm down") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "she nearly shook him to death") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "he shook her violently") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "I feel like throwing him against the wall") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "she felt like throwing him against the wall and then she did") == .present)
    }

    /// Shouting and crying heard as a habit: possible abuse or crying, not danger right now; heard
    /// right now it is possible danger.
    @Test func habitualHearsayIsNotDangerNow() {
        let nights = "neighbours hear shouting and the baby crying most nights"
        #expect(MatcherFixture.status(.immediateDanger, in: nights) == nil)
        #expect(MatcherFixture.status(.domesticAbuse, in: nights) == .possible)
        let hours = "the neighbour regularly hears the baby crying for hours and dad yelling at night"
        #expect(MatcherFixture.status(.immediateDanger, in: hours) == nil)
        #expect(MatcherFixture.status(.inconsolableCrying, in: hours) == .possible)
        #expect(MatcherFixture.status(.immediateDanger, in: "a neighbour can hear a man shouting and the baby screaming right now") == .possible)
    }

    /// Another person in danger, a danger ended by the police, a threat whose maker is arrested,
    /// and who is caring asked: no danger now. The baby in danger, or a danger not ended, stays.
    @Test func someoneElsesOrPastDangerIsNoDangerNow() {
        #expect(MatcherFixture.status(.immediateDanger, in: "her friend who is at risk from her ex has been sleeping on the sofa") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "he was in danger yesterday but officers arrested his father") == nil)
        let arrested = "yesterday her partner threatened to kill her and he's been arrested"
        #expect(MatcherFixture.status(.immediateDanger, in: arrested) == nil)
        #expect(MatcherFixture.status(.domesticAbuse, in: arrested) == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "dad took an overdose and who is looking after the baby") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "mum's friend says the baby is in danger") == .possible)
        #expect(MatcherFixture.status(.immediateDanger, in: "he was in danger last night and dad is still there with him") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "he threatened to kill her tonight and he's been drinking") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "last night dad threatened to hurt the baby and he is still at home") == .present)
    }

    /// The parent who watched her father hit her mother: her childhood, no baby hurt; a baby seen
    /// being hit stays danger.
    @Test func theParentsChildhoodViolenceIsNoHarmNow() {
        let text = "she watched her dad hit her mother when she was small"
        #expect(MatcherFixture.status(.adverseChildhood, in: text) == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil)
        #expect(MatcherFixture.status(.otherInjury, in: text) == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "she saw him hitting the baby") == .present)
    }

    /// A bleed after the delivery is the mother's; a bleed on the baby's brain after it is his.
    @Test func aBirthBleedIsTheMothers() {
        #expect(MatcherFixture.status(.otherInjury, in: "traumatic delivery by section and then a massive haemorrhage") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "ventouse delivery, then a big bleed on the brain") == .present)
    }

    /// Found reading the cues above: a child named by years may be the child the call is about
    /// ("the baby, 1 year old, has a burn"), so the injury stays; and a carer's word that the
    /// mark is a birthmark, said with the mark placed, leaves a possible bruise (a professional's
    /// word is taken as said).
    @Test func aChildNamedByYearsAndACarersBirthmark() {
        #expect(MatcherFixture.status(.otherInjury, in: "the baby, 1 year old, has a burn on her hand") == .present)
        #expect(MatcherFixture.status(.bruising, in: "mum says the mark on his back is a birthmark") == .possible)
        #expect(MatcherFixture.status(.bruising, in: "the midwife says the mark on his back is a birthmark") == nil)
    }
}
