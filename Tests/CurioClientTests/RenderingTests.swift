import CurioCore
import Foundation
import Testing
@testable import CurioClient

@Suite struct RenderingTests {
    static let bruising = Recommendation(
        id: "bruising-protocol", priority: .urgent, because: ["injury.bruising", "child.pre_mobile"],
        advice: "Refer to Children's Social Care today and arrange a same-day medical assessment: any bruise on a baby who is not yet mobile must be looked into.",
        citations: [Citation(source: "7 Minute Briefing: Thematic Review NAI & Neglect", section: "Baby Bruising Protocol",
                             url: "https://example.org/policies/bruising-protocol-for-pre-mobile-babies")],
        evidence: [
            .init(finding: "injury.bruising", status: .present, words: "a small bruise on his cheek", turn: 3),
            .init(finding: "child.pre_mobile", status: .present, words: "", inferredFrom: "age 8 weeks"),
        ])
    static let consider = Recommendation(
        id: "talk-to-dsl", priority: .consider, because: ["parent.isolation"],
        advice: "Talk it through with your safeguarding lead.", citations: [])

    static func response(new: [String]) -> WireResponse {
        var response = WireResponse()
        response.session = "s1"
        response.say = "Noted: bruising.\nURGENT: \(bruising.advice)\nHas the baby been seen by a doctor?"
        response.question = "Has the baby been seen by a doctor?"
        response.options = ["yes", "no", "not sure"]
        response.recommendations = [bruising, consider]
        response.new = new
        response.turns = 3
        return response
    }

    let rendering = ChatRendering(style: .plain, labels: ["injury.bruising": "Bruising", "child.pre_mobile": "Pre-mobile baby"])

    @Test func aReplyShowsNewRecommendationsWithReasonsAndCitations() {
        let text = rendering.reply(Self.response(new: ["bruising-protocol"]))
        #expect(text.contains("New recommendation:"))
        #expect(text.contains("[URGENT] Refer to Children's Social Care today"))
        #expect(text.contains("because: Bruising (present): \"a small bruise on his cheek\" (turn 3)"))
        #expect(text.contains("Pre-mobile baby (present): inferred from age 8 weeks"))
        let flat = text.split(whereSeparator: { $0 == " " || $0 == "\n" }).joined(separator: " ")
        #expect(flat.contains("cites: 7 Minute Briefing: Thematic Review NAI & Neglect, \"Baby Bruising Protocol\""))
        #expect(text.contains("<https://example.org/policies/bruising-protocol-for-pre-mobile-babies>"))
        #expect(text.contains("Has the baby been seen by a doctor?"))
        #expect(text.contains("(yes / no / not sure)"))
        // Heard, then the new advice, then the question.
        let heard = text.range(of: "Noted: bruising.")!.lowerBound
        let advice = text.range(of: "[URGENT]")!.lowerBound
        let question = text.range(of: "Has the baby been seen")!.lowerBound
        #expect(heard < advice && advice < question)
        // Recommendations that were already there are not repeated.
        #expect(!text.contains("safeguarding lead"))
        // The urgent advice is said once, in its block, not again in the server's text.
        #expect(text.components(separatedBy: "Refer to Children's Social Care today").count == 2)
    }

    @Test func aReplyWithoutNewRecommendationsIsJustTheText() {
        let text = rendering.reply(Self.response(new: []))
        #expect(!text.contains("New recommendation"))
        #expect(text.contains("URGENT: Refer to Children's Social Care"))
    }

    @Test func everyLineFitsIn80Columns() {
        let text = rendering.reply(Self.response(new: ["bruising-protocol", "talk-to-dsl"]))
        for line in text.split(separator: "\n") where !line.contains("https://") {
            #expect(line.count <= 80, "too long: \(line)")
        }
        #expect(text.contains("New recommendations:"))
        // Highest priority first.
        let urgent = text.range(of: "[URGENT]")!.lowerBound
        let consider = text.range(of: "[CONSIDER]")!.lowerBound
        #expect(urgent < consider)
    }

