import Testing

@testable import CurioCore

/// Classes a coverage audit of danger now and neglect found (gf), over a grid of ordinary
/// phrasings. Missed: the baby's collapse in other words (stopped moving, collapsed, not waking
/// up, not seeming to breathe, an ashen look, twitching that won't stop; whether it breathes
/// not known is possible); threats in other words (threatening the baby itself, threats made
/// against it, getting rid of it, slang for killing or knocking out, "he'll" written without
/// its apostrophe; wanting the baby dead is possible); a carer's wish to die with the baby taken
/// too; a baby hurt now by what is done to it (thrown about, manhandled, dragged, held by the
/// throat, burnt); a baby left alone (gone somewhere leaving it asleep, left in the home and
/// gone out, nobody at home with it, abandoned); violence now said by an adjective; neglect as
/// feeds gone without, nappies left, a stink, medicine not given, help not sought, a condition
/// left untreated, cries ignored, a baby never cuddled, strapped in all day, drug kit by the
/// baby, home conditions appalling, clinics failed; doubts of feeding. False: a carer taking the
/// baby out read as a snatching, "missed baby's jabs" read as a missing baby, a mother taking
/// the baby to her mum's, a film watched, an emergency ended by no further episodes, "999
/// advised" undoing what it was advised for; a pet's neglect, the baby's things left
/// somewhere, a nappy changed, no nappy rash, an adult's weight, another child taken into care,
/// a believed feeding need, a sign told of the birth, a wish to leave the baby felt and not
/// carried out. Typed slips ("teh", "babby", "nappie", "kil") kept cues from matching. Sentences
/// written for the classes.
@Suite("Collapse, threats, care unmet and false urgent look-alikes")
struct CollapseThreatsCareUnmetAndFalseUrgentLookAlikesTests {
    /// The baby's collapse told in other ordinary words is danger now.
    @Test(arguments: [
        "he's just stopped moving, mum is screaming",
        "she's not responding any more",
        "the baby has suddenly collapsed in the bath",
        "she isn't waking up and she feels cold",
        "he doesn't look like he's breathing",
        "her breathing has stopped",
        "his face looks ashen",
        "her arms keep twitching and it won't stop",
    ])
    func collapseInOtherWords(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// Whether the baby breathes told as not known is possible danger, enough to call.
    @Test func breathingNotKnown() {
        let text = "I can't tell if he's breathing or not"
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .possible)
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"))
    }

