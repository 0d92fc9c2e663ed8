import CurioCore
import Foundation
import Testing

/// A trigger group's own `window` (context.yaml): the most tokens its triggers reach, below
/// their kind's. "Rather than" denies the label just after it, not the clause that follows:
/// with a negation's nine words, "rather than isolated she's got her mum and sisters round every
/// day" denied the support told, and the denied support read as isolation.
@Suite("A trigger group's own window")
struct TriggerWindowTests {
    @Test(arguments: [
        ("rather than isolated, she's got her mum and two sisters round every day", RiskFactorID.isolation, FindingStatus?.some(.absent)),
        ("far from being isolated, her mum lives next door and pops in daily", RiskFactorID.isolation, FindingStatus?.some(.absent)),
        ("rather than coping, she's had three panic attacks this week", RiskFactorID.mentalHealth, FindingStatus?.some(.present)),
        ("she is grieving rather than depressed", RiskFactorID.mentalHealth, FindingStatus?.some(.absent)),
    ])
    func ratherThanDeniesTheLabelOnly(text: String, id: RiskFactorID, status: FindingStatus?) {
        #expect(MatcherFixture.status(id, in: text) == status, "\(text)")
    }

    /// A window is a number of tokens, 1 or more; anything else is an error with its line.
    @Test func aBadWindowIsAnErrorWithItsLine() throws {
        let name = "context.yaml"
        let text = try String(contentsOf: MatcherFixture.dialogues.appendingPathComponent("lexicon/\(name)"), encoding: .utf8)
        let old = "    window: 3\n"
        #expect(text.contains(old))
        for bad in ["    window: 0\n", "    window: three\n"] {
            let broken = text.replacingOccurrences(of: old, with: bad)
            let line = broken.components(separatedBy: "\n").firstIndex { $0 + "\n" == bad }.map { $0 + 1 }
            #expect {
                try LexiconLoadingTests().load(replacing: name, with: broken)
            } throws: { error in
                guard let error = error as? DataFileError, let line else { return false }
                return error.description.contains("\(name):\(line)")
            }
        }
    }
}
