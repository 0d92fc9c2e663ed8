import Foundation

/// The case as a case note needs it: who called, the child, what was heard (with the words),
/// what to do (with priority, advice and citations), what is still unknown, and the transcript.
public struct CaseSummary: Codable, Sendable, Hashable {
    public var dialogue: String
    public var startedAt: Date?
    public var callerRole: String?
    public var child: String
    public var findings: [Finding]
    public var facts: [String: FactValue]
    public var recommendations: [Recommendation]
    /// The highest priority among the recommendations, or "none".
    public var top: String
    public var note: String?
    /// Themes of the dialogue nothing was said about (e.g. the father).
    public var openQuestions: [String]
    public var transcript: [Exchange]

    /// One question and the practitioner's answer to it.
    public struct Exchange: Codable, Sendable, Hashable {
        public var turn: Int
        public var question: String?
        public var answer: String
        public var at: Date
    }

    enum CodingKeys: String, CodingKey {
        case dialogue, child, findings, facts, recommendations, top, note, transcript
        case startedAt = "started_at"
        case callerRole = "caller_role"
        case openQuestions = "open_questions"
    }
}

extension Consultation {
    /// The case summary; `complete` asks the recommender for the end-of-consultation rules
    /// (e.g. nothing known about the father) even if the dialogue has not reached its end.
    public func summary(complete: Bool = true) -> CaseSummary {
        let picture = self.picture
        // The consultation's own advice when it was asked for the same (it is kept up to date
        // with the picture); otherwise following it: what is unchanged is its own, with its JSON.
        let complete = complete || isAtEnd
        let advice = adviceIsComplete == complete
            ? self.advice
            : knowledge.recommender.advise(picture, consultationComplete: complete, following: self.advice)
        // The advice's findings are the picture's and the derived ones (for factors the picture
        // has nothing on): the picture with the derived ones added is the same picture, its
        // dictionary shared rather than built again.
        var known = picture
        for finding in advice.findings where finding.inferredFrom != nil { known.add(finding) }
        let context = ConditionContext(picture: known)
        var open: [String] = []
        for step in dialogue.states where !step.terminal && (!step.about.isEmpty || step.slot != nil) {
            // A question that does not apply to this case (its skip_when holds) is not open.
            if let skip = step.skipWhen, skip.evaluate(in: context) != nil { continue }
            let unknownFactors = step.about.filter { known.status(of: $0) == nil }
            let slotUnknown = step.slot.map { known.facts[$0.name] == nil } ?? true
            if unknownFactors.count == step.about.count && slotUnknown {
                let labels = unknownFactors.map { knowledge.riskFactors.label($0) } + (step.slot.map { [$0.label] } ?? [])
                open.append(labels.joined(separator: ", "))
            }
        }
        // Each turn's question as the dialogue it was asked in words it, that dialogue looked
        // up once for the turns asked in it (looking it up copied it, for every turn).
        var asked: (name: String, dialogue: Dialogue?)?
        let transcript = turns.map { turn in
            let name = dialogueName(of: turn)
            if asked?.name != name { asked = (name, knowledge.dialogues[name]) }
            return CaseSummary.Exchange(
                turn: turn.number,
                question: asked?.dialogue?[turn.state]?.ask ?? dialogue[turn.state]?.ask,
                answer: turn.text, at: turn.at)
        }
        return CaseSummary(
            dialogue: dialogue.name, startedAt: turns.first?.at,
            callerRole: picture.facts[FactName.callerRole]?.description,
            child: Self.describeChild(known), findings: advice.findings, facts: picture.facts,
            recommendations: advice.recommendations, top: advice.topPriority?.rawValue ?? "none",
            note: advice.nothingApplies, openQuestions: open, transcript: transcript)
    }

    private func dialogueName(of turn: Turn) -> String {
        let index = turn.number - 1
        return history.indices.contains(index) ? history[index].dialogue : dialogue.name
    }

    static func describeChild(_ picture: CasePicture) -> String {
        var parts: [String] = []
        if picture.status(of: .unborn) == .present {
            parts.append("unborn baby")
            if let weeks = picture.facts[FactName.gestationWeeks] { parts.append("\(weeks) weeks' gestation") }
        } else if let age = picture.facts[FactName.childAgeWeeks] {
            parts.append("baby aged \(age) weeks")
        } else {
            parts.append("baby, age not given")
        }
        switch picture.status(of: .preMobile) {
        case .present?: parts.append("not yet mobile")
        case .absent?: parts.append("mobile")
        case .possible?: parts.append("mobility unclear")
        case nil: break
        }
        return parts.joined(separator: ", ")
    }

    /// Why the current question is asked and why each recommendation was made: finding →
    /// rule → recommendation → citation, with the practitioner's words.
    public func why() -> String {
        var lines: [String] = []
        if let step = currentStep, !step.terminal {
            lines.append("Why this question: \(step.why ?? "it is the next theme of the \(dialogue.title.lowercased()).")")
        }
        let advice = self.advice
        if advice.recommendations.isEmpty {
            lines.append(advice.nothingApplies ?? "No recommendation yet: nothing said so far fires a rule.")
        }
        for rec in advice.recommendations {
            lines.append("[\(rec.priority.rawValue.uppercased())] \(rec.id): \(rec.advice)")
            for evidence in rec.evidence {
                let source = evidence.inferredFrom.map { "inferred from \($0)" }
                    ?? "\"\(evidence.words)\"\(evidence.turn.map { " (turn \($0))" } ?? "")"
                lines.append("    because \(knowledge.riskFactors.label(evidence.finding)) is \(evidence.status.rawValue): \(source)")
            }
            for citation in rec.citations {
                lines.append("    cites \(citation.source), \"\(citation.section)\"\(citation.url.map { " <\($0)>" } ?? "")")
            }
        }
        return lines.joined(separator: "\n")
    }
}
