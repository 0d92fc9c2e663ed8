@testable import CurioCore
import CurioTestSupport
import Foundation
import Testing

/// The real lexicon, loaded once from the repository's `dialogues/` folder.
enum MatcherFixture {
    static let dialogues: URL = ShippedKnowledge.dialogues

    static let catalogue: RiskFactorCatalogue? = try? RiskFactorCatalogue.load(from: dialogues)

    static let knownFactors: Set<RiskFactorID> = catalogue?.ids ?? []

    /// The shipped knowledge's matcher (`MatchingKnowledge` builds it with the taxonomy's
    /// `later_absent_stands` and `critical` factors), compiled once for the whole test process.
    static let matcher: Matcher = ShippedKnowledge.required.matcher

    /// The status the matcher gives `id` in `text` (nil: not reported).
    static func status(_ id: RiskFactorID, in text: String) -> FindingStatus? {
        matcher.match(text).status(of: id)
    }

    static func age(_ text: String) -> Double? {
        matcher.match(text).facts[FactName.childAgeWeeks]?.number
    }

    /// Expects the age read from `text` to be `weeks` (within 0.05), or no age when nil.
    static func expectAge(_ text: String, is weeks: Double?) {
        let age = age(text)
        if let weeks {
            #expect(age != nil && abs(age! - weeks) <= 0.05, "\(text): \(String(describing: age))")
        } else {
            #expect(age == nil, "\(text): \(String(describing: age))")
        }
    }

    /// The texts of the tokens the lexicon reads `text` as, without the empty mark that ends
    /// a text not ended by one (`endMark` tells it).
    static func words(_ text: String) -> [String] {
        matcher.lexicon.tokens(text).filter { $0.start < $0.end }.map(\.text)
    }

    /// Whether the lexicon ends `text` with an empty sentence mark of its own.
    static func endMark(_ text: String) -> Bool {
        guard let last = matcher.lexicon.tokens(text).last else { return false }
        return last.start == last.end && last.text == "."
    }
}
