import Foundation
import Testing

@testable import CurioCore

@Suite("Consultation engine")
struct ConsultationTests {
    @Test("the consultation opens on immediate danger, with its options")
    func opening() throws {
        let consultation = try DialogueFixtures.consultation("consultation")
        let reply = consultation.opening()
        #expect(reply.state == "danger")
        // "In the past only" first: it takes "used to" and "both parents", a yes at the household
        // questions, which are no danger now (dialogues/flows/consultation.yaml).
        #expect(reply.options == ["in the past only", "yes", "no", "not sure"])
        #expect(reply.say.contains("immediate danger"))
        #expect(reply.turns == 0)
        #expect(!reply.done)
    }

    @Test("yes to immediate danger gives the emergency at once and the 999 step")
    func emergencyFirst() throws {
        var consultation = try DialogueFixtures.consultation("consultation")
        let reply = consultation.answer("yes")
        #expect(reply.state == "call-999")
        #expect(reply.findings.contains { $0.id == .immediateDanger && $0.status == .present && $0.turn == 1 })
        #expect(reply.recommendations.first?.id == "emergency-services")
        #expect(reply.new.contains("emergency-services"))
        #expect(reply.say.contains("EMERGENCY"))
    }

    /// A job title said for the role names the caller: "IDVA" or "substance misuse worker" had
    /// been read as domestic abuse or substance misuse in the family, and a routine question
    /// about weaning got a referral. What follows the title is read as any answer is.
    @Test("a job title for the role names the caller, and only what follows it is read")
    func aJobTitleNamesTheCaller() throws {
        for title in ["IDVA", "substance misuse worker", "I'm a learning disability nurse", "leaving care personal advisor", "police DA officer",
            "I'm a DV specialist"] {
            var consultation = try DialogueFixtures.consultation("consultation")
            _ = consultation.answer("no")
            let reply = consultation.answer(title)
            #expect(!reply.findings.contains { $0.turn == 2 }, "\(title)")
            #expect(reply.recommendations.isEmpty, "\(title)")
            #expect(reply.state == "concern", "\(title)")
        }
        var consultation = try DialogueFixtures.consultation("consultation")
        _ = consultation.answer("no")
        let reply = consultation.answer("drugs worker, dad has relapsed and is using heroin again")
        #expect(reply.facts["caller.role"] == .text("drugs worker"))
        #expect(reply.findings.contains { $0.id == .substanceMisuse && $0.status == .present })
    }

    /// Asked for any other injury after telling of a bruise, "yes that one" points back to the
    /// bruise: a plain "yes" had recorded a second injury, and a walking toddler with one
    /// explained bruise got a referral. A yes that names another injury is still one, and a
    /// bare yes still means another injury.
    @Test("pointing back to the injury already told adds no other injury", arguments: ["consultation", "duty-triage"])
    func pointingBackToTheInjuryAlreadyTold(dialogue: String) throws {
        let opening = dialogue == "consultation"
            ? ["no", "GP", "a bruise on her arm, she is 15 months and walking"] : ["no", "15 months, walking", "yes, a bruise on her arm"]
        func otherInjury(after answer: String) throws -> FindingStatus? {
            try DialogueFixtures.status(of: .otherInjury, in: dialogue, after: opening, asked: "other-injury", answer: answer)
        }
        for answer in ["yes that one", "yes, the same bruise I said", "yes that bruise, nothing else", "the one I mentioned", "just that one"] {
            #expect(try otherInjury(after: answer) == nil, "\(answer)")
        }
        #expect(try otherInjury(after: "yes") == .present)
        #expect(try otherInjury(after: "yes a burn on his hand too") == .present)
        #expect(try otherInjury(after: "no") == .absent)
    }

    /// The mobility question says rolling does not count: "rolls" or "she can roll over" as the
    /// whole answer had chosen nothing, and a later bruise on a 7-month-old who only rolls got no
    /// protocol. Rolling with more ("rolls and crawls") is read by the matcher, so the crawling
    /// still makes the baby mobile.
    @Test("rolling as the whole answer to the mobility question is pre-mobile", arguments: ["consultation", "duty-triage"])
    func rollingIsNoMobility(dialogue: String) throws {
        let opening = dialogue == "consultation" ? ["no", "health visitor", "routine visit", "7 months"] : ["no", "7 months", "yes, on her back"]
        func mobility(after answer: String) throws -> FindingStatus? {
            try DialogueFixtures.status(of: .preMobile, in: dialogue, after: opening, asked: "mobility", answer: answer)
        }
        for answer in ["rolls", "she can roll over", "just rolling", "Rolling.", "not even rolling yet"] {
            #expect(try mobility(after: answer) == .present, "\(answer)")
        }
        #expect(try mobility(after: "rolls and crawls now") == .absent)
        #expect(try mobility(after: "yes, crawling") == .absent)
    }

