import Testing

@testable import CurioCore

/// Classes of critical misses that probes by scene and by care found (danger and neglect told
/// with no word of danger or neglect). Danger told by the scene: the baby seen through a window
/// or the letterbox with nobody there, left in the cot by a carer who walked out, put out or
/// locked out in the cold, a threat to take the baby to a river or a bridge, never to be seen
/// again, to take the baby and hurt it, a baby heard crying with no answer (possible). Danger
/// heard now or told by a relative on the phone: violence heard going on with its doer named,
/// a mother hiding in a room with the baby, a carer drunk and hurting the baby. A carer's wish to
/// die that takes the baby in ("not here any more and taking the baby with her", "end it for
/// both of them", the baby there with her). Neglect told by feeding and growth, by the baby's
/// missed health care, by a routine of being left, by a cold or unsafe home; a last good
/// sighting no longer denies a neglect alleged since. Look-alikes kept out: a carer who went
/// to another room, a nap in the garden, a walk to the river, a split told, a move to a
/// sister's, a child's game, the crying alone, bottles with solids, the adult's own
/// prescription, nursery all day, cooled boiled water. Sentences written for the classes.
@Suite("Danger by scenes, neglect by care")
struct DangerByScenesAndNeglectByCareTests {
    /// A baby seen alone through a window or the letterbox, nobody answering: danger and neglect.
    @Test(arguments: [
        "I'm outside now, nobody's answering and through the window I can see the baby on the sofa.",
        "Through the letterbox I can see the newborn in her car seat and there's no answer.",
    ])
    func babySeenAloneThroughAWindow(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// A carer seen with the baby through a window: nothing.
    @Test func carerSeenThroughAWindow() {
        let text = "Through the window I watched mum changing the baby on the mat."
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil)
        #expect(MatcherFixture.status(.neglect, in: text) == nil)
    }

    /// Left in the cot or pram by a carer who walked out, put or shut out in the cold: danger.
    @Test(arguments: [
        "Mum says she left him in his pram and stormed out.",
        "He's shut the baby out in the garden and it's snowing.",
    ])
    func leftOrPutOutNow(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// Another room, a nap in the garden, a father gone who leaves the mother with the baby: no
    /// danger.
    @Test(arguments: [
        "She left the baby in his cot and went off to make a bottle.",
        "She put him out in the garden in his pram for fresh air on a sunny day.",
        "Dad stormed off and left her and the baby at home.",
    ])
    func leftWithCareNoDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// A threat to the baby told as a place of suicide, as never seeing the baby again, as taking
    /// it and hurting it, or finishing them both off: danger.
    @Test(arguments: [
        "He keeps texting that he's taking the baby to the canal to jump.",
        "He's messaging her saying he'll take him to the bridge.",
        "Her ex rang her and said you'll never see your son again.",
        "He's threatening to come and grab the baby and kill him.",
        "Dad said he'd come round tonight to finish them both off.",
    ])
    func threatToTheBaby(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// A walk to the canal, a split told: no danger.
    @Test(arguments: [
        "We took her to the canal to see the ducks.",
        "She said she'll never see him again now they've split up.",
    ])
    func noThreat(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// A baby crying and no adult answering: danger possible, enough to call.
    @Test func cryingAndNoAnswer() {
        let text = "The baby was heard screaming for ages next door and nobody is answering the door."
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .possible)
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"))
        #expect(MatcherFixture.status(.immediateDanger, in: "I can hear the baby screaming upstairs.") == nil)
    }

    /// Violence heard now with its doer named, a mother hiding with the baby while he kicks
    /// off: danger inferred, and the abuse.
    @Test(arguments: [
        "I can hear him kicking the door and mum screaming, the baby is in the flat.",
        "He's kicking off again, she's hiding in the bedroom with the baby.",
    ])
    func violenceHeardNow(text: String) {
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// A child's game in a bedroom is no hiding from anyone.
    @Test func hideAndSeek() {
        let text = "The toddler is playing hide and seek in the bedroom."
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil)
    }

    /// A relative on the phone telling of a carer drunk and hurting the baby: the family's
    /// concern, and the danger (second-hand, possible); said plainly, present; told as past, no
    /// danger.
    @Test func carerHurtingTheBaby() {
        let phoned = "Grandma's on the phone, she says dad is drunk and hitting the baby right now."
        #expect(MatcherFixture.status(.familyConcern, in: phoned) == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: phoned) == .possible)
        #expect(DialogueFixtures.recommendationIDs(phoned).contains("emergency-services"))
        #expect(MatcherFixture.status(.immediateDanger, in: "He is drunk and throwing the baby about.") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "She was drunk and shaking the baby last year.") == nil)
    }

    /// A carer's wish to die that takes the baby in: danger and mental ill health.
    @Test(arguments: [
        "Mum rang in tears, she can't go on and she's taking the baby with her.",
        "She texted that she doesn't want to be here any more and she's taking her with her.",
        "She's going to end it for both of them.",
        "He says he'll end it all for him and the baby.",
    ])
    func wishToDieWithTheBaby(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
    }

    /// The wish to die with the baby there with her: danger inferred; the baby elsewhere, or a
    /// move to a sister's with the baby: no danger, never a denied one.
    @Test func wishToDieAndWhereTheBabyIs() {
        #expect(DialogueFixtures.recommendationIDs("Mum is saying she'll end it all tonight and the baby is there with her.")
            .contains("emergency-services"))
        for text in ["Mum says she'll end it all one day, the baby is at nursery.",
            "She doesn't want to be here any more and is moving in with her sister, taking the baby with her to her sister's."] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
            #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
        }
    }

