import Testing

@testable import CurioCore

/// Violence heard going on now by the one telling ("I can hear her partner smashing things", "banging
/// and yelling coming from the house") with the baby there; a carer gone leaving the baby with
/// nobody; and a baby shaken and now limp: danger now. Left with someone named is care, and
/// things smashed last week are a history.
@Suite("Danger heard now, left with nobody, shaken and limp")
struct DangerHeardNowLeftWithNobodyAndShakenLimpTests {
    @Test(arguments: [
        "I can hear her partner smashing things and the baby is in the room",
        "there's banging and yelling coming from the house and the baby's there",
        "dad has walked out and left the twins with nobody",
        "the baby was shaken and is now limp",
    ])
    func isDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    @Test(arguments: ["he walked out and left the baby with nan", "she said she heard him smashing plates last week",
                      "music coming from the flat"])
    func lookAlikesStaySilent(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }
}

/// A pregnancy said as the birth not had yet ("she still hasn't had the baby, she's overdue") or
/// the baby due at a time of year; a baby found cold and dirty is neglect; a parent with nobody
/// else is isolated; a parent's developmental delay is a learning difficulty. ("She hasn't had the
/// baby checked" is a born baby; a baby's own delay is not the parent's.)
@Suite("Background and pregnancy in everyday words")
struct BackgroundAndPregnancyInEverydayWordsTests {
    @Test(arguments: ["she still hasn't had the baby, she's overdue", "baby due around Easter"])
    func isUnborn(text: String) {
        #expect(MatcherFixture.status(.unborn, in: text) == .present, "\(text)")
    }

    @Test func bornBabyStaysBorn() {
        #expect(MatcherFixture.status(.unborn, in: "she hasn't had the baby checked") == nil)
    }

    @Test func coldAndSmellyIsNeglect() {
        #expect(MatcherFixture.status(.neglect, in: "the baby felt cold and smelly") == .present)
    }

    @Test func nobodyElseIsIsolation() {
        #expect(MatcherFixture.status(.isolation, in: "he's got no one else") == .present)
    }

    @Test func parentsDelayIsALearningDifficulty() {
        #expect(MatcherFixture.status(.learningDifficulty, in: "dad has a developmental delay") == .present)
        #expect(MatcherFixture.status(.learningDifficulty, in: "the baby has global developmental delay") == nil)
    }
}
