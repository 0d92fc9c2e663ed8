import Foundation

/// A finding the recommender derives rather than hears: `child.pre_mobile` from an age under
/// 26 weeks, or an unknown father when a consultation ends with nothing said about him.
///
/// Inferences are data so that the threshold and the wording stay where a safeguarding lead
/// can read them. They only ever add a finding the case does not have (their conditions say
/// `not: {known: ...}`), so what the practitioner stated always wins.
public struct Inference: Sendable, Hashable {
    public var finding: RiskFactorID
    public var status: FindingStatus
    public var condition: Condition
    /// Only when the consultation is complete: missing information is a finding only once
    /// nobody can still supply it.
    public var atEnd: Bool
    /// What the finding is inferred from, with `{fact.name}` filled from the case's facts,
    /// e.g. `age {child.age_weeks} weeks` gives "age 8 weeks".
    public var reason: String
    public var line: Int?

    public init(
        finding: RiskFactorID, status: FindingStatus, condition: Condition, atEnd: Bool = false,
        reason: String, line: Int? = nil
    ) {
        self.finding = finding
        self.status = status
        self.condition = condition
        self.atEnd = atEnd
        self.reason = reason
        self.line = line
    }

    /// The derived finding when the inference applies to the picture, else nil.
    public func apply(to picture: CasePicture, consultationComplete: Bool) -> Finding? {
        if atEnd && !consultationComplete { return nil }
        if picture.status(of: finding) != nil { return nil }
        guard condition.evaluate(in: ConditionContext(picture: picture)) != nil else { return nil }
        return Finding(id: finding, status: status, evidence: "", inferredFrom: filled(with: picture.facts))
    }

    /// The reason with each `{name}` replaced by that fact's value (left as is when unknown).
    func filled(with facts: [String: FactValue]) -> String {
        // Walks the reason once, looking up only the `{name}`s it holds (it runs on every
        // piece of advice, so not once per fact known).
        guard reason.utf8.contains(UInt8(ascii: "{")) else { return reason }
        var text = ""
        var rest = reason[...]
        while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
            text += rest[..<open]
            let name = String(rest[rest.index(after: open)..<close])
            if let value = facts[name] { text += value.description } else { text += rest[open...close] }
            rest = rest[rest.index(after: close)...]
        }
        return text + rest
    }
}
