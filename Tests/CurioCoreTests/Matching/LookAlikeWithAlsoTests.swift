@testable import CurioCore
import Foundation
import Testing

/// A look-alike (`ignore`) with `also:` silences its own factor and gives the others, read as
/// its words say them: a mother's cuts along her wrists are no injury of the baby's, and are a
/// sign of her own mental ill health. Before, a look-alike gave nothing at all, so its words,
/// claimed from every other cue, lost the other factor with the look-alike's.
@Suite("A look-alike that gives another factor")
struct LookAlikeWithAlsoTests {
    /// The small dialogues fixture with one look-alike of injury.other that gives mental health.
    static let matcher: Matcher = {
        let scratch = FileManager.default.temporaryDirectory.appendingPathComponent("curio-lookalike-\(UUID().uuidString)")
        defer { try? FileManager.default.removeItem(at: scratch) }
        do {
            try FileManager.default.copyItem(at: SmallLexiconFixture.dialogues, to: scratch)
            let file = scratch.appendingPathComponent("lexicon/factors/injury.other.yaml")
            var text = try String(contentsOf: file, encoding: .utf8)
            text = text.replacingOccurrences(
                of: "\nignore:\n", with: "\nignore:\n  - {cue: \"(mum|mother) (has|s)? (got)? (new|fresh)? (cuts|cut) (on|along|across) (her|both) (wrists|wrist|arms)\", also: parent.mental_health}\n")
            try text.write(to: file, atomically: true, encoding: .utf8)
            return Matcher(lexicon: try Lexicon.load(from: scratch, knownFactors: MatcherFixture.knownFactors))
        } catch {
            fatalError("the scratch lexicon does not load: \(error)")
        }
    }()

    @Test func theLookAlikeGivesTheOtherFactorAndNotItsOwn() {
        let result = Self.matcher.match("mum has got fresh cuts along her wrists")
        #expect(result.status(of: .otherInjury) == nil, "\(result.findings)")
        #expect(result.status(of: .mentalHealth) == .present, "\(result.findings)")
    }

    @Test func theOtherFactorIsReadAsItsWordsAreSaid() {
        #expect(Self.matcher.match("maybe mum has cuts on her arms").status(of: .mentalHealth) == .possible)
        #expect(Self.matcher.match("mum has no cuts on her arms").status(of: .mentalHealth) == nil)
    }

    @Test func explainListsTheLookAlikeOnceAndTheFactorItGives() {
        let explained = Self.matcher.explain("mum has got fresh cuts along her wrists")
        #expect(explained.filter { $0.factor == .otherInjury && $0.status == nil }.count == 1, "\(explained.map(\.factor))")
        #expect(explained.contains { $0.factor == .mentalHealth && $0.status == .present })
    }
}
