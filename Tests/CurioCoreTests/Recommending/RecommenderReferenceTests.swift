import Foundation
import Testing

@testable import CurioCore

/// The recommender evaluates compiled conditions over numbered factors, and a consultation's
/// advice keeps the JSON of what did not change. Both must give exactly what the plain reading
/// of the rule book gives: this reference is the recommender as it was before either, kept
/// here to hold the fast one to it.
@Suite struct RecommenderReferenceTests {
    /// The rule book read the plain way: `Condition.evaluate` on a derived `CasePicture`.
    static func reference(_ book: RuleBook, _ picture: CasePicture, complete: Bool) -> Advice {
        var derived = picture
        for inference in book.inferences {
            if let finding = inference.apply(to: derived, consultationComplete: complete) { derived.add(finding) }
        }
        let readsFired = book.rules.map(\.condition.dependsOnRecommendations)
        let ordered = book.rules.indices.sorted { (readsFired[$0] ? 1 : 0, $0) < (readsFired[$1] ? 1 : 0, $1) }
        var fired: [(order: Int, recommendation: Recommendation)] = []
        var context = ConditionContext(picture: derived)
        for order in ordered {
            let rule = book.rules[order]
            guard var because = rule.condition.evaluate(in: context) else { continue }
            if readsFired[order] { because.appendUnique(rule.condition.firedReasons(in: fired.map(\.recommendation))) }
            let citations = rule.citations.compactMap { cited -> Citation? in
                if let condition = cited.onlyWhen, condition.evaluate(in: context) == nil { return nil }
                return book.section(cited.section)?.citation
            }
            let evidence = because.compactMap { derived.findings[$0].map(Recommendation.Evidence.init) }
            fired.append((order, Recommendation(
                id: rule.id, priority: rule.priority, because: because, advice: rule.advice, citations: citations,
                evidence: evidence)))
            context.fired[rule.id] = rule.priority
        }
        let ranked = fired.sorted {
            ($0.recommendation.priority, -$0.order) > ($1.recommendation.priority, -$1.order)
        }.map(\.recommendation)
        return Advice(
            findings: derived.orderedFindings, recommendations: ranked,
            nothingApplies: ranked.isEmpty ? book.nothingApplies.text(sections: book.sectionIndex) : nil)
    }

    /// The advice as an answer carries it, in both writers.
    static func json(_ advice: Advice) -> (fast: String, foundation: String) {
        var response = WireResponse()
        response.findings = advice.findings
        response.recommendations = advice.recommendations
        response.note = advice.nothingApplies
        return (JSONLines.line(response), JSONLines.foundationLine(response))
    }

    @Test func adviceIsWhatThePlainReadingOfTheRulesGives() {
        let recommender = RecommendingFixture.recommender
        let pictures = CompiledConditionTests.pictures(count: 400, seed: 3)
        var fired = 0
        for (index, picture) in pictures.enumerated() {
            for complete in [false, true] {
                let expected = Self.reference(RecommendingFixture.book, picture, complete: complete)
                let plain = recommender.advise(picture, consultationComplete: complete)
                #expect(plain == expected)
                // Following the advice on another case: what is reused must not leak into this one.
                let earlier = recommender.advise(pictures[(index + 1) % pictures.count], consultationComplete: !complete, following: nil)
                let following = recommender.advise(picture, consultationComplete: complete, following: earlier)
                #expect(following == expected)
                let written = Self.json(following)
                #expect(written.fast == written.foundation)
                #expect(written.fast == Self.json(plain).fast)
                fired += expected.recommendations.count
            }
        }
        #expect(fired > 1000, "the pictures should fire many rules")
    }

    /// Unchanged findings and recommendations are the previous advice's own, with their JSON;
    /// changed ones are written afresh, never with the JSON of what they were.
    @Test func followingAdviceReusesOnlyWhatIsUnchanged() throws {
        let recommender = RecommendingFixture.recommender
        var picture = RecommendingFixture.picture([(.bruising, .present), (.mentalHealth, .possible)], age: 8)
        let first = recommender.advise(picture, consultationComplete: false, following: Advice(findings: [], recommendations: []))
        #expect(first.findings.allSatisfy { $0.prewritten != nil })
        #expect(first.recommendations.allSatisfy { $0.prewritten != nil })
        let bruising = try #require(first.recommendation("bruising-protocol"))

        // The same picture: everything is reused.
        let same = recommender.advise(picture, consultationComplete: false, following: first)
        for (now, before) in zip(same.findings, first.findings) { #expect(now.prewritten === before.prewritten) }
        for (now, before) in zip(same.recommendations, first.recommendations) { #expect(now.prewritten === before.prewritten) }

        // The bruise is now said in other words: its finding and every recommendation citing it
        // change; the JSON written for them before must not be used.
        picture = CasePicture(
            findings: picture.findings.values.map { $0.id == .bruising ? Finding(id: .bruising, status: .present, evidence: "a mark \"here\"", turn: 3) : $0 },
            facts: picture.facts)
        let changed = recommender.advise(picture, consultationComplete: false, following: first)
        let newBruising = try #require(changed.recommendation("bruising-protocol"))
        #expect(newBruising.prewritten !== bruising.prewritten)
        #expect(newBruising.evidence.contains { $0.words == "a mark \"here\"" })
        let finding = try #require(changed.findings.first { $0.id == .bruising })
        #expect(finding.prewritten !== first.findings.first { $0.id == .bruising }?.prewritten)
        #expect(changed.findings.first { $0.id == .mentalHealth }?.prewritten === first.findings.first { $0.id == .mentalHealth }?.prewritten)
        let written = Self.json(changed)
        #expect(written.fast == written.foundation)
        #expect(written.fast.contains(#"a mark \"here\""#))
    }

    /// A value changed after its JSON was kept is written as it is now.
    @Test func aChangedValueIsNotWrittenWithItsKeptJSON() {
        let finding = Finding(id: .bruising, status: .possible, evidence: "a mark", turn: 1).withPrewrittenJSON()
        var edited = finding
        edited.evidence = "two marks"
        edited.turn = nil
        #expect(JSONLines.line(edited) == JSONLines.foundationLine(edited))
        #expect(JSONLines.line(edited).contains("two marks"))
        #expect(JSONLines.line(finding) == JSONLines.foundationLine(finding))
        #expect(edited != finding)

        let recommendation = Recommendation(
            id: "refer-csc", priority: .urgent, because: [.bruising], advice: "Refer.", citations: [],
            evidence: [.init(finding)]).withPrewrittenJSON()
        var changed = recommendation
        changed.evidence[0].words = "two marks"
        #expect(JSONLines.line(changed) == JSONLines.foundationLine(changed))
        #expect(JSONLines.line(changed).contains("two marks"))
        changed = recommendation
        changed.because.append(.neglect)
        #expect(JSONLines.line(changed) == JSONLines.foundationLine(changed))
        #expect(JSONLines.line(recommendation) == JSONLines.foundationLine(recommendation))
        // The kept JSON is no part of the value.
        #expect(recommendation == Recommendation(
            id: "refer-csc", priority: .urgent, because: [.bruising], advice: "Refer.", citations: [], evidence: [.init(finding)]))
        #expect(finding.hashValue == Finding(id: .bruising, status: .possible, evidence: "a mark", turn: 1).hashValue)
    }
}