    @Test func wrappingKeepsWordsWholeAndIndentsContinuations() {
        let style = TerminalStyle(width: 30)
        let text = style.wrap("one two three four five six seven eight nine ten", firstPrefix: "[HIGH] ", indent: "    ")
        #expect(text == "[HIGH] one two three four five\n    six seven eight nine ten")
        let long = style.wrap("see <https://example.org/a/very/long/address/indeed> now")
        #expect(long == "see\n<https://example.org/a/very/long/address/indeed>\nnow")
    }

    @Test func colourOnlyWhenAsked() {
        #expect(TerminalStyle(colour: false).priorityTag(.urgent) == "[URGENT]")
        #expect(TerminalStyle(colour: true).priorityTag(.urgent).contains("\u{1B}["))
        #expect(TerminalStyle.visibleWidth(TerminalStyle(colour: true).priorityTag(.urgent)) == 8)
        let plain = TerminalStyle.forStandardOutput(environment: ["NO_COLOR": "1"])
        #expect(!plain.colour)
    }

    @Test func theDisclaimerMentionsJudgementProceduresAnd999() {
        let text = rendering.disclaimer().replacingOccurrences(of: "\n", with: " ")
        #expect(text.contains("professional judgement"))
        #expect(text.contains("local safeguarding procedures"))
        #expect(text.contains("999"))
    }

    @Test func endedLineNamesTheSession() {
        var response = WireResponse()
        response.done = true
        response.turns = 4
        #expect(rendering.ended(session: "abc", response: response) == "Consultation abc ended: 4 answers.")
    }

    @Test func helpListsEveryCommand() {
        let help = rendering.help()
        for command in ChatCommandWord.allCases { #expect(help.contains(command.rawValue)) }
    }
}

@Suite struct ParagraphWrappingTests {
    @Test func eachLineWrapsUnderItself() {
        let style = TerminalStyle(width: 30)
        let text = style.wrapParagraphs("Why this question: because it matters a lot\n    because bruising is present here")
        #expect(text == """
            Why this question: because it
                matters a lot
                because bruising is
                    present here
            """)
    }
}

@Suite struct SummaryRenderingTests {
    @Test func aSummaryFitsIn80ColumnsAndSaysWhatToDo() throws {
        var summary = try JSONDecoder().decode(CaseSummary.self, from: Data("""
            {"dialogue": "consultation", "child": "baby aged 8 weeks, not yet mobile",
             "caller_role": "health visitor",
             "findings": [{"id": "injury.bruising", "status": "present", "evidence": "a bruise on her cheek", "turn": 3}],
             "facts": {"child.age_weeks": 8}, "recommendations": [], "top": "urgent",
             "open_questions": ["Signs of neglect", "Domestic abuse"],
             "transcript": [{"turn": 1, "question": "Danger?", "answer": "no", "at": 0}]}
            """.utf8))
        summary.recommendations = [RenderingTests.bruising]
        let text = ChatRendering(style: .plain, labels: ["injury.bruising": "Bruising"]).summary(summary, session: "s1")
        #expect(text.contains("Case summary (s1)"))
        #expect(text.contains("Caller: health visitor"))
        #expect(text.contains("- Bruising (present): \"a bruise on her cheek\""))
        #expect(text.contains("  [URGENT] Refer to Children's Social Care today"))
        #expect(text.contains("Not yet discussed: Signs of neglect; Domestic abuse"))
        #expect(text.contains("1 answer recorded."))
        for line in text.split(separator: "\n") where !line.contains("https://") {
            #expect(line.count <= 80, "too long: \(line)")
        }
    }
}

@Suite struct WhyRenderingTests {
    @Test func priorityTagsInWhyAreMarked() {
        let text = "Why this question: age matters.\n[URGENT] bruising-protocol: Refer now.\n    because Bruising is present"
        #expect(ChatRendering(style: .plain).why(text) == text)
        let coloured = ChatRendering(style: TerminalStyle(colour: true)).why(text)
        #expect(coloured.contains("\u{1B}[1;31m[URGENT]\u{1B}[0m bruising-protocol: Refer now."))
    }
}