    @Test func aJobTitleIsFoundAfterItsLeadAndOnlyAtTheStart() {
        let answers = DialogueFixtures.knowledge.answers
        #expect(answers.jobTitle(in: "I'm an IDVA")?.title == "idva")
        #expect(answers.jobTitle(in: "IDVA")?.rest == "")
        #expect(answers.jobTitle(in: "Substance misuse worker, worried about dad")?.rest == "worried about dad")
        #expect(answers.jobTitle(in: "mum has a substance misuse worker") == nil)
        #expect(answers.jobTitle(in: "health visitor") == nil)
    }

    @Test("no moves on; options fill slots; an empty answer records nothing")
    func optionsAndSlots() throws {
        var consultation = try DialogueFixtures.consultation("consultation")
        #expect(consultation.answer("no").state == "role")
        let empty = consultation.answer("   ")
        #expect(empty.state == "role")
        #expect(empty.turns == 1)
        let reply = consultation.answer("health visitor")
        #expect(reply.facts["caller.role"] == .text("health visitor"))
        #expect(reply.state == "concern")
    }

    @Test("a text slot keeps a free answer, but not one that was about the case instead")
    func textSlotIsNotFilledWithCaseInformation() throws {
        var consultation = try DialogueFixtures.consultation("consultation")
        _ = consultation.answer("no")
        let caseNews = consultation.answer("the baby has a bruise on his ear and mum is very low")
        #expect(caseNews.facts["caller.role"] == nil)
        #expect(caseNews.findings.contains { $0.id == .bruising && $0.status == .present })
        #expect(caseNews.state != "role")

        var other = try DialogueFixtures.consultation("consultation")
        _ = other.answer("no")
        #expect(other.answer("family nurse").facts["caller.role"] == .text("family nurse"))
    }

    /// A bare "no", "not sure" or "yep" is no role (most likely an answer to the question
    /// before): the role stays unknown and the dialogue goes on, rather than "caller: no".
    @Test(arguments: ["no", "Not sure.", "yep", "not yet"])
    func aBareYesOrNoIsNoRole(answer: String) throws {
        var consultation = try DialogueFixtures.consultation("consultation")
        #expect(consultation.answer("there's a bruise on his cheek").state == "role")
        let reply = consultation.answer(answer)
        #expect(reply.facts["caller.role"] == nil)
        #expect(reply.state != "role")
    }

    @Test("a number slot that is not understood is asked again once, then the dialogue moves on")
    func numberRetry() throws {
        var consultation = try DialogueFixtures.consultation("consultation")
        _ = consultation.answer("no")
        _ = consultation.answer("GP")
        _ = consultation.answer("mum seems very tired")
        #expect(consultation.position.current == "age")
        let first = consultation.answer("quite young")
        #expect(first.state == "age")
        #expect(first.say.contains("could not read"))
        let second = consultation.answer("really not sure at all, sorry")
        #expect(second.state != "age")
    }

    /// An age said as the last short clause of a longer answer, after a doubt or a remark, is
    /// the age (read as a short answer is); a long clause with a time in it is not.
    @Test(arguments: [
        ("don't know exactly, she's tiny, a few weeks?", Double?.some(3)),
        ("not sure. about a month", Double?.some(4.3)),
        ("hard to say; a couple of weeks", Double?.some(2)),
        ("I'd have to check, but she saw the GP a few weeks ago", Double?.none),
    ])
    func anAgeInTheLastClauseOfAnAnswer(answer: String, weeks: Double?) throws {
        var consultation = try DialogueFixtures.consultation("consultation")
        _ = consultation.answer("no")
        _ = consultation.answer("GP")
        _ = consultation.answer("mum seems very tired")
        #expect(consultation.position.current == "age")
        _ = consultation.answer(answer)
        #expect(consultation.picture.facts[FactName.childAgeWeeks] == weeks.map(FactValue.number), "\(answer)")
    }

