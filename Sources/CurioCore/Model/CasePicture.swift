/// Everything known about the case so far: one finding per risk factor, the situations heard
/// (kept apart: they are read by inferences, never reported), and the facts.
///
/// Built by folding match results in turn order. When two statements meet, the stronger status
/// wins (absent < possible < present), so that "no other marks" said later can never hide a
/// bruise said earlier; a correction is made with `back`, which rebuilds the picture without
/// the undone turn. The one exception is a state that ends while the case goes on
/// (`RiskFactor.laterAbsentStands`): a pregnancy told, then the birth ("she delivered on
/// Monday"), is a born baby, whose bruise the bruising protocol covers.
public struct CasePicture: Codable, Sendable, Hashable {
    public private(set) var findings: [RiskFactorID: Finding] = [:]
    /// What is true at the moment of the call (`RiskFactorID.isSituation`), by id, as findings
    /// are: the stronger status wins.
    public private(set) var situations: [RiskFactorID: Finding] = [:]
    public private(set) var facts: [String: FactValue] = [:]

    public init() {}

    public init(findings: [Finding], facts: [String: FactValue] = [:]) {
        for finding in findings { add(finding) }
        self.facts = facts
    }

    /// Adds one finding (or situation); keeps the stronger status, and the earlier words when
    /// equally strong, except that with `laterAbsentStands` an absent finding replaces a present
    /// one. Answers whether the picture changed.
    @discardableResult
    public mutating func add(_ finding: Finding, laterAbsentStands: Bool = false) -> Bool {
        if finding.id.isSituation {
            guard var known = situations[finding.id] else {
                situations[finding.id] = finding
                return true
            }
            // Whose it may be gathers every time it was told ("mum is drunk", later "dad is
            // drunk too": either of them has the baby makes danger); a denial adds no one.
            let carers = Self.carers(known, finding)
            if known.status >= finding.status {
                guard carers != known.carers else { return false }
                known.carers = carers
                situations[finding.id] = known
                return true
            }
            var stronger = finding
            stronger.carers = carers
            situations[finding.id] = stronger
            return true
        }
        if let known = findings[finding.id], known.status >= finding.status {
            guard laterAbsentStands, known.status == .present, finding.status == .absent else { return false }
        }
        findings[finding.id] = finding
        return true
    }

    /// Sets a fact; a later statement of the same fact replaces an earlier one. Answers whether
    /// the picture changed.
    @discardableResult
    public mutating func set(_ name: String, _ value: FactValue) -> Bool {
        guard facts[name] != value else { return false }
        facts[name] = value
        return true
    }

    /// Folds in what the matcher heard in one turn. Answers whether the picture changed: an
    /// answer that only repeats what is known (or says nothing the matcher reads) leaves it as
    /// it was, and the advice drawn from it need not be worked out again. `laterAbsentStands`:
    /// the factors whose absent status, told now, replaces a present one told before.
    @discardableResult
    public mutating func merge(_ result: MatchResult, turn: Int? = nil, laterAbsentStands: Set<RiskFactorID> = []) -> Bool {
        var changed = false
        for var finding in result.findings {
            if finding.turn == nil { finding.turn = turn }
            if add(finding, laterAbsentStands: laterAbsentStands.contains(finding.id)) { changed = true }
        }
        for var situation in result.situations {
            if situation.turn == nil { situation.turn = turn }
            if add(situation) { changed = true }
        }
        for (name, value) in result.facts where set(name, value) { changed = true }
        return changed
    }

    /// The carers a situation told twice may be about: those of each telling that asserts it
    /// (present or possible; an absent one only when neither does). Not worked out (nil) on
    /// either side is anyone.
    private static func carers(_ known: Finding, _ new: Finding) -> Carers? {
        switch (known.status.isPositive, new.status.isPositive) {
        case (true, false): return known.carers
        case (false, true): return new.carers
        default:
            guard let a = known.carers, let b = new.carers else { return nil }
            return a.union(b)
        }
    }

    /// Whether two situations the case knows may be about one carer (`Carers.mayBeTheSame`);
    /// true when either is not known to the picture or says no carer.
    public func mayBeOneCarer(_ a: RiskFactorID, _ b: RiskFactorID) -> Bool {
        let first = situations[a]?.carers ?? .either
        let second = situations[b]?.carers ?? .either
        return first.mayBeTheSame(as: second)
    }

    public func status(of id: RiskFactorID) -> FindingStatus? {
        id.isSituation ? situations[id]?.status : findings[id]?.status
    }

    /// Whether the factor is known to be present or possible.
    public func isPositive(_ id: RiskFactorID) -> Bool { findings[id]?.status.isPositive ?? false }

    public var ageWeeks: Double? { facts[FactName.childAgeWeeks]?.number }

    /// The findings in a stable order (by id), for output.
    public var orderedFindings: [Finding] { findings.values.sorted { $0.id < $1.id } }
}
