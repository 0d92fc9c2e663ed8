@testable import CurioCore
import CurioTestSupport
import Foundation

/// A small dialogues folder in the shipped format (`Tests/Fixtures/small-dialogues`, see its
/// README) and its lexicon, compiled once: for the tests of the lexicon cache and the snapshot's
/// layout, where the shipped lexicon's 90 MB snapshot cost minutes of a debug run and told
/// nothing more.
enum SmallLexiconFixture {
    static let dialogues = ShippedKnowledge.repository.appendingPathComponent("Tests/Fixtures/small-dialogues")

    static let lexicon: Lexicon = {
        do { return try Lexicon.load(from: dialogues, knownFactors: MatcherFixture.knownFactors) } catch {
            fatalError("Tests/Fixtures/small-dialogues does not load: \(error)")
        }
    }()
}
