/// Turns a case picture into ranked, cited, explained recommendations.
///
/// One pass, pure: derive findings (inferences), evaluate the rules that read only findings
/// and facts, then the rules that read which recommendations fired (`priority:`,
/// `recommendation:`), then rank. Priorities are fixed per rule, so an absent finding can
/// only stop a rule from firing, never lower the priority of one that fires.
public struct Recommender: Sendable {
    public let rules: RuleBook
    /// The rules in evaluation order: rules reading other rules go second, in file order, each
    /// seeing all fired before it. Sorted once here, not on every piece of advice.
    private let ordered: [Int]
    /// Whether each rule reads other rules (`priority:`, `recommendation:`).
    private let readsFired: [Bool]
    /// Each rule's citations, looked up once: the section's citation and the condition (if
    /// any) under which it is cited.
    private let citations: [[(onlyWhen: Condition?, citation: Citation)]]
    private let nothingAppliesText: String
    /// Each rule's advice and (when they never depend on the case) citations, with their JSON.
    private let ruleTexts: [Recommendation.RuleText]

    public init(rules: RuleBook) {
        self.rules = rules
        let readsFired = rules.rules.map(\.condition.dependsOnRecommendations)
        self.readsFired = readsFired
        self.ordered = rules.rules.indices.sorted { (readsFired[$0] ? 1 : 0, $0) < (readsFired[$1] ? 1 : 0, $1) }
        self.citations = rules.rules.map { rule in
            rule.citations.compactMap { cited in
                rules.section(cited.section).map { (onlyWhen: cited.onlyWhen, citation: $0.citation) }
            }
        }
        self.nothingAppliesText = rules.nothingApplies.text(sections: rules.sectionIndex)
        self.ruleTexts = zip(rules.rules, citations).map { rule, cited in
            let fixed = cited.allSatisfy { $0.onlyWhen == nil }
            return Recommendation.RuleText(advice: rule.advice, citations: fixed ? cited.map(\.citation) : nil)
        }
    }

    /// `consultationComplete`: the dialogue has reached its end, so inferences about
    /// information still missing at the end (e.g. nothing known about the father) may apply.
    public func advise(_ picture: CasePicture, consultationComplete: Bool = false) -> Advice {
        let picture = derive(picture, consultationComplete: consultationComplete)
        var fired: [(order: Int, recommendation: Recommendation)] = []

        // The context's own list of fired priorities is added to in place (a separate list
        // copied into it before each rule was copied whole each time a rule fired).
        var context = ConditionContext(picture: picture)
        for order in ordered {
            let condition = rules.rules[order].condition
            guard var because = condition.evaluate(in: context) else { continue }
            if readsFired[order] {
                because.appendUnique(condition.firedReasons(in: fired.map(\.recommendation)))
            }
            fired.append((order, recommendation(order, because: because, context: context)))
            context.fired[rules.rules[order].id] = rules.rules[order].priority
        }

        let ranked = fired.sorted {
            ($0.recommendation.priority, -$0.order) > ($1.recommendation.priority, -$1.order)
        }.map(\.recommendation)
        return Advice(
            findings: picture.orderedFindings,
            recommendations: ranked,
            nothingApplies: ranked.isEmpty ? nothingAppliesText : nil)
    }

    /// The picture with the inferences applied in order (each sees those before it).
    public func derive(_ picture: CasePicture, consultationComplete: Bool = false) -> CasePicture {
        var picture = picture
        for inference in rules.inferences {
            if let finding = inference.apply(to: picture, consultationComplete: consultationComplete) {
                picture.add(finding)
            }
        }
        return picture
    }

    private func recommendation(_ index: Int, because: [RiskFactorID], context: ConditionContext) -> Recommendation {
        let rule = rules.rules[index]
        let text = ruleTexts[index]
        let citations = text.citations?.list ?? self.citations[index].compactMap { cited -> Citation? in
            if let condition = cited.onlyWhen, condition.evaluate(in: context) == nil { return nil }
            return cited.citation
        }
        let evidence = because.compactMap { id in context.picture.findings[id].map(Recommendation.Evidence.init) }
        var recommendation = Recommendation(
            id: rule.id, priority: rule.priority, because: because, advice: text.advice,
            citations: citations, evidence: evidence)
        recommendation.ruleText = text
        return recommendation
    }
}

extension Condition {
    /// The findings behind the recommendations a condition relies on (`priority:` and
    /// `recommendation:` outside any `not:`), so that e.g. the strategy-meeting advice can say
    /// which findings made a strategy meeting likely.
    func firedReasons(in fired: [Recommendation]) -> [RiskFactorID] {
        firedSources(in: fired).reduce(into: []) { $0.appendUnique($1.because) }
    }

    /// The fired recommendations a condition relies on (`priority:` and `recommendation:`
    /// outside any `not:`), in the order given.
    public func firedSources(in fired: [Recommendation]) -> [Recommendation] {
        var sources: [Recommendation] = []
        switch self {
        case .priority(let minimum):
            sources.appendUnique(fired.filter { $0.priority >= minimum })
        case .recommendation(let id):
            sources.appendUnique(fired.filter { $0.id == id })
        case .all(let items), .any(let items), .atLeast(_, let items):
            for item in items { sources.appendUnique(item.firedSources(in: fired)) }
        case .finding, .known, .fact, .not, .always:
            break
        }
        return sources
    }
}