    /// Danger told in answer to the age question brings the 999 step at once, not a request to
    /// say the age again; the age is asked after it.
    @Test(arguments: ["consultation", "duty-triage"])
    func dangerToldForTheAgeComesBeforeTheRetry(dialogue: String) throws {
        var consultation = try DialogueFixtures.consultation(dialogue)
        var answers = 0
        while consultation.position.current != "age", answers < 6 {
            _ = consultation.answer(answers == 0 ? "no" : "mum seems very tired")
            answers += 1
        }
        try #require(consultation.position.current == "age")
        let reply = consultation.answer("dad is shaking the baby right now and won't stop")
        #expect(reply.state == "call-999")
        #expect(!reply.say.contains("could not read"))
        _ = consultation.answer("yes")
        #expect(consultation.position.current == "age")
    }

    @Test("back undoes the last answer: the turn and its findings go, the question returns")
    func back() throws {
        var consultation = try DialogueFixtures.consultation("consultation")
        _ = consultation.answer("yes")
        #expect(consultation.picture.status(of: .immediateDanger) == .present)
        let reply = consultation.back()
        #expect(reply.state == "danger")
        #expect(reply.turns == 0)
        #expect(consultation.picture.status(of: .immediateDanger) == nil)
        #expect(consultation.back().say.contains("no answer to undo"))
    }

    @Test("a later no never hides an earlier concern in the case picture")
    func strongerStatusWins() throws {
        var consultation = try DialogueFixtures.consultation("duty-triage")
        _ = consultation.answer("no")  // danger
        _ = consultation.answer("not born yet")  // age → unborn
        #expect(consultation.picture.status(of: .unborn) == .present)
        var picture = CasePicture()
        picture.add(Finding(id: .bruising, status: .possible, evidence: "a mark"))
        picture.add(Finding(id: .bruising, status: .absent, evidence: "no bruises"))
        #expect(picture.status(of: .bruising) == .possible)
        picture.add(Finding(id: .bruising, status: .present, evidence: "a bruise"))
        #expect(picture.findings[.bruising]?.evidence == "a bruise")
    }

    @Test("merging says whether the picture changed: a new or stronger finding, or a new fact value")
    func mergeReportsAChange() {
        var picture = CasePicture()
        func merged(_ result: MatchResult, turn: Int? = nil) -> Bool { picture.merge(result, turn: turn) }
        let bruise = MatchResult(findings: [Finding(id: .bruising, status: .possible, evidence: "a mark")], facts: [:])
        #expect(merged(bruise, turn: 1))
        #expect(!merged(bruise, turn: 2))  // the same again: the earlier words stay
        #expect(picture.findings[.bruising]?.turn == 1)
        #expect(!merged(MatchResult(findings: [Finding(id: .bruising, status: .absent, evidence: "no")], facts: [:])))
        #expect(merged(MatchResult(findings: [Finding(id: .bruising, status: .present, evidence: "a bruise")], facts: [:])))
        let age = MatchResult(findings: [], facts: [FactName.childAgeWeeks: .number(34.8)])
        #expect(merged(age))
        #expect(!merged(age))
        #expect(merged(MatchResult(findings: [], facts: [FactName.childAgeWeeks: .number(8)])))
        #expect(!merged(MatchResult(findings: [], facts: [:])))
    }

    @Test("advice follows a corrected age at once; an answer that only repeats what is known changes no advice")
    func adviceFollowsTheFacts() throws {
        var consultation = try DialogueFixtures.consultation("consultation")
        _ = consultation.answer("no")
        _ = consultation.answer("health visitor")
        let older = consultation.answer("bruise on her cheek, she is 8 months old")
        #expect(!older.recommendations.contains { $0.id == "bruising-protocol" })
        let corrected = consultation.answer("sorry, I mean she is 8 weeks old")
        #expect(corrected.facts[FactName.childAgeWeeks] == .number(8))
        #expect(corrected.recommendations.first?.id == "bruising-protocol")
        #expect(corrected.new.contains("bruising-protocol"))
        let repeated = consultation.answer("she is 8 weeks old")
        #expect(repeated.recommendations == corrected.recommendations)
        #expect(repeated.new.isEmpty)
        #expect(repeated.turns == corrected.turns + 1)
    }

