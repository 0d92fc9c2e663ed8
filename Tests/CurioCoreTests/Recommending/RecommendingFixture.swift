import Foundation
import Testing

@testable import CurioCore

/// The real `dialogues/` folder and a few builders, so that the recommender is tested on the
/// rules Curio ships, independent of the matcher.
enum RecommendingFixture {
    static let dialogues: URL = URL(fileURLWithPath: #filePath)
        .deletingLastPathComponent()  // Recommending
        .deletingLastPathComponent()  // CurioCoreTests
        .deletingLastPathComponent()  // Tests
        .deletingLastPathComponent()  // package root
        .appendingPathComponent("dialogues")

    static let knownFactors: Set<RiskFactorID> = {
        (try? RiskFactorCatalogue.load(from: dialogues).ids) ?? []
    }()

    static let book: RuleBook = {
        do {
            return try RuleBook.load(from: dialogues, knownFactors: knownFactors)
        } catch {
            fatalError("the shipped rule book does not load: \(error)")
        }
    }()

    static let recommender = Recommender(rules: book)

    /// A finding with made-up words, so evidence can be checked.
    static func finding(_ id: RiskFactorID, _ status: FindingStatus = .present, turn: Int? = nil) -> Finding {
        Finding(id: id, status: status, evidence: "words for \(id.rawValue)", turn: turn)
    }

    static func picture(
        _ findings: [(RiskFactorID, FindingStatus)], age: Double? = nil
    ) -> CasePicture {
        var facts: [String: FactValue] = [:]
        if let age { facts[FactName.childAgeWeeks] = .number(age) }
        return CasePicture(findings: findings.map { finding($0.0, $0.1) }, facts: facts)
    }

    static func advise(
        _ findings: [(RiskFactorID, FindingStatus)], age: Double? = nil, complete: Bool = false
    ) -> Advice {
        recommender.advise(picture(findings, age: age), consultationComplete: complete)
    }

    static func ids(
        _ findings: [(RiskFactorID, FindingStatus)], age: Double? = nil, complete: Bool = false
    ) -> Set<String> {
        Set(advise(findings, age: age, complete: complete).recommendations.map(\.id))
    }

    /// A temporary dialogues folder holding the shipped risk factors and protocols, and the
    /// given recommendations file (or the shipped one with `edit` applied).
    static func folder(
        recommendations: String? = nil, protocols: String? = nil
    ) throws -> URL {
        let folder = FileManager.default.temporaryDirectory
            .appendingPathComponent("curio-rules-\(UUID().uuidString)")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        for name in [RiskFactorCatalogue.fileName, RuleBook.rulesFileName, RuleBook.protocolsFileName] {
            try FileManager.default.copyItem(
                at: dialogues.appendingPathComponent(name), to: folder.appendingPathComponent(name))
        }
        if let recommendations {
            try recommendations.write(
                to: folder.appendingPathComponent(RuleBook.rulesFileName), atomically: true, encoding: .utf8)
        }
        if let protocols {
            try protocols.write(
                to: folder.appendingPathComponent(RuleBook.protocolsFileName), atomically: true, encoding: .utf8)
        }
        return folder
    }

    static var shippedRules: String {
        (try? String(contentsOf: dialogues.appendingPathComponent(RuleBook.rulesFileName), encoding: .utf8)) ?? ""
    }

    static var shippedProtocols: String {
        (try? String(contentsOf: dialogues.appendingPathComponent(RuleBook.protocolsFileName), encoding: .utf8)) ?? ""
    }
}
