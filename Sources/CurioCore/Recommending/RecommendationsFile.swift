import Foundation

/// Reads `dialogues/recommendations.yaml`:
///
/// ```yaml
/// inferences:                       # derived findings, applied in order before the rules
///   - finding: child.pre_mobile
///     status: present
///     when: {all: [{fact: child.age_weeks < 26}, {not: {known: child.pre_mobile}}]}
///     reason: age {child.age_weeks} weeks
///   - finding: child.pre_mobile       # a definition that beats what was said:
///     status: present
///     replaces: [absent, possible]    # ...a stated finding with these statuses is replaced
///     when: {fact: child.age_weeks < 26}
///     reason: age {child.age_weeks} weeks, under 6 months
///   - finding: father.unknown
///     status: possible
///     at_end: true                  # only once the consultation is complete
///     when: {not: {known: father.unknown}}
///     reason: nothing was said about the father
///   - finding: child.immediate_danger  # two situations that must be able to be one carer's
///     status: present
///     when: {all: [{finding: now.carer_impaired}, {finding: now.sole_care}]}
///     same_carer: [now.carer_impaired, now.sole_care]
///     reason: a carer unable to care ({now.carer_impaired}) in charge of the baby ({now.sole_care})
/// rules:
///   - id: bruising-protocol         # the recommendation id (a contract)
///     title: Follow the baby bruising protocol
///     priority: urgent              # emergency | urgent | high | consider
///     when: {all: [{finding: injury.bruising}, {finding: child.pre_mobile}]}
///     advice: Refer to Children's Social Care straight away ...
///     cites:
///       - baby-bruising-protocol
///       - {section: general-referral-duty, when: {finding: parent.domestic_abuse}}
/// nothing_applies:
///   say: Nothing in the briefing applies ...
///   see: board-website              # a section of protocols.yaml whose address is given
/// ```
///
/// Only malformed entries stop the reading; unknown ids, duplicates and rules that can never
/// fire are left to `RuleBook.problems`, which reports them all at once.
enum RecommendationsFile {
    static let fileKeys: Set<String> = ["inferences", "rules", "nothing_applies"]
    static let ruleKeys: Set<String> = ["id", "title", "priority", "when", "advice", "cites"]
    static let inferenceKeys: Set<String> = ["finding", "status", "when", "at_end", "replaces", "reason", "same_carer"]

    struct Contents {
        var inferences: [Inference]
        var rules: [Rule]
        var nothingApplies: NothingApplies
    }

    static func read(_ root: DataNode) throws -> Contents {
        try root.allowOnly(fileKeys, in: "the recommendations file")
        let ruleNodes = try root.required("rules", in: "the recommendations file").sequence("the rules")
        guard !ruleNodes.isEmpty else { throw root.error("the recommendations file lists no rules") }
        return Contents(
            inferences: try root["inferences"]?.sequence("the inferences").map(inference) ?? [],
            rules: try ruleNodes.map(rule),
            nothingApplies: try nothingApplies(root.required("nothing_applies", in: "the recommendations file")))
    }

    static func rule(_ node: DataNode) throws -> Rule {
        try node.allowOnly(ruleKeys, in: "a rule")
        let id = try ProtocolsFile.nonEmpty(node.required("id", in: "a rule"), "the rule's id")
        let what = "rule `\(id)`"
        let priorityNode = try node.required("priority", in: what)
        let priorityText = try priorityNode.string("a priority")
        guard let priority = Priority(rawValue: priorityText) else {
            throw priorityNode.error(
                "rule `\(id)` has priority `\(priorityText)`; a priority is one of emergency, urgent, high or consider")
        }
        let citeNodes = try node.required("cites", in: what).sequence("the sections the rule cites")
        guard !citeNodes.isEmpty else { throw node.error("\(what) cites nothing; every recommendation needs a citation") }
        return Rule(
            id: id,
            title: try node["title"]?.string("a title") ?? id,
            priority: priority,
            condition: try Condition(node.required("when", in: what)),
            advice: try ProtocolsFile.nonEmpty(node.required("advice", in: what), "the advice"),
            citations: try citeNodes.map(citation),
            line: node.line)
    }

    /// `section-id`, or `{section: id, when: condition}`.
    static func citation(_ node: DataNode) throws -> Rule.CitedSection {
        if let id = node.scalar { return Rule.CitedSection(section: id, line: node.line) }
        try node.allowOnly(["section", "when"], in: "a citation")
        return Rule.CitedSection(
            section: try node.required("section", in: "a citation").string("a section id"),
            onlyWhen: try node["when"].map(Condition.init),
            line: node.line)
    }

    static func inference(_ node: DataNode) throws -> Inference {
        try node.allowOnly(inferenceKeys, in: "an inference")
        let id = RiskFactorID(try node.required("finding", in: "an inference").string("a risk-factor id"))
        let what = "the inference of `\(id)`"
        let statusNode = try node.required("status", in: what)
        let statusText = try statusNode.string("a status")
        guard let status = FindingStatus(rawValue: statusText) else {
            throw statusNode.error("unknown status `\(statusText)` in \(what) (expected present, possible or absent)")
        }
        var replaces: Set<FindingStatus> = []
        for item in try node["replaces"]?.sequence("replaces") ?? [] {
            let text = try item.string("a status")
            // Only a weaker stated status is replaced: an inference raises a finding (absent or
            // possible to present), as `CasePicture.add` does, never lowers one.
            guard let replaced = FindingStatus(rawValue: text), replaced < status else {
                throw item.error("`replaces` in \(what) takes statuses weaker than its own `\(status.rawValue)` (absent < possible < present), not `\(text)`")
            }
            replaces.insert(replaced)
        }
        var sameCarer: [RiskFactorID] = []
        if let pair = node["same_carer"] {
            sameCarer = try pair.strings("same_carer").map { RiskFactorID($0) }
            guard sameCarer.count == 2, sameCarer.allSatisfy(\.isSituation) else {
                throw pair.error("`same_carer` in \(what) names two situations (`\(RiskFactorID.situationPrefix)…`), e.g. [now.carer_impaired, now.sole_care]")
            }
        }
        return Inference(
            finding: id, status: status,
            condition: try Condition(node.required("when", in: what)),
            atEnd: try node["at_end"]?.bool("at_end") ?? false,
            replaces: replaces,
            reason: try ProtocolsFile.nonEmpty(node.required("reason", in: what), "a reason"),
            sameCarer: sameCarer,
            line: node.line)
    }

    static func nothingApplies(_ node: DataNode) throws -> NothingApplies {
        try node.allowOnly(["say", "see"], in: "nothing_applies")
        return NothingApplies(
            message: try ProtocolsFile.nonEmpty(node.required("say", in: "nothing_applies"), "what to say"),
            section: try node.required("see", in: "nothing_applies").string("a section id"),
            line: node.line)
    }
}
