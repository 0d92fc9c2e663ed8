import Foundation
import Testing

@testable import CurioCore

@Suite("Trainers' test scripts")
struct ScriptTests {
    let knowledge = DialogueFixtures.knowledge

    func run(_ text: String, file: String = "test.curio") throws -> ScriptResult {
        let script = try ScriptParser.parse(text, file: file)
        var driver = InProcessScriptDriver(knowledge: knowledge)
        var coverage = ScriptCoverage()
        return ScriptRunner().run(script, driver: &driver, coverage: &coverage)
    }

    @Test("a script reads like the consultation, with comments and a title")
    func parses() throws {
        let script = try ScriptParser.parse(
            """
            title: Danger first
            dialogue: duty-triage
            # a comment line
            curio: immediate danger   # a trailing comment
            you: yes \\# not a comment
            expect finding child.immediate_danger present
            expect no recommendation refer-csc
            expect recommendation emergency-services emergency
            expect top emergency
            expect state call-999
            do: back
            expect no done
            """, file: "t.curio")
        #expect(script.title == "Danger first")
        #expect(script.dialogue == "duty-triage")
        #expect(script.steps.count == 9)
        #expect(script.steps[1].action == .say("yes # not a comment"))
        #expect(script.steps[1].line == 5)
    }

    @Test(
        "bad scripts fail with the file and line",
        arguments: [
            ("you: no\nexpect colour blue\n", 2, "unknown assertion"),
            ("you: no\nexpect top soon\n", 2, "unknown priority"),
            ("you: no\nexpect finding injury.bruising maybe\n", 2, "unknown status"),
            ("you: no\nsay: hello\n", 2, "unknown line `say:`"),
            ("you: no\ndo: dance\n", 2, "unknown command"),
            ("curio~ (unclosed\n", 1, "regular expression"),
        ] as [(String, Int, String)])
    func badScripts(text: String, line: Int, message: String) throws {
        #expect {
            try ScriptParser.parse(text, file: "bad.curio")
        } throws: { error in
            guard let error = error as? DataFileError else { return false }
            return error.file == "bad.curio" && error.line == line && error.message.contains(message)
        }
    }

    @Test("a file that is not a script is refused as such")
    func notAScript() throws {
        #expect(throws: DataFileError.self) { try ScriptParser.parse("# only comments\n\n", file: "x.curio") }
        #expect(throws: DataFileError.self) { try ScriptParser.parse("{\"json\": true}", file: "x.curio") }
    }

    @Test("an unknown dialogue fails the script with a clear message")
    func unknownDialogue() throws {
        let result = try run("title: t\ndialogue: nope\nyou: hello\n")
        #expect(!result.passed)
        #expect(result.failures.first?.line == 2)
        #expect(result.failures.first?.got.contains("unknown dialogue `nope`") == true)
    }

    @Test("a passing script passes; the same script with one expected line changed fails, naming that line")
    func changedLineFails() throws {
        let passing = """
            dialogue: duty-triage
            you: yes
            expect recommendation emergency-services emergency
            curio: Call 999 now
            expect state call-999
            """
        #expect(try run(passing).passed)
        let changed = passing.replacingOccurrences(of: "curio: Call 999 now", with: "curio: Call 111 now")
        let result = try run(changed, file: "changed.curio")
        #expect(result.failures.count == 1)
        #expect(result.failures.first?.line == 4)
        let report = result.report(sourceLines: changed.components(separatedBy: "\n"))
        #expect(report.contains("changed.curio:4: curio: Call 111 now"))
        #expect(report.contains("- expected: the assistant to say \"Call 111 now\""))
        #expect(report.contains("+ got:"))
    }

    @Test("a recorded consultation replays green unchanged")
    func recordedReplays() throws {
        var consultation = try DialogueFixtures.consultation("duty-triage")
        var recorder = ScriptRecorder(dialogue: "duty-triage", title: "recorded")
        recorder.opened(consultation.opening())
        for answer in ["no", "don't know", "yes", "no", "no"] {
            recorder.answered(answer, reply: consultation.answer(answer))
        }
        recorder.performed(.back, reply: consultation.back())
        recorder.answered("not sure", reply: consultation.answer("not sure"))
        let text = recorder.script(finalTop: consultation.advice.topPriority)
        let result = try run(text, file: "recorded.curio")
        #expect(result.passed, "\(result.report(sourceLines: text.components(separatedBy: "\n")))")
        #expect(text.contains("expect recommendation bruising-protocol urgent"))
    }

    @Test("JUnit XML names each script and escapes what it quotes")
    func junit() throws {
        var suite = ScriptSuite()
        suite.run([
            .init(file: "a.curio", text: "dialogue: duty-triage\nyou: yes\nexpect top emergency\n"),
            .init(file: "b.curio", text: "dialogue: duty-triage\nyou: yes\ncurio: <nope> & \"more\"\n"),
            .init(file: "c.curio", text: "not a script\n"),
        ]) { InProcessScriptDriver(knowledge: knowledge) }
        #expect(suite.passedCount == 1)
        #expect(suite.failedCount == 2)
        let xml = JUnitReport.render(suite)
        #expect(xml.contains(#"tests="3" failures="2""#))
        #expect(xml.contains("&lt;nope&gt; &amp; &quot;more&quot;"))
        #expect(suite.report().hasSuffix("1 passed, 2 failed"))
    }

    @Test("coverage counts states and transitions, skipped ones included, and lists what is never reached")
    func coverage() throws {
        var suite = ScriptSuite()
        suite.run([.init(file: "a.curio", text: "dialogue: duty-triage\nyou: yes\n")]) {
            InProcessScriptDriver(knowledge: knowledge)
        }
        let triage = try #require(knowledge.dialogues["duty-triage"])
        let figures = suite.coverage.figures(for: triage)
        #expect(figures.states.covered == 2)
        #expect(figures.transitions.covered == 1)
        #expect(figures.unvisitedStates.contains("triaged"))
        #expect(figures.ratio < 1)
        #expect(suite.coverageReport(dialogues: [triage], riskFactors: [.immediateDanger, .bruising], recommendations: ["emergency-services"])
            .contains("never found: injury.bruising"))
    }
}