    @Test("questions about an unborn baby's injuries, mobility, crying and birth are skipped")
    func unbornSkips() throws {
        var consultation = try DialogueFixtures.consultation("consultation")
        _ = consultation.answer("no")
        _ = consultation.answer("midwife")
        _ = consultation.answer("worried about mum")
        let reply = consultation.answer("not born yet")
        #expect(reply.state == "gestation")
        _ = consultation.answer("don't know")
        #expect(consultation.position.current == "neglect")
        for skipped in ["mobility", "bruising", "other-injury", "injury-detail"] {
            #expect(consultation.position.skipped.contains(skipped))
        }
    }

    @Test("walking the consultation on option answers reaches the end with a summary")
    func wholeConsultation() throws {
        var consultation = try DialogueFixtures.consultation("consultation")
        let answers: [String: String] = [
            "danger": "no", "role": "health visitor", "concern": "mum is struggling",
            "age": "don't know", "mobility": "no", "bruising": "no", "other-injury": "no",
            "neglect": "no", "domestic-abuse": "no", "substance": "no", "crying": "yes",
            "mental-health": "yes", "treatment": "no", "birth": "traumatic", "support": "isolated",
            "parents-childhood": "no", "learning": "no", "expectations": "realistic",
            "family-concern": "no", "strategy": "not known yet",
        ]
        var steps = 0
        while !consultation.isAtEnd, steps < 40 {
            let state = consultation.position.current
            _ = consultation.answer(answers[state] ?? "not sure")
            steps += 1
        }
        #expect(consultation.isAtEnd)
        let ids = Set(consultation.advice.recommendations.map(\.id))
        #expect(ids.isSuperset(of: ["combined-parental-risk", "untreated-mental-health", "icon-crying-support"]))
        // The father was asked about and answered "not sure", which counts as unknown.
        #expect(ids.contains("record-father"))
        let summary = consultation.summary()
        #expect(summary.callerRole == "health visitor")
        #expect(summary.transcript.count == consultation.turns.count)
        #expect(summary.transcript.first?.question?.contains("immediate danger") == true)
        #expect(summary.top == "high")
    }

    @Test("a terminal state's offer continues in the next dialogue, keeping what was said")
    func triageOffersConsultation() throws {
        var consultation = try DialogueFixtures.consultation("duty-triage")
        for answer in ["no", "don't know", "no", "no", "no", "neither"] { _ = consultation.answer(answer) }
        #expect(consultation.position.current == "triaged")
        #expect(consultation.current().options == ["continue", "finish"])
        let reply = consultation.answer("continue")
        #expect(consultation.dialogue.name == "consultation")
        // Immediate danger was answered in the triage; the role was not.
        #expect(reply.state == "role")
        #expect(consultation.position.skipped.contains("danger"))
        for answer in ["GP", "worried about the home", "don't know"] { _ = consultation.answer(answer) }
        #expect(consultation.position.current == "mobility")
        // Injuries, neglect and the household were answered in the triage.
        #expect(consultation.answer("no").state == "crying")
        for skipped in ["bruising", "other-injury", "injury-detail", "neglect", "domestic-abuse", "substance"] {
            #expect(consultation.position.skipped.contains(skipped), "\(skipped) should be skipped")
        }
        for _ in 0..<4 { _ = consultation.back() }
        #expect(consultation.back().state == "triaged")
        #expect(consultation.dialogue.name == "duty-triage")
    }

    @Test("a consultation restored from its journal answers as the original")
    func restore() throws {
        var original = try DialogueFixtures.consultation("consultation")
        for answer in ["no", "GP", "worried", "not born yet"] { _ = original.answer(answer) }
        let dialogue = try #require(DialogueFixtures.knowledge.dialogues[original.position.dialogue])
        var restored = Consultation.restore(
            dialogue: dialogue, knowledge: DialogueFixtures.knowledge, turns: original.turns,
            history: original.history, position: original.position)
        #expect(restored.current() == original.current())
        #expect(restored.answer("20") == original.answer("20"))
        #expect(restored.back().state == original.back().state)
    }

    @Test("why explains the question now asked")
    func why() throws {
        var consultation = try DialogueFixtures.consultation("consultation")
        #expect(consultation.why().contains("999"))
        _ = consultation.answer("yes")
        #expect(consultation.why().contains("emergency-services"))
    }

