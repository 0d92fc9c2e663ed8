import Testing

@testable import CurioCore

/// A baby left with a young child, its age put in brackets or commas after it ("mum left bb (3/52) with her 10
/// yr old son overnight"), in notes' shorthand ("left in care of 8yo sibling", "with siblings aged 7 and 9", "11
/// y/o"), or left in a car seat inside a car outside a shop ("bb left strapped in car seat in car outside Lidl"):
/// neglect; told as now ("has been left ... in the car") danger too. A baby left with an adult, or in a car seat
/// indoors, is none.
@Suite("Baby left with a young child or in a car seat in the car")
struct BabyLeftWithAYoungChildOrInACarSeatInTheCarTests {
    @Test(arguments: [
        "Mum left bb (3/52) with her 10 yr old son overnight to go out drinking.",
        "Mum left the baby (aged 6 weeks) with her 10 year old daughter overnight",
        "Dad left bb, 3/12, with his 8yo son while he went to the pub",
        "FOB left the infant (4/12) in the care of her 11 yr old sister all night",
        "baby (7 wks) was left with a 9 year old sibling overnight",
        "bb (2/12) left overnight with 10 yr old brother while mum at a party",
        "Mum went to a party and left bb with her 9 yr old overnight",
        "mum went out clubbing leaving bb (6/52) with her 8 year old son",
        "bb left strapped in car seat in car outside Lidl for 25 mins, found by a shopper",
        "Baby left asleep in her car seat in the car outside the shop for 30 mins",
        "3/12 left in car seat in locked car in Asda car park, found by shoppers",
        "bb left in his car seat in mum's car outside the bookies for half an hour",
        "Baby was left in the car outside the chippy for 20 mins last night",
        "Baby left strapped in his car seat in the car on the drive for an hour while mum slept",
        "Bb (6/52) left in care of 8yo sibling while mum at work",
        "9yo sibling left in charge of bb (4/12) overnight",
        "mum went out leaving bb w/ 10yo",
        "bb left with siblings aged 7 and 9 overnight",
        "left bb at home with her 11 y/o while at the pub",
        "Baby left alone with 6 year old brother for 3 hours",
        "left baby at home with the 10-year-old while she went to the pub",
        "bb left in car seat in the car on the driveway for 2 hours",
        "baby found alone in a car in the Asda car park",
        "4/12 left unattended in car outside Greggs",
        "left bb in the car while she went into the bookies",
        "3/12 infant left in vehicle unattended for approx 30 mins, police attended",
        "mum left the twins (10/52) with her 12yo niece all night",
        "Bb, 7/52, left overnight in the care of his 11-year-old half-brother",
    ])
    func isFoundNeglect0(text: String) {
        #expect([.present, .possible].contains(MatcherFixture.status(.neglect, in: text)), "\(text)")
    }
    @Test(arguments: [
        "Baby left with MGM overnight while mum went to a party",
        "Mum left bb (5/52) with her 19 yr old sister overnight",
        "left bb (3/12) with her partner while she went to work",
        "bb carried in from the car in her car seat, asleep",
        "Baby left in car seat in the lounge while mum made a bottle",
        "baby in car seat in the car, mum driving, all appropriately secured",
        "she was left with a 3 year old and a newborn when he walked out",
        "Bb (5/52) and her 9 yr old brother both at home with mum overnight",
    ])
    func isNotFoundNeglect1(text: String) {
        #expect(![.present, .possible].contains(MatcherFixture.status(.neglect, in: text)), "\(text)")
    }
    @Test(arguments: [
        "the baby has been left strapped in his car seat in the car outside Tesco",
        "baby's been left in her car seat in a locked car in the car park",
    ])
    func isPresentImmediateDanger2(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }
}