    /// Neglect told by feeding and growth.
    @Test(arguments: [
        "Mum admits she only gives her two bottles a day.",
        "Dad has been giving him water instead of formula.",
        "She couldn't say when the baby last had a bottle.",
        "Faltering weight, seen by the paediatrician.",
    ])
    func neglectByFeeding(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// Formula made with cold tap water, newborn clothes at six months: possible.
    @Test(arguments: [
        "The bottles are being made up with cold tap water.",
        "She's 6 months and still in newborn clothes.",
    ])
    func neglectByFeedingInDoubt(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .possible, "\(text)")
    }

    /// Bottles with solids, cooled boiled water, a cold caught: no neglect.
    @Test(arguments: [
        "He has two bottles a day now he's on solids.",
        "The bottles are made up with cooled boiled water.",
        "She can't remember when he last had a cold.",
    ])
    func feedingLookAlikes(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// The baby's health care missed: neglect; the mother's own prescription is her untreated
    /// ill health, not neglect.
    @Test func missedHealthCare() {
        for text in ["Nobody has taken him to any of his immunisations.",
            "The baby has had untreated nappy rash for weeks.",
            "He has an ear infection and mum never picked up the antibiotics."] {
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
            #expect(MatcherFixture.status(.mentalHealthUntreated, in: text) == nil, "\(text)")
        }
        let own = "Mum never collected her sertraline prescription."
        #expect(MatcherFixture.status(.neglect, in: own) == nil)
        #expect(MatcherFixture.status(.mentalHealthUntreated, in: own) == .present)
        #expect(MatcherFixture.status(.neglect, in: "She took him to all his jabs.") == nil)
    }

    /// A routine of being left: neglect; a shower, a nursery: none.
    @Test func routineOfBeingLeft() {
        for text in ["The twins stay in their cot until mum gets home from the pub.",
            "They keep the baby in the car seat in the hallway all day."] {
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        }
        for text in ["He stays in his cot while I have a shower.", "She leaves him at nursery all day while she works."] {
            #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
        }
    }

    /// A cold or unsafe home, nowhere to live: neglect.
    @Test(arguments: [
        "The flat is extremely cold and the baby feels cold to the touch.",
        "The heating has been off all week and it's December.",
        "The baby sleeps in a drawer because there's no cot.",
        "The baby's cot is right next to an open gas fire.",
        "The only food in the flat is a packet of biscuits.",
        "They've been living in the car since they were evicted.",
        "The baby is always in the same dirty babygrow.",
    ])
    func coldOrUnsafeHome(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    /// A last good sighting does not deny a neglect alleged since; told alone it gives nothing.
    @Test func lastGoodSighting() {
        let text = "The HV last saw her at 8 weeks, thriving. Nan now says she's never fed on time and always hungry."
        #expect(MatcherFixture.status(.neglect, in: text) == .possible)
        #expect(MatcherFixture.status(.neglect, in: "When I last visited he was thriving.") == nil)
    }
}
