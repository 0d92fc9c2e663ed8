import Testing

@testable import CurioCore

/// Classes of immediate danger told as it unfolds (fixer na): someone violent on the way,
/// arriving, trying to get in or still there straight after the violence, with the baby there;
/// the baby with a carer unfit to care (tablets taken, passed out after drink, a man just met, a
/// child and no adult); a threat in slang with the baby's waking as its condition; what is heard
/// (a crash, then the baby stopped). Look-alikes: a visit with no abuse told, a history ended, a
/// threat to another adult or with the baby elsewhere, a carer out with the pram with others.
/// Sentences written for the classes.
@Suite("na classes: danger told as it unfolds")
struct naClassesTests {
    /// Someone arriving, on the way or trying to get in now, with abuse, violence or a threat to
    /// the baby told, and the baby there: danger (inferred from now.harmer_coming).
    @Test(arguments: [
        "Her ex is on his way over now, he beat her up on Friday, and she's got the baby with her.",
        "He's just turned up again after strangling her last week and the little one is in the lounge.",
        "He's still in the flat after battering her and the baby's in the bedroom.",
        "Dad's outside trying to get in, he punched her earlier, and the baby is upstairs.",
        "He said he'd throw the baby out the window and now he's on his way back.",
    ])
    func someoneViolentArrivingIsDanger(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// A carer unable to care now and in charge of the baby, told in new words: all her tablets
    /// taken, passed out after drinking, come in drunk and grabbed the baby, by the river with
    /// the buggy saying he'll jump; mum hiding "with him" while the door is kicked in.
    @Test(arguments: [
        "Mum's taken all her antidepressants and she's on her own with the baby.",
        "She's passed out after drinking and she's the only one with the baby.",
        "He's come in drunk and grabbed the baby out of her arms.",
        "Dad's by the river with the buggy saying he's going to jump.",
        "Mum's hiding in the bedroom with him and her boyfriend's kicking the door in.",
    ])
    func anUnfitCarerWithTheBabyIsDanger(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// More words for the same classes: on the way "back now" after a beating told in slang, coming
    /// back tonight, heading to the flat after an assault, a threat to "finish what he started";
    /// a reported slap or a drug "to knock her out" by the one minding the baby now; a child left
    /// in charge with the going out told after; a huge overdose with the baby.
    @Test(arguments: [
        "Her boyfriend smacked her about this morning and he's on the way back now, the twins are in with her.",
        "He kicked off and hit her, now he's coming back tonight, she's got the baby.",
        "Partner assaulted her earlier and is heading to the flat now, baby at home with mum.",
        "Her ex said he'd finish what he started and he's on his way, she's alone with the little one.",
        "He told her he'd give the baby a smack to shut him up, he's looking after him now.",
        "Dad's looking after her tonight and he says he'll give her something to knock her out.",
        "Mum's left the twins with her 9 year old and gone out drinking.",
        "Only his 10 year old sister is home with the baby.",
        "The baby's in the kitchen by herself, mum's collapsed upstairs.",
        "She's had a huge overdose and she's got the baby with her.",
        "The neighbour says she heard a loud bang and the baby went silent about ten minutes ago.",
        "She's standing in the road with the pram in the traffic.",
        "Mum's steaming drunk and she's on her own tonight with the twins.",
        "He hit her this morning and now he's back, the baby's in with her.",
        "He's locked in the bathroom with the baby saying he's going to end it all.",
        "Mum keeps saying the baby would be better off without her, and she's alone with him.",
        "Mum says she's done with life and she's home alone with the twins.",
    ])
    func moreWordsForTheSameClasses(text: String) {
        #expect(DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }

    /// Said outright: a child in charge and no adult; a slang threat with the baby's crying as its
    /// condition; a crash and then the baby stopped (possible: heard, not seen).
    @Test func toldOutright() {
        #expect(MatcherFixture.status(.immediateDanger, in: "Mum's gone out and left him with his 6 year old brother and no adult.") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "if that baby cries one more time I'll do him in, he keeps shouting.") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "I heard a crash and then the baby just stopped crying.") != nil)
        #expect(MatcherFixture.status(.domesticAbuse, in: "he beat her up on Friday") == .present)
        #expect(MatcherFixture.status(.domesticAbuse, in: "her boyfriend smacked her about this morning") == .present)
        #expect(MatcherFixture.status(.immediateDanger, in: "The baby is barely responding and his lips look grey.") == .present)
    }

    /// Look-alikes: a visit with no abuse told, a threat to another adult or with the baby away,
    /// a history ended, a bottle offered, a carer out with the pram and her sister.
    @Test(arguments: [
        "Dad's on his way over to see the baby this afternoon.",
        "He's on his way back from work, mum's got the baby, no concerns about DA.",
        "He threatened to kill her brother after the football; the baby wasn't there.",
        "Her ex threatened to kill her, the baby is at nursery today.",
        "He turned up at the flat drunk last year, he's in prison now.",
        "She's taken all her tablets in the past but she's well now.",
        "If she doesn't settle I'll do her a bottle.",
        "Mum's out with the pram in the park with her sister.",
        "He battered her last year; he's now on his way to his mum's and the baby is with her.",
        "He said he'd finish the job on the kitchen tomorrow.",
        "The baby sleeps in his cot on his own.",
        "He's barely moving his left leg since the jab.",
        "She took a massive overdose in 2019 and has been well since, she's got the baby now.",
        "She leaves the baby with her 10 year old most evenings.",
        "Mum said she'd sort him out a bottle when he wakes.",
        "Dad's on his way back from the shop with nappies, mum's got the baby.",
        "Dad's looking after her tonight, mum's at work.",
        "Last month mum left the baby with her 10 year old and went to the pub, nothing since, nan has them now.",
        "She crossed the road with the pram at the lights.",
        "He used to hit her. He's just got home and he's with the baby now.",
        "He hit her two years ago. He's back home now, they've done the Freedom Programme, baby's in the cot.",
        "She's sick of living in this flat, she's alone with the baby a lot.",
        "Mum's tired of life in the hostel, she's alone with him tonight.",
    ])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
        #expect(!DialogueFixtures.recommendationIDs(text).contains("emergency-services"), "\(text)")
    }
}