    /// Pre-mobility, a sleepy baby, a tired mother, hiccups, a wheeze gone: no danger.
    @Test(arguments: [
        "he's not moving yet, just rolling",
        "she isn't waking up for night feeds any more",
        "mum looks grey and shattered",
        "his hiccups won't stop",
        "the wheezy breathing has stopped since the inhaler",
        "not sure if he's breathing too fast",
        "his breathing has not stopped at all",
    ])
    func notACollapse(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// Threats to the baby said in other words are danger now.
    @Test(arguments: [
        "dad is threatening the baby again",
        "her ex keeps threatening her and the baby",
        "the boyfriend made threats towards the baby last night",
        "he's been threatening to get rid of the baby",
        "he says he's gonna bury the kid",
        "he's threatening to knock the baby out",
        "dad says hed kill the baby if she leaves",
    ])
    func threatsInOtherWords(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    /// Wanting the baby dead is a threat that may be carried out: possible, and a call.
    @Test func wantingTheBabyDead() {
        let text = "dad has said he wants the baby dead"
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .possible)
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"))
    }

    /// A pregnancy once in doubt, a sleepy drive, a top-up feed, a pet unwanted: no threat.
    @Test(arguments: [
        "she said she'd get rid of the baby when she was first pregnant",
        "the long drive knocked the baby out",
        "mum tops the baby up with formula at night",
        "he wants the dog gone",
    ])
    func notAThreat(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }

    /// A carer's wish to die with the baby taken too, or talk of it, is danger and mental
    /// ill health; rather dying than losing the baby, or advice talked through, is neither.
    @Test func dyingWithTheBaby() {
        for text in ["mum says she wants to die and take the baby too",
            "dad is talking about ending it all and taking his son with him"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
            #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
        }
        for text in ["she says she'd rather die than let them take the baby",
            "we talked about what to do if she ever felt like ending it all"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        }
    }

    /// A baby hurt now by what is done to it is danger; an injury only where one is told (a
    /// burn). The baby's things handled roughly are nothing.
    @Test func hurtNowByWhatIsDone() {
        for text in ["he's chucking the baby around the room", "dad is manhandling the baby",
            "she's dragging the baby by his arm", "he has the baby by the throat"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
            #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
        }
        let burnt = "mum's burning the baby with a lighter"
        #expect(MatcherFixture.status(.immediateDanger, in: burnt) == .present)
        #expect(MatcherFixture.status(.otherInjury, in: burnt) == .present)
        for text in ["he's chucking the baby's toys out of the window", "she is dragging the baby's cot into the other room"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
            #expect(MatcherFixture.status(.otherInjury, in: text) == nil, "\(text)")
        }
    }

    /// A baby left alone, told in other ordinary words, is danger and neglect; with its day
    /// gone by before it, neglect only; left with someone, or no help for the mother, neither.
    @Test func leftAloneInOtherWords() {
        for text in ["mum went to the pub and left the baby asleep upstairs", "she left the baby in the flat and went into town",
            "there's nobody at home with the baby", "his mum has abandoned the baby"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        }
        let past = "last Saturday she went out and left the baby asleep upstairs"
        #expect(MatcherFixture.status(.immediateDanger, in: past) == nil)
        #expect(MatcherFixture.status(.neglect, in: past) == .present)
        for text in ["there's nobody there to help her with the baby", "mum went to the shop and left the baby with dad"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
            #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
        }
    }

    /// Violence now said by an adjective, with the baby there, is danger and domestic abuse.
    @Test(arguments: [
        "her partner's getting violent and the baby is in the room",
        "police: partner at the address and aggressive, baby present",
    ])
    func violenceByAnAdjective(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.domesticAbuse, in: text) == .present, "\(text)")
    }

    /// A taking away, or a baby not brought back, is danger; a carer taking the baby out,
    /// missed jabs or baby group, a mother's visit to her mum's, a film, an emergency over and
    /// a chest film are not.
    @Test func takingAndMissing() {
        for text in ["dad has taken the baby and won't say where", "her ex has taken the baby to Poland",
            "he took the baby out this morning and hasn't come back", "dad took the baby out and hasn't brought him back"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
        }
        for text in ["dad took the baby swimming", "mum takes the baby out in the pram every afternoon",
            "he took the baby to nursery this morning and hasn't come back", "they've missed baby's 8 week jabs",
            "she keeps missing baby group", "mum says she'll take the baby with her to her mum's",
            "we watched a film about a mum who leaves her baby in a car", "the chest film showed old rib fractures",
            "she went blue once at a week old, found to be reflux, no further episodes"] {
            #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
            #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
        }
        #expect(MatcherFixture.status(.neglect, in: "they've missed baby's 8 week jabs") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "the chest film showed old rib fractures") == .present)
    }

    /// A note's "999 advised" leaves what it was advised for standing.
    @Test func emergencyAdvisedInANote() {
        let text = "baby fitting and floppy, 999 advised"
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present)
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"))
    }

    /// Neglect told in other ordinary words is present, and a referral.
    @Test(arguments: [
        "she only gives him a bottle once a day",
        "the 5 week old has gone without any milk since this morning",
        "he hasn't had a feed since midnight",
        "the twins are not being changed",
        "she was lying in a soaking nappy",
        "his nappy was sodden and leaking through his sleepsuit",
        "the little girl reeks of stale urine",
        "he turns up at nursery hungry and unwashed",
        "mum hasn't been giving the baby his reflux medicine",
        "the baby's antibiotics were never collected",
        "they didn't get any help for the baby's scald for two days",
        "her eczema has been left untreated for weeks",
        "mum ignores him when he cries",
        "nobody really talks to the baby",
        "the baby is hardly ever cuddled",
        "he spends most days strapped in his bouncer",
        "she props the bottle on a pillow and leaves the room",
        "there was a bong on the floor next to the playmat",
        "living conditions were appalling",
        "dog mess everywhere and overflowing bins",
        "dad keeps failing to bring her to her weigh-ins",
    ])
    func neglectInOtherWords(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        #expect(DialogueFixtures.recommendationIDs(text).contains("refer-csc"), "\(text)")
    }

    /// A refusal to take the baby to a doctor is neglect, longer than the look-alike of a
    /// baby taken to the GP.
    @Test func refusedADoctor() {
        let text = "dad refused to take the baby to hospital even though he was floppy and feverish"
        #expect(MatcherFixture.status(.neglect, in: text) == .present)
    }

    /// A doubt whether the baby is fed is possible neglect, and no referral on its own.
    @Test func feedingInDoubt() {
        let text = "the baby might not be fed regularly"
        #expect(MatcherFixture.status(.neglect, in: text) == .possible)
        #expect(!DialogueFixtures.recommendationIDs(text).contains("refer-csc"))
    }

    /// A believed feeding need, an older baby's milk, an adult's words or weight, a pet's
    /// neglect, the baby's bag left behind, a nappy changed, no rash, another child in care,
    /// tablets kept away, a parent's own childhood: no neglect of this baby.
    @Test(arguments: [
        "mum thinks he only needs feeding twice a day",
        "the baby takes two bottles a day now he's on solids",
        "her mum is losing weight with the stress",
        "the dog hasn't been walked for a week",
        "the puppy is kept in the garden all day",
        "the hamster's cage is disgusting",
        "mum changed a wet nappy while I was there",
        "no nappy rash, skin clean",
        "her older son went into care for neglect",
        "his tablets are locked away, nowhere near the baby",
        "she says he wasn't spoken to much as a child",
    ])
    func notNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == nil, "\(text)")
    }

    /// A sign told of the birth is the birth's history; what is told after it stands.
    @Test func signsAtTheBirth() {
        #expect(MatcherFixture.status(.immediateDanger, in: "she was a bit dusky round the lips after the delivery but pinked up straight away") == nil)
        #expect(MatcherFixture.status(.immediateDanger, in: "he was blue at birth and now he's floppy and not responding") == .present)
    }

    /// A wish to leave the baby, felt and not carried out, is no baby left.
    @Test func aWishToLeaveTheBaby() {
        let text = "mum says she felt like dumping the baby at her mum's and going away, but she wouldn't"
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil)
        #expect(MatcherFixture.status(.neglect, in: text) == nil)
    }

    /// Dried mess left on the baby is neglect; milk on a bib is not.
    @Test func driedMessOnTheBaby() {
        for text in ["she had dried sick all down her neck and in her hair", "dried poo caked on his legs"] {
            #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        }
        #expect(MatcherFixture.status(.neglect, in: "dried milk on his bib") == nil)
    }

    /// Common slips of the keyboard, and the Northern "babby", read as the words meant.
    @Test func typedSlips() {
        #expect(MatcherFixture.status(.immediateDanger, in: "dad is hitting teh baby") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "the babby has gone floppy and won't wake") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "he said he'd kil the baby") == .present)
        #expect(MatcherFixture.status(.neglect, in: "she's got bad nappie rash that's bleeding") == .present)
    }
}
