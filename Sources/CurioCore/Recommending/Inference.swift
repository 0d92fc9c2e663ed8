import Foundation

/// A finding the recommender derives rather than hears: `child.pre_mobile` from an age under
/// 26 weeks, or an unknown father when a consultation ends with nothing said about him.
///
/// Inferences are data so that the threshold and the wording stay where a safeguarding lead
/// can read them. They add a finding the case does not have, so what the practitioner stated
/// wins; except where a protocol's definition beats what was said (`replaces`): every baby
/// under 6 months counts as pre-mobile, even one said to be crawling.
public struct Inference: Sendable, Hashable {
    public var finding: RiskFactorID
    public var status: FindingStatus
    public var condition: Condition
    /// Only when the consultation is complete: missing information is a finding only once
    /// nobody can still supply it.
    public var atEnd: Bool
    /// The statuses of a stated finding this inference replaces (none: it only fills a gap);
    /// always weaker than `status` (the loader checks), so it only ever raises a finding.
    public var replaces: Set<FindingStatus>
    /// What the finding is inferred from, with `{fact.name}` filled from the case's facts,
    /// e.g. `age {child.age_weeks} weeks` gives "age 8 weeks", and `{now.situation}` with the
    /// words that told the situation, quoted ("\"mum is drunk\""). `{a|b}` is the first of
    /// them the case knows, for an inference whose condition takes either.
    public var reason: String
    /// Two situations the inference combines that must be able to be one carer's
    /// (`CasePicture.mayBeOneCarer`): a carer drunk and a carer with the baby make danger only
    /// if they may be the same person ("mum is drunk" with "dad has the baby" do not). Empty:
    /// no such condition (the loader allows only two).
    public var sameCarer: [RiskFactorID]
    public var line: Int?

    public init(
        finding: RiskFactorID, status: FindingStatus, condition: Condition, atEnd: Bool = false,
        replaces: Set<FindingStatus> = [], reason: String, sameCarer: [RiskFactorID] = [], line: Int? = nil
    ) {
        self.finding = finding
        self.status = status
        self.condition = condition
        self.atEnd = atEnd
        self.replaces = replaces
        self.reason = reason
        self.sameCarer = sameCarer
        self.line = line
    }

    /// Whether it reads situations and may apply before the consultation ends: one the matcher
    /// applies to what a single utterance says (`Matcher.match`), as the recommender does across
    /// turns.
    public var combinesSituations: Bool {
        !atEnd && condition.riskFactors.contains { $0.isSituation }
    }

    /// Whether the situations named by `sameCarer` (if any) may be one carer's in `picture`.
    func carersAgree(in picture: CasePicture) -> Bool {
        guard sameCarer.count == 2 else { return true }
        return picture.mayBeOneCarer(sameCarer[0], sameCarer[1])
    }

    /// The derived finding when the inference applies to the picture, else nil.
    public func apply(to picture: CasePicture, consultationComplete: Bool) -> Finding? {
        if atEnd && !consultationComplete { return nil }
        if let stated = picture.status(of: finding), !replaces.contains(stated) { return nil }
        guard condition.evaluate(in: ConditionContext(picture: picture)) != nil, carersAgree(in: picture) else { return nil }
        return Finding(id: finding, status: status, evidence: "", inferredFrom: filled(with: picture.facts, situations: picture.situations))
    }

    /// The reason with each `{name}` replaced by that fact's value or situation's words (left
    /// as is when unknown).
    func filled(with facts: [String: FactValue], situations: [RiskFactorID: Finding] = [:]) -> String {
        Reason(reason).filled(with: facts, situations: situations)
    }

    /// A reason read once into its literal parts and the facts named between them, so that
    /// filling it (on every piece of advice the inference applies to) is a few appends.
    struct Reason: Sendable {
        enum Part: Sendable {
            case text(String)
            /// A `{name}`: the fact's name, and the placeholder as written, kept when the fact is unknown.
            case fact(name: String, placeholder: String)
        }
        let parts: [Part]

        init(_ reason: String) {
            guard reason.utf8.contains(UInt8(ascii: "{")) else {
                parts = [.text(reason)]
                return
            }
            var parts: [Part] = []
            var rest = reason[...]
            while let open = rest.firstIndex(of: "{"), let close = rest[open...].firstIndex(of: "}") {
                parts.append(.text(String(rest[..<open])))
                parts.append(.fact(name: String(rest[rest.index(after: open)..<close]), placeholder: String(rest[open...close])))
                rest = rest[rest.index(after: close)...]
            }
            parts.append(.text(String(rest)))
            self.parts = parts
        }

        func filled(with facts: [String: FactValue], situations: [RiskFactorID: Finding] = [:]) -> String {
            if parts.count == 1, case .text(let text) = parts[0] { return text }
            var text = ""
            for part in parts {
                switch part {
                case .text(let literal): text += literal
                case .fact(let name, let placeholder):
                    text += Self.value(of: name, facts, situations) ?? placeholder
                }
            }
            return text
        }

        /// A fact's value or a situation's quoted words; of `a|b`, the first known.
        private static func value(of name: String, _ facts: [String: FactValue], _ situations: [RiskFactorID: Finding]) -> String? {
            for alternative in name.split(separator: "|") {
                let name = String(alternative)
                if let value = facts[name] { return value.description }
                if let situation = situations[RiskFactorID(name)] { return "\"" + situation.evidence + "\"" }
            }
            return nil
        }
    }
}
