import Testing

@testable import CurioCore

/// Classes a probe of longer case notes (chronologies, MASH summaries, ICPC minutes, discharge
/// letters, police notes) found. Missed: a baby left outside and still there, told by how long
/// or the weather, without "alone" (danger now and neglect; told as over or a habit, neglect),
/// and a neighbour's call before a dash making it second-hand; a birthmark no record at birth
/// shows (a possible bruise). False or negated: an adult's or an older child's injury read as
/// the baby's (a hand broken punching a wall, a man who broke her jaw, mum's split lip in the list
/// of her bruise, an older child with an age in brackets, an older sibling removed after a
/// fracture), "wasn't hurt" and "unharmed" not read as a denial; "no immediate safeguarding risk",
/// "pregnancy test neg", a mark assessed as a haemangioma, a CP plan's category read as abuse; a
/// parent missing her own mental health appointments read as the baby's neglect, a missed check
/// rebooked and attended read as missed care. Softer: relatives raising a concern in longer notes,
/// second-hand and doubted accounts, untreated wording, the father unknown, isolation from an ex
/// when she has someone, descriptive wording. Sentences written for the classes.
@Suite("Case notes: left outside, others' injuries, doubts")
struct CaseNotesLeftOutsideOthersInjuriesAndDoubtsTests {
    /// A baby left outside and there still: danger now and neglect; from a neighbour, possible.
    @Test func leftOutsideNow() {
        for text in ["the twins have been left out on the balcony in the cold for ages",
            "Her little one has been left outside the chip shop in the pushchair for about twenty minutes",
            "he has left the baby out in the yard for over an hour"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        }
        for text in ["Passer-by says the baby has been left in the back garden in the snow for hours",
            "Neighbour rang 101 - says the newborn has been left on the doorstep for half an hour"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .possible, "\(text)")
            #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
        }
        #expect(DialogueFixtures.recommendationIDs("the twins have been left out on the balcony in the cold for ages").contains("emergency-services"))
    }

    /// Told as over or as a habit: neglect, no danger now; left with someone, or asleep with a
    /// carer by, nothing.
    @Test func leftOutsideOverOrLookAlike() {
        for text in ["the baby was left on the balcony for an hour last month", "she is often left in the yard in her pram for 40 minutes"] {
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        }
        for text in ["the baby has been left with her grandad for over an hour",
            "baby's been asleep in the pram in the garden for an hour, mum is sitting beside her",
            "the baby's been left in his cot for an hour to nap"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        }
    }

    /// A birthmark no record at birth shows is a possible bruise; one recorded is none.
    @Test func undocumentedBirthmark() {
        for text in ["Mum says the mark on his bum is a birthmark, but nothing was noted at the newborn check",
            "There is a so-called Mongolian spot on her back that was never documented at birth",
            "dad calls it a birthmark though it isn't recorded in the red book"] {
            #expect(MatcherFixture.status(.bruising, in: text) == .possible, "\(text)")
        }
        for text in ["Strawberry birthmark on her forehead, recorded at the NIPE check, growing as expected",
            "Mongolian blue spots over the sacrum, documented at the newborn check",
            "the lesion was diagnosed by dermatology as a naevus"] {
            #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
        }
        let young = "Mum says the mark on his bum is a birthmark, but nothing was noted at the newborn check. He's 7 weeks."
        #expect(DialogueFixtures.recommendationIDs(young).contains("bruising-protocol"))
    }

    /// An older child's injury with an age in brackets is theirs; the baby's own denial stands.
    @Test func olderChildsInjury() {
        let both = "Her eldest (7) has a bruise on his knee from football. The baby (8 weeks) has no marks anywhere."
        #expect(MatcherFixture.status(.bruising, in: both) == .absent)
        #expect(!DialogueFixtures.recommendationIDs(both).contains("bruising-protocol"))
        #expect(MatcherFixture.status(.otherInjury, in: "older sister (5) had a graze on her chin from the park") == nil)
        #expect(MatcherFixture.status(.bruising, in: "brother (3) has a bruise on his forehead") == nil)
        #expect(MatcherFixture.status(.otherInjury, in: "First child (4) was adopted in 2021 following a fractured femur, injuries attributed to her then boyfriend") == nil)
        // The baby hurt by the older child, and the baby's own injuries so attributed, stay.
        #expect(MatcherFixture.status(.bruising, in: "The older girl (6) pushed the baby off the sofa and there's a bruise on his cheek") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "The baby had a fractured femur at 8 weeks, injuries attributed to her then boyfriend") == .present)
    }

    /// An adult's own injury: abuse of the adult, no injury of the baby.
    @Test func adultsOwnInjury() {
        for text in ["Dad kicked a door and broke his toe in the argument", "Her ex smashed her cheekbone in 2019"] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
            #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
        }
        let lip = "the woman had a bruise under her eye and a fat lip"
        #expect(MatcherFixture.status(.otherInjury, in: lip) == nil)
        #expect(MatcherFixture.status(.domesticAbuse, in: lip) == .possible)
        #expect(MatcherFixture.status(.otherInjury, in: "Dad kicked a door and broke the baby's leg") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "mum has a bruise on the baby's arm and a cut lip") == .present)
    }

    /// Not hurt, unharmed: a denial of the baby's injury; hurt stays an injury.
    @Test func notHurt() {
        for text in ["Car crash yesterday, baby in the back seat but unhurt", "Car crash yesterday, the baby wasn't harmed"] {
            #expect(MatcherFixture.status(.otherInjury, in: text) == .absent, "\(text)")
        }
        #expect(MatcherFixture.status(.otherInjury, in: "the baby was harmed by his father") == .present)
    }

    /// Verdicts and results that deny, and headings that are no finding.
    @Test func verdictsAndHeadings() {
        #expect(MatcherFixture.status(.immediateDanger, in: "outcome: no current safeguarding concerns, baby discharged home with mum") == .absent)
        #expect(MatcherFixture.status(.immediateDanger, in: "worried about her understanding of safe bathing") == nil)
        #expect(MatcherFixture.status(.unborn, in: "UPT negative at the appointment") == .absent)
        #expect(MatcherFixture.status(.unborn, in: "urine pregnancy test positive today") == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: "Subject to a child protection plan under the category of emotional abuse") == nil)
        #expect(MatcherFixture.status(.adverseChildhood, in: "Dad was on a child protection plan as a child for physical abuse") == .present)
    }

    /// A parent's own appointments missed are untreated ill health, not the baby's neglect; a
    /// missed check rebooked and attended is no missed care.
    @Test func appointments() {
        let own = "Known to the perinatal team but has missed her last two appointments"
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: own) == .present)
        #expect(MatcherFixture.status(.neglect, in: own) == nil)
        #expect(MatcherFixture.status(.neglect, in: "Under the perinatal team, baby missed his 12 week jabs") == .present)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: "Declined a GP appointment, says she will sort herself out") == .present)
        #expect(MatcherFixture.status(.neglect, in: "missed the 12 week imms but mum rearranged them and attended the week after") == .absent)
        #expect(MatcherFixture.status(.neglect, in: "missed the 12 week imms, rearranged twice and never attended") == .present)
    }

    /// Relatives raising a concern, second-hand and doubted accounts.
    @Test func relativesAndHearsay() {
        #expect(MatcherFixture.status(.familyConcern, in: "Message from the baby's aunt: she says mum is drinking again") == .present)
        let burn = "Grandad rang us, saying he noticed a burn on her hand"
        #expect(MatcherFixture.status(.familyConcern, in: burn) == .present)
        #expect(MatcherFixture.status(.otherInjury, in: burn) == .possible)
        let support = "she gets great support from her own parents"
        #expect(MatcherFixture.status(.familyConcern, in: support) == nil)
        #expect(MatcherFixture.status(.isolation, in: support) == .absent)
        #expect(MatcherFixture.status(.domesticAbuse, in: "Referral from nursery about her brother (aged 6), who disclosed that dad hits mum") == .possible)
        #expect(MatcherFixture.status(.childhoodInCare, in: "Mum says she was in foster care for years but her sister says that's made up") == .possible)
    }

    /// The father not known, with the not-knowing's own "not"; a doubt he is the father.
    @Test func fatherUnknown() {
        for text in ["Father of baby? Don't know, never met him.", "Dad? Not a clue.", "Her partner has not been named"] {
            #expect(MatcherFixture.status(.fatherUnknown, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.fatherUnknown, in: "I'm not convinced he is the real dad") == .possible)
        #expect(MatcherFixture.status(.fatherUnknown, in: "Dad? He's here with me now.") == nil)
        #expect(MatcherFixture.status(.fatherUnknown, in: "I'm not sure he's a good father") == nil)
    }

    /// Isolation: an ex or a job left is no partner gone; no friends, and nobody known to help.
    @Test func isolation() {
        for text in ["Her former partner is in custody; she lives with her new partner", "She left her job at the nursery last year",
            "Biological father not involved; mum lives with her partner of two years"] {
            #expect(MatcherFixture.status(.isolation, in: text) == nil, "\(text)")
        }
        #expect(MatcherFixture.status(.isolation, in: "She hasn't got any friends round here") == .present)
        #expect(MatcherFixture.status(.isolation, in: "Not sure who, if anyone, is helping her") == .possible)
        #expect(MatcherFixture.status(.preMobile, in: "she's got a cold since moving here") == nil)
    }

    /// Descriptive wording: what is thrown at her, a message of despair, paranoid talk, a row,
    /// a naive view, a birth gone wrong.
    @Test func descriptiveWording() {
        #expect(MatcherFixture.status(.domesticAbuse, in: "he's thrown the baby's dummy at her") == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: "he threw the baby's dummy across the room") == nil)
        #expect(MatcherFixture.status(.mentalHealth, in: "she messaged her sister saying she can't go on") == .possible)
        #expect(MatcherFixture.status(.mentalHealth, in: "she texted to say she can't take the baby to nursery") == nil)
        #expect(MatcherFixture.status(.mentalHealth, in: "mum keeps saying everyone is against her") == .possible)
        #expect(MatcherFixture.status(.inconsolableCrying, in: "they are always shouting at each other") == nil)
        #expect(MatcherFixture.status(.inconsolableCrying, in: "the baby is always screaming") == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: "Police note: male seen hitting the female outside the flat") == .present)
        #expect(MatcherFixture.status(.naiveExpectations, in: "he says it's basically just sleeping and feeding") == .present)
        #expect(MatcherFixture.status(.traumaticBirth, in: "the labour went wrong, she says") == .possible)
    }
}
