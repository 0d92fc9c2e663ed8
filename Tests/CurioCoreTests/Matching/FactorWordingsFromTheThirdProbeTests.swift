@testable import CurioCore
import Testing

/// Wordings of factors other than danger that a probe of notes, calls and chat found unread:
/// help turned down for a named condition, a father unknown said in full or his paternity in
/// doubt, a baby made light of, a mother cut off by her family or where she lives, care by
/// agreement as a child, a birthmark named after its mark, and "Mark" as a man's name.
/// Sentences written for the classes, each beside a look-alike.
@Suite("Factor wordings from the third probe")
struct FactorWordingsFromTheThirdProbeTests {
    @Test(arguments: [
        ("has OCD and turned down any therapy, declined tablets too", RiskFactorID.mentalHealthUntreated, FindingStatus?.some(.present)),
        ("depression, not on any treatment at present", .mentalHealthUntreated, .some(.present)),
        ("saw the doctor about feeling low but never went back", .mentalHealthUntreated, .some(.present)),
        ("not on any medication", .mentalHealthUntreated, nil),
        ("father of the unborn remains unknown", .fatherUnknown, .some(.present)),
        ("paternity disputed", .fatherUnknown, .some(.present)),
        ("three possible fathers", .fatherUnknown, .some(.present)),
        ("dad says how hard can it be, babies just sleep", .naiveExpectations, .some(.present)),
        ("she wants a baby so somebody will love her", .naiveExpectations, .some(.present)),
        ("her parents threw her out at 17", .isolation, .some(.present)),
        ("rural farmhouse, no car and no buses", .isolation, .some(.present)),
        ("her sister would help but they haven't spoken since the wedding", .isolation, .some(.present)),
        ("her sister will help, she comes every day", .isolation, .some(.absent)),  // daily help is support
        ("s20 placement when she was 15", .childhoodInCare, .some(.present)),
        ("known to children's services as a teenager", .childhoodInCare, .some(.present)),
        ("baby accommodated under section 20 last week", .childhoodInCare, nil),
    ])
    func wordings(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text)")
    }

    @Test(arguments: [
        "O/E: mongolian blue spot over the sacrum, documented at the newborn check",
        "the dark mark on his back is a mongolian blue spot",
        "Father: Mark Smith, 31",
        "dad is called Mark",
    ])
    func noBruise(text: String) {
        #expect(MatcherFixture.status(.bruising, in: text) == nil, "\(text)")
    }

    @Test func aMarkLeftOnTheBabyIsStillOne() {
        #expect(MatcherFixture.status(.bruising, in: "dad left a mark on her arm") == .present)
    }
}

extension FactorWordingsFromTheThirdProbeTests {
    /// "Wouldn't rule out" doubts as "can't rule out" does; "nothing would calm her" is what
    /// happened, not a maybe; safe-sleep advice naming drink is advice.
    @Test func doubtsHabitsAndSafeSleepAdvice() {
        #expect(MatcherFixture.status(.domesticAbuse, in: "I wouldn't rule out domestic abuse, she flinched when he spoke") == .possible)
        #expect(MatcherFixture.status(.inconsolableCrying, in: "nothing would settle him, screaming for hours") == .present)
        #expect(MatcherFixture.status(.substanceMisuse, in: "advised against bed sharing after drinking") == nil)
        #expect(MatcherFixture.status(.substanceMisuse, in: "she was co-sleeping after drinking last night") == .present)
    }
}

extension FactorWordingsFromTheThirdProbeTests {
    /// The mother's, not the baby's: her bleeding at the birth (a traumatic birth, no injury to
    /// the baby), her black eye and bruised cheek (to ask about abuse, no bruise on the baby);
    /// advice about an injury is none; weeks "post" a section are the baby's age, and the
    /// gestation a baby was born at is no pregnancy now.
    @Test func theMothersNotTheBabys() {
        #expect(MatcherFixture.status(.otherInjury, in: "there was a big bleed after the delivery") == nil)
        #expect(MatcherFixture.status(.traumaticBirth, in: "there was a big bleed after the delivery") == .present)
        #expect(MatcherFixture.status(.otherInjury, in: "the baby has a bleed on the brain") == .present)
        #expect(MatcherFixture.status(.bruising, in: "mum has a split lip and bruised cheek") == nil)
        #expect(MatcherFixture.status(.domesticAbuse, in: "mum has a split lip and bruised cheek") == .possible)
        #expect(MatcherFixture.status(.otherInjury, in: "safety-net advice given re head injury") == nil)
        #expect(MatcherFixture.age("mum is 6 weeks post emergency section") == 6)
        #expect(MatcherFixture.status(.unborn, in: "baby born before arrival at 33 weeks gestation") == nil)
    }
}