    /// The word count that decides whether a number answer is read again as an age is
    /// `split(separator: " ")`'s, ASCII or not.
    @Test func shortAnswersAreCountedAsSplittingCountsThem() {
        let texts = [
            "", " ", "a month", "  a   few  weeks ", "one two three four five", "one two three four five six",
            "1 year\r\nold", "tab\tseparated words", "un b\u{E9}b\u{E9} de deux mois", " \u{301}a b", "a\u{2003}b c",
        ]
        for text in texts {
            for limit in 0...6 {
                #expect(Consultation.words(in: text, atMost: limit) == (text.split(separator: " ").count <= limit), "\(text) \(limit)")
            }
        }
    }
}

@Suite("Consultation mixed initiative")
struct MixedInitiativeTests {
    @Test("an opening that gives age, a bruise and untreated depression gets the bruising protocol at once")
    func bruisingAtOnce() throws {
        var consultation = try DialogueFixtures.consultation("consultation")
        let reply = consultation.answer("8 week old, bruise on cheek, mum has untreated depression")
        #expect(reply.facts["child.age_weeks"] == .number(8))
        #expect(reply.recommendations.contains { $0.id == "bruising-protocol" && $0.priority == .urgent })
        #expect(reply.new.contains("bruising-protocol"))
        #expect(reply.say.contains("URGENT"))
        // The age, mobility (inferred from the age) and bruising questions are not asked again.
        var asked: [String] = [reply.state]
        while !consultation.isAtEnd, asked.count < 40 {
            asked.append(consultation.answer("not sure").state)
        }
        for state in ["age", "mobility", "bruising", "mental-health"] {
            #expect(!asked.contains(state), "\(state) was asked again")
        }
    }

    /// What a consultation is, as far as anyone can see: for checking that a revoked step
    /// leaves nothing behind.
    struct Snapshot: Equatable {
        let turns: [Turn]
        let history: [DialogueState]
        let position: DialogueState
        let picture: CasePicture
        let advice: Advice
        let current: Reply
        let dialogue: String
    }

    static func state(_ consultation: Consultation) -> Snapshot {
        Snapshot(
            turns: consultation.turns, history: consultation.history, position: consultation.position,
            picture: consultation.picture, advice: consultation.advice, current: consultation.current(),
            dialogue: consultation.dialogue.name)
    }

    /// A step the journal could not keep is revoked; the consultation is then exactly as it was
    /// before it, and goes on the same way.
    @Test func aRevokedAnswerLeavesNoTrace() throws {
        var consultation = try DialogueFixtures.consultation("consultation")
        let time = Date(timeIntervalSince1970: 1_800_000_000)
        _ = consultation.answer("health visitor", at: time)
        _ = consultation.answer("8 weeks old with a bruise on the cheek", at: time)
        let before = Self.state(consultation)
        let position = consultation.position
        var control = consultation

        _ = consultation.answer("mum has been very low since the birth, no treatment", at: time)
        #expect(Self.state(consultation) != before)
        consultation.revokeLastAnswer(returningTo: position)
        #expect(Self.state(consultation) == before)
        #expect(consultation.answer("no", at: time) == control.answer("no", at: time))
        #expect(Self.state(consultation) == Self.state(control))
    }

    @Test func aRevokedBackLeavesNoTrace() throws {
        var consultation = try DialogueFixtures.consultation("duty-triage")
        let time = Date(timeIntervalSince1970: 1_800_000_000)
        for answer in ["no", "yes", "6 weeks"] { _ = consultation.answer(answer, at: time) }
        let before = Self.state(consultation)
        let position = consultation.position
        let undone = try #require(consultation.turns.last)

        _ = consultation.back()
        #expect(Self.state(consultation) != before)
        consultation.revokeBack(restoring: undone, returningTo: position)
        #expect(Self.state(consultation) == before)
    }

    @Test func aRevokedAnswerAfterASwitchOfDialogueReturnsToTheFirst() throws {
        var consultation = try DialogueFixtures.consultation("duty-triage")
        let time = Date(timeIntervalSince1970: 1_800_000_000)
        for answer in ["no", "don't know", "no", "no", "no", "neither"] { _ = consultation.answer(answer, at: time) }
        try #require(consultation.isAtEnd)
        let before = Self.state(consultation)
        let position = consultation.position
        _ = consultation.answer("continue", at: time)
        #expect(consultation.dialogue.name != position.dialogue)
        consultation.revokeLastAnswer(returningTo: position)
        #expect(Self.state(consultation) == before)
    }
}
