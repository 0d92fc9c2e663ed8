import Testing

@testable import CurioCore

/// A pregnancy told as a time gone by of a baby now born ("antenatal anxiety, baby now 7 wks", "she
/// was 19 when she had him", "when pregnant she told the midwife...", "the baby was due in May but
/// came early") is no pregnancy now: the baby's age told after it ends it, as the birth told as
/// news does (child.unborn's later absent stands), and the condition told stays a finding. A
/// pregnancy now, an unborn baby's weeks, a pregnancy again beside an older baby's age, and the
/// birth ahead ("once she's had the baby") stay a pregnancy.
@Suite("Pregnancy told as the past of a born baby")
struct PregnancyToldAsPastOfABornBabyTests {
    @Test(arguments: [
        "she was anxious all through the pregnancy, baby is now 7 wks",
        "antenatal depression, baby 11 wks",
        "she was 17 when she had him",
        "when pregnant she disclosed her stepdad abused her",
        "the baby was due in May but came early in April",
        "she's 6 weeks postnatal and very tearful",
        "she was pregnant with him when her nan died",
    ])
    func bornBabyIsNoPregnancy(text: String) {
        let status = MatcherFixture.status(.unborn, in: text)
        #expect(status != .present && status != .possible, "\(text): \(String(describing: status))")
    }
    @Test(arguments: [
        "she was anxious all through the pregnancy, baby is now 7 wks",
        "antenatal depression, baby 11 wks",
    ])
    func theConditionToldStays(text: String) {
        #expect(MatcherFixture.status(.mentalHealth, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "the unborn baby is 30 weeks",
        // "The baby is 30 weeks" beside a pregnancy is as often the gestation: a born baby's
        // age told without "old" is no end of the pregnancy (read so, it lost the Pre-Birth
        // Protocol).
        "mum is pregnant, the baby is 30 weeks", "pregnant, baby 30 wks",
        "she's pregnant again and the baby is 7 months",
        "baby 9 weeks and mum is pregnant again",
        "she's due again in August",
        "once she's had the baby she'll move in with her mum",
        "when she's had the baby she's going back to her mum's",
        "she is 22 weeks pregnant and her eldest is 14 months",
        "the baby is coming in June",
        "baby arriving in a couple of weeks and mum has no one",
        "she gives birth next month",
    ])
    func pregnancyNowStays(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == .present, "\(text)")
    }
    @Test(arguments: [
        "the baby arrived in June",
    ])
    func aBirthToldIsNoPregnancy(text: String) {
        let status = MatcherFixture.status(.unborn, in: text)
        #expect(status != .present && status != .possible, "\(text): \(String(describing: status))")
    }

    /// The born baby's age doubted: the doubt is of the age, never a possible pregnancy (read
    /// so, "I think the baby is 6 weeks" brought the Pre-Birth Protocol for a born baby).
    @Test(arguments: ["I think the baby is 6 weeks", "not sure, maybe the baby is 6 weeks old", "probably, the little one is 9 weeks now"])
    func aDoubtedAgeIsNoPossiblePregnancy(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == nil, "\(text)")
        #expect(MatcherFixture.age(text) != nil, "\(text)")
    }
}
