import Testing

@testable import CurioCore

/// Danger now must stay when it is told beside the words that make a danger a history (a time gone
/// by after a leaving, a day said first, a stated end such as "nan's got him today"), or beside
/// another family's baby. A leaving told with its day, then told as so again now ("yesterday she
/// left him in the car and she's left him in the car again now", "he left her alone last night and
/// he's gone out again now", "left on his own yesterday and mum still isn't back, he's alone in
/// there"), is danger now as well as neglect; a carer who has turned up or come round in a state
/// and has the baby is danger even after the baby was said to be safe with a relative ("she's with
/// her aunt today but dad's turned up there steaming and he's got her now"). A threat to the baby
/// told last month is a history (no danger now) unless its maker is there with the baby now.
/// A blow told with its day and a sign now after it ("he shook the baby yesterday and she's floppy
/// now") is danger now, the sign being now. "Ours" or "this baby" set against another family's
/// baby is this baby ("mum left ours alone tonight").
/// Look-alikes stay as they were: the baby left with someone before the going out, "he's left her
/// again" said of the mother, a leaving last week that has not happened since.
@Suite("Danger now kept beside past times and questions")
struct DangerNowKeptBesidePastTimesAndQuestionsTests {
    @Test(arguments: [
        "on Saturday she left the baby in the car and she's left him in the car again now outside the bookies",
        "she left the twins alone overnight last week and tonight she's left them home alone again",
        "last night he left her on her own and now he's gone out again, she's on her own",
        "he left the baby on his own last night and he's gone off again now",
        "the baby was left by himself on Friday and mum still isn't back, he's by himself in the flat",
        "she left her alone yesterday and she's been on her own ever since, mum hasn't come back",
        "the baby's with her aunt tonight, although dad's turned up there steaming and he's got her now",
        "nan had him this morning but mum's just come back off her face and taken him back",
        "should I ring 999? she left him alone yesterday and she's left him alone again now",
        // A blow told with its day, then a sign now: the day does not make the sign a history.
        "dad shook him last night and he's gone floppy",
        "she dropped the baby this morning and she's been drowsy and being sick",
        // This baby set against another family's: "ours", "this baby" left alone.
        "the couple downstairs left their baby on its own at the weekend, and tonight mum's left ours alone",
        "her cousin's baby, she's always leaving him alone, and now she's left this baby on her own as well",
    ])
    func isDanger(text: String) {
        #expect(MatcherFixture.status(.immediateDanger, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "on Saturday she left the baby in the car and she's left him in the car again now outside the bookies",
        "the baby was left by himself on Friday and mum still isn't back, he's by himself in the flat",
    ])
    func keepsNeglect(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
    }

    @Test(arguments: [
        "he left her with her nan and he's gone out again now",
        "he walked out on her last year and he's left her again now, she's in bits",
        "mum left him with his dad and she's gone out again tonight",
        "dad threatened to hurt the baby last month; she's at nan's with mum and he's nowhere near",
        "she's gone back to her mum's and taken the baby with her, they're safe there",
        "dad's come home drunk but the baby is asleep at his nan's tonight",
        "dad shook her on Sunday to wake her, she's fine now and feeding well",
    ])
    func lookAlikesStayNoDanger(text: String) {
        let status = MatcherFixture.status(.immediateDanger, in: text)
        #expect(status != .present && status != .possible, "\(text)")
    }

    @Test(arguments: [
        "she left him alone in the car last week while she paid for petrol",
        "she left the baby alone for ten minutes last month and she hasn't done it since",
    ])
    func pastLeavingIsNeglectOnly(text: String) {
        #expect(MatcherFixture.status(.neglect, in: text) == .present, "\(text)")
        #expect(MatcherFixture.status(.immediateDanger, in: text) == nil, "\(text)")
    }
}
